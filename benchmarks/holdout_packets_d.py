"""A fourth holdout set of borrower packets (d1..d4), laid out unlike the shared samples and unlike the h, b and
c sets, to gauge how the service's reading holds on layouts nobody tuned it to.

    python benchmarks/holdout_packets_d.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a
servicer's "Borrower Assistance Application" whose questions sit in a grid of boxed cells, each labelled in
small caps at its top-left corner - typed in the PDF, typed then signed in ink and scanned, or printed blank
and filled by hand; a Paylocity-style pay stub (a "Check Date" / "Period Start" / "Period End" header band,
earnings with "Amount" and "YTD Amount"); a community bank's two-page statement with a running-balance table
and "Balance as of mm/dd/yyyy" summary lines; a state unemployment portal's benefit payment history printed
from the browser; Social Security's "Benefit Verification Letter"; a hardship letter written by hand on plain
copier paper and scanned; a page fed into the scanner upside down; a fax sent from a copy shop's business
center. Delivered as loose born-digital files, a copy-shop fax, one combined 300 dpi scan and a loan folder.

The people, drawing primitives, scanning, writing, `--check` and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and holdout_packets_c.py's, so expected status and missing
codes follow from the values drawn.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_b import BFile, Hourly, Pen
from holdout_packets_c import CApplication

# --- the application: a grid of boxed cells ----------------------------------------------------------------


@dataclass
class DApplication(CApplication):
    """The RMA answers; an occupancy left blank is reported as null, not as an empty string."""

    def expected(self) -> dict[str, Any]:
        out = super().expected()
        out["occupancy"] = self.occupancy or None
        return out


def d_app(rows: dict[str, Decimal], **answers: Any) -> DApplication:
    lines = [(hc.RMA_CODE[key], amount, "B") for key, amount in rows.items() if amount]
    return DApplication(income_lines=lines, rows=rows, **answers)


def small_caps(sheet: Sheet, x: float, y: float, label: str, size: float = 6.8, gray: float = 0.25) -> None:
    """A label set in small caps: each word's first letter full height, the rest as smaller capitals."""
    for word in label.split():
        head, rest = word[0].upper(), word[1:].upper()
        sheet.text(x, y, head, size, "sans", gray)
        x += hp.text_width(head, "sans", size)
        if rest:
            sheet.text(x, y, rest, size * 0.78, "sans", gray)
            x += hp.text_width(rest, "sans", size * 0.78)
        x += hp.text_width(" ", "sans", size)


GRID_HARDSHIPS = [
    ("unemployment", "Unemployment"), ("reduction_in_income", "Reduced income"),
    ("increase_in_housing_expenses", "Higher housing costs"), ("disaster", "Disaster"),
    ("disability_or_illness", "Disability / illness"), ("divorce_or_separation", "Divorce / separation"),
    ("separation_unmarried", "Co-owners split up"), ("death", "Death in household"),
    ("relocation", "Job relocation"), ("other", "Other"),
]
GRID_INCOME = [
    ("wages", "Gross wages / salary"), ("overtime", "Overtime, bonus, tips"), ("self_employment", "Self-employment"),
    ("unemployment", "Unemployment"), ("benefits_taxable", "Soc. Sec. / pension (taxable)"),
    ("benefits_nontaxable", "Non-taxable benefits"), ("rental", "Net rental income"),
    ("investment", "Interest / dividends"), ("support", "Child support / alimony"), ("other", "Other income"),
]
GRID_OCCUPANCY = [("primary_residence", "Owner-occupied"), ("second_home", "Second home"),
                  ("investment_property", "Rental / investment")]


