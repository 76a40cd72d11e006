"""An eleventh holdout set of borrower packets (k1..k6), laid out unlike the shared samples and unlike the a (first), b,
c, d, e, f, g, h, i and j sets, written without looking at the service's code, rules or tests, to gauge honestly how it
reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_k.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a state housing
finance agency's two-page "Homeowner Stabilization Program - Intake & Application" (Prairie Commonwealth HFA, form
HSP-2) with a "FOR AUTHORITY USE ONLY" box, the household as a table of one row per person under a header row (Role |
Full legal name | SSN last 4 | Date of birth | Phone), the property as one row of cells under captions (Street | City |
County | State | ZIP), the mortgage's servicer and loan number in the same way, hardships asked as ten questions each
answered in a grid of YES / NO check boxes on the right, income as a table with a "Paid how often" column ("Every 2
weeks", "Monthly") beside the gross MONTHLY amount and a total row, and a 2 x 2 signature grid (typed in its PDF with
a signature-pad image, typed then printed and signed in ink with the co-applicant's cell left empty, or printed blank
and filled in pen with crosses in the boxes); the real Form 710 filled through its AcroForm then printed, signed and
scanned, and Form 710 filled by hand. A tavern's bi-weekly tipped-server stub (a $4.35 tipped wage, cash and charged
tips in the gross, the cash tips taken back out as a deduction so the net is small), a city's monthly "Employee
Earnings Statement" printed in capitals in a fixed-width font with a CURRENT / YEAR-TO-DATE summary grid; a national
bank's two-page statement listing transactions newest first under "Opening balance" / "Closing balance" and an
account shown as "Checking .... 1234", and a small-town bank's statement in a fixed-width font whose "PREVIOUS BALANCE"
is dated the day before the period, with its checks in a three-across CHECK NO. / DATE / AMOUNT grid; a VA "Summary of
Benefits" letter (tax-free disability compensation), a county's certified copy of a death certificate, a county
assessor's reassessment notice and an employer's relocation memo ("other" and relocation papers), a hardship letter
typed on a typewriter, a stale pension award, a signed year-to-date profit and loss and a 4506-C. Delivered as a
born-digital folder named after the loan, one 200 dpi scan behind a barcode separator sheet, a 200 dpi fax without
separator with a home printer's cover and header line, loose 200 dpi scans with the loan number in their names, a
packet in two files (the hand-filled Form 710 and letter named with the loan number, then hours later bank statements
named only with the borrower's name), and a folder named after the loan holding 200 dpi scans.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow
from the values drawn. `--check` also confirms that every expected value is printed (or hand-written) on its document
and that the rules give each scenario's codes.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_f as hf
import holdout_packets_j as hj
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, form710_by_hand, g_app
from holdout_packets_j import JFile, replace_seed

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

ELLIPSIS, EN = "\u2026", "\u2013"


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


# --- application: Prairie Commonwealth HFA's intake form (HSP-2) ---------------------------------------------------

AGENCY = ("Prairie Commonwealth Housing Finance Authority",
          "Homeowner Stabilization Program  |  500 Capitol Mall, Suite 900, Topeka, KS 66603  |  1-866-555-0177")
HSP_HARDSHIPS = [
    ("unemployment", "Has anyone in the household lost a job or been laid off?"),
    ("reduction_in_income", "Has household income gone down (fewer hours, lower pay, lost tips)?"),
    ("increase_in_housing_expenses", "Have property taxes, insurance or association dues gone up?"),
    ("disaster", "Was the home or a workplace damaged by a fire, flood, storm or other disaster?"),
    ("disability_or_illness", "Does a household member have a disability or a serious illness?"),
    ("divorce_or_separation", "Are you divorced or legally separated from a co-owner?"),
    ("separation_unmarried", "Has an unmarried co-owner moved out of the home?"),
    ("death", "Has a borrower or a wage earner in the household died?"),
    ("relocation", "Did an employer transfer you or a co-owner far away?"),
    ("other", "Anything else? (please attach a letter)"),
]
HSP_INCOME = [
    ("wages", "Wages, salary, tips, overtime"),
    ("self_employment", "Self-employment (net of expenses)"),
    ("unemployment", "Unemployment insurance"),
    ("benefits_taxable", "Social Security, pension, SSDI"),
    ("benefits_nontaxable", "SSI, VA disability (non-taxable)"),
    ("rental", "Rent received (net)"),
    ("investment", "Interest, dividends, annuities"),
    ("other", "Child support, alimony, other"),
]
HSP_OCCUPANCY = [("primary_residence", "Owner lives here (primary home)"),
                 ("second_home", "Owner's second / seasonal home"),
                 ("investment_property", "Rented to tenants")]
FIELD_FILL = 0.93  # a fillable field's tint where the form is typed into; it does not print on the blank form


def hsp_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """HSP-2 as typed ("typed": answers and a signature-pad image in the PDF; "ink": typed, printed and signed in pen)
    or printed blank and filled by hand ("hand")."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.12, typed_font="mono")
    ink = hb.Pen(rng, hand=True, gray=0.12)
    tint = None if hand else FIELD_FILL
    when = _short if hand else us
    p1, p2 = Sheet(), Sheet()
    for n, s in enumerate((p1, p2), 1):
        s.circle(62, 58, 20, 1.2)
        s.circle(62, 58, 15, 0.5)
        s.text(62, 61.5, "PCHFA", 6.5, "sans-b", align="c")
        s.text(92, 52, AGENCY[0], 12.5, "serif-b")
        s.text(92, 65, AGENCY[1], 7.2, "sans", 0.3)
        s.text(40, 766, f"Form HSP-2 (rev. 03/2027)   Page {n} of 2   Applicant initials ______", 7, "sans", 0.35)

    def part(s: Sheet, y: float, title: str) -> float:
        s.rect(40, y, 532, 16, stroke=None, fill=0.15)
        s.text(46, y + 11.5, title, 9, "sans-b", 1.0)
        return y + 24

    def grid(s: Sheet, y: float, cols: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]],
             height: float = 20, labelled: bool = False) -> float:
        """Captions in a shaded header row, then one row of cells per record (its first cell a printed label when
        `labelled`); returns the y below."""
        x0 = 40.0
        s.rect(x0, y, 532, 13, width=0.6, fill=0.85)
        x = x0
        for caption, w in cols:
            s.text(x + 3, y + 9.5, caption, 6.8, "sans-b")
            x += w
        y += 13
        for row in rows:
            x = x0
            for _, w in cols:
                s.rect(x, y, w, height, width=0.6, fill=None if labelled and x == x0 else tint)
                x += w
            x = x0
            for (_, w), value in zip(cols, row, strict=True):
                if value and labelled and x == x0:
                    s.text(x + 3, y + 13, value, 8.5, "sans-b")
                elif value:
                    pen.write(s, x + 4, y + 14, value, 9.5, fit=w - 8)
                x += w
            y += height
        return y + 8

    # page 1
    s = p1
    s.rect(400, 80, 172, 46, width=0.8)
    s.text(406, 90, "FOR AUTHORITY USE ONLY", 6.8, "sans-b", 0.3)
    for i, label in enumerate(("Case no.", "Date rec'd", "Counselor")):
        s.text(406, 103 + 10 * i, label, 6.5, "sans", 0.35)
        s.line(450, 104 + 10 * i, 566, 104 + 10 * i, 0.4, 0.5)
    s.text(40, 92, "HOMEOWNER STABILIZATION PROGRAM", 13, "sans-b")
    s.text(40, 107, "Intake & Application for Mortgage Assistance", 11, "sans")
    s.wrap(40, 122, "Complete every part. Amounts are MONTHLY and before taxes. Incomplete applications are returned.",
           350, 7.5, "sans-i", gray=0.3)
    y = part(s, 140, "PART 1   HOUSEHOLD MEMBERS ON THE MORTGAGE")
    cols = [("Role", 72.0), ("Full legal name", 196.0), ("SSN (last 4)", 68.0), ("Date of birth", 86.0),
            ("Phone", 110.0)]
    rows = [["Applicant", app.borrower.name, app.ssn4, app.facts.get("dob", ""), app.phone]]
    rows.append(["Co-applicant", app.co_borrower.name, app.co_ssn4 or "", app.facts.get("co_dob", ""),
                 app.facts.get("co_phone", "")] if app.co_borrower else ["Co-applicant", "", "", "", ""])
    y = grid(s, y, cols, rows, labelled=True)
    s.text(40, y + 2, "E-mail", 7.5, "sans-b")
    s.rect(80, y - 8, 250, 14, width=0.5, fill=tint)
    pen.write(s, 84, y + 3, app.email, 9, fit=242)
    y += 20
    y = part(s, y, "PART 2   THE PROPERTY AND THE MORTGAGE")
    home = app.address
    y = grid(s, y, [("Street address (incl. unit)", 200.0), ("City", 118.0), ("County", 84.0), ("State", 50.0),
                    ("ZIP", 80.0)],
             [[home.street, home.city, app.facts.get("county", ""), home.state, home.zip]])
    y = grid(s, y, [("Mortgage servicer", 200.0), ("Loan number", 132.0), ("Monthly payment", 100.0),
                    ("Payments behind", 100.0)],
             [[app.facts.get("servicer", ""), app.loan, app.facts.get("payment", ""), app.facts.get("behind", "")]])
    s.text(40, y + 4, "Who lives in the property? (mark one)", 8.5, "sans-b")
    x = 40.0
    y += 14
    for code, label in HSP_OCCUPANCY:
        s.rect(x, y, 9, 9, width=0.6)
        if app.occupancy == code:
            (_cross(s, x, y, rng) if hand else s.text(x + 1.2, y + 8, "X", 9, "mono-b"))
        s.text(x + 14, y + 8, label, 8.5)
        x += 178
    y += 24
    y = part(s, y, "PART 3   WHAT CAUSED THE HARDSHIP?  Answer every question YES or NO.")
    s.text(512, y - 1, "YES", 7.5, "sans-b", align="c")
    s.text(550, y - 1, "NO", 7.5, "sans-b", align="c")
    y += 6
    for i, (code, question) in enumerate(HSP_HARDSHIPS):
        if i % 2 == 0:
            s.rect(40, y - 3, 532, 19, stroke=None, fill=0.96)
        s.text(46, y + 10, f"3.{i + 1}", 8, "sans-b")
        s.text(70, y + 10, question, 8.5)
        yes = code in app.hardships
        for cx, mark in ((508, yes), (546, not yes)):
            s.rect(cx, y + 2, 9, 9, width=0.6)
            if mark:
                (_cross(s, cx, y + 2, rng) if hand else s.text(cx + 1.2, y + 10, "X", 9, "mono-b"))
        y += 19
    y += 8
    s.text(46, y + 6, "3.11  When did the hardship begin? (MM/DD/YYYY)", 8.5, "sans-b")
    s.rect(300, y - 6, 120, 16, width=0.6, fill=tint)
    if app.hardship_start:
        pen.write(s, 306, y + 6, when(app.hardship_start), 10)
    s.text(430, y + 6, "Expected to last:", 8, "sans", 0.3)
    pen.write(s, 500, y + 6, app.facts.get("duration", ""), 9)
    y += 22
    s.text(46, y + 6, "3.12  In a few words:", 8.5, "sans-b")
    s.rect(140, y - 6, 432, 30, width=0.6, fill=tint)
    story = app.facts.get("story", "")
    if story:
        if hand:
            pen.write(s, 146, y + 6, story[:70], 9)
            pen.write(s, 146, y + 19, story[70:140], 9)
        else:
            s.wrap(146, y + 5, story, 420, 8, "mono")

    # page 2
    s = p2
    y = part(s, 92, "PART 4   MONTHLY HOUSEHOLD INCOME  (gross, before taxes - give every amount as a MONTHLY figure)")
    s.rect(40, y, 532, 13, width=0.6, fill=0.85)
    heads = [(40.0, "Source of income"), (222.0, "Received by"), (332.0, "Paid how often"), (452.0, "Gross monthly $")]
    for x, caption in heads:
        s.text(x + 3, y + 9.5, caption, 6.8, "sans-b")
    y += 13
    for code, label in HSP_INCOME:
        for x, w in ((40.0, 182.0), (222.0, 110.0), (332.0, 120.0), (452.0, 120.0)):
            s.rect(x, y, w, 20, width=0.6, fill=None if x == 40.0 else tint)
        s.text(44, y + 13, label, 8.5)
        amount = app.income(code)
        if amount:
            whose = {w for c, a, w in app.income_lines if c == code}
            names = [app.borrower.first if "B" in whose else "", app.co_borrower.first
                     if app.co_borrower and "C" in whose else ""]
            pen.write(s, 226, y + 14, " & ".join(n for n in names if n), 9, fit=102)
            pen.write(s, 336, y + 14, app.facts.get(f"freq_{code}", "Monthly"), 9, fit=112)
            pen.write(s, 566, y + 14, money(amount), 10, "r")
        y += 20
    s.rect(40, y, 532, 20, width=1.0, fill=0.85)
    s.text(46, y + 13.5, "TOTAL MONTHLY HOUSEHOLD INCOME", 8.5, "sans-b")
    s.rect(452, y, 120, 20, width=1.0, fill=None if hand else 1.0)
    if app.income_lines:
        pen.write(s, 566, y + 14, money(app.total), 10, "r")
    y += 36
    y = part(s, y, "PART 5   MONTHLY HOUSEHOLD EXPENSES (optional)")
    for i, (label, key) in enumerate((("Mortgage payment", "payment"), ("Utilities", "utilities"),
                                      ("Car payments", "car"), ("Credit cards / loans", "cards"))):
        x = 40 + 266 * (i % 2)
        yy = y + 18 * (i // 2)
        s.text(x + 4, yy + 10, label, 8.5)
        s.rect(x + 130, yy, 120, 14, width=0.5, fill=tint)
        pen.write(s, x + 246, yy + 11, app.facts.get(key, ""), 9, "r")
    y += 50
    y = part(s, y, "PART 6   CERTIFICATION AND SIGNATURES")
    y = s.wrap(44, y + 4, "I certify that the information in this application is true and complete. I understand "
               "that the Authority and my mortgage servicer will verify it, that knowingly false statements are a "
               "crime under federal and state law, and I authorize the Authority to share this application with my "
               "servicer and to obtain my credit report. Each person listed in Part 1 must sign.", 524, 8, "sans",
               10.5)
    y += 10
    s.rect(40, y, 532, 13, width=0.6, fill=0.85)
    s.text(43, y + 9.5, "Signature", 6.8, "sans-b")
    s.text(415, y + 9.5, "Date signed (MM/DD/YYYY)", 6.8, "sans-b")
    y += 13
    people = [("Applicant", app.borrower, app.signed, app.signed_on),
              ("Co-applicant", app.co_borrower, app.co_signed, app.co_signed_on)]
    for role, who, signed, signed_on in people:
        s.rect(40, y, 372, 40, width=0.6)
        s.rect(412, y, 160, 40, width=0.6, fill=tint)
        s.text(44, y + 36, f"{role}: {who.name if who else ''}", 6.8, "sans", 0.35)
        if who and signed:
            s.signature(rng, 70, y + 28, 170, 22, gray=0.1)
        if who and signed_on:
            (ink if fill == "ink" else pen).write(s, 420, y + 25, when(signed_on), 10.5)
        y += 40
    s.text(40, y + 20, "Return to: the Authority's program office, or upload at hsp.pchfa.example. Keep a copy.", 7.5,
           "sans-i", 0.35)
    return [p1, p2]


def _cross(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A pen cross over a 9-point box, a little off centre."""
    j = rng.uniform
    s.line(x - 1 + j(-1, 1), y - 1 + j(-1, 1), x + 10 + j(-1, 1), y + 10 + j(-1, 1), 1.4, 0.12)
    s.line(x - 1 + j(-1, 1), y + 10 + j(-1, 1), x + 10 + j(-1, 1), y - 1 + j(-1, 1), 1.4, 0.12)


# --- pay stubs -----------------------------------------------------------------------------------------------------

EMBER = "Ember & Oak Tavern Group, LLC"


def tavern_run(rng: random.Random, employee: Person, home: Address, received: date, count: int
               ) -> list[tuple[Stub, dict[str, Decimal]]]:
    """Bi-weekly stubs of a tipped server, the newest paid within ten days of `received`: hours at the tipped wage,
    declared cash tips and charged tips make the gross; the cash tips (already in the server's pocket) come back
    out below the taxes."""
    office = Address(f"{rng.randint(100, 990)} Depot Street", home.city, home.state, home.zip)
    last_pay = received - timedelta(days=rng.randint(2, 9))
    last_pay -= timedelta(days=(last_pay.weekday() - 4) % 7)  # paid on Fridays
    typical = Decimal(rng.randrange(150000, 210000)) / 100
    out = []
    ytd: dict[str, Decimal] = {}
    year = None
    pays = [last_pay - timedelta(days=14 * k) for k in range(count - 1, -1, -1)]
    for pay in pays:
        end = pay - timedelta(days=5)
        start = end - timedelta(days=13)
        hours = Decimal(rng.randrange(5400, 7600)) / 100
        rate = Decimal("4.35")
        lines = {"wage": cents(hours * rate), "cash": Decimal(rng.randrange(30000, 62000)) / 100,
                 "charged": Decimal(rng.randrange(70000, 118000)) / 100, "hours": hours}
        gross = lines["wage"] + lines["cash"] + lines["charged"]
        taxes = [("Federal Withholding", cents(gross * Decimal("0.072"))), ("Social Security", cents(gross * Decimal(
            "0.062"))), ("Medicare", cents(gross * Decimal("0.0145"))), ("State Withholding", cents(
                gross * Decimal("0.031"))), ("Employee Meals", Decimal("18.00")), ("Cash Tips Received", lines["cash"])]
        if pay.year != year:
            year = pay.year
            index = (pay.timetuple().tm_yday - 1) // 14
            ytd = {"gross": typical * index, **{label: cents(typical * index * (c / gross)) for label, c in taxes}}
        ytd["gross"] += gross
        for label, c in taxes:
            ytd[label] = ytd.get(label, Decimal(0)) + c
        deductions = [(label, c, ytd[label]) for label, c in taxes]
        stub = Stub(EMBER, office, employee, home, start, end, pay, "biweekly", gross, cents(ytd["gross"]),
                    deductions, hours, rate)
        out.append((stub, {**lines, "ytd_wage": cents(ytd["gross"] * lines["wage"] / gross)}))
    return out


def stub_tavern(stub: Stub, lines: dict[str, Decimal], emp: str, rng: random.Random) -> Sheet:
    """A one-header-band stub: five captioned cells across (Employee, ID, Period Beginning, Period Ending, Check
    Date), Hours | Rate | Current | YTD earnings, taxes beside them, and the net in a black bar."""
    s = Sheet()
    s.text(40, 54, "EMBER & OAK", 20, "serif-b")
    s.text(40, 68, f"{stub.employer}  {ELLIPSIS}  {stub.employer_address.one_line}", 8, "serif-i", 0.3)
    s.text(572, 54, "PAYROLL CHECK STUB", 11, "sans-b", align="r")
    s.text(572, 67, f"Location: {rng.choice(['Riverside', 'Old Town', 'Airport'])} #{rng.randint(2, 9)}", 8,
           align="r")
    y = 84
    cols = [("EMPLOYEE", stub.employee.name, 180.0), ("ID", emp, 70.0),
            ("PERIOD BEGINNING", us(stub.period_start), 94.0), ("PERIOD ENDING", us(stub.period_end), 94.0),
            ("CHECK DATE", us(stub.pay_date), 94.0)]
    x = 40.0
    for caption, value, w in cols:
        s.rect(x, y, w, 32, width=0.7)
        s.rect(x, y, w, 11, stroke=None, fill=0.8)
        s.text(x + 4, y + 8.5, caption, 6.5, "sans-b")
        s.text(x + 4, y + 25, value, 9.5 if w > 100 else 9)
        x += w
    s.text(40, 132, f"Pay frequency: Bi-Weekly   {ELLIPSIS}   Tipped position: Server   {ELLIPSIS}   "
           f"{stub.employee_address.one_line}", 7.5, "sans", 0.3)
    y = 150
    s.rect(40, y, 300, 14, stroke=None, fill=0.85)
    for x, label, align in ((44, "EARNINGS", "l"), (170, "HOURS", "r"), (210, "RATE", "r"), (270, "CURRENT", "r"),
                            (336, "YTD", "r")):
        s.text(x, y + 10, label, 7.5, "sans-b", align=align)
    s.rect(352, y, 220, 14, stroke=None, fill=0.85)
    for x, label, align in ((356, "DEDUCTIONS", "l"), (500, "CURRENT", "r"), (568, "YTD", "r")):
        s.text(x, y + 10, label, 7.5, "sans-b", align=align)
    y += 28
    rows = [("Tipped Wage", money(lines["hours"]), money(stub.rate or Decimal(0)), lines["wage"], lines["ytd_wage"]),
            ("Cash Tips Declared", "", "", lines["cash"], None), ("Charged Tips", "", "", lines["charged"], None)]
    for i, (label, hours, rate, current, ytd) in enumerate(rows):
        s.text(44, y + 14 * i, label, 8.5)
        s.text(170, y + 14 * i, hours, 8.5, align="r")
        s.text(210, y + 14 * i, rate, 8.5, align="r")
        s.text(270, y + 14 * i, money(current), 8.5, align="r")
        s.text(336, y + 14 * i, money(ytd) if ytd is not None else "", 8.5, align="r")
    for i, (label, current, ytd) in enumerate(stub.deductions):
        s.text(356, y + 14 * i, label, 8.5)
        s.text(500, y + 14 * i, money(current), 8.5, align="r")
        s.text(568, y + 14 * i, money(ytd), 8.5, align="r")
    y += 14 * max(len(rows), len(stub.deductions)) + 6
    s.line(40, y - 8, 340, y - 8, 0.6)
    s.line(352, y - 8, 572, y - 8, 0.6)
    s.text(44, y + 4, "GROSS PAY", 9, "sans-b")
    s.text(270, y + 4, money(stub.gross), 9, "sans-b", align="r")
    s.text(336, y + 4, money(stub.ytd_gross or Decimal(0)), 9, "sans-b", align="r")
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    s.text(356, y + 4, "TOTAL DEDUCTIONS", 9, "sans-b")
    s.text(500, y + 4, money(total), 9, "sans-b", align="r")
    y += 22
    s.rect(352, y, 220, 22, stroke=None, fill=0.1)
    s.text(358, y + 15, "NET PAY", 10, "sans-b", 1.0)
    s.text(566, y + 15, f"${money(stub.net)}", 11, "sans-b", 1.0, "r")
    s.wrap(40, y + 10, "Declared cash tips are taxable wages already received by you; they are included in gross pay "
           "and subtracted again as \"Cash Tips Received\".", 290, 7, "sans-i", gray=0.35)
    s.text(40, y + 60, "Net pay deposited by direct deposit. Keep this stub for your records.", 7.5, "sans", 0.35)
    return s


def city_run(rng: random.Random, city: str, employee: Person, home: Address, months: Sequence[date], annual: Decimal
             ) -> list[Stub]:
    """Monthly earnings statements of a city employee for the months given (first days): paid on the month's last
    weekday, the salary the same every month, the year to date counted from January."""
    office = Address(f"{rng.randint(100, 500)} City Hall Plaza", city, home.state, home.zip)
    gross = cents(annual / 12)
    out = []
    for start in months:
        end = hp.month_end(start.year, start.month)
        pay = hp.weekday_on_or_before(end)
        k = start.month
        rates = [("FED W/H", "0.081"), ("FICA-OASDI", "0.062"), ("FICA-MED", "0.0145"), ("STATE W/H", "0.036"),
                 ("PERS RETIRE 7.5%", "0.075")]
        deductions = [(label, cents(gross * Decimal(r)), cents(gross * Decimal(r)) * k) for label, r in rates]
        deductions += [("AFSCME LOCAL DUES", Decimal("38.50"), Decimal("38.50") * k),
                       ("HEALTH PLAN EE", Decimal("142.17"), Decimal("142.17") * k)]
        out.append(Stub(f"City of {city}", office, employee, home, start, end, pay, "monthly", gross, gross * k,
                        deductions))
    return out


def stub_city(stub: Stub, dept: str, rng: random.Random) -> Sheet:
    """A city payroll's monthly statement printed all in capitals in a fixed-width font, with a CURRENT /
    YEAR-TO-DATE summary grid at the foot."""
    s = Sheet()
    f, b = "mono", "mono-b"
    s.text(306, 56, stub.employer.upper(), 13, b, align="c")
    s.text(306, 70, "DEPARTMENT OF FINANCE - PAYROLL DIVISION", 9, f, align="c")
    s.text(306, 90, "EMPLOYEE EARNINGS STATEMENT", 12, b, align="c")
    y = 118
    facts = [("EMPLOYEE", stub.employee.upper), ("EMPLOYEE NO", f"{rng.randint(100000, 999999)}"),
             ("DEPARTMENT", dept), ("PAY FREQUENCY", "MONTHLY"), ("PERIOD", f"{us(stub.period_start)} - "
                                                                            f"{us(stub.period_end)}"),
             ("PAY DATE", us(stub.pay_date))]
    for i, (label, value) in enumerate(facts):
        x = 50 if i % 2 == 0 else 320
        s.text(x, y + 14 * (i // 2), f"{label:<14}{value}", 8.5, f)
    y += 56
    s.line(50, y, 562, y, 0.8)
    s.text(50, y + 14, f"{'EARNINGS':<28}{'HOURS':>8}{'CURRENT':>14}{'YTD':>14}", 8.5, b)
    s.text(50, y + 30, f"{'REGULAR SALARY':<28}{'173.33':>8}{money(stub.gross):>14}{money(stub.ytd_gross or 0):>14}",
           8.5, f)
    y += 56
    s.text(50, y, f"{'DEDUCTIONS':<28}{'':>8}{'CURRENT':>14}{'YTD':>14}", 8.5, b)
    for i, (label, current, ytd) in enumerate(stub.deductions):
        s.text(50, y + 15 + 13 * i, f"{label:<28}{'':>8}{money(current):>14}{money(ytd):>14}", 8.5, f)
    y += 30 + 13 * len(stub.deductions)
    taxes = sum((c for label, c, _ in stub.deductions if "W/H" in label or "FICA" in label), Decimal(0))
    taxes_ytd = sum((t for label, _, t in stub.deductions if "W/H" in label or "FICA" in label), Decimal(0))
    other = sum((c for _, c, _ in stub.deductions), Decimal(0)) - taxes
    other_ytd = sum((t for _, _, t in stub.deductions), Decimal(0)) - taxes_ytd
    ytd_gross = stub.ytd_gross or Decimal(0)
    cols = ["", "GROSS", "TAXES", "DEDUCTIONS", "NET PAY"]
    values = [["CURRENT", money(stub.gross), money(taxes), money(other), money(stub.net)],
              ["YEAR-TO-DATE", money(ytd_gross), money(taxes_ytd), money(other_ytd),
               money(ytd_gross - taxes_ytd - other_ytd)]]
    for r, row in enumerate([cols, *values]):
        for c, value in enumerate(row):
            s.rect(50 + 102.4 * c, y + 18 * r, 102.4, 18, width=0.6, fill=0.85 if r == 0 else None)
            s.text(50 + 102.4 * c + 5, y + 18 * r + 12.5, value, 8.5, b if r == 0 or c == 0 else f)
    s.text(50, y + 80, f"NET PAY DEPOSITED TO ACCT XXXXX{rng.randint(1000, 9999)}   ***NON-NEGOTIABLE***", 8.5, f)
    return s


# --- bank statements -----------------------------------------------------------------------------------------------

CONTINENTAL = "Continental Summit Bank, N.A."
DROVERS = "Farmers & Drovers State Bank"


def statement_continental(st: Statement, first_page: int = 16) -> list[Sheet]:
    """A national bank's statement: the period and a two-line balance box on top, every transaction listed newest
    first with its running balance, continued on page 2."""
    rows = list(reversed(st.rows))
    pages = [rows[:first_page], rows[first_page:]]
    sheets = []
    for n, part in enumerate(pages, 1):
        s = Sheet()
        s.rect(40, 40, 30, 30, stroke=None, fill=0.2)
        s.text(55, 61, "CS", 12, "sans-b", 1.0, "c")
        s.text(80, 56, CONTINENTAL, 13, "sans-b")
        s.text(80, 68, "Member FDIC  |  continentalsummit.example  |  1-800-555-0190", 7.5, "sans", 0.35)
        s.text(572, 56, f"{long_date(st.start)} {EN} {long_date(st.end)}", 9, "sans", align="r")
        s.text(572, 68, f"Page {n} of 2", 8, "sans", 0.35, "r")
        y = 96
        if n == 1:
            for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
                s.text(60, y, line, 9.5)
                y += 12
            s.rect(340, 90, 232, 62, width=0.8)
            s.text(350, 104, f"Everyday Checking .... {st.last4}", 9.5, "sans-b")
            s.text(350, 122, f"Opening balance {us(st.start)}", 9)
            s.text(566, 122, f"${money(st.begin)}", 9, align="r")
            s.text(350, 140, f"Closing balance {us(st.end)}", 9, "sans-b")
            s.text(566, 140, f"${money(st.ending)}", 9, "sans-b", align="r")
            s.text(60, 150, f"Money in ${money(st.deposits)}   Money out ${money(st.debits)}", 8.5, "sans", 0.3)
            y = 170
        s.text(40, y, "Transactions (most recent first)" + (" - continued" if n == 2 else ""), 10.5, "sans-b")
        y += 10
        s.rect(40, y, 532, 14, stroke=None, fill=0.88)
        for x, label, align in ((44, "Posted", "l"), (100, "Description", "l"), (470, "Amount", "r"),
                                (566, "Balance", "r")):
            s.text(x, y + 10, label, 8, "sans-b", align=align)
        y += 26
        for day, desc, amount, balance in part:
            s.text(44, y, f"{day:%m/%d}", 8.5)
            s.text(100, y, desc, 8.5)
            s.text(470, y, money(amount) if amount > 0 else f"-{money(-amount)}", 8.5, align="r")
            s.text(566, y, money(balance), 8.5, align="r")
            y += 15
        if n == 2:
            s.text(44, y + 10, f"Opening balance on {us(st.start)}: ${money(st.begin)}", 8.5, "sans-i", 0.3)
        sheets.append(s)
    return sheets


def statement_drovers(st: Statement) -> list[Sheet]:
    """A small-town bank's fixed-width statement: PREVIOUS BALANCE dated the day before the period, deposits, other
    debits, the checks three across, then the daily balances; two pages."""
    f, b = "mono", "mono-b"
    checks = [(d, desc.split()[-1], -a) for d, desc, a, _ in st.rows if desc.startswith("CHECK")]
    others = [(d, desc, -a) for d, desc, a, _ in st.rows if a < 0 and not desc.startswith("CHECK")]
    deposits = [(d, desc, a) for d, desc, a, _ in st.rows if a > 0]
    p1, p2 = Sheet(), Sheet()
    for n, s in enumerate((p1, p2), 1):
        s.text(306, 50, DROVERS.upper(), 13, b, align="c")
        s.text(306, 63, f"MAIN & THIRD STREETS  -  {st.home.city.upper()}, {st.home.state}  -  MEMBER FDIC", 8, f,
               align="c")
        s.text(50, 84, f"ACCOUNT ******{st.last4}", 9, f)
        s.text(562, 84, f"PAGE {n}", 9, f, align="r")
    s = p1
    for i, line in enumerate((st.holder.upper, st.home.street.upper(), st.home.last_line.upper())):
        s.text(70, 110 + 12 * i, line, 9, f)
    s.text(562, 110, "STATEMENT PERIOD", 8.5, b, align="r")
    s.text(562, 122, f"FROM {us(st.start)} TO {us(st.end)}", 8.5, f, align="r")
    y = 168
    s.text(50, y, "REGULAR CHECKING", 10, b)
    y += 18
    summary = [(f"PREVIOUS BALANCE {us(st.start - timedelta(days=1))}", st.begin),
               (f"{len(deposits)} DEPOSITS/CREDITS", st.deposits),
               (f"{len(checks) + len(others)} CHECKS/DEBITS", st.debits),
               (f"BALANCE THIS STATEMENT {us(st.end)}", st.ending)]
    for label, value in summary:
        s.text(70, y, f"{label:.<52}{money(value):>14}", 8.5, f)
        y += 13
    y += 12

    def section(sheet: Sheet, y: float, title: str, items: Sequence[tuple[date, str, Decimal]]) -> float:
        sheet.text(50, y, title, 9, b)
        sheet.line(50, y + 4, 562, y + 4, 0.5)
        y += 16
        for d, desc, amount in items:
            sheet.text(70, y, f"{d:%m-%d}  {desc:<40}{money(amount):>14}", 8.5, f)
            y += 12
        return y + 10

    y = section(s, y, "DEPOSITS AND OTHER CREDITS", deposits)
    half = max(0, int((720 - y) // 12) - 3)
    y = section(s, y, "OTHER DEBITS", others[:half])
    s = p2
    y = 110.0
    if others[half:]:
        y = section(s, y, "OTHER DEBITS (CONTINUED)", others[half:])
    s.text(50, y, "CHECKS", 9, b)
    s.line(50, y + 4, 562, y + 4, 0.5)
    y += 16
    for c in range(3):
        s.text(60 + 170 * c, y, "CHECK NO.  DATE    AMOUNT", 8, b)
    y += 13
    for i, (d, number, amount) in enumerate(checks):
        s.text(60 + 170 * (i % 3), y + 12 * (i // 3), f"{number:<10} {d:%m-%d} {money(amount):>9}", 8.5, f)
    y += 12 * ((len(checks) + 2) // 3) + 22
    s.text(50, y, "DAILY BALANCE", 9, b)
    s.line(50, y + 4, 562, y + 4, 0.5)
    y += 16
    daily: dict[date, Decimal] = {}
    for d, _, _, balance in st.rows:
        daily[d] = balance
    for i, (d, balance) in enumerate(sorted(daily.items())):
        s.text(60 + 170 * (i % 3), y + 12 * (i // 3), f"{d:%m-%d} {money(balance):>12}", 8.5, f)
    y += 12 * ((len(daily) + 2) // 3) + 24
    s.text(50, y, "THANK YOU FOR BANKING AT HOME SINCE 1889.", 8.5, f)
    return [p1, p2]


# --- letters and other papers --------------------------------------------------------------------------------------


def va_summary(veteran: Person, home: Address, when: date, monthly: Decimal, rng: random.Random) -> Doc:
    """A VA "Summary of Benefits" letter: the entitlement in a bordered table by effective date, tax-free."""
    s = Sheet()
    s.text(72, 60, "DEPARTMENT OF VETERANS AFFAIRS", 12.5, "serif-b")
    s.text(72, 74, "Regional Benefit Office", 9.5, "serif")
    s.text(540, 60, long_date(when), 10, "serif", align="r")
    s.text(540, 74, f"In reply refer to: {rng.randint(300, 399)}/21", 8.5, "serif", 0.3, "r")
    y = 112
    for line in (veteran.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10, "serif")
        y += 13
    y += 24
    s.text(72, y, f"Dear {veteran.first} {veteran.last}:", 11, "serif")
    y += 22
    y = s.wrap(72, y, "This letter is a summary of benefits you currently receive from the Department of Veterans "
               "Affairs. You may use it to apply for housing assistance, a mortgage or other benefits.", 468, 11,
               "serif", 15)
    y += 10
    s.text(72, y, "Your VA benefits", 11, "serif-b")
    y += 8
    rating = rng.choice([50, 60, 70, 80])
    for i, (a, b_, c) in enumerate((("Effective date", "Monthly entitlement amount", "Reason"),
                                    (us(hp.add_months(when, -rng.randint(2, 14))), f"${money(monthly)}",
                                     "Compensation - rating adjusted"))):
        for x, w, v in ((72, 120, a), (192, 170, b_), (362, 178, c)):
            s.rect(x, y + 20 * i, w, 20, width=0.6, fill=0.88 if i == 0 else None)
            s.text(x + 5, y + 20 * i + 14, v, 9.5, "serif-b" if i == 0 else "serif")
    y += 60
    for line in (f"Your combined service-connected evaluation is {rating} percent.",
                 "You are paid monthly, on the first business day of the month, by direct deposit.",
                 "VA disability compensation is tax-free: it is not reported as income on a federal tax return."):
        s.text(72, y, f"- {line}", 10.5, "serif")
        y += 16
    y += 16
    s.text(72, y, "Sincerely yours,", 11, "serif")
    s.text(72, y + 30, "Veterans Service Center Manager", 11, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_nontaxable"}, [s])


def death_certificate(deceased: Person, home: Address, died: date, issued: date, spouse: Person,
                      rng: random.Random) -> Doc:
    """A county registrar's certified copy of a death record: numbered boxes in a ruled grid, a raised-seal note."""
    s = Sheet()
    s.rect(36, 36, 540, 720, width=2.0)
    s.rect(42, 42, 528, 708, width=0.6)
    s.text(306, 72, f"STATE OF {hb.STATES.get(home.state, home.state).upper()}", 11, "serif-b", align="c")
    s.text(306, 90, "CERTIFICATE OF DEATH", 18, "serif-b", align="c")
    s.text(306, 106, f"State file no. {rng.randint(2027, 2028)}-{rng.randint(100000, 999999)}", 9, "serif", 0.3, "c")
    boxes = [("1. DECEDENT'S LEGAL NAME", deceased.name), ("2. SEX", rng.choice(["Male", "Female"])),
             ("3. DATE OF DEATH", long_date(died)), ("4. AGE", str(rng.randint(48, 71))),
             ("5. RESIDENCE - STREET", home.street), ("6. CITY, STATE, ZIP", home.last_line),
             ("7. MARITAL STATUS", "Married"), ("8. SURVIVING SPOUSE", spouse.name),
             ("9. PLACE OF DEATH", f"{home.city} General Hospital"), ("10. MANNER OF DEATH", "Natural"),
             ("11. INFORMANT", f"{spouse.name}, spouse"), ("12. FUNERAL HOME", f"{deceased.last} & Sons Chapel")]
    y = 128
    for i, (label, value) in enumerate(boxes):
        x = 60 + 246 * (i % 2)
        yy = y + 40 * (i // 2)
        s.rect(x, yy, 246, 40, width=0.6)
        s.text(x + 4, yy + 10, label, 6.8, "sans-b", 0.2)
        s.text(x + 8, yy + 28, value, 10.5, "mono")
    y += 40 * 6 + 30
    y = s.wrap(60, y, "I certify that this is a true and correct copy of the official record filed with the county "
               "registrar of vital statistics. This copy is not valid without the raised seal of the registrar.",
               492, 9, "serif", 12)
    s.text(60, y + 30, f"Date issued: {long_date(issued)}", 10, "serif")
    s.circle(480, y + 40, 34, 1.0)
    s.text(480, y + 43, "SEAL", 9, "serif-b", 0.5, "c")
    return Doc("death_certificate", {}, [s])


def reassessment_notice(owner: Person, home: Address, when: date, old: Decimal, new: Decimal, county: str,
                        rng: random.Random) -> Doc:
    """A county assessor's notice of a higher assessed value and the estimated tax; an "other" paper."""
    s = Sheet()
    s.text(50, 60, f"{county.upper()} COUNTY ASSESSOR", 13, "sans-b")
    s.text(50, 74, "NOTICE OF CHANGE IN ASSESSED VALUE - THIS IS NOT A BILL", 9.5, "sans-b", 0.3)
    s.text(562, 60, f"Mailed {us(when)}", 9, align="r")
    y = 104
    for line in (owner.upper, home.street.upper(), home.last_line.upper()):
        s.text(60, y, line, 10)
        y += 13
    y += 22
    rate = Decimal(rng.randrange(110, 165)) / 10000
    rows = [("", "Prior year", "This year"), ("Market value", f"${money(old)}", f"${money(new)}"),
            ("Assessed value (11.5%)", f"${money(cents(old * Decimal('0.115')))}",
             f"${money(cents(new * Decimal('0.115')))}"),
            ("Estimated tax", f"${money(cents(old * rate))}", f"${money(cents(new * rate))}")]
    for i, row in enumerate(rows):
        for c, value in enumerate(row):
            s.rect(50 + 170 * c, y + 20 * i, 170, 20, width=0.6, fill=0.88 if i == 0 else None)
            s.text(56 + 170 * c, y + 20 * i + 14, value, 9.5, "sans-b" if i == 0 else "sans")
    y += 110
    s.wrap(50, y, "If you disagree with the value, you may appeal within 30 days of the date this notice was mailed. "
           f"Parcel {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}.", 512, 9.5)
    return Doc("other", {}, [s])


def relocation_memo(employee: Person, employer: str, when: date, new_site: str, report: date) -> Doc:
    """An employer's HR memo transferring the employee to a distant site."""
    s = Sheet()
    s.text(72, 64, employer, 14, "sans-b")
    s.text(72, 78, "Human Resources", 9.5, "sans", 0.3)
    s.line(72, 88, 540, 88, 1.0)
    y = 116
    for label, value in (("TO:", employee.name), ("FROM:", "Human Resources - Workforce Planning"),
                         ("DATE:", long_date(when)), ("RE:", "Notice of transfer of work location")):
        s.text(72, y, label, 10.5, "sans-b")
        s.text(140, y, value, 10.5)
        y += 18
    y += 14
    y = s.wrap(72, y, f"This memo confirms that your position is being moved to our {new_site} facility as part of "
               "the consolidation of the regional operations. Your last day at your current site and your reporting "
               f"date at {new_site} is {long_date(report)}. Your title, pay rate and seniority do not change.", 468,
               10.5, "sans", 15)
    y += 10
    y = s.wrap(72, y, "Relocation assistance of up to $3,500 is available on receipts. Please sign the enclosed "
               "acknowledgement and return it to Human Resources.", 468, 10.5, "sans", 15)
    s.text(72, y + 30, "Workforce Planning", 10.5, "sans-i")
    return Doc("employer_relocation_letter", {"letter_date": when}, [s])


def typewriter_letter(app: GApplication, when: date, servicer: str, paragraphs: Sequence[str],
                      rng: random.Random) -> Doc:
    """A hardship letter typed on a typewriter: fixed-width, the date at the right, signed in ink."""
    s = Sheet()
    f = "mono"
    y = 80.0
    s.text(540, y, f"{when:%B} {when.day}, {when.year}", 10, f, align="r")
    y += 30
    for line in (app.borrower.name, app.address.street, app.address.last_line):
        s.text(72, y, line, 10, f)
        y += 13
    y += 20
    s.text(72, y, f"To: {servicer}", 10, f)
    s.text(72, y + 13, f"Re: Loan No. {app.loan}", 10, f)
    y += 40
    for p in paragraphs:
        y = s.wrap(72, y, p, 468, 10, f, 13.5) + 8
    s.text(72, y + 8, "Respectfully,", 10, f)
    s.signature(rng, 78, y + 46, 150, 22, gray=0.12)
    s.text(72, y + 64, app.borrower.name, 10, f)
    return Doc("hardship_letter", {"letter_date": when}, [s])


# --- packets -------------------------------------------------------------------------------------------------------


def received_on(rng: random.Random) -> date:
    """A weekday between February and late May 2028 (early in a year: year-to-date pay is small)."""
    return hp.weekday_on_or_before(date(2028, 2, 1) + timedelta(days=rng.randint(0, 115)))


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def _facts(app: GApplication, rng: random.Random, servicer: str) -> None:
    app.facts.update(servicer=servicer, county=rng.choice(["Shawnee", "Douglas", "Riley", "Sedgwick", "Butler"]),
                     payment=hj._dollars(rng, 110000, 210000), behind=str(rng.randint(1, 4)),
                     utilities=hj._dollars(rng, 18000, 32000), car=hj._dollars(rng, 0, 52000),
                     cards=hj._dollars(rng, 5000, 24000), dob=hj._dob(rng, 30, 60))


def packet_hsp_typed_folder(seed: int) -> Packet:
    """HSP-2 typed into its PDF and signed on a signature pad; a tipped server's two bi-weekly stubs, the VA summary
    of benefits, a typewritten hardship letter and the assessor's reassessment notice; born digital in a folder named
    after the loan. Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Dolores", "E.", "Whitehorse")
    home = hp.address(rng)
    run = tavern_run(rng, borrower, home, received, 2)
    va = Decimal(rng.choice(["1075.16", "1361.88", "1716.28"]))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(_mean([st.gross for st, _ in run]) * 26 / 12), "B"),
                 ("benefits_nontaxable", va, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["reduction_in_income", "disability_or_illness"],
                hardship_start=received - timedelta(days=rng.randint(120, 240)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    _facts(app, rng, "Lakeshore Home Loans")
    app.facts.update(freq_wages="Every 2 weeks", freq_benefits_nontaxable="Monthly", duration="6-12 months",
                     story="Back surgery kept me off the floor for 3 months; fewer shifts and tips since.")
    app_doc = Doc("mortgage_assistance_application", {}, hsp_form(app, "typed", rng))
    emp = f"{rng.randint(1000, 9999)}"
    stub_docs = [st.doc([stub_tavern(st, lines, emp, rng)]) for st, lines in run]
    letter = typewriter_letter(app, signed_on - timedelta(days=1), "Lakeshore Home Loans", [
        "I am a server at the Ember & Oak tavern and have been for eleven years. Last fall I needed surgery on two "
        "discs in my lower back and could not work for three months. I am back now, but my doctor limits me to four "
        "shifts a week and no double shifts, so my hours and my tips are down by about a third.",
        "My VA disability pay has not changed and I have used it and my savings to keep up as long as I could. I am "
        "now two payments behind. I would like to be considered for a loan modification so that the payment fits "
        "what I earn now. I have enclosed my two latest pay stubs and my VA letter."], rng)
    va_doc = va_summary(borrower, home, received - timedelta(days=rng.randint(10, 40)), va, rng)
    old = Decimal(rng.randrange(180000, 260000))
    notice = reassessment_notice(borrower, home, received - timedelta(days=rng.randint(20, 60)), old,
                                 cents(old * Decimal("1.18")), app.facts["county"], rng)
    docs = [app_doc, *stub_docs, va_doc, letter, notice]
    files = [JFile(f"{loan}/HSP-2 intake {borrower.last}.pdf", [app_doc]),
             *(JFile(f"{loan}/stub_{s.fields['pay_date']:%m%d%Y}.pdf", [s]) for s in stub_docs),
             JFile(f"{loan}/VA letter.pdf", [va_doc]), JFile(f"{loan}/my letter.pdf", [letter]),
             JFile(f"{loan}/assessor notice.pdf", [notice])]
    return Packet("k1-hfa-intake-typed-digital-folder-tipped-stubs-va-summary-typewriter-letter", received, app,
                  docs, files, loan, [])


def packet_form710_separator(seed: int) -> Packet:
    """Form 710 filled through its AcroForm, printed, signed and scanned at 200 dpi behind a barcode separator sheet
    with a city clerk's two monthly earnings statements, a national bank's two statements and the husband's death
    certificate. Complete."""
    rng = random.Random(seed * 7919 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Rosalind", "J.", "Abernathy-Cole")
    late = Person("Theodore", "M.", "Cole")
    home = hp.address(rng)
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    annual = Decimal(rng.randrange(46, 64) * 1000)
    stubs = city_run(rng, home.city, borrower, home, months, annual)
    survivor = Decimal(rng.randrange(90000, 160000)) / 100
    died = received - timedelta(days=rng.randint(100, 170))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(annual / 12), "B"), ("benefits_taxable", survivor, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["death", "reduction_in_income"], hardship_start=died, signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(duration="long", cash=money(Decimal(rng.randrange(300, 2500))),
                     savings=money(Decimal(rng.randrange(0, 6000))))
    app_doc = Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng), facts={"form710": True})
    stub_docs = [st.doc([stub_city(st, "CITY CLERK", rng)]) for st in stubs]
    net = stubs[-1].net
    sts = hf.statements(rng, CONTINENTAL, borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 3), "SSA TREAS 310 SURVIVOR BEN", survivor),
        (hp.weekday_on_or_before(hp.month_end(start.year, start.month)).day - 1, f"CITY OF {home.city.upper()} PAYROLL",
         net)], n_debits=15)
    statement_docs = [st.doc(statement_continental(st)) for st in sts]
    cert = death_certificate(late, home, died, died + timedelta(days=rng.randint(12, 30)), borrower, rng)
    docs = [app_doc, *stub_docs, *statement_docs, cert]
    scan = Scan(200, skew=0.3, noise=0.0005, blur=0.4, paper=242, seed=seed + 21)
    files = [JFile(f"SCAN{received:%m%d}_{rng.randint(100, 999)}.pdf", [hf.separator(loan), *docs], scan)]
    return Packet("k2-form710-acroform-printed-separator-scan-city-stubs-newest-first-bank-death-certificate",
                  received, app, docs, files, loan, [])


def packet_hsp_hand_fax(seed: int) -> Packet:
    """HSP-2 printed blank, filled in pen and signed by both; the husband's city earnings statement from four months
    ago, the wife's pension award from last year, one small-town bank statement; faxed at 200 dpi from a home
    printer with its cover page and header line, no separator. Incomplete: income_doc:wages,
    income_doc:benefits_taxable."""
    rng = random.Random(seed * 7919 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Ignatius", "P.", "Bergstrom")
    co = Person("Marisol", None, "Bergstrom")
    home = hp.address(rng)
    annual = Decimal(rng.randrange(38, 52) * 1000)
    old_month = hp.add_months(received, -5)
    stub = city_run(rng, home.city, borrower, home, [old_month], annual)[0]
    pension = Decimal(rng.randrange(60000, 110000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(annual / 12), "B"), ("benefits_taxable", pension, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["increase_in_housing_expenses", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(90, 200)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email="")
    _facts(app, rng, "Northway Mortgage Co.")
    app.facts.update(freq_wages="Monthly", freq_benefits_taxable="Monthly", co_dob=hj._dob(rng, 60, 66),
                     co_phone=hp.phone(rng), duration="1 yr+", story="Taxes & insurance up $310/mo, overtime cut")
    app_doc = Doc("mortgage_assistance_application", {}, hsp_form(app, "hand", rng))
    stub_doc = stub.doc([stub_city(stub, "STREETS & SANITATION", rng)])
    award = hp.pension_award_letter(co, home, received - timedelta(days=rng.randint(120, 200)), pension, rng)
    month = hp.add_months(received, -1)
    st = hf.statements(rng, DROVERS, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 3), "PENSION DIRECT DEP", pension),
        (hp.weekday_on_or_before(hp.month_end(start.year, start.month)).day - 1, "CITY PAYROLL DD", stub.net)],
        n_debits=16)[0]
    statement_doc = st.doc(statement_drovers(st))
    docs = [app_doc, stub_doc, award, statement_doc]
    pages = 1 + sum(d.page_count for d in docs)
    cover = hj.home_fax_cover("BERGSTROM", app.phone, "Northway Mortgage Co.", "1-877-555-0164", received, pages,
                              f"Loan {loan}|HSP application for both of us,|Iggy's pay stub, Marisol's pension,|"
                              "bank statement.")
    fax = Scan(200, skew=0.25, noise=0.0008, blur=0.4, fax=True, seed=seed + 31)
    header = (f"{received:%m/%d/%Y} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}  FROM: {app.phone}  "
              "BERGSTROM  PAGE {page} OF {pages}")
    files = [JFile(f"fax_{received:%Y%m%d}{rng.randint(100000, 999999)}.pdf", [cover, *docs], fax, header=header)]
    return Packet("k3-hfa-intake-hand-filled-home-fax-stale-city-stub-stale-pension-small-town-bank", received, app,
                  docs, files, loan, ["income_doc:wages", "income_doc:benefits_taxable"])


def packet_hsp_ink_loose(seed: int) -> Packet:
    """HSP-2 typed, printed and signed in ink by the applicant only (the co-applicant's cell empty); the applicant's
    signed year-to-date profit and loss and 4506-C, the co-applicant's two tipped-server stubs and the assessor's
    notice; loose 200 dpi scans with the loan number in their names. Incomplete: application_signature."""
    rng = random.Random(seed * 7919 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 11, 2)
    borrower = Person("Anselm", "T.", "Okonkwo-Reyes")
    co = Person("Priya", "S.", "Okonkwo-Reyes")
    home = hp.address(rng)
    run = tavern_run(rng, co, home, received, 2)
    start = date(received.year, 1, 1)
    end = hp.month_end(hp.add_months(received, -1).year, hp.add_months(received, -1).month)
    months = end.month
    revenue = Decimal(rng.randrange(900000, 1500000)) / 100 * months
    expenses = [("Supplies", cents(revenue * Decimal("0.12"))), ("Vehicle", cents(revenue * Decimal("0.08"))),
                ("Insurance", Decimal(rng.randrange(40000, 90000)) / 100 * months),
                ("Phone & internet", Decimal("89.00") * months)]
    net = revenue - sum((a for _, a in expenses), Decimal(0))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("self_employment", cents(net / months), "B"),
                 ("wages", cents(_mean([st.gross for st, _ in run]) * 26 / 12), "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disaster", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 150)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False, co_signed_on=None, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    _facts(app, rng, "Lakeshore Home Loans")
    app.facts.update(freq_self_employment="Varies - avg/mo", freq_wages="Every 2 weeks", co_dob=hj._dob(rng, 30, 45),
                     co_phone=hp.phone(rng), duration="3-6 months",
                     story="Hail storm closed my roofing jobs for weeks; insurance premium went up after the claim.")
    app_doc = Doc("mortgage_assistance_application", {}, hsp_form(app, "ink", rng))
    pnl = hp.profit_and_loss(borrower, f"{borrower.last.split('-')[0]} Roofing & Gutters", start, end, revenue,
                             expenses, signed_on, rng)
    irs = hp.form_4506c(borrower, app.ssn4, home, signed_on, rng, received.year - 1)
    emp = f"{rng.randint(1000, 9999)}"
    stub_docs = [st.doc([stub_tavern(st, lines, emp, rng)]) for st, lines in run]
    old = Decimal(rng.randrange(200000, 320000))
    notice = reassessment_notice(borrower, home, received - timedelta(days=rng.randint(20, 70)), old,
                                 cents(old * Decimal("1.22")), app.facts["county"], rng)
    docs = [app_doc, pnl, irs, *stub_docs, notice]
    base = Scan(200, skew=0.35, noise=0.0006, blur=0.45, paper=240, seed=seed + 41)
    files = [JFile(f"{loan}_application.pdf", [app_doc], base),
             JFile(f"{loan}_P&L YTD.pdf", [pnl], replace_seed(base, seed + 42)),
             JFile(f"{loan}_4506C.pdf", [irs], replace_seed(base, seed + 43)),
             JFile(f"{loan}_Priya paystubs.pdf", stub_docs, replace_seed(base, seed + 44)),
             JFile(f"{loan}_tax notice.pdf", [notice], replace_seed(base, seed + 45))]
    return Packet("k4-hfa-intake-typed-ink-signed-loose-scans-co-applicant-unsigned-self-employed-tipped-stubs",
                  received, app, docs, files, loan, ["application_signature"])


def packet_form710_hand_split(seed: int) -> Packet:
    """Form 710 printed blank and filled by hand with a typewritten hardship letter, scanned at 200 dpi and named with
    the loan number; hours later two small-town bank statements (pay and alimony deposits) in a file named only by
    the borrower. No divorce decree. Incomplete: hardship_doc:divorce_or_separation."""
    rng = random.Random(seed * 7919 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Henrietta", "L.", "Vasquez-Lindqvist")
    home = hp.address(rng)
    net = Decimal(rng.randrange(110000, 160000)) / 100
    gross = cents(net * Decimal("1.31"))
    alimony = Decimal(rng.randrange(400, 900, 25))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(gross * 26 / 12), "B"), ("other", alimony, "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["divorce_or_separation"], hardship_start=received - timedelta(days=rng.randint(100, 200)),
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(cash=money(Decimal(rng.randrange(200, 1800))))
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710_by_hand(app, rng), facts={"form710": True})
    letter = typewriter_letter(app, signed_on, "Loss Mitigation Department", [
        "My husband and I separated last year and our divorce became final this winter. He moved out of state and "
        "the house is mine under the settlement. I now pay the whole mortgage on my own salary plus the alimony the "
        "court ordered, which is less than our two incomes were.",
        "I am asking for a modification that brings the payment down to what one income can carry. My bank "
        "statements for the last two months are enclosed; they show my pay and the alimony deposits."], rng)
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = hf.statements(rng, DROVERS, borrower, home, months, hp.digits(rng, 4), lambda start: [
        (d, "PAYROLL DIR DEP", cents(net * Decimal(rng.randrange(96, 104)) / 100))
        for d in hj._weekdays(start, 4)[::2]] + [(rng.randint(4, 8), "ALIMONY XFER", alimony)], n_debits=14)
    statement_docs = [st.doc(statement_drovers(st)) for st in sts]
    docs = [app_doc, letter, *statement_docs]
    scan = Scan(200, skew=0.3, noise=0.0005, blur=0.4, paper=244, seed=seed + 51)
    files = [JFile(f"Loan {loan} application.pdf", [app_doc, letter], scan),
             JFile(f"{borrower.first} {borrower.last} bank statements.pdf", statement_docs,
                   replace_seed(scan, seed + 52), arrives_after=4 * 3600)]
    return Packet("k5-form710-hand-filled-then-bank-statements-file-without-loan-number-no-divorce-decree", received,
                  app, docs, files, loan, ["hardship_doc:divorce_or_separation"])


def packet_hsp_hand_folder(seed: int) -> Packet:
    """HSP-2 printed blank and filled in pen by a couple (wages and rent from the basement unit), two national-bank
    statements carrying both, a signed 4506-C and the husband's transfer memo; 200 dpi scans in a folder named after
    the loan. Complete."""
    rng = random.Random(seed * 7919 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Casimir", "J.", "Wojcik")
    co = Person("Elena", "M.", "Wojcik")
    home = hp.address(rng)
    net = Decimal(rng.randrange(190000, 260000)) / 100
    rent = Decimal(rng.randrange(850, 1300, 25))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(net * Decimal("1.33") * 26 / 12), "B"), ("rental", rent, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["relocation"], hardship_start=received - timedelta(days=rng.randint(40, 90)), signed=True,
                signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    _facts(app, rng, "Lakeshore Home Loans")
    app.facts.update(freq_wages="Every 2 weeks", freq_rental="Monthly", co_dob=hj._dob(rng, 35, 50),
                     co_phone=hp.phone(rng), duration="until sold", story="Plant moved Casimir 400 mi away")
    app_doc = Doc("mortgage_assistance_application", {}, hsp_form(app, "hand", rng))
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = hf.statements(rng, CONTINENTAL, borrower, home, months, hp.digits(rng, 4), lambda start: [
        *((d, "NORTHPLAINS MFG PAYROLL", net) for d in hj._weekdays(start, 4)[1::2]),
        (rng.randint(1, 4), "MOBILE DEPOSIT RENT", rent)], n_debits=15)
    statement_docs = [st.doc(statement_continental(st)) for st in sts]
    irs = hp.form_4506c(co, app.co_ssn4 or "", home, signed_on, rng, received.year - 1)
    memo = relocation_memo(borrower, "Northplains Manufacturing Co.", app.hardship_start or received,
                           "Rapid City, SD", (app.hardship_start or received) + timedelta(days=30))
    docs = [app_doc, *statement_docs, irs, memo]
    base = Scan(200, skew=0.3, noise=0.0006, blur=0.45, paper=238, seed=seed + 61)
    files = [JFile(f"{loan}/IMG_{rng.randint(1000, 9999)}.pdf", [app_doc], base),
             *(JFile(f"{loan}/IMG_{rng.randint(1000, 9999)}.pdf", [d], replace_seed(base, seed + 62 + i))
               for i, d in enumerate(statement_docs)),
             JFile(f"{loan}/4506c.pdf", [irs], replace_seed(base, seed + 66)),
             JFile(f"{loan}/transfer memo.pdf", [memo], replace_seed(base, seed + 67))]
    return Packet("k6-hfa-intake-hand-filled-scanned-folder-wages-and-rent-by-statements-relocation-memo", received,
                  app, docs, files, loan, [])


PACKETS = (packet_hsp_typed_folder, packet_form710_separator, packet_hsp_hand_fax, packet_hsp_ink_loose,
           packet_form710_hand_split, packet_hsp_hand_folder)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 11710, hj.write_packet, hj.check)  # set J's self-check serves


if __name__ == "__main__":
    main()