def grid_form(app: CApplication, servicer: tuple[str, str], fill: str, rng: random.Random) -> list[Sheet]:
    """Pinecrest's two-page application: every answer in its own ruled cell, the label in small caps at the
    cell's top-left. fill "typed": typed into the PDF and signed with a drawn signature; "typed-ink": typed,
    printed, then signed and dated in pen; "hand": printed blank and filled, ticked and signed by hand."""
    name, contact = servicer
    typed = fill != "hand"
    pen = Pen(rng, hand=not typed, gray=0.12, typed_font="mono")
    ink = Pen(rng, hand=True, gray=0.1)
    signer = ink if fill != "typed" else pen
    when = us if typed else (lambda d: f"{d.month}/{d.day}/{d:%y}")
    ink_when = us if fill == "typed" else (lambda d: f"{d.month}/{d.day}/{d:%y}")
    p1, p2 = Sheet(), Sheet()
    form_id = f"PMS-BAA {rng.choice(['04/24', '11/23', '02/25'])}"
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.rect(40, 36, 532, 30, stroke=None, fill=0.15)
        sheet.text(50, 56, name.upper(), 12, "sans-b", 1.0)
        sheet.text(562, 50, "Borrower Assistance Application", 10, "sans-b", 1.0, "r")
        sheet.text(562, 61, contact, 7, "sans", 0.9, "r")
        sheet.text(40, 766, form_id, 7, "sans", 0.35)
        sheet.text(572, 766, f"Page {page} of 2", 7, "sans", 0.35, "r")
        sheet.text(306, 766, f"Loan # {app.loan}", 7, "sans", 0.35, "c")

    def cell(sheet: Sheet, x: float, y: float, w: float, label: str, value: str = "", h: float = 30,
             right: bool = False) -> None:
        sheet.rect(x, y, w, h, width=0.6)
        small_caps(sheet, x + 3, y + 8, label)
        if right:
            pen.write(sheet, x + w - 5, y + h - 7, value, 10, "r")
        else:
            pen.write(sheet, x + 5, y + h - 7, value, 10, fit=w - 10)

    def section(sheet: Sheet, y: float, title: str) -> float:
        sheet.rect(40, y, 532, 14, stroke=None, fill=0.82)
        sheet.text(45, y + 10.5, title, 8.5, "sans-b")
        return y + 14

    def option(sheet: Sheet, x: float, y: float, chosen: bool, label: str) -> None:
        sheet.box(x, y - 7.5, False, 8)
        if chosen:
            if typed:
                sheet.box(x, y - 7.5, True, 8)
            else:
                pen.tick(sheet, x, y - 7.5, 8)
        sheet.text(x + 11, y, label, 8)

    co = app.co_borrower
    home = app.address
    p1.wrap(40, 82, "Please print clearly in each box. Give monthly amounts before taxes. Leave a box empty only if "
            "it does not apply to you. Sign and date page 2.", 532, 7.5, "sans-i", 9.5, 0.2)
    y = section(p1, 100, "A.  ABOUT YOU AND YOUR LOAN")
    cell(p1, 40, y, 150, "Loan number", app.loan)
    p1.rect(190, y, 382, 30, width=0.6)
    small_caps(p1, 193, y + 8, "Property will be")
    x = 200
    for code, label in GRID_OCCUPANCY:
        option(p1, x, y + 24, app.occupancy == code, label)
        x += 24 + hp.text_width(label, "sans", 8) + 8
    y += 30
    cell(p1, 40, y, 262, "Borrower full name", app.borrower.name)
    cell(p1, 302, y, 110, "SSN (last four)", app.ssn4)
    cell(p1, 412, y, 160, "Best phone", app.phone)
    y += 30
    cell(p1, 40, y, 262, "Co-borrower full name", co.name if co else "")
    cell(p1, 302, y, 110, "SSN (last four)", app.co_ssn4 or "")
    cell(p1, 412, y, 160, "Best phone", app.facts.get("co_phone", "") if co else "")
    y += 30
    cell(p1, 40, y, 262, "Property street address", home.street)
    cell(p1, 302, y, 140, "City", home.city)
    cell(p1, 442, y, 50, "State", home.state)
    cell(p1, 492, y, 80, "ZIP", home.zip)
    y += 30
    cell(p1, 40, y, 262, "Mailing address (if different)", app.mailing.one_line if app.mailing else "")
    cell(p1, 302, y, 270, "E-mail", app.email)
    y = section(p1, y + 44, "B.  WHAT HAPPENED  (check all that apply)")
    for i, (code, label) in enumerate(GRID_HARDSHIPS):
        cx, cy = 40 + (i % 5) * 106.4, y + (i // 5) * 24
        p1.rect(cx, cy, 106.4, 24, width=0.6)
        option(p1, cx + 5, cy + 15.5, code in app.hardships, label)
    y += 48
    cell(p1, 40, y, 150, "Hardship began (date)", when(app.hardship_start) if app.hardship_start else "")
    cell(p1, 190, y, 382, "If other, explain", app.other_hardship_text)
    y += 30
    cell(p1, 40, y, 532, "In a few words, what changed", app.facts.get("story", ""), h=40)
    y = section(p1, y + 54, "C.  MONTHLY HOUSEHOLD INCOME  (all borrowers, gross, before taxes)")
    for i, (key, label) in enumerate(GRID_INCOME):
        amount = app.rows.get(key)
        cell(p1, 40 + (i % 4) * 133, y + (i // 4) * 30, 133, label, f"${money(amount)}" if amount else "", right=True)
    cell(p1, 40 + 2 * 133, y + 60, 266, "Total monthly income", f"${money(app.total)}", right=True)
    p1.rect(40 + 2 * 133, y + 60, 266, 30, width=1.6)

    y = section(p2, 82, "D.  ASSETS AND MONTHLY EXPENSES")
    facts = [("Checking / savings", app.facts.get("cash", "")), ("Retirement accounts", app.facts.get("retire", "")),
             ("First mortgage payment", app.facts.get("mortgage", "")), ("HOA / other housing", "")]
    for i, (label, value) in enumerate(facts):
        cell(p2, 40 + i * 133, y, 133, label, value, right=True)
    y = section(p2, y + 44, "E.  ACKNOWLEDGMENT AND AGREEMENT")
    for paragraph in (
            "By signing below I certify that all of the information in this application is truthful and that the "
            "hardship I described contributed to my need for mortgage relief. I understand that knowingly "
            "submitting false information may violate federal and state law.",
            "I consent to the servicer obtaining a current credit report and verifying the income and documents I "
            "provide. I understand the servicer will use this information to evaluate my eligibility for "
            "assistance options and is not obligated to offer me any of them.",
            "I agree that the servicer may contact me by phone, text or e-mail at the numbers and address above "
            "about this request, and that my information may be shared with the investor and any housing "
            "counselor I have authorized."):
        y = p2.wrap(48, y + 14, paragraph, 516, 8.5, "sans", 11.5)
    y += 20
    for who, signed, on, x in (("Borrower", app.signed, app.signed_on, 40),
                               ("Co-borrower", app.co_signed, app.co_signed_on, 306)):
        p2.rect(x, y, 186, 44, width=0.6)
        small_caps(p2, x + 3, y + 8, f"{who} signature")
        p2.rect(x + 186, y, 80, 44, width=0.6)
        small_caps(p2, x + 189, y + 8, "Date")
        if who == "Co-borrower" and co is None:
            continue
        if signed:
            p2.signature(rng, x + 16, y + 38, 140, 20, gray=0.1)
        if on:
            signer.write(p2, x + 192, y + 36, ink_when(on), 10)
    y += 70
    p2.wrap(40, y, f"Return this application with your income and hardship documents to {name}, or fax it to the "
            "number at the top of this page. Keep a copy for your records.", 532, 8, "sans-i", 10.5, 0.25)
    return [p1, p2]


# --- pay stub: Paylocity-style header band ------------------------------------------------------------------


def stub_band(stub: Stub, rng: random.Random, pay: Hourly | None) -> Sheet:
    """A payroll-service voucher: the employer top-left, a band of boxed header cells (Check Date / Period Start /
    Period End / Voucher / Net Pay), earnings with Rate, Hours, Amount, YTD Hours, YTD Amount, then taxes and
    deductions with Amount / YTD Amount. No pay frequency printed."""
    s = Sheet()
    periods = stub.ytd_gross / stub.gross if stub.ytd_gross else Decimal(1)
    s.text(40, 52, stub.employer, 12, "sans-b")
    s.text(40, 64, f"{stub.employer_address.street}  {stub.employer_address.last_line}", 8, "sans", 0.25)
    s.text(572, 52, "Payroll Statement", 12, "sans-b", 0.3, "r")
    s.text(572, 64, f"Company Code {rng.choice('ABCDEFGHK')}{rng.randint(10, 99)}{rng.choice('QRSTUVX')}", 8,
           "sans", 0.3, "r")
    heads = [("Check Date", us(stub.pay_date)), ("Period Start", us(stub.period_start)),
             ("Period End", us(stub.period_end)), ("Voucher Number", f"{rng.randint(100, 999)}{rng.randint(100, 999)}"),
             ("Net Pay", f"${money(stub.net)}")]
    for i, (label, value) in enumerate(heads):
        x = 40 + i * 106.4
        s.rect(x, 76, 106.4, 14, width=0.5, stroke=0.3, fill=0.3)
        s.text(x + 53.2, 86, label, 7.5, "sans-b", 1.0, "c")
        s.rect(x, 90, 106.4, 18, width=0.5, stroke=0.3)
        s.text(x + 53.2, 103, value, 9, "sans", 0.0, "c")
    y = 130
    for label, value in (("Employee", stub.employee.name), ("Address", stub.employee_address.street),
                         ("", stub.employee_address.last_line),
                         ("Employee ID", f"{rng.randint(1000, 9999)}"),
                         ("Department", rng.choice(["100 - Operations", "220 - Patient Care", "310 - Distribution"]))):
        s.text(40, y, label, 8, "sans-b", 0.35)
        s.text(110, y, value, 9)
        y += 12
    s.text(360, 130, "Tax Info", 8, "sans-b", 0.35)
    s.text(360, 142, f"Federal: {rng.choice(['Single', 'Married filing jointly', 'Head of household'])}", 8.5)
    s.text(360, 154, f"State: {stub.employee_address.state}  Exemptions {rng.randint(0, 3)}", 8.5)

    def table(y: float, heads: list[tuple[float, str, str]], rows: list[list[str]]) -> float:
        s.line(40, y, 572, y, 0.8)
        for x, label, align in heads:
            s.text(x, y + 11, label, 8, "sans-b", 0.2, align)
        s.line(40, y + 15, 572, y + 15, 0.5, 0.5)
        y += 28
        for row in rows:
            for (x, _, align), value in zip(heads, row, strict=True):
                s.text(x, y, value, 8.5, "sans", 0.0, align)
            y += 12
        return y + 10

    earnings = []
    if pay is not None:
        earnings.append(["Regular", f"{pay.rate:.4f}", f"{pay.hours:.2f}", money(pay.regular),
                         f"{pay.hours * periods:.2f}", money(cents(pay.regular * periods))])
        if pay.ot_hours:
            earnings.append(["Overtime", f"{pay.rate * Decimal('1.5'):.4f}", f"{pay.ot_hours:.2f}",
                             money(pay.overtime), "", money(cents(pay.overtime * periods))])
    else:
        earnings.append(["Salary", "", "", money(stub.gross), "", money(stub.ytd_gross or stub.gross)])
    earnings.append(["Gross Earnings", "", "", money(stub.gross), "", money(stub.ytd_gross) if stub.ytd_gross else ""])
    y = table(190, [(44, "Earnings", "l"), (250, "Rate", "r"), (310, "Hours", "r"), (390, "Amount", "r"),
                    (470, "YTD Hours", "r"), (566, "YTD Amount", "r")], earnings)
    taxes, deductions = stub.deductions[:4], stub.deductions[4:]
    y = table(y, [(44, "Taxes", "l"), (390, "Amount", "r"), (566, "YTD Amount", "r")],
              [[label, money(cur), money(ytd)] for label, cur, ytd in taxes])
    y = table(y, [(44, "Deductions", "l"), (390, "Amount", "r"), (566, "YTD Amount", "r")],
              [[label, money(cur), money(ytd)] for label, cur, ytd in deductions])
    tax_total = sum((c for _, c, _ in taxes), Decimal(0))
    ded_total = sum((c for _, c, _ in deductions), Decimal(0))
    s.rect(40, y, 532, 50, width=0.8)
    for i, (label, value) in enumerate((("Gross", stub.gross), ("Taxes", tax_total), ("Deductions", ded_total),
                                        ("Net Pay", stub.net))):
        x = 40 + i * 133
        s.text(x + 8, y + 18, label, 8, "sans-b", 0.3)
        s.text(x + 125, y + 38, money(value), 10.5, "sans-b" if label == "Net Pay" else "sans", 0.0, "r")
    y += 76
    s.text(40, y, "Direct Deposits", 8, "sans-b", 0.35)
    s.text(40, y + 13, f"Checking  xxxxx{rng.randint(1000, 9999)}", 8.5)
    s.text(390, y + 13, money(stub.net), 8.5, align="r")
    s.line(40, y + 40, 572, y + 40, 0.4, 0.6)
    s.text(306, y + 56, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK", 8, "sans-b", 0.4, "c")
    return s


# --- bank statement: running balance and "Balance as of" ------------------------------------------------------


def statement_lakeshore(st: Statement, per_first_page: int = 17) -> list[Sheet]:
    """A community bank's statement: window-envelope address, "Balance as of" summary lines for the day
    before the period and its last day, Withdrawals / Deposits / Balance columns, the detail continued on
    page 2 with the closing summary line and the error-resolution notice."""
    pages = [Sheet(), Sheet()]
    before = st.start - timedelta(days=1)
    for i, s in enumerate(pages):
        s.text(44, 56, st.bank, 15, "serif-b", 0.1)
        s.text(44, 68, "Member FDIC   Equal Housing Lender", 7.5, "serif", 0.35)
        s.text(568, 52, f"Page {i + 1} of 2", 8, "serif", 0.3, "r")
        s.text(568, 64, f"Statement Period {us(st.start)} through {us(st.end)}", 8.5, "serif", 0.0, "r")
        s.text(568, 76, f"Account Number ********{st.last4}", 8.5, "serif", 0.0, "r")
        s.line(44, 84, 568, 84, 0.6)
    p1 = pages[0]
    y = 128
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(72, y, line, 9.5, "mono")
        y += 12
    p1.text(360, 120, "Questions? Call 1-866-555-0133", 8.5, "serif")
    p1.text(360, 132, "or visit any branch, Mon-Fri 9-5, Sat 9-12", 8.5, "serif")
    y = 196
    p1.text(44, y, "PERSONAL CHECKING", 10.5, "serif-b")
    p1.text(568, y, f"Account ending {st.last4}", 9, "serif", align="r")
    y += 10
    p1.rect(44, y, 524, 52, width=0.6)
    cols = [(f"Balance as of {us(before)}", money(st.begin)), ("Deposits & Credits", money(st.deposits)),
            ("Withdrawals & Debits", money(st.debits)), (f"Balance as of {us(st.end)}", money(st.ending))]
    for j, (label, value) in enumerate(cols):
        x = 44 + j * 131
        p1.text(x + 65.5, y + 18, label, 8, "serif", 0.2, "c")
        p1.text(x + 65.5, y + 38, f"${value}", 10.5, "serif-b", 0.0, "c")
        if j:
            p1.line(x, y + 6, x, y + 46, 0.4, 0.5)

    heads = [(48, "Date", "l"), (98, "Description", "l"), (400, "Withdrawals", "r"), (480, "Deposits", "r"),
             (564, "Balance", "r")]

    def header(s: Sheet, y: float, title: str) -> float:
        s.text(44, y, title, 10, "serif-b")
        y += 8
        s.rect(44, y, 524, 14, stroke=None, fill=0.88)
        for x, label, align in heads:
            s.text(x, y + 10, label, 8.5, "serif-b", 0.0, align)
        return y + 28

    def row(s: Sheet, y: float, d: date, desc: str, amount: Decimal | None, balance: Decimal) -> float:
        s.text(48, y, f"{d:%m/%d}", 8.5, "serif")
        s.text(98, y, desc, 8.5, "serif")
        if amount is not None:
            s.text(400 if amount < 0 else 480, y, money(abs(amount)), 8.5, "serif", 0.0, "r")
        s.text(564, y, money(balance), 8.5, "serif", 0.0, "r")
        return y + 15

    y = header(p1, 290, "TRANSACTION DETAIL")
    y = row(p1, y, st.start, "Beginning Balance", None, st.begin)
    for d, desc, amount, balance in st.rows[:per_first_page]:
        y = row(p1, y, d, desc, amount, balance)
    p1.text(568, y + 10, "continued on next page", 8, "serif-i", 0.35, "r")
    p2 = pages[1]
    y = header(p2, 112, "TRANSACTION DETAIL (continued)")
    for d, desc, amount, balance in st.rows[per_first_page:]:
        y = row(p2, y, d, desc, amount, balance)
    y = row(p2, y, st.end, "Ending Balance", None, st.ending)
    p2.line(44, y - 8, 568, y - 8, 0.6)
    p2.text(98, y + 8, f"Balance as of {us(st.end)}", 10, "serif-b")
    p2.text(564, y + 8, f"${money(st.ending)}", 10, "serif-b", align="r")
    y += 50
    p2.text(44, y, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS", 8.5, "serif-b")
    p2.wrap(44, y + 14, "Call or write us as soon as you can if you think your statement or receipt is wrong or if you "
            "need more information about a transfer listed on it. We must hear from you no later than 60 days after "
            "we sent you the first statement on which the problem appeared. Tell us your name and account number, "
            "describe the error and explain why you believe it is an error, and tell us the dollar amount.", 524,
            8, "serif", 10.5, 0.2)
    return pages


# --- letters ------------------------------------------------------------------------------------------------


def benefit_verification_letter(person_: Person, ssn4: str, home: Address, when: date, gross: Decimal,
                                rng: random.Random) -> Doc:
    """Social Security's Benefit Verification Letter as downloaded from my Social Security: the full monthly
    benefit before deductions, the Medicare premium and the whole-dollar payment."""
    s = Sheet()
    s.circle(70, 66, 18, 1.0)
    s.text(70, 70, "SSA", 9, "serif-b", align="c")
    s.text(96, 62, "SOCIAL SECURITY ADMINISTRATION", 11, "serif-b")
    s.text(96, 75, "Benefit Verification Letter", 10, "serif")
    s.text(540, 62, f"Date: {long_date(when)}", 9.5, "serif", align="r")
    s.text(540, 75, f"BNC#: {rng.randint(10, 25)}N{rng.randint(1000, 9999)}X{rng.randint(100, 999)}", 9.5,
           "serif", align="r")
    y = 124
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10, "serif")
        y += 13
    y += 26
    y = s.wrap(72, y, "You asked us for information from your record. The information that you requested is shown "
               "below. If you want anyone else to have this information, you may send them this letter.", 468, 10.5,
               "serif", 14)
    y += 8
    s.text(72, y, "Information About Current Social Security Benefits", 11, "serif-b")
    premium = Decimal("185.00")
    payment = Decimal(int(gross - premium))
    since = hp.add_months(when, -rng.randint(8, 30))
    y = s.wrap(72, y + 16, f"Beginning {since:%B %Y}, the full monthly Social Security benefit before any deductions "
               f"is ${money(gross)}.", 468, 10.5, "serif", 14)
    y = s.wrap(72, y, f"We deduct ${money(premium)} for medical insurance premiums each month.", 468, 10.5, "serif", 14)
    y = s.wrap(72, y, f"The regular monthly Social Security payment is ${payment:,}.00. (We must round down to whole "
               "dollars.)", 468, 10.5, "serif", 14)
    y = s.wrap(72, y, "Social Security benefits for a given month are paid the following month. (For example, Social "
               "Security benefits for March are paid in April.)", 468, 10.5, "serif", 14)
    y += 6
    s.text(72, y, "Type of Social Security Benefit Information", 11, "serif-b")
    y = s.wrap(72, y + 16, "You are entitled to monthly retirement benefits.", 468, 10.5, "serif", 14)
    y += 6
    s.text(72, y, "Tax Information", 11, "serif-b")
    y = s.wrap(72, y + 16, "Part of your benefits may be taxable income. Each January we mail Form SSA-1099 showing "
               "the benefits paid to you in the year before.", 468, 10.5, "serif", 14)
    y += 6
    s.text(72, y, "Suspect Social Security Fraud?", 11, "serif-b")
    y = s.wrap(72, y + 16, "Please visit oig.ssa.gov or call the Inspector General's Fraud Hotline.", 468, 10.5,
               "serif", 14)
    y += 6
    s.text(72, y, "If You Have Any Questions", 11, "serif-b")
    s.wrap(72, y + 16, f"Your claim number is XXX-XX-{ssn4}A. You may call us at 1-800-772-1213 from 8:00 a.m. to "
           "7:00 p.m., Monday through Friday.", 468, 10.5, "serif", 14)
    s.text(72, 700, "Social Security Administration", 10, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


def ui_payment_history(claimant: Person, home: Address, printed: date, weekly: Decimal, weeks: int,
                       rng: random.Random) -> Doc:
    """A state claimant portal's "Payment History" page printed from the browser: the browser's date and URL
    lines, claim facts, a table of weeks paid with federal tax withheld."""
    s = Sheet()
    hour, minute = rng.randint(8, 11), rng.randint(10, 59)
    s.text(28, 22, f"{printed.month}/{printed.day}/{printed:%y}, {hour}:{minute:02d} AM", 7.5, "sans", 0.2)
    s.text(330, 22, "Payment History | ReEmploy Claimant Portal", 7.5, "sans", 0.2)
    s.rect(28, 40, 556, 34, stroke=None, fill=0.25)
    s.text(40, 62, f"{hb.STATES.get(home.state, home.state)} Unemployment Insurance", 12, "sans-b", 1.0)
    s.text(572, 62, f"Welcome, {claimant.first.upper()}  |  Log Out", 8, "sans", 1.0, "r")
    s.text(40, 100, "Payment History", 16, "sans")
    s.text(40, 116, "Home  >  My Claim  >  Payments", 8, "sans", 0.4)
    fed = rng.random() < 0.6
    begin = printed - timedelta(days=7 * weeks + rng.randint(10, 16))
    begin -= timedelta(days=(begin.weekday() + 1) % 7)
    rows = [("Claimant", claimant.name), ("Claim ID", f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"),
            ("Benefit Year", f"{us(begin)} - {us(begin + timedelta(days=364))}"),
            ("Weekly Benefit Amount", f"${money(weekly)}"),
            ("Federal tax withholding", "Yes (10%)" if fed else "No")]
    y = 146
    for label, value in rows:
        s.text(40, y, f"{label}:", 9, "sans-b")
        s.text(190, y, value, 9)
        y += 14
    y += 16
    heads = [(44, "Week Ending", "l"), (130, "Date Paid", "l"), (210, "Status", "l"), (330, "Gross", "r"),
             (410, "Fed Tax", "r"), (490, "Net Paid", "r"), (500, "Method", "l")]
    s.rect(40, y, 532, 16, stroke=None, fill=0.88)
    for x, label, align in heads:
        s.text(x, y + 11.5, label, 8.5, "sans-b", 0.0, align)
    y += 30
    week = begin + timedelta(days=13)  # the waiting week is unpaid
    total = Decimal(0)
    while week + timedelta(days=3) <= printed and week <= begin + timedelta(days=7 * (weeks + 1)):
        tax = cents(weekly * Decimal("0.10")) if fed else Decimal(0)
        values = [us(week), us(week + timedelta(days=rng.randint(2, 3))), "Paid", money(weekly), money(tax),
                  money(weekly - tax), "Direct Deposit"]
        for (x, _, align), value in zip(heads, values, strict=True):
            s.text(x, y, value, 8.5, "sans", 0.0, align)
        s.line(40, y + 5, 572, y + 5, 0.3, 0.8)
        total += weekly
        week += timedelta(days=7)
        y += 16
    s.text(210, y + 4, "Total paid", 8.5, "sans-b")
    s.text(330, y + 4, money(total), 8.5, "sans-b", 0.0, "r")
    y += 34
    s.wrap(40, y, "Unemployment benefits are taxable income. Form 1099-G for this calendar year will be available in "
           "your portal by January 31. Request payment every two weeks to keep your claim active.", 532, 8.5,
           "sans", 12, 0.25)
    s.text(28, 774, "https://reemploy.example.gov/claimant/payments/history", 7.5, "sans", 0.2)
    s.text(584, 774, "1/1", 7.5, "sans", 0.2, "r")
    return Doc("unemployment_benefit_letter", {"letter_date": printed, "benefit_type": "unemployment"}, [s])


def handwritten_plain(app: CApplication, when: date, paragraphs: list[str], rng: random.Random) -> Doc:
    """A hardship letter written by hand on plain copier paper: no rules, so the lines drift down and in."""
    s = Sheet()
    pen = Pen(rng, hand=True, font="pen", gray=0.13)
    pen.write(s, 60, 70, f"{when.month}/{when.day}/{when:%y}", 12)
    pen.write(s, 60, 112, "Dear Pinecrest,", 13)
    pen.write(s, 60, 136, f"Loan # {app.loan}", 12)
    y, drift = 176.0, 0.0
    for paragraph in paragraphs:
        line, indent = "", 24.0
        for word in paragraph.split():
            trial = f"{line} {word}".strip()
            if line and hp.text_width(trial, "pen", 14.5) > 470 - indent - drift:
                pen.write(s, 60 + indent + drift, y, line, 13)
                y += 26 + rng.uniform(-1.5, 2.5)
                drift += rng.uniform(0.0, 1.4)
                line, indent = word, 0.0
            else:
                line = trial
        pen.write(s, 60 + indent + drift, y, line, 13)
        y += 40
    pen.write(s, 300, y, "Thank you,", 13)
    s.signature(rng, 310, y + 42, 150, 24, gray=0.13)
    pen.write(s, 300, y + 66, app.borrower.name, 12)
    pen.write(s, 300, y + 88, app.phone, 12)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def typed_note(app: CApplication, when: date, paragraphs: list[str], rng: random.Random) -> Doc:
    """A plain typed letter, block style, signed in pen."""
    s = Sheet()
    y = 90
    for line in (app.borrower.name, app.address.street, app.address.last_line, "", long_date(when), "",
                 "Pinecrest Mortgage Services", "Borrower Assistance", "", f"RE: Loan number {app.loan}", ""):
        s.text(90, y, line, 11, "serif")
        y += 14
    s.text(90, y, "Dear Borrower Assistance team:", 11, "serif")
    y += 24
    for paragraph in paragraphs:
        y = s.wrap(90, y, paragraph, 432, 11, "serif", 15) + 10
    s.text(90, y + 6, "Sincerely,", 11, "serif")
    s.signature(rng, 96, y + 46, 140, 20, gray=0.12)
    s.text(90, y + 64, app.borrower.name, 11, "serif")
    return Doc("hardship_letter", {"letter_date": when}, [s])


def copyshop_fax_cover(sender: Person, to: str, to_fax: str, when: date, pages: int, rng: random.Random) -> Doc:
    """The pre-printed transmittal a copy shop's business center hands out, filled by the clerk in pen."""
    s = Sheet()
    pen = Pen(rng, hand=True, gray=0.12)
    s.text(306, 80, "SHIP & COPY CENTER", 20, "sans-b", align="c")
    s.text(306, 96, f"Store #{rng.randint(1000, 6999)}  -  Fax Services  -  Open 7 days", 9, "sans", 0.3, "c")
    s.text(306, 150, "FAX TRANSMITTAL", 26, "sans-b", 0.0, "c")
    y = 210
    for label, value in (("DATE", f"{when.month}/{when.day}/{when:%y}"), ("TO", to), ("FAX #", to_fax),
                         ("FROM", sender.name), ("# OF PAGES (incl. cover)", str(pages)),
                         ("RE", "mortgage help papers")):
        s.text(90, y, label, 11, "sans-b")
        s.line(250, y + 3, 520, y + 3, 0.6)
        pen.write(s, 256, y - 1, value, 12)
        y += 36
    s.rect(90, y + 10, 430, 110, width=0.8)
    s.text(98, y + 26, "MESSAGE", 9, "sans-b", 0.3)
    s.text(90, 700, "If you did not receive all pages, please call the store. We are not responsible for the content "
           "of faxes sent.", 7.5, "sans-i", 0.35)
    return Doc("fax_cover", {}, [s], listed=False)


class UpsideDownDoc(Doc):
    """A sheet fed into the scanner head first and face up the wrong way: its image is turned 180 degrees."""

    def images(self, dpi: int) -> list[Image.Image]:
        return [img.rotate(180) for img in super().images(dpi)]

    def digital(self) -> bytes:
        raise ValueError("an upside-down page is only delivered scanned")


# --- packets ------------------------------------------------------------------------------------------------

SERVICER = ("Pinecrest Mortgage Services", "Fax 1-855-555-0192  |  PO Box 31870, Boise, ID 83731")


def _story_facts(app: CApplication, rng: random.Random, story: str) -> None:
    app.facts.update(story=story, cash=f"${money(Decimal(rng.randrange(30000, 420000)) / 100)}",
                     retire=rng.choice(["", f"${money(Decimal(rng.randrange(500000, 4000000)) / 100)}"]),
                     mortgage=f"${money(Decimal(rng.randrange(110000, 260000)) / 100)}")


def _band_stub(rng: random.Random, employer: str, employee: Person, home: Address, pay: Hourly,
               received: date) -> Stub:
    """A bi-weekly stub whose period ended one to three weeks before the packet came in."""
    end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(8, 20)))
    stub = hp.make_stub(rng, employer, employee, home, "biweekly", pay.gross, end, pay_lag=6)
    return hc._not_after(stub, received - timedelta(days=1))


def packet_grid_typed_loose(seed: int) -> Packet:
    """The grid application typed into its PDF and signed by both; the borrower's Paylocity-style stub and the
    co-borrower's Benefit Verification Letter downloaded as PDFs; a hardship letter for an illness written by
    hand and scanned at 300 dpi. Loose files. Complete."""
    rng = random.Random(seed * 7877 + 1)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = hp.person(rng)
    co = hp.person(rng, borrower.last, avoid=[borrower.first])
    home = hp.address(rng)
    pay = Hourly(Decimal(rng.randrange(1800, 3400)) / 100, Decimal(80), Decimal(0))
    ss = Decimal(rng.randrange(120000, 260000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 7))
    app = d_app({"wages": cents(pay.gross * 26 / 12), "benefits_taxable": ss}, loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness"], hardship_start=received - timedelta(days=rng.randint(60, 240)),
                signed=True, signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on, phone=hp.phone(rng), email=hc._email(borrower, rng))
    app.facts["co_phone"] = hp.phone(rng)
    _story_facts(app, rng, "Surgery and months of treatment; I can only work part of my old schedule.")
    app_doc = Doc("mortgage_assistance_application", {}, grid_form(app, SERVICER, "typed", rng))
    stub = _band_stub(rng, rng.choice(hp.EMPLOYERS), borrower, home, pay, received)
    stub_doc = stub.doc([stub_band(stub, rng, pay)])
    bvl = benefit_verification_letter(co, app.co_ssn4 or "", home, received - timedelta(days=rng.randint(10, 50)), ss,
                                      rng)
    letter = handwritten_plain(app, signed_on - timedelta(days=1), [
        f"I am writing because I got sick in {app.hardship_start:%B} and had to have surgery. I was out of work for "
        "weeks and now I can only work part of my hours until my doctor clears me.",
        "My spouse's Social Security and my smaller paychecks are what we have now. We fell behind on the house "
        "payment and I am asking for help to lower it so we can catch up.",
    ], rng)
    docs = [app_doc, stub_doc, bvl, letter]
    files = [BFile("Assistance Application - signed.pdf", [app_doc]),
             BFile(f"Paystub_{stub.pay_date:%m-%d-%Y}.pdf", [stub_doc]),
             BFile("BEVE.pdf", [bvl]),
             BFile(f"scan{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", [letter],
                   Scan(300, skew=-0.4, noise=0.0005, blur=0.45, paper=244, seed=seed + 71))]
    return Packet("d1-grid-form-typed-paylocity-bvl-handwritten-letter", received, app, docs, files, loan, [])


def packet_grid_hand_copyshop_fax(seed: int) -> Packet:
    """The grid application printed blank and filled by hand with the occupancy boxes left empty; faxed from a
    copy shop with its transmittal sheet, the borrower's stub and the co-borrower's unemployment payment
    history. Incomplete: application_field:occupancy."""
    rng = random.Random(seed * 7877 + 2)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = hp.person(rng)
    co = hp.person(rng, avoid=[borrower.first])
    home = hp.address(rng)
    pay = Hourly(Decimal(rng.randrange(1700, 2900)) / 100, Decimal(80), Decimal(rng.choice(["4", "7.5", "11"])))
    weekly = Decimal(rng.randrange(260, 540))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = d_app({"wages": cents(pay.regular * 26 / 12), "overtime": cents(pay.overtime * 26 / 12),
                 "unemployment": cents(weekly * 52 / 12)}, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="", hardships=["unemployment"],
                hardship_start=received - timedelta(days=rng.randint(40, 120)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email="")
    app.facts["co_phone"] = hp.phone(rng)
    _story_facts(app, rng, f"{co.first} was laid off, plant closed")
    app_doc = Doc("mortgage_assistance_application", {}, grid_form(app, SERVICER, "hand", rng))
    stub = _band_stub(rng, rng.choice(hp.EMPLOYERS), borrower, home, pay, received)
    stub_doc = stub.doc([stub_band(stub, rng, pay)])
    history = ui_payment_history(co, home, received - timedelta(days=rng.randint(1, 5)), weekly, 7, rng)
    body = [app_doc, stub_doc, history]
    cover = copyshop_fax_cover(borrower, SERVICER[0], "1-855-555-0192", received,
                               1 + sum(d.page_count for d in body), rng)
    fax = Scan(200, skew=0.4, noise=0.0012, blur=0.35, fax=True, seed=seed + 72)
    header = (f"{received:%b %d %Y} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}  SHIP&COPY #{rng.randint(10, 99)}"
              "   P.{page:03d}/{pages:03d}")
    files = [BFile(f"FAX_{received:%Y%m%d}_{rng.randint(1000, 9999)}.pdf", [cover, *body], fax, header=header)]
    return Packet("d2-grid-form-handfilled-copyshop-fax-no-occupancy", received, app, body, files, loan,
                  ["application_field:occupancy"])


def packet_combined_scan_upside_down(seed: int) -> Packet:
    """A surviving spouse's packet scanned in one 300 dpi batch: the grid application filled by hand, a typed
    letter about the spouse's death, a bank statement, and the Benefit Verification Letter fed in upside down. No
    death certificate or obituary. Incomplete: hardship_doc:death."""
    rng = random.Random(seed * 7877 + 3)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10)
    borrower = hp.person(rng)
    spouse = hp.person(rng, borrower.last, avoid=[borrower.first])
    home = hp.address(rng)
    ss = Decimal(rng.randrange(140000, 290000)) / 100
    signed_on = received - timedelta(days=rng.randint(3, 10))
    died = received - timedelta(days=rng.randint(70, 200))
    app = d_app({"benefits_taxable": ss}, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["death"], hardship_start=died, signed=True,
                signed_on=signed_on, phone=hp.phone(rng), email="")
    _story_facts(app, rng, f"My spouse {spouse.first} passed away; that pension stopped.")
    app_doc = Doc("mortgage_assistance_application", {}, grid_form(app, SERVICER, "hand", rng))
    letter = typed_note(app, signed_on, [
        f"My spouse, {spouse.first} {spouse.last}, died on {long_date(died)}. {spouse.first}'s paycheck, and "
        "then a pension, paid most of our bills, including the mortgage.",
        "Now I live on my Social Security alone. I have sold the truck and used our savings to stay current as "
        "long as I could, but I cannot keep making the full payment. I am asking you to review me for any "
        "program that would let me stay in the home where we raised our family.",
    ], rng)
    month = hp.add_months(received, -1)
    deposits = [(rng.randint(8, 14), "SSA TREAS 310 XXSOC SEC", Decimal(int(ss - Decimal("185.00"))))]
    st = hp.make_statement(rng, "Lakeshore Community Bank", borrower, home, hp.digits(rng, 4), month,
                           hp.month_end(month.year, month.month), Decimal(rng.randrange(60000, 300000)) / 100,
                           deposits, n_debits=20)
    statement = st.doc(statement_lakeshore(st))
    bvl_doc = benefit_verification_letter(borrower, app.ssn4, home, received - timedelta(days=rng.randint(5, 40)), ss,
                                          rng)
    bvl = UpsideDownDoc(bvl_doc.type, bvl_doc.fields, bvl_doc.sheets)
    docs = [app_doc, letter, statement, bvl]
    scan = Scan(300, skew=0.5, noise=0.0004, blur=0.5, paper=242, seed=seed + 73)
    files = [BFile(f"{loan} documents.pdf", docs, scan)]
    return Packet("d3-combined-scan-death-no-certificate-upside-down-bvl", received, app, docs, files, loan,
                  ["hardship_doc:death"])


def packet_grid_ink_folder_statements(seed: int) -> Packet:
    """The grid application typed, printed, signed and dated in pen and scanned at 200 dpi; wages and child
    support shown by two consecutive community-bank statements downloaded as PDFs, a stub scanned alongside.
    A loan folder. Complete."""
    rng = random.Random(seed * 7877 + 4)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = hp.person(rng)
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    pay = Hourly(Decimal(rng.randrange(2000, 3600)) / 100, Decimal(80), Decimal(0))
    support = Decimal(rng.randrange(300, 900, 25))
    signed_on = received - timedelta(days=rng.randint(2, 9))
    app = d_app({"wages": cents(pay.gross * 26 / 12), "support": support}, loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 300)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hc._email(borrower, rng))
    _story_facts(app, rng, "Escrow went up after the tax reassessment and insurance renewal.")
    app_doc = Doc("mortgage_assistance_application", {}, grid_form(app, SERVICER, "typed-ink", rng))
    last = hp.add_months(received, -1)
    first = hp.add_months(last, -1)
    last4 = hp.digits(rng, 4)
    net = cents(pay.gross * Decimal("0.76"))
    balance = Decimal(rng.randrange(30000, 180000)) / 100
    statements = []
    for start in (first, last):
        deposits = [(rng.randint(2, 6), f"{employer.upper()[:18]} PAYROLL", net),
                    (rng.randint(16, 20), f"{employer.upper()[:18]} PAYROLL", net),
                    (rng.randint(9, 12), "STATE DISBURSEMENT UNIT CHILD SUP", support)]
        st = hp.make_statement(rng, "Lakeshore Community Bank", borrower, home, last4, start,
                               hp.month_end(start.year, start.month), balance, deposits, n_debits=18)
        statements.append(st.doc(statement_lakeshore(st)))
        balance = st.ending
    stub = _band_stub(rng, employer, borrower, home, pay, received)
    stub_doc = stub.doc([stub_band(stub, rng, pay)])
    docs = [app_doc, *statements, stub_doc]
    files = [BFile(f"{loan}/application.pdf", [app_doc], Scan(200, skew=-0.8, noise=0.0009, blur=0.6, paper=238,
                                                                 seed=seed + 74)),
             BFile(f"{loan}/eStatement_{first:%m%Y}.pdf", [statements[0]]),
             BFile(f"{loan}/eStatement_{last:%m%Y}.pdf", [statements[1]]),
             BFile(f"{loan}/check stub.pdf", [stub_doc], Scan(200, skew=1.2, noise=0.001, blur=0.5, seed=seed + 75))]
    return Packet("d4-grid-form-ink-signed-folder-two-statements", received, app, docs, files, loan, [])


PACKETS = (packet_grid_typed_loose, packet_grid_hand_copyshop_fax, packet_combined_scan_upside_down,
           packet_grid_ink_folder_statements)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 3710, hb.write_packet, hc.check)


if __name__ == "__main__":
    main()
