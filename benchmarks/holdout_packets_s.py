"""A nineteenth holdout set of borrower packets (s1..s6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q and r sets, written without looking at the service's code, rules or
tests, to gauge honestly how it reads what a servicer's loss-mitigation team really receives.

    python benchmarks/holdout_packets_s.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Weighted toward the
common case: the real Form 710 in three packets, two servicers' own forms, ordinary pay stubs, statements and letters.
New here: the real Form 710 in three new delivery shapes - filled on a PHONE with a fill-and-sign app (its AcroForm
left empty; the answers placed as loose text boxes a few points off their lines, ticks, both signatures drawn with a
fingertip) and saved FLATTENED by the phone's PDF library (the fields gone, the answers part of the page, the phone's
Producer in the metadata); printed blank, filled in BLUE BALLPOINT (light ink with ticks running out of the boxes) and
faxed in STANDARD mode (204 x 98 dpi) from a hospital's social work office, so the blue ink comes through thinned and
broken; and typed through its AcroForm, printed, signed and scanned on an office copier at 300 dpi to a SEARCHABLE PDF
whose invisible OCR layer sits line by line under the image and misreads about one word in fourteen the way OCR does
(l for 1 and 1 for l, O for 0, rn for m, c for e, S for 5, a comma for a point, two words run together) - the image
is right, the text layer is not. A servicer's three-page "Mortgage Assistance Application" (Marlowe Ridge, form
MRMS-4) in lettered sections with the letter in a dark square in the left margin (A About you .. F Signatures), labels
printed small above answer lines, the hardship as a table of reasons each with its OWN "Date it began" column and the
paper it needs, and household income as a list of kinds (the borrower's and the co-borrower's wages on rows of their
own) where each amount is ticked PER MONTH or PER YEAR (a yearly salary is reported as its twelfth) under a "total
gross monthly income (yearly amounts divided by 12)" line, and a third page of instructions; filled in pen, or typed
into its PDF and e-mailed unsigned. A second servicer's dense one-sheet short form (Ostrander, OHL-1) whose answers
run INLINE across the page - words, blanks and boxes wrapping like text ("Loan no. ____ Borrower ____ SSN last 4 __"),
the hardship reasons as a paragraph of boxes, household income in a 4 x 2 grid with a total, and an "Enclosed" list
the borrower ticks himself (here claiming two months of statements and a signed P&L he did not send) - with its terms
on the back; typed into its PDF, printed, signed and dated in pen and photographed. Pay stubs: a casino's bi-weekly
"Team Member Earnings Statement" for a table games dealer (a dark banner, the tip pool "tokes" paid per pool hour at a
toke rate that changes every period, dual-rate supervisor hours, graveyard differential, YTD hours, a Current / YTD
strip); an HR portal's "Pay Statement" page printed from the BROWSER (the browser's date, title, address and "1/2" in
the margins, a dark navigation bar, breadcrumb, summary cards, sections under triangles, dates as "Jun 6, 2030") for a
pharmacy's weekly technician and an insurer's bi-weekly salaried adjuster; a delivery service partner's weekly
"Earnings Statement" (captioned cells for check date and period, rescue pay and a safety incentive, YTD hours, a time
off accrual table); a hotel's semi-monthly salary stub with the employee's facts down a grey side panel and earnings
beside deductions; a nursing center's bi-weekly "Pay Statement" listing every punch of the period (day, date, in, out,
meal, hours, pay code) before evening / night and weekend differentials, overtime and many deductions. Statements: a
credit union's member statement of SIX sub-accounts by suffix (share savings, holiday club, the share draft checking
where the income lands, money market, an auto loan with its principal and interest, a Visa line), and a big bank's
four-page COMBINED checking and savings statement whose page 1 holds only the address, the period and notices ("Your
account summary begins on page 2"), page 2 the consolidated balances and the checking summary with instances,
page 3 the savings, page 4 "This Page Intentionally Left Blank". Letters and papers: a hardship e-mail printed from a
desktop mail program by the intake clerk (the clerk's name over a heavy rule, From / Sent / To / Subject /
Attachments), a letter in pen on a sheet torn from a spiral notebook signed by both spouses, the Labor Department's
FMLA certification of a health care provider (a medical statement), a photocopy of a driver license, a hospital's fax
cover, a funeral home's obituary page printed from the browser with its tribute wall, a retirement system's January
cost-of-living notice for a survivor annuity (taxable; the only paper for that income, and stale by summer), the
servicer's own cover letter sent back with the form, a bookkeeping app's unsigned year-to-date "Profit and Loss", a
payment processor's 1099-K, a typed hardship letter, a W-2 and an assisted living community's monthly statement. Co-
borrowers in three packets. Delivered as: loose born-digital files under the names they were e-mailed with; ONE
standard-mode fax without separator sheet behind the hospital's cover, with the machine's header line; one 200 dpi fax
behind the servicer's barcode separator sheet with its header line; a folder named after the loan holding phone
photos of the signed short form and 4506-C beside downloaded e-statements and the app's P&L; a folder named after the
loan holding the copier's searchable 300 dpi grayscale JPEG scan; and loose files mixing the typed form, phone photos
of two pay statements and a browser printout.

Complete: s1, s2, s5. Incomplete for different reasons: s3 the only paper for the survivor annuity is older than 90
days (income_doc:benefits_taxable); s4 the two statements are two months apart, the one between missing, so not two
consecutive statements, and the P&L is unsigned (income_doc:self_employment); s6 the typed form was e-mailed unsigned
and undated and the "Other" hardship has no letter, the care home's invoice being no explanation
(application_signature, hardship_doc:other).

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow from
the values drawn. `--check` (holdout_packets_r's, after q's, p's, o's, n's, m's and j's) also confirms that every
expected value is printed (or hand-written) on its document and that the rules give each scenario's codes; an income
line written PER YEAR counts as printed when its yearly amount is on the form. Pay stubs come from a pay engine that
draws every period of the year the same way, so each year-to-date column is the sum of the checks dated that year.
Received dates fall between early June and the end of August 2030. Every file is the same bytes for a seed, scans and
OCR layers included.
"""

from __future__ import annotations

import calendar
import ctypes
import io
import json
import math
import os
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_e as he
import holdout_packets_f as hf
import holdout_packets_j as hj
import holdout_packets_n as hn
import holdout_packets_o as ho
import holdout_packets_q as hq
import holdout_packets_r as hr
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT, EN, ARROW = "\u00b7", "\u2013", "\u203a"
BOX_OFF, BOX_ON = "\u2610", "\u2612"
TRIANGLE = "\u25be"
ZERO = Decimal(0)


def mon(d: date) -> str:
    """Jun 6, 2030: how a web page prints a date."""
    return f"{d:%b} {d.day}, {d.year}"


def total(values: Sequence[Decimal]) -> Decimal:
    return sum(values, ZERO)


# --- a pay engine: every period of the year drawn the same way, so that the years to date add up ---------------------

@dataclass
class Earn:
    """One earning line of a period: its code and words, hours and rate when it has them, and its amount."""

    code: str
    label: str
    hours: Decimal | None
    rate: Decimal | None
    amount: Decimal


@dataclass
class Pay:
    """One pay: the stub's facts, its earning lines, each line's year to date, and what a layout prints beyond them."""

    stub: Stub
    lines: list[Earn]
    ytd: dict[str, Decimal]
    ytd_hours: dict[str, Decimal]
    deductions: list[tuple[str, str, Decimal, Decimal]]  # group (tax / pre / post), label, current, ytd
    extra: dict[str, Any] = field(default_factory=dict)


Lines = Callable[[random.Random, date, date], tuple[list[Earn], dict[str, Any]]]
Spec = Sequence[tuple[str, str, str, Decimal]]  # group, label, "rate" of gross or "fixed" amount, value


def taxes(state: str, federal: str = "0.088", state_rate: str = "0.036") -> list[tuple[str, str, str, Decimal]]:
    out = [("tax", "Federal Income Tax", "rate", Decimal(federal)), ("tax", "Social Security", "rate",
                                                                     Decimal("0.062")),
           ("tax", "Medicare", "rate", Decimal("0.0145"))]
    if state not in hj.NO_STATE_TAX:
        out.append(("tax", f"{state} State Income Tax", "rate", Decimal(state_rate)))
    return out


def pay_run(key: str, employer: str, office: Address, employee: Person, home: Address, frequency: str,
            last_pay: date, lag: int, count: int, make: Lines, spec: Spec) -> list[Pay]:
    """The last `count` pays of a weekly or bi-weekly payroll whose newest check is dated `last_pay`; each period ends
    `lag` days before its check, and the years to date sum every check dated in the same calendar year."""
    step = 7 if frequency == "weekly" else 14
    out = []
    for k in range(count - 1, -1, -1):
        pay_date = last_pay - timedelta(days=step * k)
        history = []
        d = pay_date
        while d.year == pay_date.year:
            end = d - timedelta(days=lag)
            history.append((d, end, *make(random.Random(f"{key}|{d}"), end - timedelta(days=step - 1), end)))
            d -= timedelta(days=step)
        history.reverse()
        out.append(_pay(employer, office, employee, home, frequency, history, spec))
    return out


def _pay(employer: str, office: Address, employee: Person, home: Address, frequency: str,
         history: Sequence[tuple[date, date, list[Earn], dict[str, Any]]], spec: Spec) -> Pay:
    pay_date, end, lines, extra = history[-1]
    step = {"weekly": 7, "biweekly": 14}.get(frequency)
    start = end - timedelta(days=step - 1) if step else extra.pop("start")
    grosses = [total([e.amount for e in h[2]]) for h in history]
    ytd: dict[str, Decimal] = {}
    hours: dict[str, Decimal] = {}
    for _, _, earned, _ in history:
        for e in earned:
            ytd[e.code] = ytd.get(e.code, ZERO) + e.amount
            hours[e.code] = hours.get(e.code, ZERO) + (e.hours or ZERO)
    deductions = []
    for group, label, kind, value in spec:
        per = [cents(g * value) if kind == "rate" else value for g in grosses]
        deductions.append((group, label, per[-1], total(per)))
    stub = Stub(employer, office, employee, home, start, end, pay_date, frequency, grosses[-1], total(grosses),
                [(label, cur, ytd_) for _, label, cur, ytd_ in deductions])
    return Pay(stub, lines, ytd, hours, deductions, extra)


def group_sum(pay: Pay, group: str, ytd: bool = False) -> Decimal:
    return total([d[3] if ytd else d[2] for d in pay.deductions if d[0] == group])


def hourly(code: str, label: str, hours: Decimal, rate: Decimal) -> Earn:
    return Earn(code, label, hours, rate, cents(hours * rate))


# --- pay stub 1: a casino's bi-weekly team member statement, the dealers' tip pool ("tokes") in the gross -----------

SILVERFORK = "Silverfork Casino Resort"


def casino_lines(base: Decimal) -> Lines:
    """A table games dealer: base hours at a low rate, some hours dealing as a dual-rate supervisor, the tip pool
    shared by the hours in it (a different toke rate every period), graveyard differential, now and then a holiday."""

    def make(r: random.Random, start: date, end: date) -> tuple[list[Earn], dict[str, Any]]:
        regular = Decimal(r.choice([56, 60, 64, 64, 68, 72]))
        dual = Decimal(r.choice([0, 0, 8, 8, 16]))
        toke = Decimal(r.randrange(1380, 2290)) / 100
        grave = Decimal(r.choice([0, 16, 24, 32]))
        lines = [hourly("REG", "Regular - Dealer", regular, base)]
        if dual:
            lines.append(hourly("DRS", "Dual Rate Supervisor", dual, Decimal("24.50")))
        lines.append(hourly("TOK", "Tokes (Tip Pool)", regular + dual, toke))
        if grave:
            lines.append(hourly("GRV", "Graveyard Differential", grave, Decimal("1.25")))
        if r.random() < 0.15:
            lines.append(hourly("HOL", "Holiday Premium", Decimal(8), cents(base * Decimal("0.5"))))
        return lines, {"toke": toke}

    return make


def casino_run(employee: Person, home: Address, received: date, count: int, r: random.Random) -> list[Pay]:
    office = Address("1 Silverfork Way", home.city, home.state, home.zip)
    last = hp._friday_on_or_before(received - timedelta(days=r.randint(3, 9)))
    spec = [*taxes(home.state, "0.081"), ("pre", "Medical - TM + Spouse", "fixed", Decimal("96.20")),
            ("pre", "Dental", "fixed", Decimal("14.10")), ("pre", "Vision", "fixed", Decimal("4.86")),
            ("pre", "401(k) 3%", "rate", Decimal("0.03")), ("post", "Uniform Maintenance", "fixed", Decimal("6.00")),
            ("post", "Critical Illness Ins", "fixed", Decimal("5.72")),
            ("post", "TM Association Dues", "fixed", Decimal("9.50"))]
    base = Decimal(r.choice(["9.25", "9.50", "10.00"]))
    return pay_run(f"casino|{employee.name}", SILVERFORK, office, employee, home, "biweekly", last, 6, count,
                   casino_lines(base), spec)


def stub_casino(pay: Pay, tm_id: str, account4: str) -> Sheet:
    """A dark banner with the casino's name, the team member's facts in a grid, the earnings with hours, rates and
    years to date, a tip-pool note, taxes beside the deductions, and a strip of Current / YTD totals."""
    st = pay.stub
    s = Sheet()
    s.rect(36, 30, 540, 50, stroke=None, fill=0.13)
    s.text(50, 60, "SILVERFORK", 21, "serif-b", 1.0)
    s.text(50 + hp.text_width("SILVERFORK ", "serif-b", 21), 60, f"CASINO {DOT} RESORT", 9, "sans", 0.8)
    s.text(50, 72, f"{SILVERFORK}  {DOT}  {st.employer_address.one_line}  {DOT}  Team Member Services (ext. 4100)",
           6.8, "sans", 0.75)
    s.text(566, 52, "TEAM MEMBER", 9, "sans-b", 1.0, "r")
    s.text(566, 65, "EARNINGS STATEMENT", 12, "sans-b", 1.0, "r")
    y = 100
    s.text(40, y, st.employee.name, 10.5, "sans-b")
    s.text(40, y + 13, st.employee_address.street, 9)
    s.text(40, y + 25, st.employee_address.last_line, 9)
    cells = [("TM ID", tm_id), ("Department", "Table Games"), ("Position", "Dealer - Dual Rate"),
             ("Pay Group", "BW-02  Biweekly"), ("Period Begin", us(st.period_start)), ("Period End", us(st.period_end)),
             ("Pay Date", us(st.pay_date)), ("Check / Advice No.", f"A{tm_id[-3:]}{st.pay_date:%j}")]
    for k, (label, value) in enumerate(cells):
        x, yy = 250 + 81.5 * (k % 4), y - 10 + 30 * (k // 4)
        s.rect(x, yy, 81.5, 30, width=0.5, stroke=0.5)
        s.text(x + 4, yy + 9, label.upper(), 5.6, "sans-b", 0.4)
        s.text(x + 4, yy + 23, value, 8.2)
    y = 168
    s.text(36, y, "EARNINGS", 9, "sans-b")
    rows = [[e.code, e.label, f"{e.hours:.2f}" if e.hours is not None else "", f"{e.rate:.4f}" if e.rate else "",
             money(e.amount), f"{pay.ytd_hours[e.code]:.2f}", money(pay.ytd[e.code])] for e in pay.lines]
    for code in pay.ytd:  # lines paid earlier this year but not this period still show their years to date
        if code not in {e.code for e in pay.lines}:
            label = {"DRS": "Dual Rate Supervisor", "GRV": "Graveyard Differential", "HOL": "Holiday Premium"}[code]
            rows.append([code, label, "", "", "0.00", f"{pay.ytd_hours[code]:.2f}", money(pay.ytd[code])])
    rows.append(["", "GROSS PAY", "", "", money(st.gross), "", money(st.ytd_gross or ZERO)])
    y = hn.table(s, 36, y + 5, [("Code", 34, "l"), ("Description", 150, "l"), ("Hours", 50, "r"), ("Rate", 58, "r"),
                                ("Current", 80, "r"), ("YTD Hours", 76, "r"), ("YTD Amount", 92, "r")], rows, size=7.8,
                 row_h=13.5, bold=[len(rows) - 1], head_fill=0.8) + 8
    s.rect(36, y, 540, 26, width=0.4, fill=0.94)
    s.text(44, y + 11, f"TIP POOL  {DOT}  Toke rate this period ${pay.extra['toke']:.2f} per hour in the pool; your "
           "pool hours are your dealing hours.", 7.4, "sans", 0.15)
    s.text(44, y + 21, "Tokes are wages: they are reported on your W-2 and taxed with your pay.", 7.4, "sans-i", 0.3)
    y += 40
    s.text(36, y, "TAXES", 9, "sans-b")
    s.text(312, y, "DEDUCTIONS", 9, "sans-b")
    tax_rows = [[label, money(cur), money(ytd)] for group, label, cur, ytd in pay.deductions if group == "tax"]
    tax_rows.append(["Total Taxes", money(group_sum(pay, "tax")), money(group_sum(pay, "tax", True))])
    ded_rows = [[f"{label}{' *' if group == 'pre' else ''}", money(cur), money(ytd)]
                for group, label, cur, ytd in pay.deductions if group != "tax"]
    ded_total = group_sum(pay, "pre") + group_sum(pay, "post")
    ded_rows.append(["Total Deductions", money(ded_total), money(group_sum(pay, "pre", True)
                                                                 + group_sum(pay, "post", True))])
    bottom = max(hn.table(s, 36, y + 5, [("Description", 130, "l"), ("Current", 62, "r"), ("YTD", 72, "r")], tax_rows,
                          size=7.6, row_h=13, bold=[len(tax_rows) - 1], head_fill=0.8),
                 hn.table(s, 312, y + 5, [("Description", 130, "l"), ("Current", 62, "r"), ("YTD", 72, "r")],
                          ded_rows, size=7.6, row_h=13, bold=[len(ded_rows) - 1], head_fill=0.8))
    s.text(312, bottom + 10, "* pre-tax", 6.6, "sans-i", 0.35)
    y = bottom + 24
    taken = group_sum(pay, "tax") + ded_total
    taken_ytd = group_sum(pay, "tax", True) + group_sum(pay, "pre", True) + group_sum(pay, "post", True)
    strip = [("GROSS PAY", st.gross, st.ytd_gross or ZERO), ("PRE-TAX DED.", group_sum(pay, "pre"),
                                                              group_sum(pay, "pre", True)),
             ("TAXES", group_sum(pay, "tax"), group_sum(pay, "tax", True)),
             ("AFTER-TAX DED.", group_sum(pay, "post"), group_sum(pay, "post", True)),
             ("NET PAY", st.net, (st.ytd_gross or ZERO) - taken_ytd)]
    assert st.net == st.gross - taken
    for k, (label, cur, ytd) in enumerate(strip):
        x = 36 + 108 * k
        s.rect(x, y, 108, 46, width=0.6, fill=0.86 if label == "NET PAY" else None)
        s.text(x + 54, y + 11, label, 6.8, "sans-b", 0.3, "c")
        s.text(x + 54, y + 26, f"${money(cur)}", 10, "sans-b", align="c")
        s.text(x + 54, y + 39, f"YTD ${money(ytd)}", 6.8, "sans", 0.35, "c")
    y += 62
    s.text(36, y, "NET PAY DISTRIBUTION", 8.4, "sans-b")
    s.text(36, y + 13, f"Direct deposit  {DOT}  Checking ****{account4}  {DOT}  ${money(st.net)}", 8.4)
    s.rect(36, y + 26, 540, 34, width=0.4, stroke=0.6)
    s.wrap(44, y + 38, "Messages: Benefits open enrollment runs through the last day of the month. Toke committee "
           "minutes are posted in the Team Member Dining Room. Questions about your pay: Team Member Services.", 524,
           7.2, "sans-i", 9, 0.3)
    return s


# --- pay stub 2: an HR portal's "Pay Statement" page printed from the browser (two employers use the portal) --------

HALSEY = "Halsey Drug Stores, Inc."
PELHAM = "Pelham Mutual Insurance Company"


def pharmacy_lines(rate: Decimal) -> Lines:
    """A pharmacy technician paid weekly: regular hours, an evening differential, now and then overtime or sick pay."""

    def make(r: random.Random, start: date, end: date) -> tuple[list[Earn], dict[str, Any]]:
        regular = Decimal(r.choice([32, 36, 38, 40, 40]))
        lines = [hourly("REG", "Regular", regular, rate)]
        evening = Decimal(r.choice([0, 8, 12, 16, 20]))
        if evening:
            lines.append(hourly("EVE", "Evening Shift Differential", evening, Decimal("1.00")))
        if regular == 40 and r.random() < 0.3:
            lines.append(hourly("OT", "Overtime", Decimal(r.choice(["2.50", "4.00", "5.75"])),
                                cents(rate * Decimal("1.5"))))
        if regular < 40 and r.random() < 0.2:
            lines.append(hourly("SCK", "Sick Pay", Decimal(4), rate))
        return lines, {}

    return make


def salary_lines(annual: Decimal) -> Lines:
    """A salaried employee paid every two weeks: 80 hours of salary, some of them paid as PTO in some periods."""

    def make(r: random.Random, start: date, end: date) -> tuple[list[Earn], dict[str, Any]]:
        pay = cents(annual / 26)
        pto = Decimal(r.choice([0, 0, 0, 8, 16]))
        if not pto:
            return [Earn("SAL", "Salary", Decimal(80), None, pay)], {}
        part = cents(pay * pto / 80)
        return [Earn("SAL", "Salary", 80 - pto, None, pay - part), Earn("PTO", "Paid Time Off", pto, None, part)], {}

    return make


PORTAL_NAMES = {"REG": "Regular", "EVE": "Evening Shift Differential", "OT": "Overtime", "SCK": "Sick Pay",
                "SAL": "Salary", "PTO": "Paid Time Off"}


def stub_portal(pay: Pay, position: str, printed: tuple[date, str], account4: str, emp_id: str) -> list[Sheet]:
    """The PeoplePath employee portal's pay statement page as the browser prints it: the browser's date and title at
    the top, the address and page count at the foot, the portal's dark navigation bar, a breadcrumb, summary cards, and
    sections opened under triangles (Earnings, Taxes, Deductions; then Direct Deposit, Employer Contributions, Time
    Off) across two pages."""
    st = pay.stub
    day, clock = printed
    url = f"https://my.peoplepath.example/pay/statements/{st.pay_date:%Y-%m-%d}?view=print"
    pages = [Sheet(), Sheet()]
    for n, s in enumerate(pages, 1):
        s.text(24, 22, f"{day.month}/{day.day}/{day:%y}, {clock}", 7.5, "sans", 0.2)
        s.text(306, 22, "Pay Statement Details | PeoplePath", 7.5, "sans", 0.2, "c")
        s.text(24, 766, url, 7.5, "sans", 0.2)
        s.text(588, 766, f"{n}/2", 7.5, "sans", 0.2, "r")
    s = pages[0]
    s.rect(36, 36, 540, 30, stroke=None, fill=0.2)
    s.circle(54, 51, 8, width=1.6, fill=None)
    s.text(68, 55, "PeoplePath", 12, "sans-b", 1.0)
    x = 170
    for item in ("Home", "Pay", "Time Off", "Benefits", "Profile"):
        s.text(x, 55, item, 8.6, "sans-b" if item == "Pay" else "sans", 1.0)
        x += hp.text_width(item, "sans", 8.6) + 22
    s.text(566, 55, f"Hi, {st.employee.first}", 8.4, "sans", 0.85, "r")
    s.text(36, 86, f"Pay  {ARROW}  Pay Statements  {ARROW}  {mon(st.pay_date)}", 8, "sans", 0.4)
    s.text(36, 110, "Pay Statement", 18, "sans-b")
    s.text(36, 124, f"{st.employer}  {DOT}  {st.employee.name}  {DOT}  {position}  {DOT}  Employee ID {emp_id}", 8.4,
           "sans", 0.3)
    cards = [("Net Pay", f"${money(st.net)}"), ("Gross Pay", f"${money(st.gross)}"), ("Pay Date", mon(st.pay_date)),
             ("Pay Frequency", {"weekly": "Weekly", "biweekly": "Biweekly"}[st.frequency])]
    for k, (label, value) in enumerate(cards):
        x = 36 + 136 * k
        s.rect(x, 136, 128, 46, width=0.6, stroke=0.7)
        s.text(x + 10, 152, label, 7.6, "sans", 0.4)
        s.text(x + 10, 172, value, 12 if k < 2 else 10.5, "sans-b")
    s.rect(36, 188, 540, 22, width=0.6, stroke=0.7, fill=0.96)
    s.text(46, 203, f"Pay Period   {mon(st.period_start)} {EN} {mon(st.period_end)}", 8.8)
    s.text(566, 203, f"Check No.  DD{emp_id[-4:]}{st.pay_date:%m%d}", 8.4, "sans", 0.3, "r")

    def section(s: Sheet, y: float, title: str) -> float:
        s.text(36, y, TRIANGLE, 11, "glyph", 0.3)
        s.text(50, y, title, 11.5, "sans-b")
        s.line(36, y + 6, 576, y + 6, 0.5, 0.75)
        return y + 12

    y = section(s, 236, "Earnings")
    rows = [[PORTAL_NAMES[e.code], f"{e.hours:.2f}" if e.hours is not None else "",
             f"${e.rate:.4f}" if e.rate else "", f"${money(e.amount)}", f"${money(pay.ytd[e.code])}"]
            for e in pay.lines]
    rows += [[PORTAL_NAMES[c], "", "", "$0.00", f"${money(v)}"] for c, v in pay.ytd.items()
             if c not in {e.code for e in pay.lines}]
    rows.append(["Gross Pay", "", "", f"${money(st.gross)}", f"${money(st.ytd_gross or ZERO)}"])
    cols = [("Pay Type", 210, "l"), ("Hours", 70, "r"), ("Rate", 80, "r"), ("Current", 85, "r"), ("YTD", 95, "r")]
    y = hn.table(s, 36, y, cols, rows, size=8.2, row_h=16, head_fill=0.93, bold=[len(rows) - 1]) + 22
    y = section(s, y, "Employee Taxes")
    rows = [[label, f"${money(cur)}", f"${money(ytd)}"] for g, label, cur, ytd in pay.deductions if g == "tax"]
    rows.append(["Total Employee Taxes", f"${money(group_sum(pay, 'tax'))}", f"${money(group_sum(pay, 'tax', True))}"])
    y = hn.table(s, 36, y, [("Tax", 360, "l"), ("Current", 85, "r"), ("YTD", 95, "r")], rows, size=8.2, row_h=16,
                 head_fill=0.93, bold=[len(rows) - 1]) + 22
    y = section(s, y, "Deductions")
    rows = [[label, "Yes" if g == "pre" else "No", f"${money(cur)}", f"${money(ytd)}"]
            for g, label, cur, ytd in pay.deductions if g != "tax"]
    cur = group_sum(pay, "pre") + group_sum(pay, "post")
    rows.append(["Total Deductions", "", f"${money(cur)}",
                 f"${money(group_sum(pay, 'pre', True) + group_sum(pay, 'post', True))}"])
    hn.table(s, 36, y, [("Deduction", 280, "l"), ("Pre-Tax", 80, "l"), ("Current", 85, "r"), ("YTD", 95, "r")], rows,
             size=8.2, row_h=16, head_fill=0.93, bold=[len(rows) - 1])
    p2 = pages[1]
    y = section(p2, 60, "Direct Deposits")
    y = hn.table(p2, 36, y, [("Account", 280, "l"), ("Type", 80, "l"), ("Amount", 180, "r")],
                 [[f"Checking ****{account4}", "Net", f"${money(st.net)}"]], size=8.2, row_h=16, head_fill=0.93) + 22
    y = section(p2, y, "Employer Contributions")
    match = cents(st.gross * Decimal("0.03"))
    y = hn.table(p2, 36, y, [("Contribution", 360, "l"), ("Current", 85, "r"), ("YTD", 95, "r")],
                 [["401(k) Employer Match", f"${money(match)}",
                   f"${money(cents((st.ytd_gross or ZERO) * Decimal('0.03')))}"],
                  ["Medical (employer share)", "$212.40", "\u2014"]], size=8.2, row_h=16, head_fill=0.93) + 8
    p2.text(36, y + 4, "Employer contributions are not part of your pay and are shown for your information.", 7.6,
            "sans-i", 0.4)
    y = section(p2, y + 30, "Time Off Balances")
    hn.table(p2, 36, y, [("Plan", 280, "l"), ("Accrued", 85, "r"), ("Used", 80, "r"), ("Available", 95, "r")],
             [["PTO", "3.08", "0.00", f"{Decimal(random.Random(st.employee.name).randrange(800, 9000)) / 100:.2f}"],
              ["Sick", "1.54", "0.00", "24.00"]], size=8.2, row_h=16, head_fill=0.93)
    return pages


# --- pay stub 3: a delivery service partner's weekly earnings statement (Paycom-like) -------------------------------

IRONBARK = "Ironbark Logistics LLC"


def dsp_lines(rate: Decimal) -> Lines:
    """A delivery driver: ten-hour routes four or five days a week, overtime past forty, a weekly safety incentive when
    the week is clean and a flat amount for each rescue run."""

    def make(r: random.Random, start: date, end: date) -> tuple[list[Earn], dict[str, Any]]:
        routes = r.choice([4, 4, 5, 5])
        hours = Decimal(r.choice(["9.50", "10.00", "10.25"])) * routes
        lines = [hourly("REG", "Regular", min(hours, Decimal(40)), rate)]
        if hours > 40:
            lines.append(hourly("OT", "Overtime", hours - 40, cents(rate * Decimal("1.5"))))
        if r.random() < 0.6:
            lines.append(Earn("SAFE", "Safety Incentive", None, None, Decimal("25.00")))
        rescues = r.choice([0, 0, 1, 2])
        if rescues:
            lines.append(Earn("RESC", "Rescue Pay", Decimal(rescues), Decimal("15.00"), Decimal(15 * rescues)))
        return lines, {"routes": routes}

    return make


DSP_NAMES = {"REG": "Regular", "OT": "Overtime", "SAFE": "Safety Incentive", "RESC": "Rescue Pay"}


def dsp_run(employee: Person, home: Address, received: date, count: int, r: random.Random) -> list[Pay]:
    office = Address(f"{r.randint(2000, 9800)} Commerce Park Dr", home.city, home.state, home.zip)
    last = hp._friday_on_or_before(received - timedelta(days=r.randint(2, 8)))
    spec = [*taxes(home.state, "0.074"), ("pre", "Medical EE+Family", "fixed", Decimal("41.35")),
            ("post", "Uniform", "fixed", Decimal("3.00"))]
    return pay_run(f"dsp|{employee.name}", IRONBARK, office, employee, home, "weekly", last, 6, count,
                   dsp_lines(Decimal(r.choice(["20.50", "21.00", "21.75"]))), spec)


def stub_dsp(pay: Pay, emp_id: str, account4: str) -> Sheet:
    """Company block at the left, EARNINGS STATEMENT at the right, a row of captioned cells (check date, period
    beginning and ending, check number, employee id, department), earnings with YTD hours, taxes and deductions in one
    withholdings table, net pay distribution and a time off accrual table."""
    st = pay.stub
    s = Sheet()
    s.text(36, 50, st.employer, 12.5, "sans-b")
    s.text(36, 62, st.employer_address.street, 8.4, "sans", 0.25)
    s.text(36, 73, st.employer_address.last_line, 8.4, "sans", 0.25)
    s.text(576, 52, "EARNINGS STATEMENT", 14, "sans-b", align="r")
    s.text(576, 66, "Employee copy  -  keep for your records", 7.4, "sans-i", 0.35, "r")
    s.line(36, 82, 576, 82, 1.4)
    cells = [("Check Date", us(st.pay_date), 74), ("Period Beginning", us(st.period_start), 84),
             ("Period Ending", us(st.period_end), 80), ("Check No.", f"DD{emp_id[-3:]}{st.pay_date:%U}", 62),
             ("Employee ID", emp_id, 66), ("Department", "DRIVERS - DLV4", 92), ("Pay Frequency", "Weekly", 82)]
    x = 36.0
    for label, value, w in cells:
        s.rect(x, 90, w, 28, width=0.5)
        s.text(x + 3, 98, label, 6, "sans", 0.4)
        s.text(x + 3, 112, value, 8.4, "sans-b")
        x += w
    y = 138
    s.text(36, y, st.employee.upper, 9.5, "sans-b")
    s.text(36, y + 12, st.employee_address.street.upper(), 8.6)
    s.text(36, y + 23, st.employee_address.last_line.upper(), 8.6)
    s.text(330, y, f"Routes this week: {pay.extra['routes']}   {DOT}   Station DLV4", 8.2, "sans", 0.3)
    y += 42
    rows = [[DSP_NAMES[e.code], f"{e.rate:.4f}" if e.rate else "", f"{e.hours:.2f}" if e.hours is not None else "",
             money(e.amount), f"{pay.ytd_hours[e.code]:.2f}", money(pay.ytd[e.code])] for e in pay.lines]
    rows += [[DSP_NAMES[c], "", "", "0.00", f"{pay.ytd_hours[c]:.2f}", money(v)] for c, v in pay.ytd.items()
             if c not in {e.code for e in pay.lines}]
    rows.append(["Gross Earnings", "", "", money(st.gross), "", money(st.ytd_gross or ZERO)])
    y = hn.table(s, 36, y, [("Earnings", 170, "l"), ("Rate", 66, "r"), ("Hours", 60, "r"), ("Current", 80, "r"),
                            ("YTD Hours", 72, "r"), ("YTD Amount", 92, "r")], rows, size=8, row_h=14,
                 head_fill=0.85, bold=[len(rows) - 1]) + 14
    rows = [[label, {"tax": "Tax", "pre": "Pre-tax", "post": "After-tax"}[g], money(cur), money(ytd)]
            for g, label, cur, ytd in pay.deductions]
    taken = total([d[2] for d in pay.deductions])
    rows.append(["Total Withholdings", "", money(taken), money(total([d[3] for d in pay.deductions]))])
    y = hn.table(s, 36, y, [("Withholdings", 236, "l"), ("Type", 70, "l"), ("Current", 106, "r"),
                            ("YTD", 128, "r")], rows, size=8, row_h=14, head_fill=0.85, bold=[len(rows) - 1]) + 16
    s.rect(36, y, 262, 54, width=0.7)
    s.text(44, y + 14, "Net Pay Distribution", 8.6, "sans-b")
    s.text(44, y + 30, f"Checking  xxxxx{account4}", 8.4)
    s.text(290, y + 30, money(st.net), 8.4, align="r")
    s.text(44, y + 45, "Net Pay", 9.5, "sans-b")
    s.text(290, y + 45, f"${money(st.net)}", 9.5, "sans-b", align="r")
    hn.table(s, 314, y, [("Time Off", 86, "l"), ("Accrued", 50, "r"), ("Used YTD", 56, "r"), ("Available", 70, "r")],
             [["PTO", "1.54", "0.00", f"{Decimal(len(st.employee.name) * 137 % 4000) / 100:.2f}"],
              ["Sick (state)", "1.00", "0.00", "14.00"]], size=7.6, row_h=13, head_fill=0.85)
    s.wrap(36, y + 76, "Your employer offers no pay advance programs. Rescue pay is paid per completed rescue at the "
           "rate shown. Report pay questions through the driver app within 14 days of the check date.", 540, 7.2,
           "sans-i", 9.2, 0.35)
    return s


# --- pay stub 4: a hotel's semi-monthly salary stub, facts in a grey side panel, earnings beside deductions ----------

LARKMOOR = "Larkmoor Grand Hotel"


def hotel_run(employee: Person, home: Address, received: date, annual: Decimal, count: int) -> list[Pay]:
    """A salaried manager paid on the 15th and the last day of the month for the half month then ending."""
    office = Address("400 Larkmoor Plaza", home.city, home.state, home.zip)
    spec = [*taxes(home.state, "0.09", "0.038"), ("pre", "Medical PPO", "fixed", Decimal("88.40")),
            ("pre", "Dental", "fixed", Decimal("12.15")), ("pre", "401(k) 5%", "rate", Decimal("0.05")),
            ("post", "Life Insurance (supp.)", "fixed", Decimal("7.30"))]
    ends = [hp._semimonthly_end_before(received - timedelta(days=2))]
    while len(ends) < count:
        prev = ends[-1]
        ends.append(prev.replace(day=1) - timedelta(days=1) if prev.day == 15 else prev.replace(day=15))
    gross = cents(annual / 24)
    out = []
    for end in reversed(ends):
        history = []
        for i in range(1, (end.month - 1) * 2 + (2 if end.day > 15 else 1) + 1):
            month, second = (i - 1) // 2 + 1, i % 2 == 0
            h_end = hp.month_end(end.year, month) if second else date(end.year, month, 15)
            h_start = date(end.year, month, 16) if second else date(end.year, month, 1)
            history.append((hp.weekday_on_or_before(h_end), h_end,
                            [Earn("SAL", "Salary", Decimal("86.67"), None, gross)], {"start": h_start}))
        out.append(_pay(LARKMOOR, office, employee, home, "semimonthly", history, spec))
    return out


def stub_hotel(pay: Pay, emp_no: str, position: str, annual: Decimal) -> Sheet:
    """A hotel's stub: the employee's facts stacked down a grey panel at the left, Earnings and Deductions side by side
    at the right with Current and YTD columns, the totals in a row beneath and the net in a box."""
    st = pay.stub
    s = Sheet()
    s.text(306, 52, LARKMOOR.upper(), 15, "serif-b", align="c")
    s.text(306, 65, f"& CONFERENCE CENTER  {DOT}  {st.employer_address.one_line}", 7.4, "serif", 0.3, "c")
    s.line(36, 74, 576, 74, 0.6)
    s.line(36, 77, 576, 77, 0.6)
    s.text(306, 94, "EMPLOYEE PAY STUB", 10.5, "sans-b", align="c")
    s.rect(36, 106, 150, 420, stroke=None, fill=0.9)
    facts = [("Employee", st.employee.name), ("Employee No.", emp_no), ("Position", position),
             ("Department", "Rooms Division"), ("Pay Basis", "Salary (exempt)"),
             ("Annual Salary", f"${money(annual)}"), ("Pay Frequency", "Semi-Monthly"),
             ("Period Start", us(st.period_start)), ("Period End", us(st.period_end)), ("Pay Date", us(st.pay_date)),
             ("Federal Filing", "Head of household"), ("Home Address", st.employee_address.street),
             ("", st.employee_address.last_line)]
    y = 122
    for label, value in facts:
        if label:
            s.text(44, y, label.upper(), 6, "sans-b", 0.35)
            y += 10
        for part in hf._lines(value, 134, 8.2):
            s.text(44, y, part, 8.2)
            y += 11
        y += 7
    x0 = 198
    s.text(x0, 122, "EARNINGS", 8.6, "sans-b")
    s.text(x0 + 192, 122, "DEDUCTIONS", 8.6, "sans-b")
    e_rows = [[e.label, f"{e.hours:.2f}" if e.hours else "", money(e.amount), money(pay.ytd[e.code])]
              for e in pay.lines]
    d_rows = [[label[:22], money(cur), money(ytd)] for _, label, cur, ytd in pay.deductions]
    bottom = max(hn.table(s, x0, 128, [("Type", 64, "l"), ("Hrs", 34, "r"), ("Current", 40, "r"), ("YTD", 48, "r")],
                          e_rows, size=7, row_h=13, head_fill=0.82),
                 hn.table(s, x0 + 192, 128, [("Description", 92, "l"), ("Current", 38, "r"), ("YTD", 56, "r")],
                          d_rows, size=7, row_h=13, head_fill=0.82))
    y = bottom + 16
    taken = total([d[2] for d in pay.deductions])
    taken_ytd = total([d[3] for d in pay.deductions])
    y = hn.table(s, x0, y, [("", 72, "l"), ("Gross Pay", 96, "r"), ("Deductions", 96, "r"), ("Net Pay", 114, "r")],
                 [["Current", money(st.gross), money(taken), money(st.net)],
                  ["Year to Date", money(st.ytd_gross or ZERO), money(taken_ytd),
                   money((st.ytd_gross or ZERO) - taken_ytd)]], size=8.2, row_h=15, head_fill=0.82) + 18
    s.rect(x0 + 190, y, 188, 44, width=1.0, fill=0.93)
    s.text(x0 + 200, y + 17, "NET PAY", 9, "sans-b")
    s.text(x0 + 368, y + 33, f"${money(st.net)}", 13, "sans-b", align="r")
    s.wrap(x0, y + 10, f"Deposited to account ending {emp_no[-4:]}. Exempt salaried employees are paid for the half "
           "month in which the pay date falls.", 178, 7, "sans-i", 9, 0.35)
    s.text(306, 560, "Keep this statement. It is your record of earnings and deductions.", 7.4, "sans-i", 0.4, "c")
    return s


# --- pay stub 5: a nursing center's bi-weekly pay statement with every punch of the period ---------------------------

WILLOWMERE = "Willowmere Health & Rehabilitation Center"
SHIFTS = {"D": ("06:45", "15:15"), "E": ("14:45", "23:15"), "N": ("22:45", "07:15")}


def cna_lines(rate: Decimal, shift: str) -> Lines:
    """A nursing assistant's two weeks punch by punch: eight-hour shifts (half an hour unpaid for the meal), an evening
    or night differential on every shift of that kind, a weekend differential on Saturdays and Sundays, overtime past
    forty hours in a week."""
    diff = {"D": None, "E": ("EVE", "Evening Differential", Decimal("1.75")),
            "N": ("NGT", "Night Differential", Decimal("2.50"))}[shift]

    def make(r: random.Random, start: date, end: date) -> tuple[list[Earn], dict[str, Any]]:
        punches = []
        regular = overtime = weekend = ZERO
        for week in (0, 1):
            days = sorted(r.sample(range(7), r.choice([4, 4, 5, 5, 5, 6])))
            for n, day in enumerate(days):
                when = start + timedelta(days=7 * week + day)
                hours = Decimal(8)
                extra = hours if n >= 5 else ZERO
                regular += hours - extra
                overtime += extra
                if when.weekday() >= 5:
                    weekend += hours
                clock_in, clock_out = SHIFTS[shift]
                code = ("OT" if extra else "REG") + ("/WKD" if when.weekday() >= 5 else "")
                punches.append((when, clock_in, clock_out, "0.50", f"{hours:.2f}", code))
        worked = regular + overtime
        lines = [hourly("REG", "Regular", regular, rate)]
        if overtime:
            lines.append(hourly("OT", "Overtime 1.5", overtime, cents(rate * Decimal("1.5"))))
        if diff and worked:
            lines.append(hourly(diff[0], diff[1], worked, diff[2]))
        if weekend:
            lines.append(hourly("WKD", "Weekend Differential", weekend, Decimal("1.50")))
        return lines, {"punches": punches}

    return make


def cna_run(employee: Person, home: Address, received: date, count: int, shift: str, r: random.Random) -> list[Pay]:
    office = Address(f"{r.randint(100, 990)} Willowmere Ct", home.city, home.state, home.zip)
    last = hp._friday_on_or_before(received - timedelta(days=r.randint(2, 9)))
    spec = [*taxes(home.state, "0.071", "0.034"), ("pre", "Medical - Employee+Child", "fixed", Decimal("64.80")),
            ("pre", "Dental", "fixed", Decimal("9.22")), ("pre", "Vision", "fixed", Decimal("3.10")),
            ("pre", "403(b) 4%", "rate", Decimal("0.04")), ("post", "Union Dues - HCW Local 47", "fixed",
                                                             Decimal("21.40")),
            ("post", "Voluntary Life", "fixed", Decimal("4.15")), ("post", "Scrubs Payroll Deduct", "fixed",
                                                                  Decimal("10.00"))]
    return pay_run(f"cna|{employee.name}", WILLOWMERE, office, employee, home, "biweekly", last, 6, count,
                   cna_lines(Decimal(r.choice(["17.85", "18.40", "19.15"])), shift), spec)


def stub_cna(pay: Pay, emp_no: str, shift: str) -> Sheet:
    """Header, the employee's facts in two columns of LABEL value, a TIME DETAIL table with every punch of the two
    weeks, earnings by pay code with years to date, the many deductions in two columns, and the net."""
    st = pay.stub
    s = Sheet()
    s.text(36, 48, WILLOWMERE, 13, "sans-b")
    s.text(36, 60, f"{st.employer_address.one_line}  {DOT}  Human Resources & Payroll", 7.6, "sans", 0.3)
    s.text(576, 48, "PAY STATEMENT", 13, "sans-b", align="r")
    s.text(576, 60, "Bi-Weekly Payroll  \u2022  Non-negotiable", 7.6, "sans", 0.3, "r")
    s.line(36, 67, 576, 67, 1.0)
    left = [("Employee", st.employee.name), ("Employee #", emp_no), ("Position", "Certified Nursing Assistant"),
            ("Unit / Shift", f"2 West  /  {dict(D='Days', E='Evenings', N='Nights')[shift]}")]
    right = [("Pay Period", f"{us(st.period_start)} - {us(st.period_end)}"), ("Pay Date", us(st.pay_date)),
             ("Base Rate", f"${pay.lines[0].rate:.2f} / hr"), ("Frequency", "Bi-Weekly")]
    for k, ((la, va), (lb, vb)) in enumerate(zip(left, right, strict=True)):
        s.text(36, 84 + 12 * k, la.upper(), 6.6, "sans-b", 0.4)
        s.text(104, 84 + 12 * k, va, 8.4)
        s.text(330, 84 + 12 * k, lb.upper(), 6.6, "sans-b", 0.4)
        s.text(398, 84 + 12 * k, vb, 8.4)
    y = 140
    s.text(36, y, "TIME DETAIL", 8.6, "sans-b")
    rows = [[f"{d:%a}", us(d), a, b, meal, hrs, code] for d, a, b, meal, hrs, code in pay.extra["punches"]]
    worked = total([Decimal(p[4]) for p in pay.extra["punches"]])
    rows.append(["", "", "", "", "Total", f"{worked:.2f}", ""])
    y = hn.table(s, 36, y + 4, [("Day", 34, "l"), ("Date", 66, "l"), ("In", 50, "c"), ("Out", 50, "c"),
                                ("Meal", 40, "r"), ("Hours", 46, "r"), ("Code", 60, "l")], rows, size=7, row_h=11,
                 head_fill=0.85, bold=[len(rows) - 1]) + 14
    s.text(36, y, "EARNINGS", 8.6, "sans-b")
    rows = [[e.code, e.label, f"{e.hours:.2f}", f"{e.rate:.4f}", money(e.amount), money(pay.ytd[e.code])]
            for e in pay.lines]
    rows += [[c, {"OT": "Overtime 1.5", "WKD": "Weekend Differential", "EVE": "Evening Differential",
                  "NGT": "Night Differential"}.get(c, c), "", "", "0.00", money(v)]
             for c, v in pay.ytd.items() if c not in {e.code for e in pay.lines}]
    rows.append(["", "GROSS", "", "", money(st.gross), money(st.ytd_gross or ZERO)])
    y = hn.table(s, 36, y + 4, [("Code", 36, "l"), ("Description", 150, "l"), ("Hours", 56, "r"), ("Rate", 60, "r"),
                                ("Current", 90, "r"), ("YTD", 100, "r")], rows, size=7.6, row_h=12.5,
                 head_fill=0.85, bold=[len(rows) - 1]) + 14
    s.text(36, y, "TAXES AND DEDUCTIONS", 8.6, "sans-b")
    half = (len(pay.deductions) + 1) // 2
    cols = [("Description", 140, "l"), ("Current", 58, "r"), ("YTD", 68, "r")]
    bottom = max(hn.table(s, 36, y + 4, cols, [[lb, money(c), money(t)] for _, lb, c, t in pay.deductions[:half]],
                          size=7.4, row_h=12, head_fill=0.85),
                 hn.table(s, 310, y + 4, cols, [[lb, money(c), money(t)] for _, lb, c, t in pay.deductions[half:]],
                          size=7.4, row_h=12, head_fill=0.85))
    y = bottom + 14
    taken = total([d[2] for d in pay.deductions])
    taken_ytd = total([d[3] for d in pay.deductions])
    for k, (label, cur, ytd) in enumerate((("Gross", st.gross, st.ytd_gross or ZERO), ("Taxes & Deductions", taken,
                                                                                       taken_ytd),
                                           ("Net Pay", st.net, (st.ytd_gross or ZERO) - taken_ytd))):
        x = 36 + 180 * k
        s.rect(x, y, 180, 36, width=0.7, fill=0.9 if k == 2 else None)
        s.text(x + 8, y + 14, label.upper(), 7, "sans-b", 0.3)
        s.text(x + 172, y + 15, money(cur), 10.5, "sans-b", align="r")
        s.text(x + 172, y + 29, f"YTD {money(ytd)}", 7.2, "sans", 0.35, "r")
    s.wrap(36, y + 52, "Differentials are paid on every hour worked on that shift. Weekend differential applies from "
           "Friday 23:00 to Sunday 23:00. Missed punches must be corrected on an Edit Punch form signed by your "
           "charge nurse.", 540, 7, "sans-i", 9, 0.35)
    return s


# --- the real Form 710 in three new shapes ---------------------------------------------------------------------------

def f710_values(app: GApplication, when: Callable[[date], str], amount: Callable[[Decimal], str]
                ) -> dict[str, str | bool]:
    """What a borrower puts on Form 710, by the names of its fields: text, or True for a ticked box."""
    facts = app.facts
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "US_Phone_Number_1": app.phone,
        "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True, "Text_6": app.address.one_line,
        f"Checkbox_{hc.F710_OCCUPANCY[app.occupancy]}": True,
        "Checkbox_27" if app.occupancy == "primary_residence" else "Checkbox_28": True, "Checkbox_30": True,
        "Checkbox_35": True, "Checkbox_37": True, "Number_10": facts.get("cash", ""),
        {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}[facts.get("duration", "long")]: True,
    }
    if app.email:
        values["Email_1"] = app.email
    if app.co_borrower:
        values |= {"Text_4": app.co_borrower.name, "Text_5": app.co_ssn4 or ""}
        if facts.get("co_phone"):
            values |= {"US_Phone_Number_3": facts["co_phone"], "Checkbox_9": True}
    if app.hardship_start:
        values["Date_1"] = when(app.hardship_start)
    for code in app.hardships:
        values[f"Checkbox_{hc.F710_HARDSHIP[code]}"] = True
    if app.other_hardship_text:
        values["Text_9"] = app.other_hardship_text
    for code in app.claimed:
        values[f"Number_{hc.F710_INCOME[code]}"] = amount(app.income(code))
    if app.signed_on:
        values["Date_3"] = when(app.signed_on)
    if app.co_signed_on:
        values["Date_4"] = when(app.co_signed_on)
    return {k: v for k, v in values.items() if v != ""}


def finger_signature(s: Sheet, rng: random.Random, x: float, y: float, w: float, h: float, width: float = 2.1,
                     gray: float = 0.05) -> None:
    """A name signed with a fingertip on a phone screen: a big capital, a run of loose waves, a long tail; thick,
    smoothed strokes with no pen lift inside a stroke."""
    j = rng.uniform
    cap = [(x + j(0, 4), y - h * 0.1), (x + w * 0.05, y - h * 0.95), (x + w * 0.1, y - h * 0.2),
           (x + w * 0.16, y - h * 0.85), (x + w * 0.2, y - h * 0.05)]
    s.path(cap, width, gray)
    waves = rng.randint(4, 7)
    points = []
    for k in range(waves * 10 + 1):
        t = k / (waves * 10)
        points.append((x + w * (0.24 + 0.6 * t), y - h * (0.25 + 0.28 * (1 + math.sin(2 * math.pi * waves * t + 1.3)))
                       * (0.9 - 0.3 * t)))
    s.path(points, width, gray)
    s.path([(x + w * 0.82, y - h * 0.3), (x + w * 0.95, y - h * 0.15), (x + w * 1.02, y - h * 0.45)], width, gray)


def form710_phone_fill(app: GApplication, rng: random.Random) -> bytes:
    """Form 710 filled on a phone with a fill-and-sign app: the form's own fields left alone, the answers placed as
    loose text boxes wherever the thumb put them (a few points off the lines, some above them), ticks instead of
    crosses, both signatures drawn with a fingertip; then saved flattened (no fields, the answers part of the page)
    by the phone's PDF library, whose name is in the file's Producer."""
    paper, rects = hc.form710_paper()
    overlays: dict[int, Sheet] = {i: Sheet() for i in range(4)}
    size = rng.choice([10.5, 11.0, 11.5])
    for name, value in f710_values(app, lambda d: d.strftime("%m/%d/%Y"), money).items():
        index, (x0, y0, x1, y1) = rects[name]
        sheet = overlays[index]
        top, bottom = hp.PAGE_H - y1, hp.PAGE_H - y0
        if value is True:
            cx, cy = (x0 + x1) / 2 + rng.uniform(-1, 1.5), (top + bottom) / 2 + rng.uniform(-1, 1)
            sheet.path([(cx - 4, cy), (cx - 1.2, cy + 3.6), (cx + 5, cy - 5.5)], 1.5, 0.0)
            continue
        dx, dy = rng.uniform(-2, 10), rng.uniform(-5, 0.5)
        sheet.text(x0 + dx, bottom - 2 + dy, str(value), size, "sans", 0.0)
    if app.signed:
        finger_signature(overlays[3], rng, 175, hp.PAGE_H - 344, 150, 26)
    if app.co_borrower and app.co_signed:
        finger_signature(overlays[3], rng, 185, hp.PAGE_H - 306, 140, 24)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(hp.overlay_pdf(paper, overlays))))
    writer.add_metadata({"/Producer": "iOS Version 18.5 (Build 22F76) Quartz PDFContext",
                         "/Creator": "Fill & Sign for iPhone", "/Title": "Mortgage Assistance Application"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def form710_ballpoint(app: GApplication, rng: random.Random, ink: float = 0.38) -> bytes:
    """Form 710 printed blank and filled in a blue ballpoint (light ink, which a black-and-white fax thins and breaks):
    answers written at its field positions, the boxes ticked with check marks that run out of them, dates written
    m/d/yyyy, both signatures in the same pen."""
    paper, rects = hc.form710_paper()
    pen = hb.Pen(rng, hand=True, gray=ink)
    overlays: dict[int, Sheet] = {i: Sheet() for i in range(4)}
    for name, value in f710_values(app, lambda d: f"{d.month}/{d.day}/{d.year}", money).items():
        index, (x0, y0, x1, y1) = rects[name]
        sheet = overlays[index]
        if value is True:
            pen.tick(sheet, x0, hp.PAGE_H - y1, min(x1 - x0, y1 - y0))
        else:
            pen.write(sheet, x0 + 3, hp.PAGE_H - y0 - 3.5, str(value), 10.5, fit=x1 - x0 - 6)
    if app.signed:
        overlays[3].signature(rng, 168, hp.PAGE_H - 346, 190, 20, gray=ink)
    if app.co_borrower and app.co_signed:
        overlays[3].signature(rng, 182, hp.PAGE_H - 308, 176, 20, gray=ink)
    return hp.overlay_pdf(paper, overlays)


# --- application A: Marlowe Ridge's lettered-section application, income per month OR per year ---------------------

MARLOWE = ("Marlowe Ridge Mortgage Services",
           f"Homeowner Assistance Department {DOT} PO Box 31877, Richmond, VA 23294 {DOT} Fax (804) 555-0193 {DOT} "
           "(800) 555-0192")
MR_HARDSHIPS = [("unemployment", "Job loss, layoff or furlough", "Nothing"),
                ("reduction_in_income", "Less pay, fewer hours, lost overtime or business", "Nothing"),
                ("increase_in_housing_expenses", "Higher taxes, insurance, HOA dues or repairs", "Nothing"),
                ("disaster", "Disaster (fire, flood, storm) at home or work", "Nothing"),
                ("disability_or_illness", "Serious illness or disability in the household",
                 "Your letter or a doctor's note"),
                ("divorce_or_separation", "Divorce or legal separation", "Final decree or recorded deed"),
                ("separation_unmarried", "Co-owner (not married to you) moved out", "Recorded deed or signed release"),
                ("death", "Death of a borrower or wage earner", "Death certificate or obituary"),
                ("relocation", "Job transfer or military orders far away", "Transfer letter or PCS orders"),
                ("other", "Other:", "A letter explaining what happened")]
MR_INCOME = [("wages", "B", "Borrower's wages, salary, overtime, tips, bonus"),
             ("wages", "C", "Co-borrower's wages, salary, overtime, tips, bonus"),
             ("self_employment", "", "Self-employment (after business expenses)"),
             ("unemployment", "", "Unemployment benefits"),
             ("benefits_taxable", "", "Social Security, pension, annuity (taxable)"),
             ("benefits_nontaxable", "", "Non-taxable Social Security, SSI, VA disability"),
             ("rental", "", "Rent received (after expenses)"),
             ("investment", "", "Interest, dividends, insurance income"),
             ("other", "", "Child support, alimony, other")]
MR_OCCUPANCY = [("primary_residence", "I live there (primary residence)"), ("second_home", "Second or vacation home"),
                ("investment_property", "Rented to others")]
MR_DURATION = [("short", "Short term (under 6 months)"), ("long", "Long term or permanent"), ("resolved", "Resolved")]


@dataclass
class Filler:
    """Who fills a servicer's form: `hand` in pen (ticks over the boxes), or typed into its PDF (boxes crossed)."""

    rng: random.Random
    hand: bool
    gray: float = 0.15

    def __post_init__(self) -> None:
        self.pen = hb.Pen(self.rng, hand=self.hand, gray=self.gray)

    def write(self, s: Sheet, x: float, y: float, value: str, size: float = 10, fit: float | None = None,
              align: str = "l") -> None:
        self.pen.write(s, x, y, value, size, align=align, fit=fit)

    def box(self, s: Sheet, x: float, y: float, chosen: bool, size: float = 8.0) -> None:
        """An empty box at (x, y) (top-left), ticked by hand or crossed by the PDF's check box."""
        s.rect(x, y, size, size, width=0.6)
        if chosen:
            if self.hand:
                self.pen.tick(s, x, y, size)
            else:
                s.line(x + 1.3, y + 1.3, x + size - 1.3, y + size - 1.3, 1.0)
                s.line(x + 1.3, y + size - 1.3, x + size - 1.3, y + 1.3, 1.0)

    def choices(self, s: Sheet, x: float, y: float, options: Sequence[tuple[str, bool]], size: float = 8.4,
                gap: float = 16) -> float:
        for label, chosen in options:
            self.box(s, x, y - 7.5, chosen)
            s.text(x + 12, y, label, size)
            x += 12 + hp.text_width(label, "sans", size) + gap
        return x


def mr_tab(s: Sheet, y: float, letter: str, title: str, note: str = "") -> float:
    s.rect(36, y, 22, 22, stroke=None, fill=0.18)
    s.text(47, y + 16, letter, 14, "sans-b", 1.0, "c")
    s.text(66, y + 15, title, 10.5, "sans-b")
    if note:
        s.text(576, y + 15, note, 7.2, "sans-i", 0.35, "r")
    s.line(66, y + 21, 576, y + 21, 1.0)
    return y + 34


def mr_field(s: Sheet, f: Filler, x: float, y: float, w: float, label: str, value: str, size: float = 10) -> None:
    """A label printed small above an answer line."""
    s.text(x, y, label, 6.8, "sans", 0.35)
    s.line(x, y + 19, x + w - 8, y + 19, 0.5)
    f.write(s, x + 2, y + 16, value, size, fit=w - 12)


def mr_header(s: Sheet, page: int) -> None:
    s.path([(36, 66), (48, 48), (56, 58), (66, 40), (78, 66)], 1.6, 0.15)
    s.line(34, 66, 80, 66, 1.2)
    s.text(88, 54, "MARLOWE RIDGE", 15, "serif-b")
    s.text(88, 66, "MORTGAGE SERVICES", 7.6, "sans", 0.3)
    s.text(576, 50, "MORTGAGE ASSISTANCE APPLICATION", 11, "sans-b", align="r")
    s.text(576, 62, f"Form MRMS-4 (03/2030)  {DOT}  Page {page} of 3", 7.4, "sans", 0.35, "r")
    s.line(36, 74, 576, 74, 0.6, 0.4)
    s.text(306, 770, MARLOWE[1], 6.4, "sans", 0.4, "c")


def marlowe_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """MRMS-4 on three pages. fill "hand": printed and filled in pen; "typed": typed into its PDF, not signed."""
    f = Filler(rng, hand=fill == "hand", gray=0.12)
    co, home, facts = app.co_borrower, app.address, app.facts
    per_year = set(facts.get("per_year", "").split())
    p1, p2, p3 = Sheet(), Sheet(), Sheet()
    for n, s in enumerate((p1, p2, p3), 1):
        mr_header(s, n)
    p1.rect(396, 82, 180, 30, width=0.8)
    p1.text(402, 92, "LOAN NUMBER", 6.8, "sans-b", 0.35)
    f.write(p1, 402, 107, app.loan, 11)
    p1.wrap(36, 92, "Please answer every question that applies to you. Print clearly or type. Mark money amounts "
            "per MONTH or per YEAR. Sign on page 2 and send all three pages with your documents.", 348, 8, "sans-i",
            10, 0.25)
    y = mr_tab(p1, 122, "A", "ABOUT YOU", "Co-borrower: anyone else who signed the mortgage note")
    mr_field(p1, f, 66, y, 260, "Borrower's full name", app.borrower.name)
    mr_field(p1, f, 326, y, 70, "SSN (last 4)", app.ssn4)
    mr_field(p1, f, 396, y, 90, "Date of birth", facts.get("dob", ""))
    mr_field(p1, f, 486, y, 90, "Marital status", facts.get("marital", ""))
    y += 32
    mr_field(p1, f, 66, y, 260, "Co-borrower's full name", co.name if co else ("N/A" if f.hand else ""))
    mr_field(p1, f, 326, y, 70, "SSN (last 4)", (app.co_ssn4 or "") if co else "")
    mr_field(p1, f, 396, y, 90, "Date of birth", facts.get("co_dob", "") if co else "")
    mr_field(p1, f, 486, y, 90, "Relationship", facts.get("relationship", "") if co else "")
    y += 32
    mr_field(p1, f, 66, y, 130, "Home phone", facts.get("home_phone", ""))
    mr_field(p1, f, 196, y, 130, "Cell phone", app.phone)
    mr_field(p1, f, 326, y, 250, "E-mail", app.email)
    y += 32
    mr_field(p1, f, 66, y, 510, "Mailing address, if different from the property",
             app.mailing.one_line if app.mailing else "")
    y = mr_tab(p1, y + 34, "B", "THE PROPERTY")
    mr_field(p1, f, 66, y, 510, "Street address (and unit)", home.street)
    y += 32
    mr_field(p1, f, 66, y, 220, "City", home.city)
    mr_field(p1, f, 286, y, 60, "State", home.state)
    mr_field(p1, f, 346, y, 90, "ZIP code", home.zip)
    mr_field(p1, f, 436, y, 140, "County", facts.get("county", ""))
    y += 38
    p1.text(66, y, "How is the property used?", 8.4, "sans-b")
    f.choices(p1, 200, y, [(label, code == app.occupancy) for code, label in MR_OCCUPANCY])
    y += 17
    p1.text(66, y, "What do you want to do?", 8.4, "sans-b")
    f.choices(p1, 200, y, [("Keep the home", True), ("Sell the home", False), ("Not sure yet", False)])
    y += 17
    p1.text(66, y, "Is it listed for sale?", 8.4, "sans-b")
    x = f.choices(p1, 200, y, [("Yes", False), ("No", True)])
    p1.text(x + 10, y, "HOA or condo dues?", 8.4, "sans-b")
    hoa = facts.get("hoa", "")
    x = f.choices(p1, x + 104, y, [("Yes", bool(hoa)), ("No", not hoa)])
    p1.text(x, y, "$", 8.4)
    p1.line(x + 7, y + 2, x + 62, y + 2, 0.5)
    f.write(p1, x + 9, y, hoa, 9.5)
    p1.text(x + 66, y, "a month", 8.4)
    y = mr_tab(p1, y + 20, "C", "YOUR HARDSHIP", "Tick every reason that applies and write when each one began")
    cols = [("", 22, "c"), ("What happened", 250, "l"), ("Date it began (mm/dd/yyyy)", 108, "l"),
            ("What to send with it", 130, "l")]
    hn.table(p1, 66, y, cols, [["", label, "", need] for _, label, need in MR_HARDSHIPS], size=7.8, row_h=17,
             head_fill=0.88)
    for k, (code, _, _) in enumerate(MR_HARDSHIPS):
        top = y + 18 + 17 * k
        f.box(p1, 73, top + 4.5, code in app.hardships)
        if code in app.hardships and app.hardship_start:
            f.write(p1, 342, top + 13, us(app.hardship_start), 9.5)
        if code == "other" and app.other_hardship_text:
            f.write(p1, 124, top + 13, app.other_hardship_text, 8.8, fit=208)
    y += 18 + 17 * len(MR_HARDSHIPS) + 16
    p1.text(66, y, "Do you expect it to be", 8.4, "sans-b")
    f.choices(p1, 176, y, [(label, code == facts.get("duration", "long")) for code, label in MR_DURATION])

    y = mr_tab(p2, 90, "D", "HOUSEHOLD INCOME BEFORE TAXES", "B = borrower, C = co-borrower")
    y = p2.wrap(66, y, "Write each kind of income the household receives and tick whether the amount is PER MONTH or "
                "PER YEAR. Leave a line empty if you do not receive it. Then add up the MONTHLY total (divide a "
                "yearly amount by 12).", 510, 8, "sans", 10, 0.2) + 2
    cols = [("Kind of income", 222, "l"), ("Who (B / C)", 62, "c"), ("Amount", 110, "l"), ("Per month", 58, "c"),
            ("Per year", 58, "c")]
    hn.table(p2, 66, y, cols, [[label, "(B)" if who == "B" else "(C)" if who else "", "$", "", ""]
                               for _, who, label in MR_INCOME], size=7.8, row_h=18, head_fill=0.88)
    for k, (code, who, _) in enumerate(MR_INCOME):
        top = y + 19 + 18 * k
        lines = [(a, w) for c, a, w in app.income_lines if c == code and (not who or w == who)]
        yearly = any(f"{code}|{w}" in per_year for _, w in lines)
        if lines:
            amount = total([a for a, _ in lines])
            if not who:
                f.write(p2, 66 + 222 + 31, top + 13, "+".join(w for _, w in lines), 9.5, align="c")
            f.write(p2, 66 + 284 + 12, top + 13, money(amount * 12 if yearly else amount), 9.5, fit=94)
        for c, want in ((0, not yearly), (1, yearly)):
            f.box(p2, 66 + 394 + 25 + 58 * c, top + 5, bool(lines) and want)
    y += 19 + 18 * len(MR_INCOME)
    p2.rect(66, y, 510, 22, width=0.8, fill=0.94)
    p2.text(74, y + 15, "TOTAL GROSS MONTHLY INCOME  (yearly amounts divided by 12)", 8.6, "sans-b")
    p2.text(360, y + 15, "$", 9)
    f.write(p2, 368, y + 15, money(app.total) if app.income_lines else "", 10)
    y = mr_tab(p2, y + 36, "E", "ASSETS AND MONTHLY PAYMENTS")
    assets = [("Checking and cash", facts.get("cash", "")), ("Savings, money market, CDs", facts.get("savings", "")),
              ("Stocks and bonds (not retirement)", facts.get("assets", ""))]
    costs = [("First mortgage payment", facts.get("cost:mortgage", "")), ("Car payments", facts.get("cost:cars", "")),
             ("Credit cards and other loans", facts.get("cost:cards", ""))]
    for k, ((la, va), (lb, vb)) in enumerate(zip(assets, costs, strict=True)):
        yy = y + 18 * k
        p2.text(66, yy + 10, la, 8.2)
        p2.text(226, yy + 10, "$", 8.2)
        p2.line(232, yy + 12, 310, yy + 12, 0.5)
        f.write(p2, 236, yy + 10, va, 9.2, fit=72)
        p2.text(330, yy + 10, lb, 8.2)
        p2.text(486, yy + 10, "$", 8.2)
        p2.line(492, yy + 12, 576, yy + 12, 0.5)
        f.write(p2, 496, yy + 10, vb, 9.2, fit=78)
    y = mr_tab(p2, y + 70, "F", "SIGNATURES")
    y = p2.wrap(66, y, "I certify that everything in this application is true and complete, that the hardship I "
                "described is why I need help, and that Marlowe Ridge Mortgage Services may verify it, obtain a credit "
                "report on everyone who signs, and share it with the owner of my loan and a housing counseling agency "
                "helping me. I know that knowingly false statements may be a federal crime.", 510, 8, "sans", 10.5,
                0.1) + 16
    for who, person_, signed, on in (("Borrower", app.borrower, app.signed, app.signed_on),
                                     ("Co-borrower", co, co is not None and app.co_signed, app.co_signed_on)):
        p2.line(66, y + 22, 380, y + 22, 0.6)
        p2.text(66, y + 31, f"{who} signature", 6.8, "sans", 0.35)
        p2.line(400, y + 22, 576, y + 22, 0.6)
        p2.text(400, y + 31, "Date", 6.8, "sans", 0.35)
        if person_ is not None and signed:
            p2.signature(rng, 90, y + 20, 180, 20, gray=0.12)
        if person_ is not None and on:
            f.write(p2, 404, y + 18, us(on), 10)
        y += 46
    p2.rect(66, y + 6, 510, 40, width=0.5, stroke=0.5)
    p2.text(74, y + 18, "FOR MARLOWE RIDGE USE", 6.8, "sans-b", 0.4)
    p2.text(74, y + 34, "Received ____/____/______     Analyst ________     Imaged  [  ]     Complete  [  ]", 7.6,
            "sans", 0.4)

    y = 96
    p3.text(36, y, "WHAT TO SEND WITH THIS APPLICATION", 11, "sans-b")
    y += 8
    needs = [("Everyone", "This application, all three pages, signed and dated by everyone who signed the note."),
             ("Wages", "Your most recent pay stub showing year-to-date earnings, or your last two bank statements."),
             ("Self-employed", "A signed profit and loss statement for the year so far, or your last two bank "
                               "statements, or your latest signed tax return; and a signed IRS Form 4506-C."),
             ("Benefits", "An award letter showing the amount and how often it is paid, or two bank statements."),
             ("Rent received", "Your last two bank statements or two deposited rent checks, and a signed Form 4506-C."),
             ("Hardship", "The paper listed beside the reason you ticked in section C, if any.")]
    for who, what in needs:
        p3.text(46, y + 16, who, 8.6, "sans-b")
        y = p3.wrap(136, y + 16, what, 440, 8.6, "sans", 11) - 2
    y += 20
    p3.text(36, y, "HOW TO SEND IT", 11, "sans-b")
    y = p3.wrap(36, y + 16, "Fax: (804) 555-0193, with the barcode cover sheet we sent you on top; one cover sheet "
                "for the whole fax. Mail: Marlowe Ridge Mortgage Services, Homeowner Assistance Department, PO Box "
                "31877, Richmond, VA 23294. Write your loan number on every page you send. Keep copies.", 540, 8.6,
                "sans", 11) + 16
    p3.text(36, y, "WHAT HAPPENS NEXT", 11, "sans-b")
    y = p3.wrap(36, y + 16, "We will let you know within five business days that we received your application and "
                "whether anything is missing. Once it is complete we will evaluate you for every option available "
                "for your loan within 30 days. While we review a complete application we will not move forward with "
                "a foreclosure sale.", 540, 8.6, "sans", 11) + 16
    p3.text(36, y, "HELP IS FREE", 11, "sans-b")
    p3.wrap(36, y + 16, "HUD-approved housing counselors can help you with this application at no cost: (800) "
            "569-4287 or www.hud.gov/counseling. Beware of anyone who asks you for a fee to arrange a modification.",
            540, 8.6, "sans", 11)
    return [p1, p2, p3]


# --- application B: Ostrander's dense short form, every answer run inline, on the front of one sheet ----------------

OSTRANDER = ("Ostrander Home Loan Servicing",
             f"Return to: Loss Mitigation, PO Box 7710, Tulsa, OK 74101 {DOT} Fax (918) 555-0136 {DOT} "
             f"(866) 555-0135 {DOT} ostranderhls.example/help")
OS_HARDSHIPS = [("unemployment", "Unemployment"), ("reduction_in_income", "Reduced income"),
                ("increase_in_housing_expenses", "Increased housing expenses"), ("disaster", "Disaster"),
                ("disability_or_illness", "Illness / disability"),
                ("divorce_or_separation", "Divorce / legal separation"),
                ("separation_unmarried", "Separation (unmarried co-borrowers)"),
                ("death", "Death of borrower or wage earner"), ("relocation", "Distant relocation"),
                ("other", "Other:")]
OS_INCOME = [("wages", "Wages / salary"), ("self_employment", "Self-employment (net)"),
             ("unemployment", "Unemployment"), ("benefits_taxable", "Soc. Sec. / pension (taxable)"),
             ("benefits_nontaxable", "Non-taxable SS / disability"), ("rental", "Rental (net)"),
             ("investment", "Investment / insurance"), ("other", "Other (support, alimony)")]
OS_OCCUPANCY = [("primary_residence", "Owner-occupied (primary)"), ("second_home", "Second home"),
                ("investment_property", "Non-owner occupied (rental)")]
OS_DURATION = [("short", "Under 6 months"), ("long", "6 months or more"), ("resolved", "Resolved")]
OS_ENCLOSED = [("stubs", "Pay stubs (last 30 days)"), ("statements", "Bank statements (2 months)"),
               ("pnl", "Profit & loss (YTD, signed)"), ("tax", "Tax return"), ("4506c", "IRS Form 4506-C"),
               ("award", "Benefit award letter"), ("letter", "Hardship letter"), ("other", "Other:")]


@dataclass
class Flow:
    """Answers run inline across the page: words, blanks with the answer on them and boxes, wrapping at the margin."""

    s: Sheet
    f: Filler
    y: float
    x0: float = 40.0
    x1: float = 572.0
    size: float = 8.2
    step: float = 17.0

    def __post_init__(self) -> None:
        self.x = self.x0

    def _room(self, width: float) -> None:
        if self.x + width > self.x1 and self.x > self.x0:
            self.newline()

    def newline(self, extra: float = 0.0) -> None:
        self.x = self.x0
        self.y += self.step + extra

    def word(self, text: str, bold: bool = False) -> None:
        font = "sans-b" if bold else "sans"
        width = hp.text_width(text, font, self.size)
        self._room(width)
        self.s.text(self.x, self.y, text, self.size, font)
        self.x += width + 4

    def blank(self, width: float, value: str, size: float = 9.5) -> None:
        self._room(width)
        self.s.line(self.x, self.y + 2, self.x + width, self.y + 2, 0.5)
        self.f.write(self.s, self.x + 2, self.y, value, size, fit=width - 4)
        self.x += width + 8

    def box(self, label: str, chosen: bool) -> None:
        width = 11 + hp.text_width(label, "sans", self.size)
        self._room(width)
        self.f.box(self.s, self.x, self.y - 7, chosen, 7.5)
        self.s.text(self.x + 11, self.y, label, self.size)
        self.x += width + 10


def os_bar(s: Sheet, y: float, title: str) -> float:
    s.rect(36, y, 540, 12, stroke=None, fill=0.1)
    s.text(42, y + 9, title, 7.4, "sans-b", 1.0)
    return y + 25


def ostrander_form(app: GApplication, rng: random.Random, ink: bool, enclosed: Sequence[str]) -> list[Sheet]:
    """OHL-1: the answers typed into its PDF (boxes crossed); with `ink`, printed and then signed and dated in pen.
    `enclosed` is what the borrower ticked in section 6 as sent with it."""
    f = Filler(rng, hand=False)
    hand = hb.Pen(rng, hand=True, gray=0.12)
    co, home, facts = app.co_borrower, app.address, app.facts
    s, back = Sheet(), Sheet()
    for sheet, side in ((s, "Front"), (back, "Back")):
        sheet.text(36, 52, "OSTRANDER", 17, "sans-b")
        sheet.text(36, 63, "HOME LOAN SERVICING", 7, "sans", 0.35)
        sheet.text(576, 48, "BORROWER ASSISTANCE REQUEST", 11.5, "sans-b", align="r")
        sheet.text(576, 60, f"Short form OHL-1  {DOT}  Rev. 11/2029  {DOT}  {side}", 7.4, "sans", 0.35, "r")
        sheet.line(36, 69, 576, 69, 1.4)
    s.text(306, 80, OSTRANDER[1], 6.8, "sans", 0.3, "c")
    y = os_bar(s, 88, "1   BORROWERS")
    fl = Flow(s, f, y)
    fl.word("Loan no.", True)
    fl.blank(110, app.loan)
    fl.word("Borrower", True)
    fl.blank(190, app.borrower.name)
    fl.word("SSN last 4")
    fl.blank(40, app.ssn4)
    fl.newline()
    fl.word("Co-borrower", True)
    fl.blank(190, co.name if co else "")
    fl.word("SSN last 4")
    fl.blank(40, (app.co_ssn4 or "") if co else "")
    fl.word("Date of birth (borrower)")
    fl.blank(76, facts.get("dob", ""))
    fl.newline()
    fl.word("Phone")
    fl.blank(96, app.phone)
    fl.box("cell", True)
    fl.box("home", False)
    fl.word("E-mail")
    fl.blank(200, app.email)
    y = os_bar(s, fl.y + 12, "2   PROPERTY")
    fl = Flow(s, f, y)
    fl.word("Property address", True)
    fl.blank(230, home.street)
    fl.word("City")
    fl.blank(150, home.city)
    fl.newline()
    fl.word("State")
    fl.blank(30, home.state)
    fl.word("ZIP")
    fl.blank(54, home.zip)
    fl.word("Occupancy:", True)
    for code, label in OS_OCCUPANCY:
        fl.box(label, code == app.occupancy)
    fl.newline()
    fl.word("I want to:", True)
    fl.box("Keep the property", True)
    fl.box("Sell", False)
    fl.box("Undecided", False)
    fl.word("Listed for sale?", True)
    fl.box("Yes", False)
    fl.box("No", True)
    fl.word("HOA dues $")
    fl.blank(60, facts.get("hoa", ""))
    y = os_bar(s, fl.y + 12, "3   HARDSHIP")
    fl = Flow(s, f, y)
    fl.word("Reason (check all that apply):", True)
    for code, label in OS_HARDSHIPS:
        fl.box(label, code in app.hardships)
    fl.blank(70, app.other_hardship_text)
    fl.newline()
    fl.word("Hardship began (date)", True)
    fl.blank(80, us(app.hardship_start) if app.hardship_start else "")
    fl.word("Expected to last:", True)
    for code, label in OS_DURATION:
        fl.box(label, code == facts.get("duration", "long"))
    fl.newline()
    fl.word("Brief explanation:", True)
    story = hf._lines(facts.get("story", ""), 420, 9.5)
    fl.blank(440, story[0] if story else "")
    fl.newline()
    fl.blank(532, " ".join(story[1:]))
    y = os_bar(s, fl.y + 12, "4   MONTHLY INCOME OF THE HOUSEHOLD (gross, before taxes)")
    for k, (code, label) in enumerate(OS_INCOME):
        x, yy = 40 + 133 * (k % 4), y + 24 * (k // 4)
        s.text(x, yy, label, 6.8, "sans", 0.3)
        s.text(x, yy + 14, "$", 8.4)
        s.line(x + 7, yy + 16, x + 124, yy + 16, 0.5)
        amount = app.income(code)
        if amount:
            f.write(s, x + 10, yy + 14, money(amount), 9.5)
    y += 50
    s.rect(372, y - 2, 204, 20, width=0.8, fill=0.93)
    s.text(380, y + 12, "TOTAL MONTHLY INCOME  $", 8, "sans-b")
    f.write(s, 490, y + 12, money(app.total) if app.income_lines else "", 9.5)
    y = os_bar(s, y + 26, "5   MONTHLY PAYMENTS")
    fl = Flow(s, f, y)
    for label, key in (("Mortgage $", "cost:mortgage"), ("2nd mortgage / HELOC $", "cost:second"),
                       ("Car loans $", "cost:cars"), ("Credit cards $", "cost:cards"), ("Other $", "cost:other")):
        fl.word(label)
        fl.blank(62, facts.get(key, ""))
    y = os_bar(s, fl.y + 12, "6   ENCLOSED WITH THIS REQUEST (check what you are sending)")
    fl = Flow(s, f, y)
    for key, label in OS_ENCLOSED:
        fl.box(label, key in enclosed)
    fl.blank(110, facts.get("enclosed_other", ""))
    y = os_bar(s, fl.y + 12, "7   SIGNATURES  (by signing you agree to the terms on the back of this form)")
    y += 14
    for k, (who, person_, signed, on) in enumerate((("Borrower", app.borrower, app.signed, app.signed_on),
                                                    ("Co-borrower", co, co is not None and app.co_signed,
                                                     app.co_signed_on))):
        x = 40 + 270 * k
        s.line(x, y, x + 170, y, 0.6)
        s.line(x + 180, y, x + 256, y, 0.6)
        s.text(x, y + 9, f"{who} signature", 6.6, "sans", 0.35)
        s.text(x + 180, y + 9, "Date", 6.6, "sans", 0.35)
        if person_ is not None and signed:
            s.signature(rng, x + 12, y - 2, 130, 18, gray=0.1 if ink else 0.0)
        if person_ is not None and on:
            (hand if ink else f.pen).write(s, x + 182, y - 3, us(on), 9.5, fit=74)
    s.rect(36, y + 24, 540, 24, width=0.5, stroke=0.5, fill=0.96)
    s.text(42, y + 34, "SERVICER USE", 6.4, "sans-b", 0.4)
    s.text(42, y + 44, "Date stamped ________   Rep ID ______   Package:  [ ] complete   [ ] incomplete   "
           "Letter sent ________", 7, "sans", 0.4)

    terms = [
        "I certify that the information in this request is accurate and that the hardship I described is the reason I "
        "cannot make my mortgage payment as agreed.",
        "I understand that Ostrander Home Loan Servicing will use this information to evaluate me for assistance, "
        "that it may verify everything I have said, and that it is not obliged to offer me assistance.",
        "I consent to Ostrander obtaining a credit report for every borrower who signs, and to its sharing my "
        "information with the investor or guarantor of my loan, my other lien holders and any housing counseling "
        "agency that helps me.",
        "I understand that if I receive a trial period plan, repayment plan or forbearance plan, my first timely "
        "payment under the plan will be my acceptance of it.",
        "I consent to being contacted about this request at any telephone number, including a mobile number, or "
        "e-mail address I have given.",
        "Knowingly submitting false information may violate federal law.",
        "We will tell you in writing within five business days of receiving this request whether it is complete and, "
        "if not, what is missing and the date by which to send it.",
        "Documents you send may be kept as copies; do not send originals."]
    y = 92
    back.text(36, y, "TERMS  -  PLEASE READ BEFORE YOU SIGN", 10, "sans-b")
    y += 16
    for column in (0, 1):
        yy = y
        for n, text in enumerate(terms[column * 4:column * 4 + 4], column * 4 + 1):
            back.text(36 + 276 * column, yy, f"{n}.", 7.8, "sans-b")
            yy = back.wrap(50 + 276 * column, yy, text, 250, 7.8, "sans", 10) + 6
    y += 220
    for title, text in (("Equal Credit Opportunity Act", "The federal Equal Credit Opportunity Act prohibits creditors "
                         "from discriminating against credit applicants on the basis of race, color, religion, "
                         "national origin, sex, marital status or age, because all or part of the applicant's income "
                         "derives from any public assistance program, or because the applicant has in good faith "
                         "exercised any right under the Consumer Credit Protection Act."),
                        ("Servicemembers", "If you or a member of your household is on active military duty, you may "
                         "have protections under the Servicemembers Civil Relief Act. Tell us if this applies."),
                        ("Beware of scams", "Never pay a fee to anyone who promises to save your home. Ostrander and "
                         "HUD-approved housing counselors will help you free of charge: (800) 569-4287.")):
        back.text(36, y, title, 8.6, "sans-b")
        y = back.wrap(36, y + 12, text, 540, 7.8, "sans", 10) + 10
    return [s, back]


# --- letters ----------------------------------------------------------------------------------------------------------

def outlook_printout(app: GApplication, sent: date, clock: str, to: str, subject: str, body: Sequence[str],
                     attachments: Sequence[str]) -> Doc:
    """A hardship explanation sent as an e-mail and printed from a desktop mail program by the servicer's intake
    clerk: the clerk's own name in bold over a heavy rule, From / Sent / To / Subject / Attachments in a label column,
    the body with the sender's signature block."""
    s = Sheet()
    s.text(54, 60, "Loss Mitigation Intake", 12, "sans-b")
    s.rect(54, 66, 504, 3.2, stroke=None, fill=0.0)
    y = 88
    sender = f"{app.borrower.name} <{app.email}>"
    rows = [("From:", sender), ("Sent:", f"{sent:%A}, {long_date(sent)} {clock}"), ("To:", to),
            ("Subject:", subject), ("Attachments:", "; ".join(attachments))]
    for label, value in rows:
        s.text(54, y, label, 9.5, "sans-b")
        y = s.wrap(140, y, value, 418, 9.5, "sans", 12.5)
    y += 18
    for paragraph in body:
        y = s.wrap(54, y, paragraph, 504, 10.5, "serif", 14.2) + 9
    y += 4
    for line in ("Thank you,", "", app.borrower.name, f"Loan # {app.loan}", app.phone):
        s.text(54, y, line, 10.5, "serif")
        y += 13.5
    s.text(306, 760, "1", 8, "sans", 0.3, "c")
    return Doc("hardship_letter", {"letter_date": sent}, [s])


def spiral_letter(app: GApplication, when: date, paragraphs: Sequence[str], signers: Sequence[Person],
                  rng: random.Random) -> Doc:
    """A letter written in pen on a sheet torn from a spiral notebook: faint ruled lines, a margin line, the ragged
    fringe left by the spiral down the left edge; signed by each borrower."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.3)
    edge = []
    for k in range(0, 795, 3):
        hole = (k % 18) / 18
        notch = 5.5 * math.sin(math.pi * hole) if 0.15 < hole < 0.85 else 0.0
        edge.append((19 + notch + rng.uniform(-1.2, 1.2), float(k)))
    s.path(edge, 0.7, 0.35)
    top, rule = 92, 22.5
    for k in range(30):
        s.line(30, top + rule * k, 606, top + rule * k, 0.45, 0.72)
    s.line(92, 0, 92, 792, 0.6, 0.6)
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [*hf._lines(paragraph, 450, 13.5, "pen"), ""]
    pen.write(s, 430, top - 4, us(when), 12)
    pen.write(s, 100, top + rule - 4, "To whom it may concern,", 12)
    row = 2
    for line in lines:
        if line:
            pen.write(s, 100, top + rule * row - 4, line, 12)
        row += 1
    pen.write(s, 100, top + rule * row - 4, "Sincerely,", 12)
    row += 2
    for k, signer in enumerate(signers):
        s.signature(rng, 110 + 230 * k, top + rule * row - 2, 150, 20, gray=0.3)
        pen.write(s, 104 + 230 * k, top + rule * (row + 1) - 4, signer.name, 10.5)
    pen.write(s, 100, top + rule * (row + 2) - 4, f"Loan # {app.loan}", 11)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def fmla_certification(patient: Person, employer: str, job: str, doctor: Person, practice: tuple[str, str, str],
                       began: date, signed: date, rng: random.Random) -> Doc:
    """The Labor Department's two-page "Certification of Health Care Provider for Employee's Serious Health Condition
    under the Family and Medical Leave Act", the employer's part typed, the provider's part filled in by hand (the
    condition's start, its probable duration, inpatient care, the incapacity), signed and dated by the doctor."""
    pen = hb.Pen(rng, hand=True, gray=0.12)
    p1, p2 = Sheet(), Sheet()
    for n, s in enumerate((p1, p2), 1):
        s.text(36, 44, "Certification of Health Care Provider for", 11, "sans-b")
        s.text(36, 57, "Employee's Serious Health Condition under the Family and Medical Leave Act", 11, "sans-b")
        s.text(576, 44, "U.S. Department of Labor", 8, "sans-b", align="r")
        s.text(576, 55, "Wage and Hour Division", 8, "sans", 0.3, "r")
        s.text(576, 66, "OMB Control Number: 1235-0003", 7, "sans", 0.3, "r")
        s.line(36, 72, 576, 72, 1.2)
        s.text(36, 770, "Form WH-380-E", 7.6, "sans-b")
        s.text(576, 770, f"Page {n} of 2", 7.6, "sans", 0.3, "r")
    y = 92
    p1.rect(36, y - 12, 540, 16, stroke=None, fill=0.85)
    p1.text(42, y, "SECTION I - EMPLOYER", 8.6, "sans-b")
    y += 20
    for label, value in (("(1) Employee name", patient.name), ("(2) Employer name", employer),
                         ("(3) Employee's job title", job), ("(4) Date the certification was requested",
                                                             us(began + timedelta(days=5)))):
        p1.text(40, y, label, 8.2)
        p1.line(230, y + 2, 576, y + 2, 0.5)
        p1.text(236, y, value, 9.5, "mono")
        y += 18
    y += 8
    p1.rect(36, y - 12, 540, 16, stroke=None, fill=0.85)
    p1.text(42, y, "SECTION III - HEALTH CARE PROVIDER", 8.6, "sans-b")
    y += 18
    y = p1.wrap(40, y, "Please complete this section fully and completely. Do not provide information about genetic "
                "tests or genetic services. You may, but are not required to, attach records.", 532, 7.8, "sans-i",
                10, 0.25) + 4
    for label, value in (("Provider's name", f"{doctor.name}, MD"), ("Type of practice / specialty", practice[0]),
                         ("Business address", practice[1]), ("Telephone", practice[2])):
        p1.text(40, y, label, 8.2)
        p1.line(190, y + 2, 576, y + 2, 0.5)
        pen.write(p1, 196, y, value, 10.5, fit=370)
        y += 20
    y += 6
    p1.text(40, y, "PART A: MEDICAL INFORMATION", 8.6, "sans-b")
    y += 16
    p1.text(40, y, "(1) State the approximate date the condition started or will start:", 8.2)
    pen.write(p1, 360, y, us(began), 11)
    p1.line(350, y + 2, 470, y + 2, 0.5)
    y += 18
    p1.text(40, y, "Provide your best estimate of how long the condition lasted or will last:", 8.2)
    pen.write(p1, 360, y, "6-12 months", 11)
    p1.line(350, y + 2, 576, y + 2, 0.5)
    y += 22
    p1.text(40, y, "Check the box(es) for the questions below, as applicable.", 8.2, "sans-i")
    y += 16
    p1.text(40, y, "Inpatient care: The patient has been admitted for an overnight stay.", 8.2)
    p1.box(400, y - 8, True, 8, "x", 0.12)
    p1.text(412, y, "Yes", 8.2)
    p1.box(440, y - 8, False)
    p1.text(452, y, "No", 8.2)
    y += 14
    p1.text(60, y, "If so, dates of admission:", 8.2)
    pen.write(p1, 200, y, f"{us(began)} - {us(began + timedelta(days=rng.randint(4, 9)))}", 10.5)
    y += 18
    p1.text(40, y, "Incapacity plus treatment: the condition requires follow-up visits or ongoing treatment.", 8.2)
    p1.box(460, y - 8, True, 8, "x", 0.12)
    p1.text(472, y, "Yes", 8.2)
    y += 22
    p1.text(40, y, "(2) Describe other relevant medical facts, if any (brief):", 8.2)
    y += 18
    for text in ("Cardiac event requiring hospitalization and a procedure.", "Cardiac rehabilitation 3x weekly;",
                 "not to return to work before cleared by cardiology."):
        p1.line(40, y + 2, 576, y + 2, 0.4, 0.5)
        pen.write(p1, 46, y, text, 10.5)
        y += 20
    y = 92
    p2.text(40, y, "PART B: AMOUNT OF LEAVE NEEDED", 8.6, "sans-b")
    y += 18
    p2.text(40, y, "(5) Due to the condition, the patient had or will have planned medical treatment appointments.",
            8.2)
    p2.box(480, y - 8, True, 8, "x", 0.12)
    p2.text(492, y, "Yes", 8.2)
    y += 18
    p2.text(40, y, "(6) Due to the condition, the patient is unable to work for a continuous period of time.", 8.2)
    p2.box(480, y - 8, True, 8, "x", 0.12)
    p2.text(492, y, "Yes", 8.2)
    y += 16
    p2.text(60, y, "Estimated beginning and ending dates for the period of incapacity:", 8.2)
    y += 16
    pen.write(p2, 80, y, f"from {us(began)}   to  approx. {us(began + timedelta(days=150))}", 10.5)
    p2.line(70, y + 2, 420, y + 2, 0.5)
    y += 30
    p2.rect(36, y - 12, 540, 16, stroke=None, fill=0.85)
    p2.text(42, y, "SIGNATURE", 8.6, "sans-b")
    y += 40
    p2.line(40, y, 330, y, 0.6)
    p2.signature(rng, 60, y - 2, 170, 20, gray=0.1)
    p2.text(40, y + 10, "Signature of Health Care Provider", 7.4, "sans", 0.35)
    p2.line(380, y, 560, y, 0.6)
    pen.write(p2, 390, y - 3, us(signed), 11)
    p2.text(380, y + 10, "Date", 7.4, "sans", 0.35)
    y += 40
    p2.wrap(40, y, "PAPERWORK REDUCTION ACT NOTICE AND PUBLIC BURDEN STATEMENT: If submitted, it is mandatory for "
            "employers to retain a copy of this disclosure in their records for three years. Persons are not required "
            "to respond to this collection of information unless it displays a currently valid OMB control number.",
            532, 7, "sans", 9, 0.3)
    return Doc("medical_statement", {"letter_date": signed}, [p1, p2])


def license_copy(holder: Person, home: Address, born: date, rng: random.Random) -> Doc:
    """A photocopy of the borrower's driver license, front and back on one page, as people send "for ID"."""
    s = Sheet()
    state = hb.STATES.get(home.state, home.state)
    for k, top in enumerate((120.0, 330.0)):
        s.rect(150, top, 312, 196, width=1.0, stroke=0.3, fill=0.86)
        if k == 0:
            s.text(160, top + 22, f"{state.upper()}", 13, "sans-b", 0.15)
            s.text(452, top + 22, "DRIVER LICENSE", 10, "sans-b", 0.15, "r")
            s.rect(162, top + 36, 92, 118, stroke=None, fill=0.55)
            s.circle(208, top + 76, 22, width=0.5, fill=0.35)
            s.rect(178, top + 104, 60, 50, stroke=None, fill=0.35)
            number = f"{rng.choice('ABDFHKMS')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
            rows = [("DL", number), ("EXP", f"{born.month:02d}/{born.day:02d}/{2030 + rng.randint(1, 6)}"),
                    ("LN", holder.last.upper()), ("FN", f"{holder.first} {holder.middle or ''}".upper().strip()),
                    ("", home.street.upper()), ("", home.last_line.upper()), ("DOB", us(born)),
                    ("SEX", rng.choice("MF")), ("HGT", f"5'-{rng.randint(2, 11):02d}\"")]
            y = top + 46
            for label, value in rows:
                if label:
                    s.text(266, y, label, 6.4, "sans-b", 0.3)
                s.text(290, y, value, 8.2, "sans", 0.1)
                y += 12.5
            s.signature(rng, 270, top + 184, 110, 12, gray=0.15)
        else:
            for n in range(36):
                x = 166 + 8 * n
                s.rect(x, top + 30, 3 + 2 * (n % 3), 70, stroke=None, fill=0.1)
            s.wrap(166, top + 130, "Class C. Restrictions: corrective lenses. Organ donor. If found, drop in any mail "
                   "box. Postage guaranteed.", 280, 7.4, "sans", 9.5, 0.2)
    return Doc("other", {}, [s])


def hospital_fax_cover(sender: str, to: str, to_fax: str, when: date, pages: int, note: str) -> Doc:
    s = Sheet()
    s.circle(58, 58, 16, width=1.4)
    s.rect(54, 46, 8, 24, stroke=None, fill=0.1)
    s.rect(46, 54, 24, 8, stroke=None, fill=0.1)
    s.text(84, 56, "St. Anselm Regional Medical Center", 14, "serif-b")
    s.text(84, 70, "Department of Care Management & Social Work  \u2022  Fax (555) 555-0142", 8, "sans", 0.3)
    s.text(306, 118, "FAX TRANSMITTAL", 18, "sans-b", align="c")
    y = 160
    for label, value in (("Date", us(when)), ("To", to), ("Fax", to_fax), ("From", sender),
                         ("Pages (incl. cover)", str(pages)), ("Re", "Patient's family - mortgage assistance")):
        s.text(70, y, label, 11, "sans-b")
        s.line(200, y + 3, 540, y + 3, 0.5)
        s.text(206, y, value, 11)
        y += 26
    s.rect(70, y + 8, 470, 110, width=0.7)
    s.text(78, y + 24, "Comments:", 10, "sans-b")
    s.wrap(78, y + 42, note, 450, 10.5, "sans", 14)
    s.rect(70, 640, 470, 70, width=1.2)
    s.wrap(80, 658, "CONFIDENTIALITY NOTICE: The documents accompanying this transmission may contain confidential "
           "health information that is legally privileged. If you are not the intended recipient, you are hereby "
           "notified that any disclosure, copying or distribution is strictly prohibited. If you received this fax "
           "in error, please notify the sender immediately.", 450, 8, "sans", 10.5, 0.15)
    return Doc("fax_cover", {}, [s], listed=False)


def web_obituary(deceased: Person, survivor: Person, city: str, born: date, died: date, services: date,
                 printed: tuple[date, str], rng: random.Random) -> Doc:
    """A funeral home's obituary page printed from the browser: the browser's lines, the home's menu, the portrait
    frame, the dates, the obituary text, service details and a few messages from the tribute wall."""
    s = Sheet()
    day, clock = printed
    slug = f"{deceased.first}-{deceased.last}".lower()
    s.text(24, 22, f"{day.month}/{day.day}/{day:%y}, {clock}", 7.5, "sans", 0.2)
    s.text(306, 22, f"Obituary of {deceased.first} {deceased.last} | Haverly-Birch Funeral Home", 7.5, "sans", 0.2,
           "c")
    s.text(24, 766, f"https://www.haverlybirch.example/obituaries/{slug}", 7.5, "sans", 0.2)
    s.text(588, 766, "1/1", 7.5, "sans", 0.2, "r")
    s.text(44, 58, "Haverly-Birch", 17, "serif-i")
    s.text(44, 70, "FUNERAL HOME & CREMATION SERVICE", 6.8, "sans", 0.35)
    x = 300
    for item in ("Obituaries", "Services", "Plan Ahead", "Grief Support", "Contact"):
        s.text(x, 62, item, 8.4, "sans", 0.2)
        x += hp.text_width(item, "sans", 8.4) + 18
    s.line(36, 80, 576, 80, 0.5, 0.7)
    s.rect(44, 100, 140, 170, width=0.8, fill=0.8)
    s.circle(114, 160, 34, width=0.5, fill=0.55)
    s.rect(74, 200, 80, 70, stroke=None, fill=0.55)
    s.text(204, 124, f"{deceased.first} {deceased.middle or ''} {deceased.last}".replace("  ", " "), 20, "serif")
    s.text(204, 146, f"{long_date(born)} {EN} {long_date(died)}", 10.5, "serif", 0.2)
    s.rect(204, 160, 120, 22, width=0.6, stroke=0.4)
    s.text(264, 175, "Share a memory", 8.4, "sans", 0.2, "c")
    s.rect(332, 160, 120, 22, width=0.6, stroke=0.4)
    s.text(392, 175, "Send flowers", 8.4, "sans", 0.2, "c")
    y = 300
    age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
    text = [f"{deceased.first} {deceased.last}, {age}, of {city}, passed away unexpectedly on {long_date(died)}. He "
            f"was born on {long_date(born)} and spent most of his working life as a lineman for the county electric "
            "cooperative, where he was known for showing up first after every storm.",
            f"He is survived by his wife of {rng.randint(18, 34)} years, {survivor.first}; their grandson, whom they "
            "were raising; two brothers; and many nieces and nephews. He loved fishing, high school football and "
            "grilling for anyone who stopped by.",
            f"A celebration of life will be held on {long_date(services)} at 11:00 a.m. at Haverly-Birch Funeral Home. "
            "In lieu of flowers, the family asks that donations be made to the Lineworkers' Family Fund."]
    for paragraph in text:
        y = s.wrap(44, y, paragraph, 524, 10, "serif", 14) + 8
    y += 6
    s.text(44, y, "Tribute Wall", 12, "serif-b")
    y += 8
    for who, words in (("Dale & Patty M.", f"We will miss {deceased.first}'s laugh at every game. Praying for you."),
                       ("Co-op Line Crew 4", "Forty years of storms and he never once complained. Rest easy, brother."),
                       ("R. Santiago", "So sorry for your loss. He helped me rebuild my fence and would not take "
                                       "a dime.")):
        s.rect(44, y + 6, 524, 40, width=0.4, stroke=0.6)
        s.text(54, y + 20, who, 8.6, "sans-b")
        s.text(54, y + 34, words, 8.6, "sans", 0.2)
        y += 48
    return Doc("obituary", {}, [s])


TRICOUNTY = ("Tri-County Public Employees' Retirement System", "Member Services  \u2022  PO Box 2290",
             "1-877-555-0157  \u2022  tcpers.example")


def cola_notice(survivor: Person, home: Address, when: date, old: Decimal, pct: str, member: Person,
                rng: random.Random) -> Doc:
    """A retirement system's January notice of the year's cost-of-living adjustment to a survivor annuity: the old and
    the new gross monthly amounts, what is withheld, when it is paid; taxable."""
    new = cents(old * (1 + Decimal(pct) / 100))
    s = Sheet()
    s.circle(62, 62, 20, width=1.2)
    s.text(62, 67, "TC", 13, "serif-b", align="c")
    s.text(92, 58, TRICOUNTY[0], 12.5, "serif-b")
    s.text(92, 71, f"{TRICOUNTY[1]}, {home.city}, {home.state}  \u2022  {TRICOUNTY[2]}", 8.4, "serif", 0.3)
    s.line(36, 86, 576, 86, 0.6)
    s.text(540, 112, long_date(when), 10, "serif", align="r")
    y = 112
    for line in (survivor.name, home.street, home.last_line):
        s.text(72, y, line, 10, "serif")
        y += 13
    y += 24
    s.text(72, y, f"Re: Survivor annuity of {member.name}  \u2022  Payee ID S-{rng.randint(200000, 899999)}", 10,
           "serif-b")
    y += 16
    s.text(72, y, f"Your {when.year} cost-of-living adjustment", 10, "serif-b")
    y += 24
    y = s.wrap(72, y, f"Each January the System adjusts benefits for the cost of living. The Board approved a "
               f"{pct}% adjustment for {when.year}. Your new monthly benefit is shown "
               "below and is paid on the first business day of each month, beginning with your January payment.", 468,
               10.5, "serif", 14.5) + 8
    tax = cents(new * Decimal("0.08"))
    rows = [["Gross monthly benefit before the adjustment", f"${money(old)}"],
            [f"Gross monthly benefit beginning January {when.year}", f"${money(new)}"],
            ["Federal income tax withheld (as you elected)", f"${money(tax)}"],
            ["Net monthly deposit", f"${money(new - tax)}"]]
    y = hn.table(s, 72, y, [("", 330, "l"), ("Amount", 138, "r")], rows, size=9.4, row_h=17, head_fill=0.88,
                 bold=[1]) + 16
    for paragraph in ("This survivor annuity is taxable income. We will send you Form 1099-R by January 31 for the "
                      "payments you received last year.",
                      "If you move or change banks, tell Member Services in writing. Please keep this notice; it is "
                      "the only notice of your benefit amount you will receive this year."):
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 14.5) + 8
    s.text(72, y + 18, "Member Services", 10.5, "serif-i")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": new,
                                        "benefit_type": "benefits_taxable"}, [s])


def marlowe_letter(app: GApplication, when: date, rng: random.Random) -> Doc:
    """Marlowe Ridge's own letter that came with the application (an "other" paper the borrower sends back)."""
    s = Sheet()
    mr_header(s, 1)
    s.ops = [op for op in s.ops if not (op[0] == "text" and op[3].startswith(("MORTGAGE ASSISTANCE", "Form MRMS")))]
    y = 110
    s.text(540, y, long_date(when), 10, "serif", align="r")
    for line in (app.borrower.name.upper(), app.address.street.upper(), app.address.last_line.upper()):
        s.text(72, y, line, 10, "sans")
        y += 13
    y += 24
    s.text(72, y, f"Loan number: {app.loan}", 10, "serif-b")
    y += 14
    s.text(72, y, f"Property: {app.address.one_line}", 10, "serif")
    y += 26
    paragraphs = [f"Dear {app.borrower.first} {app.borrower.last}:",
                  "We were sorry to learn of your loss. When a household's income changes, options may be available "
                  "to help you keep your home, such as a repayment plan, a forbearance or a loan modification.",
                  "To be considered, please complete the enclosed Mortgage Assistance Application (Form MRMS-4) and "
                  "return it with the documents listed on its page 3. Use the enclosed barcode cover sheet if you "
                  "fax. We will let you know within five business days of receiving it whether anything is missing.",
                  "Your loan is currently due for the payments shown on your monthly statement. Contact us at (800) "
                  "555-0192, Monday through Friday, 8 a.m. to 8 p.m. Eastern, if you have questions.",
                  "Sincerely,", "Homeowner Assistance Department"]
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 14.5) + 8
    s.wrap(72, 700, "This communication is from a debt collector attempting to collect a debt; any information "
           "obtained will be used for that purpose. If you are in bankruptcy or have received a discharge of this "
           "debt, this letter is for information only.", 468, 7.6, "serif-i", 10, 0.3)
    return Doc("other", {}, [s])


# --- bank statements -------------------------------------------------------------------------------------------------

CONFLUENCE = "Confluence Federal Credit Union"


@dataclass
class SubAccounts:
    """The rest of a credit union member's accounts on the same statement, carried month to month."""

    savings: Decimal
    club: Decimal
    money_market: Decimal
    auto_owed: Decimal
    auto_payment: Decimal
    visa_owed: Decimal


def statement_confluence(st: Statement, member4: str, subs: SubAccounts, month_index: int) -> list[Sheet]:
    """A credit union's combined member statement: a summary of SIX sub-accounts by suffix (share savings, a holiday
    club, the share draft checking where the income lands, a money market, an auto loan, the Visa card), then each
    suffix in turn with its own previous and new balance; the loans with payment due; year-to-date dividends and
    interest at the end."""
    pages = [Sheet(), Sheet()]
    for n, s in enumerate(pages, 1):
        s.path([(40, 70), (56, 44), (64, 58), (72, 44), (88, 70)], 1.8, 0.25)
        s.text(98, 56, CONFLUENCE, 13.5, "sans-b")
        s.text(98, 68, "Federally insured by NCUA  \u2022  Where the rivers meet  \u2022  confluencefcu.example", 7,
               "sans", 0.35)
        s.text(576, 52, "MEMBER STATEMENT", 10, "sans-b", align="r")
        s.text(576, 64, f"Page {n} of 2", 7.6, "sans", 0.35, "r")
        s.line(36, 76, 576, 76, 0.8)
    p1, p2 = pages
    y = 98
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(54, y, line, 9.4)
        y += 11.5
    p1.rect(360, 86, 216, 52, width=0.6)
    for k, (label, value) in enumerate((("Member number", f"******{member4}"),
                                        ("Statement period", f"{us(st.start)} - {us(st.end)}"),
                                        ("Member service", "(555) 555-0177  24/7"))):
        p1.text(368, 100 + 14 * k, label, 7, "sans", 0.35)
        p1.text(568, 100 + 14 * k, value, 8.2, "sans-b" if k < 2 else "sans", align="r")
    dividend_s = cents(subs.savings * Decimal("0.0015") / 12)
    dividend_mm = cents(subs.money_market * Decimal("0.0125") / 12)
    interest = cents(subs.auto_owed * Decimal("0.0649") / 12)
    principal = subs.auto_payment - interest
    club_in = Decimal("40.00")
    summary = [("S00", "Primary Share Savings", subs.savings, subs.savings + dividend_s),
               ("S05", "Holiday Club", subs.club, subs.club + club_in),
               ("S10", f"Share Draft Checking  ****{st.last4}", st.begin, st.ending),
               ("S70", "Money Market Share", subs.money_market, subs.money_market + dividend_mm),
               ("L01", "Auto Loan  (payment due " + f"{hp.add_months(st.start, 1):%m}/15)", subs.auto_owed,
                subs.auto_owed - principal),
               ("L60", "Visa Platinum  (see separate card statement)", subs.visa_owed, subs.visa_owed)]
    y = 156
    p1.text(36, y, "ACCOUNT SUMMARY", 9.5, "sans-b")
    hn.table(p1, 36, y + 5, [("Suffix", 44, "l"), ("Account", 276, "l"), ("Previous balance", 110, "r"),
                             ("New balance", 110, "r")],
             [[a, b, money(c), money(d)] for a, b, c, d in summary], size=7.8, row_h=13.5, head_fill=0.82)
    y += 5 + 14.5 + 13.5 * len(summary) + 18

    def head(s: Sheet, y: float, title: str) -> float:
        s.rect(36, y, 540, 14, stroke=None, fill=0.88)
        s.text(42, y + 10, title, 8.2, "sans-b")
        return y + 26

    y = head(p1, y, f"S00  PRIMARY SHARE SAVINGS   Previous balance {money(subs.savings)}")
    for d, desc, value in ((st.end, f"DIVIDEND  APY 0.15%  {money(dividend_s)}", subs.savings + dividend_s),):
        p1.text(44, y, f"{d:%m/%d}", 8)
        p1.text(90, y, desc, 8)
        p1.text(568, y, f"New balance {money(value)}", 8, align="r")
    y = head(p1, y + 12, f"S05  HOLIDAY CLUB   Previous balance {money(subs.club)}")
    p1.text(44, y, f"{st.start + timedelta(days=14):%m/%d}", 8)
    p1.text(90, y, f"TRANSFER FROM S10  {money(club_in)}", 8)
    p1.text(568, y, f"New balance {money(subs.club + club_in)}", 8, align="r")
    y = head(p1, y + 12, f"S10  SHARE DRAFT CHECKING  ACCOUNT ****{st.last4}")
    rows = [[f"{st.start:%m/%d}", "PREVIOUS BALANCE", "", "", money(st.begin)]]
    rows += [[f"{d:%m/%d}", desc, money(-a) if a < 0 else "", money(a) if a > 0 else "", money(b)]
             for d, desc, a, b in st.rows]
    rows.append([f"{st.end:%m/%d}", "NEW BALANCE", "", "", money(st.ending)])
    cols = [("Date", 40, "l"), ("Transaction", 270, "l"), ("Withdrawal", 76, "r"), ("Deposit", 76, "r"),
            ("Balance", 78, "r")]
    room = int((730 - y) // 12)
    hn.table(p1, 36, y - 10, cols, rows[:room], size=7.4, row_h=12, head_fill=0.93, bold=[0])
    y = 96.0
    if rows[room:]:
        p2.text(36, y, f"S10  SHARE DRAFT CHECKING  ACCOUNT ****{st.last4}  (continued)", 8.2, "sans-b")
        y = hn.table(p2, 36, y + 6, cols, rows[room:], size=7.4, row_h=12, head_fill=0.93,
                     bold=[len(rows[room:]) - 1]) + 16
    y = head(p2, y, f"S70  MONEY MARKET SHARE   Previous balance {money(subs.money_market)}")
    p2.text(44, y, f"{st.end:%m/%d}", 8)
    p2.text(90, y, f"DIVIDEND  APY 1.25%  {money(dividend_mm)}", 8)
    p2.text(568, y, f"New balance {money(subs.money_market + dividend_mm)}", 8, align="r")
    y = head(p2, y + 12, "L01  AUTO LOAN   6.49% APR")
    hn.table(p2, 36, y - 10, [("Date", 50, "l"), ("Transaction", 190, "l"), ("Principal", 90, "r"),
                              ("Interest", 90, "r"), ("Balance owed", 120, "r")],
             [[f"{st.start + timedelta(days=14):%m/%d}", "PAYMENT  TRANSFER FROM S10", money(principal),
               money(interest), money(subs.auto_owed - principal)]], size=7.6, row_h=12.5, head_fill=0.93)
    y += 30
    p2.text(44, y, f"Next payment {money(subs.auto_payment)} due {hp.add_months(st.start, 1):%m}/15/"
            f"{hp.add_months(st.start, 1):%Y}", 8)
    y += 26
    p2.text(36, y, "YEAR-TO-DATE TOTALS", 9, "sans-b")
    for k, (label, value) in enumerate((("Dividends paid, all shares", (dividend_s + dividend_mm) * month_index),
                                        ("Loan interest paid", interest * month_index))):
        p2.text(44, y + 14 + 12 * k, label, 8)
        p2.text(300, y + 14 + 12 * k, money(value), 8, align="r")
    p2.wrap(36, y + 56, "Errors or questions about electronic transfers: call or write us as soon as you can, and no "
            "later than 60 days after we sent the FIRST statement on which the error appeared. Skip-A-Pay is "
            "available twice a year on consumer loans in good standing.", 540, 7.6, "sans", 10, 0.3)
    return pages


CREST = "Commonwealth Crest Bank, N.A."


def statement_crest(st: Statement, savings4: str, savings: Decimal, transfer: Decimal) -> list[Sheet]:
    """A big bank's combined statement of a checking and a savings account on four pages: page 1 only the address,
    the period and notices (the summary "begins on page 2"), page 2 the consolidated balances and the checking summary
    with its transactions, page 3 the savings, page 4 "This Page Intentionally Left Blank"."""
    pages = [Sheet() for _ in range(4)]
    stamp = f"{st.end:%y%m%d}  0{st.last4}  {st.end:%j}  A {DOT}"
    for n, s in enumerate(pages, 1):
        s.rect(36, 38, 20, 20, stroke=None, fill=0.15)
        s.rect(41, 43, 10, 10, stroke=None, fill=1.0)
        s.text(64, 54, "COMMONWEALTH CREST", 13, "sans-b")
        s.text(576, 46, f"{long_date(st.start)} through {long_date(st.end)}", 8.4, align="r")
        s.text(576, 58, f"Primary Account:  0000{st.last4[:1]}XXXXX{st.last4}", 8.4, align="r")
        s.text(36, 770, stamp, 6.6, "mono", 0.4)
        s.text(306, 758, f"{CREST}  {DOT}  Member FDIC  {DOT}  Equal Housing Lender", 6.8, "sans", 0.35, "c")
        s.text(576, 770, f"Page {n} of 4", 7.6, "sans", 0.3, "r")
    p1, p2, p3, p4 = pages
    bars = random.Random(st.last4 + st.holder.name)
    for k in range(65):
        h = bars.choice([4, 7, 7, 10])
        p1.rect(72 + 3.2 * k, 104 + (10 - h) / 2 * (bars.random() < 0.5), 1.4, h, stroke=None, fill=0.0)
    y = 130
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(72, y, line, 9.6)
        y += 12
    p1.rect(350, 96, 226, 92, width=0.6)
    p1.text(360, 110, "CUSTOMER SERVICE INFORMATION", 7.6, "sans-b")
    for k, (label, value) in enumerate((("Web site:", "commonwealthcrest.example"),
                                        ("Service Center:", "1-800-555-0161"), ("Para Espanol:", "1-888-555-0162"),
                                        ("International Calls:", "1-713-555-0163"),
                                        ("We accept operator relay calls", ""))):
        p1.text(360, 126 + 12 * k, label, 7.6)
        p1.text(568, 126 + 12 * k, value, 7.6, align="r")
    y = 220
    p1.rect(36, y, 540, 18, stroke=None, fill=0.15)
    p1.text(44, y + 13, "IMPORTANT UPDATES TO YOUR DEPOSIT ACCOUNT AGREEMENT", 9, "sans-b", 1.0)
    y += 34
    for paragraph in ("Beginning next month we are updating our Deposit Account Agreement. The changes include how we "
                      "process transactions each business day, the cut-off time for mobile deposits (now 10:00 p.m. "
                      "Eastern) and the removal of the returned deposited item fee. You do not need to do anything; "
                      "the updated agreement is available at any branch and on our web site.",
                      "Overdraft protection: you can link your savings account to your checking account to cover "
                      "overdrafts. Transfers from savings are free. Call the Service Center or visit a branch.",
                      "Protect yourself from scams: we will never call, text or e-mail you to ask for your password or "
                      "a one-time code. If someone contacts you claiming to be us, hang up and call the number on the "
                      "back of your card."):
        y = p1.wrap(44, y, paragraph, 524, 9, "sans", 12.5) + 10
    p1.rect(36, y + 10, 540, 30, width=0.5, fill=0.95)
    p1.text(306, y + 29, "Your account summary begins on page 2.", 10, "sans-b", align="c")
    y = 90
    p2.text(36, y, "CONSOLIDATED BALANCE SUMMARY", 10.5, "sans-b")
    save_end = savings + transfer + cents(savings * Decimal("0.0001"))
    y = hn.table(p2, 36, y + 6, [("ACCOUNT", 200, "l"), ("ACCOUNT NUMBER", 130, "l"), ("BEGINNING BALANCE", 105, "r"),
                                 ("ENDING BALANCE", 105, "r")],
                 [["Crest Everyday Checking", f"...{st.last4}", f"${money(st.begin)}", f"${money(st.ending)}"],
                  ["Crest Savings", f"...{savings4}", f"${money(savings)}", f"${money(save_end)}"],
                  ["Total", "", f"${money(st.begin + savings)}", f"${money(st.ending + save_end)}"]], size=8,
                 row_h=14, head_fill=0.85, bold=[2]) + 20
    p2.rect(36, y, 540, 16, stroke=None, fill=0.15)
    p2.text(44, y + 12, f"CHECKING SUMMARY   Crest Everyday Checking   Account ...{st.last4}", 8.8, "sans-b", 1.0)
    y += 42
    deposits = [a for _, _, a, _ in st.rows if a > 0]
    withdrawals = [a for _, _, a, _ in st.rows if a < 0]
    for k, (label, count, amount) in enumerate((("Beginning Balance", "", st.begin),
                                                ("Deposits and Additions", str(len(deposits)), st.deposits),
                                                ("Withdrawals and Debits", str(len(withdrawals)), -st.debits),
                                                ("Fees", "0", ZERO), ("Ending Balance", str(len(st.rows)), st.ending))):
        bold = k in (0, 4)
        p2.text(44, y + 12 * k, label, 8.6, "sans-b" if bold else "sans")
        p2.text(330, y + 12 * k, count, 8.6, align="r")
        p2.text(470, y + 12 * k, f"{'-' if amount < 0 else ''}${money(abs(amount))}", 8.6,
                "sans-b" if bold else "sans", align="r")
    p2.text(330, y - 10, "INSTANCES", 6.8, "sans-b", 0.4, "r")
    p2.text(470, y - 10, "AMOUNT", 6.8, "sans-b", 0.4, "r")
    y += 72
    p2.text(36, y, "TRANSACTION DETAIL", 9.5, "sans-b")
    rows = [["", "Beginning Balance", "", f"${money(st.begin)}"]]
    rows += [[f"{d:%m/%d}", desc, f"{'-' if a < 0 else ''}{money(abs(a))}", money(b)] for d, desc, a, b in st.rows]
    rows.append(["", "Ending Balance", "", f"${money(st.ending)}"])
    cols = [("DATE", 44, "l"), ("DESCRIPTION", 316, "l"), ("AMOUNT", 85, "r"), ("BALANCE", 95, "r")]
    room = int((745 - y) // 12.5) - 1
    hn.table(p2, 36, y + 5, cols, rows[:room], size=7.6, row_h=12.5, head_fill=None)
    y = 90.0
    if rows[room:]:
        p3.text(36, y, f"TRANSACTION DETAIL  (continued)   Account ...{st.last4}", 9.5, "sans-b")
        y = hn.table(p3, 36, y + 5, cols, rows[room:], size=7.6, row_h=12.5, head_fill=None) + 22
    p3.rect(36, y, 540, 16, stroke=None, fill=0.15)
    p3.text(44, y + 12, f"SAVINGS SUMMARY   Crest Savings   Account ...{savings4}", 8.8, "sans-b", 1.0)
    y += 24
    interest = save_end - savings - transfer
    hn.table(p3, 36, y, [("DATE", 44, "l"), ("DESCRIPTION", 316, "l"), ("AMOUNT", 85, "r"), ("BALANCE", 95, "r")],
             [["", "Beginning Balance", "", f"${money(savings)}"],
              [f"{st.start + timedelta(days=2):%m/%d}", f"Online Transfer From Chk ...{st.last4}", money(transfer),
               money(savings + transfer)],
              [f"{st.end:%m/%d}", "Interest Payment", money(interest), money(save_end)],
              ["", "Ending Balance", "", f"${money(save_end)}"]], size=7.6, row_h=12.5, head_fill=None)
    p3.text(36, y + 70, f"Annual Percentage Yield Earned this period: 0.01%   Interest paid this year: "
            f"${money(interest * st.end.month)}", 8, "sans", 0.3)
    p4.text(306, 396, "This Page Intentionally Left Blank", 11, "sans-i", 0.3, "c")
    return pages


# --- other papers ----------------------------------------------------------------------------------------------------

def pnl_report(owner: Person, business: str, start: date, end: date, revenue: list[tuple[str, Decimal]],
               expenses: list[tuple[str, Decimal]], run_at: tuple[date, str]) -> Doc:
    """A bookkeeping app's "Profit and Loss" report for the year to date, printed as the app prints it: company and
    basis centred at the top, Ordinary Income/Expense indented, totals under rules, the run date at the foot. No
    signature: the app prints none and nobody signed it."""
    s = Sheet()
    day, clock = run_at
    s.text(306, 60, business, 12, "sans-b", align="c")
    s.text(306, 76, "Profit and Loss", 14, "sans-b", align="c")
    s.text(306, 90, f"{long_date(start)} through {long_date(end)}", 9.5, "sans", 0.2, "c")
    s.text(306, 103, "Cash Basis", 8, "sans-i", 0.35, "c")
    s.text(540, 124, f"{start:%b} 1 - {end:%b} {end.day}, {end.year}", 8.4, "sans-b", align="r")
    s.line(72, 128, 540, 128, 0.8)
    y = 144

    def row(label: str, value: Decimal | None, indent: int, bold: bool = False, rule: bool = False) -> None:
        nonlocal y
        if rule:
            s.line(440, y - 10, 540, y - 10, 0.5)
        s.text(72 + 14 * indent, y, label, 8.8, "sans-b" if bold else "sans")
        if value is not None:
            s.text(540, y, money(value), 8.8, "sans-b" if bold else "sans", align="r")
        y += 14

    row("Ordinary Income/Expense", None, 0, True)
    row("Income", None, 1, True)
    for label, value in revenue:
        row(label, value, 2)
    income = total([v for _, v in revenue])
    row("Total Income", income, 1, True, True)
    y += 4
    row("Expense", None, 1, True)
    for label, value in expenses:
        row(label, value, 2)
    spent = total([v for _, v in expenses])
    row("Total Expense", spent, 1, True, True)
    y += 4
    row("Net Ordinary Income", income - spent, 0, True, True)
    s.line(440, y - 8, 540, y - 8, 0.5)
    s.line(440, y - 6, 540, y - 6, 0.5)
    row("Net Income", income - spent, 0, True)
    s.text(72, 760, f"{clock}", 7.4, "sans", 0.3)
    s.text(72, 769, f"{day:%m/%d/%y}", 7.4, "sans", 0.3)
    s.text(306, 769, "Page 1 of 1", 7.4, "sans", 0.3, "c")
    return Doc("profit_and_loss_statement", {"period_start": start, "period_end": end, "net_income": income - spent,
                                             "signed": False}, [s])


def form_1099k(payee: Person, ssn4: str, business: str, home: Address, year: int, monthly: Sequence[Decimal],
               rng: random.Random) -> Doc:
    """A payment processor's Form 1099-K for the year before: gross card payments by month (an "other" paper)."""
    s = Sheet()
    s.text(306, 48, f"Form 1099-K  {DOT}  Payment Card and Third Party Network Transactions  {DOT}  {year}", 9.5,
           "sans-b", align="c")
    s.text(306, 60, "Copy B  -  For Payee.  This is important tax information and is being furnished to the IRS.", 7.6,
           "sans", 0.3, "c")
    s.rect(40, 72, 270, 70, width=0.6)
    s.text(44, 81, "FILER'S name, street address, city or town, state, ZIP", 6, "sans", 0.35)
    for k, line in enumerate(("Squarepoint Payments, LLC", "1455 Market Street, Suite 600",
                              "San Francisco, CA 94103")):
        s.text(48, 96 + 12 * k, line, 8.6)
    s.rect(40, 142, 270, 60, width=0.6)
    s.text(44, 151, "PAYEE'S name, street address, city or town, state, ZIP", 6, "sans", 0.35)
    for k, line in enumerate((f"{payee.name} DBA {business}", home.street, home.last_line)):
        s.text(48, 166 + 12 * k, line, 8.6)
    s.rect(40, 202, 135, 26, width=0.6)
    s.text(44, 210, "PAYEE'S TIN", 6, "sans", 0.35)
    s.text(48, 222, f"XXX-XX-{ssn4}", 8.6)
    s.rect(175, 202, 135, 26, width=0.6)
    s.text(179, 210, "Number of payment transactions", 6, "sans", 0.35)
    s.text(183, 222, str(rng.randint(900, 1600)), 8.6)
    gross = total(list(monthly))
    boxes = [("1a Gross amount of payment card/third party network transactions", f"${money(gross)}"),
             ("1b Card not present transactions", f"${money(cents(gross * Decimal('0.07')))}"),
             ("2 Merchant category code", "7538"), ("4 Federal income tax withheld", "$0.00")]
    for k, (label, value) in enumerate(boxes):
        s.rect(310, 72 + 39 * k, 262, 39, width=0.6)
        s.text(314, 81 + 39 * k, label, 6, "sans", 0.35)
        s.text(318, 101 + 39 * k, value, 9.5)
    for k, value in enumerate(monthly):
        x, y = 40 + 88.67 * (k % 6), 244 + 30 * (k // 6)
        s.rect(x, y, 88.67, 30, width=0.6)
        s.text(x + 4, y + 9, f"5{'abcdefghijkl'[k]} {calendar.month_name[k + 1]}", 6, "sans", 0.35)
        s.text(x + 6, y + 24, f"${money(value)}", 8.4)
    s.wrap(40, 324, "This information is being furnished to the IRS. Gross amounts do not include adjustments for "
           "credits, discounts, fees, refunds or other amounts. Keep for your records.", 532, 7, "sans", 9, 0.3)
    return Doc("other", {}, [s])


def typed_letter(app: GApplication, when: date, to: Sequence[str], paragraphs: Sequence[str],
                 rng: random.Random) -> Doc:
    """A hardship letter typed in a word processor with a return-address block, a subject line in bold and an ink
    signature over the typed name."""
    s = Sheet()
    y = 84
    for line in (app.borrower.name, app.address.street, app.address.last_line, app.phone):
        s.text(72, y, line, 10.5, "serif")
        y += 13.5
    y += 14
    s.text(72, y, long_date(when), 10.5, "serif")
    y += 30
    for line in to:
        s.text(72, y, line, 10.5, "serif")
        y += 13.5
    y += 14
    s.text(72, y, f"RE: Request for mortgage assistance  -  Loan No. {app.loan}", 10.5, "serif-b")
    y += 26
    s.text(72, y, "To Whom It May Concern:", 10.5, "serif")
    y += 22
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 14.6) + 10
    s.text(72, y + 4, "Respectfully,", 10.5, "serif")
    s.signature(rng, 84, y + 38, 170, 22, gray=0.15)
    s.text(72, y + 54, app.borrower.name, 10.5, "serif")
    return Doc("hardship_letter", {"letter_date": when}, [s])


def care_invoice(resident: Person, payer: Person, home: Address, when: date, rng: random.Random) -> Doc:
    """An assisted living community's monthly statement to the family member who pays it (an "other" paper)."""
    s = Sheet()
    s.text(72, 60, "Ivy Terrace Assisted Living", 15, "serif-b")
    s.text(72, 74, f"Business Office  \u2022  {rng.randint(100, 999)} Terrace Loop, {home.city}, {home.state}  \u2022  "
           "(555) 555-0188", 8.4, "serif", 0.3)
    s.text(540, 60, "STATEMENT", 13, "sans-b", align="r")
    s.text(540, 74, f"Statement date {us(when)}", 8.4, "sans", 0.3, "r")
    y = 118
    s.text(72, y, "Bill to:", 8.4, "sans-b", 0.35)
    for k, line in enumerate((payer.name, home.street, home.last_line)):
        s.text(72, y + 14 + 12 * k, line, 9.6)
    s.text(340, y, "Resident:", 8.4, "sans-b", 0.35)
    s.text(340, y + 14, resident.name, 9.6)
    s.text(340, y + 26, f"Apartment {rng.randint(101, 240)}  \u2022  Level of care 2", 9.6)
    month = hp.add_months(when, 1)
    rent = Decimal(rng.randrange(4200, 5600)) + Decimal("0.00")
    care = Decimal(rng.choice([650, 900, 1150]))
    meds = Decimal(rng.choice(["275.00", "325.00"]))
    previous = rent + care + meds
    rows = [[us(when.replace(day=1)), "Previous balance", "", money(previous)],
            [us(when.replace(day=3)), "Payment received - thank you", f"-{money(previous)}", "0.00"],
            [us(month), f"Monthly rent, {month:%B %Y}", money(rent), money(rent)],
            [us(month), "Care level 2 services", money(care), money(rent + care)],
            [us(month), "Medication management", money(meds), money(rent + care + meds)]]
    y = hn.table(s, 72, y + 70, [("Date", 70, "l"), ("Description", 228, "l"), ("Amount", 80, "r"),
                                 ("Balance", 90, "r")], rows, size=8.6, row_h=16, head_fill=0.85) + 20
    s.rect(340, y, 200, 30, width=1.0, fill=0.92)
    s.text(348, y + 19, "AMOUNT DUE", 9, "sans-b")
    s.text(532, y + 19, f"${money(rent + care + meds)}", 11, "sans-b", align="r")
    s.text(72, y + 19, f"Due by {us(month.replace(day=5))}", 9)
    s.wrap(72, y + 60, "Payments received after the 5th are subject to a late fee of $50. Long-term care insurance "
           "claims are the responsibility of the resident's family. Thank you for trusting us with your loved one.",
           468, 8.4, "serif-i", 11, 0.3)
    return Doc("other", {}, [s])


# --- a copier's searchable PDF whose OCR layer has the errors OCR makes ----------------------------------------------

CONFUSIONS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("l", "1"), ("1", "l"), ("0", "O"), ("O", "0"),
              ("5", "S"), ("S", "5"), ("8", "B"), ("B", "8"), ("e", "c"), ("h", "b"), ("i", "l"), ("I", "l"),
              ("u", "v"), (",", "."), (".", ","), ("g", "q"), ("6", "b"), ("a", "o"), ("t", "f"), ("2", "Z"),
              ("/", "l"), ("$", "S"), ("-", "")]
Word = tuple[float, float, float, float, str]  # x, baseline (from the top), width, size, text


def garble(word: str, rng: random.Random, rate: float) -> str:
    """One of the confusions an OCR engine makes on a 300 dpi copier scan, in about `rate` of the words."""
    if rng.random() >= rate:
        return word
    options = [(a, b) for a, b in CONFUSIONS if a in word]
    if not options:
        return word
    a, b = rng.choice(options)
    at = rng.choice([m.start() for m in re.finditer(re.escape(a), word)])
    return word[:at] + b + word[at + len(a):]


def sheet_words(sheet: Sheet) -> list[Word]:
    """The printed words of a drawn page where they lie (the handwriting left out: OCR does not read it)."""
    out = []
    for op in [*sheet.ops, ("text", hp.PAGE_W - 30, hp.PAGE_H - 14, hp.FOOTER, 5.5, "sans", 0.62, "r")]:
        if op[0] != "text" or op[5].startswith("pen") or op[5] == "glyph":
            continue
        _, x, y, text, size, font, _, align = op
        width = hp.text_width(text, font, size)
        x = x - width if align == "r" else x - width / 2 if align == "c" else x
        for m in re.finditer(r"\S+", text):
            left = x + hp.text_width(text[:m.start()], font, size)
            out.append((left, y, hp.text_width(m.group(), font, size), size, m.group()))
    return out


Char = tuple[str, tuple[float, float, float, float], float, float]  # char, box, baseline, font size


def _word(chars: list[Char], height: float) -> Word:
    left = min(b[0] for _, b, _, _ in chars)
    right = max(b[2] for _, b, _, _ in chars)
    return left, height - chars[0][2], right - left, chars[0][3], "".join(c for c, _, _, _ in chars)


def pdf_words(data: bytes) -> list[list[Word]]:
    """The words of a born-digital PDF's pages with their boxes, as the OCR finds them on its printed image."""
    document = pypdfium2.PdfDocument(data)
    pages = []
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for page in document:
        height = page.get_height()
        text = page.get_textpage()
        words: list[Word] = []
        current: list[Char] = []
        for i in range(text.count_chars()):
            ch = text.get_text_range(i, 1)
            if not ch.strip():
                if current:
                    words.append(_word(current, height))
                    current = []
                continue
            box = text.get_charbox(i)
            pypdfium2.raw.FPDFText_GetCharOrigin(text.raw, i, ctypes.byref(ox), ctypes.byref(oy))
            size = max(4.0, float(pypdfium2.raw.FPDFText_GetFontSize(text.raw, i)))
            if current and (abs(oy.value - current[-1][2]) > 0.3 * size or box[0] - current[-1][1][2] > 1.0 * size):
                words.append(_word(current, height))
                current = []
            current.append((ch, box, oy.value, size))
        if current:
            words.append(_word(current, height))
        text.close()
        pages.append(words)
    document.close()
    return pages


def ocr_layer(data: bytes, pages: Sequence[list[Word]], rate: float, seed: int) -> bytes:
    """Invisible text under each page image, word by word where the print lies, some words read wrong and, now and
    then, two words run together."""
    rng = random.Random(seed)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page, words in zip(writer.pages, pages, strict=True):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=(w, h))
        font = hp._rl_font("sans")
        rows: list[list[Word]] = []
        for word in sorted(words, key=lambda wd: (round(wd[1]), wd[0])):
            if rows and abs(rows[-1][0][1] - word[1]) < 1.5:
                rows[-1].append(word)
            else:
                rows.append([word])
        for row in rows:
            row.sort(key=lambda wd: wd[0])
            line = pdf.beginText()
            line.setTextRenderMode(3)
            k = 0
            while k < len(row):
                x, base, width, size, text = row[k]
                if k + 1 < len(row) and rng.random() < 0.012:  # two words read as one
                    nx, _, nwidth, _, ntext = row[k + 1]
                    text, width = text + ntext, nx + nwidth - x
                    k += 1
                k += 1
                text = garble(text, rng, rate)
                if not text:
                    continue
                natural = hp.text_width(text, "sans", size)
                line.setFont(font, size)
                line.setHorizScale(max(20.0, min(300.0, 100 * width / natural)) if natural else 100)
                line.setTextOrigin(x, h - base)
                line.textOut(text + " ")
            pdf.drawText(line)
        pdf.showPage()
        pdf.save()
        page.merge_page(PdfReader(buf).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class SFile(ho.OFile):
    """A file as dropped in the inbox; `ocr` > 0 makes it a copier's searchable PDF whose invisible OCR layer reads
    about that share of the words wrong."""

    ocr: float = 0.0


def doc_words(doc: Doc) -> list[list[Word]]:
    order = doc.delivered_order or list(range(doc.page_count))
    words = pdf_words(doc.pdf) if doc.pdf is not None else [sheet_words(s) for s in doc.sheets]
    return [words[own] for own in order]


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_q's writer (and through it o's standard-mode faxes, n's, m's, l's, j's, i's and f's), then the
    OCR layer of the searchable copier scans, whose documents then carry a text layer (not "scanned")."""
    expected = hq.write_packet(packet, root)
    layered: set[int] = set()
    for n, file in enumerate(packet.files):
        if not (isinstance(file, SFile) and file.ocr):
            continue
        path = root / packet.name / "inbox" / file.name
        stat = path.stat()
        pages = [words for doc in file.parts for words in doc_words(doc)]
        path.write_bytes(ocr_layer(path.read_bytes(), pages, file.ocr, int(packet.loan) % 100000 + n))
        os.utime(path, (stat.st_atime, stat.st_mtime))
        layered |= {id(doc) for doc in file.parts}
    if layered:
        for doc, want in zip(packet.docs, expected["documents"], strict=True):
            if id(doc) in layered:
                want["scanned"] = False
        (root / packet.name / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_r's self-check (q's, p's, o's, n's, m's, j's), with an income line the borrower wrote PER YEAR
    counted as printed when its yearly amount (twelve times the monthly one the report must give) is on the form."""
    app = packet.app
    per_year = set(app.facts.get("per_year", "").split()) if app is not None else set()
    text = ""
    if app is not None:
        text = hc._text(next(d for d in packet.docs if d.type == "mortgage_assistance_application"))
    kept = []
    for problem in hr.check(packet, expected):
        found = re.fullmatch(r"application value '([\d,.]+)' not printed", problem)
        yearly = [money(a * 12) for c, a, w in (app.income_lines if app else []) if f"{c}|{w}" in per_year and found
                  and money(a) == found.group(1)]
        if yearly and all(hc._printed(y, text) for y in yearly):
            continue
        kept.append(problem)
    return kept


# --- packets ---------------------------------------------------------------------------------------------------------

BELLMONT = ("Bellmont Loan Servicing", "lossmit.intake@bellmontloans.example", "(877) 555-0119")


def received_on(rng: random.Random) -> date:
    """A weekday between early June and the end of August 2030."""
    return hp.weekday_on_or_before(date(2030, 6, 3) + timedelta(days=rng.randint(0, 86)))


def _mean(values: Sequence[Decimal]) -> Decimal:
    return total(list(values)) / len(values)


def _clock(rng: random.Random, low: int = 7, high: int = 22) -> str:
    hour = rng.randint(low, high)
    return f"{(hour - 1) % 12 + 1}:{rng.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'}"


def packet_form710_phone_fill_loose(seed: int) -> Packet:
    """The real Form 710 filled on a phone with a fill-and-sign app by a casino dealer and his wife (answers as loose
    text boxes, ticks, fingertip signatures, saved flattened); his two bi-weekly casino statements with the tip pool in
    the gross, her weekly pharmacy pay statement printed from the HR portal in a browser, and the e-mail that carried
    them printed by the servicer's intake clerk; loose born-digital files under the names they were sent with.
    Complete."""
    rng = random.Random(seed * 9209 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Rafferty", "J.", "Blaylock")
    co = Person("Ines", "M.", "Blaylock")
    home = hp.address(rng)
    pays = casino_run(borrower, home, received, 2, rng)
    office = Address(f"{rng.randint(100, 4000)} Apothecary Row", home.city, home.state, home.zip)
    spec = [*taxes(home.state, "0.069"), ("pre", "Medical - Employee Only", "fixed", Decimal("38.12")),
            ("pre", "401(k) 4%", "rate", Decimal("0.04")), ("post", "Employee Stock Purchase", "fixed",
                                                            Decimal("10.00"))]
    thursday = hp._friday_on_or_before(received - timedelta(days=rng.randint(3, 8))) - timedelta(days=1)
    pharmacy = pay_run(f"halsey|{co.name}", HALSEY, office, co, home, "weekly", thursday, 5, 1,
                       pharmacy_lines(Decimal(rng.randrange(1880, 2360)) / 100), spec)[0]
    wages = cents(_mean([p.stub.gross for p in pays]) * 26 / 12) + cents(pharmacy.stub.gross * 52 / 12)
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", wages, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(100, 170)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on + timedelta(days=rng.randint(0, 1)), phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    app.facts["co_phone"] = hp.phone(rng)
    form = Doc("mortgage_assistance_application", {}, pdf=form710_phone_fill(app, rng), facts={"form710": True})
    tm_id, account4 = f"{rng.randint(10000, 99999)}", hp.digits(rng, 4)
    stubs = [p.stub.doc([stub_casino(p, tm_id, account4)]) for p in pays]
    printed = (received - timedelta(days=rng.randint(0, 2)), _clock(rng, 18, 23))
    portal = pharmacy.stub.doc(stub_portal(pharmacy, "Pharmacy Technician II", printed, account4,
                                           f"E{rng.randint(100000, 999999)}"))
    names = ["Mortgage Assistance Application - signed.pdf",
             *(f"EarningsStatement_{p.stub.pay_date:%Y%m%d}.pdf" for p in pays),
             "Pay Statement Details _ PeoplePath.pdf"]
    sent = received - timedelta(days=rng.randint(0, 1))
    subject = f"Loan {loan} - assistance application and pay stubs"
    mail = outlook_printout(app, sent, _clock(rng, 19, 23), BELLMONT[1], subject, [
        "Hello, attached is our mortgage assistance application, signed by both of us, with our most recent pay "
        "stubs. I deal blackjack and craps at Silverfork and Ines works at the Halsey pharmacy.",
        f"Since {app.hardship_start:%B} the casino has cut the table games schedule to four nights and closed two "
        "pits. My base pay is low and most of my income is the toke pool, which has dropped with the crowds. Some "
        "weeks I get less than 30 hours.",
        "We have never missed a payment before this spring. We would like to keep the house and are asking for a "
        "payment we can manage until business picks up again. Please call or e-mail if anything else is needed."],
        names)
    docs = [form, *stubs, portal, mail]
    files = [SFile(name, [doc], arrives_after=4 * k) for k, (name, doc) in enumerate(zip(names, [form, *stubs, portal],
                                                                                         strict=True))]
    files.append(SFile(f"{subject.replace(':', '')}.pdf", [mail], arrives_after=60))
    return Packet("s1-form710-phone-fill-and-sign-flattened-casino-tokes-stubs-portal-printout-email-loose", received,
                  app, docs, files, loan, [])


def packet_form710_ballpoint_standard_fax(seed: int) -> Packet:
    """The real Form 710 printed blank and filled in blue ballpoint by a delivery driver for herself and her husband,
    who had a heart attack; her two weekly earnings statements, a letter she wrote on a sheet torn from a spiral
    notebook, signed by both, his doctor's FMLA certification and a photocopy of his driver license; faxed from the
    hospital's social work office in STANDARD mode (204 x 98 dpi) behind its cover sheet, no separator sheet, with
    the machine's header line. Complete."""
    rng = random.Random(seed * 9209 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Garrick", "L.", "Whitsett")
    co = Person("Noreen", "A.", "Whitsett")
    home = hp.address(rng)
    pays = dsp_run(co, home, received, 2, rng)
    attack = received - timedelta(days=rng.randint(40, 85))
    signed_on = received - timedelta(days=rng.randint(1, 3))
    app = g_app([("wages", cents(_mean([p.stub.gross for p in pays]) * 52 / 12), "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"], hardship_start=attack, signed=True,
                signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email="")
    ho._facts(app, rng, "long")
    form = Doc("mortgage_assistance_application", {}, pdf=form710_ballpoint(app, rng), facts={"form710": True})
    emp_id, account4 = f"{rng.randint(100000, 999999)}", hp.digits(rng, 4)
    stubs = [p.stub.doc([stub_dsp(p, emp_id, account4)]) for p in pays]
    letter = spiral_letter(app, signed_on, [
        f"My husband Garrick had a heart attack on {us(attack)} and was in the hospital for a week. He had a stent "
        "put in and is in cardiac rehab three days a week. His doctor says he cannot go back to work for at least "
        "six months.",
        "He works in the parts department at an equipment dealer and his leave is unpaid. His short term disability "
        "was denied because of a waiting period. I drive a delivery route five days a week but my pay alone does not "
        "cover the mortgage and his medicine.",
        "We are asking for help until he can go back to work. We have lived in this house for 14 years."],
        [co, borrower], rng)
    doctor = Person("Priya", "S.", "Raghunathan")
    fmla = fmla_certification(borrower, "Tri-State Ag Equipment Co.", "Parts Counter Associate", doctor,
                              ("Cardiology", f"St. Anselm Heart Institute, {home.city}, {home.state}",
                               "(555) 555-0140"),
                              attack, attack + timedelta(days=rng.randint(9, 20)), rng)
    born = date(received.year - rng.randint(52, 63), rng.randint(1, 12), rng.randint(1, 28))
    license_doc = license_copy(borrower, home, born, rng)
    docs = [form, letter, fmla, *stubs, license_doc]
    cover = hospital_fax_cover("T. Okafor-Reyes, LCSW, Social Work", f"{BELLMONT[0]} - Loss Mitigation", BELLMONT[2],
                               received, 1 + sum(d.page_count for d in docs),
                               f"For loan {loan}. Application for mortgage assistance for our patient and his wife, "
                               "with her pay stubs, their letter and his FMLA paperwork. Please call the family at "
                               f"{app.phone} with questions.")
    header = (f"{received:%m/%d/%Y} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}  ST ANSELM RMC SOC WORK  "
              "5555550142  P.{page:03d}/{pages:03d}")
    scan = Scan(204, skew=0.45, noise=0.0006, blur=0.35, fax=True, seed=seed + 21)
    files = [SFile(f"FAX_{received:%Y%m%d}_{rng.randint(90000, 165959):06d}_5555550142.pdf", [cover, *docs], scan,
                   header=header, standard=True)]
    return Packet("s2-form710-blue-ballpoint-standard-fax-204x98-hospital-cover-dsp-stubs-spiral-letter-fmla-license",
                  received, app, docs, files, loan, [])


def packet_marlowe_hand_fax_separator(seed: int) -> Packet:
    """MRMS-4 filled in pen by a widow who manages a hotel's front office, her salary written PER YEAR and her late
    husband's survivor annuity per month; her semi-monthly pay stub, the retirement system's January cost-of-living
    notice (the only paper for the annuity, and older than 90 days), the funeral home's obituary page printed from the
    browser and the servicer's own letter; faxed from the hotel's office at 200 dpi behind the servicer's barcode
    separator sheet, with the machine's header line. Incomplete: income_doc:benefits_taxable (stale)."""
    rng = random.Random(seed * 9209 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Odalys", "C.", "Fenwright")
    husband = Person("Cornelius", "R.", "Fenwright")
    home = hp.address(rng)
    annual = Decimal(rng.randrange(38, 58) * 1200)
    pays = hotel_run(borrower, home, received, annual, 1)
    died = received - timedelta(days=rng.randint(100, 160))
    old = Decimal(rng.randrange(98000, 168000)) / 100
    pct = rng.choice(["2.1", "2.4", "2.6"])
    cola = cola_notice(borrower, home, date(received.year, 1, rng.randint(3, 10)), old, pct, husband, rng)
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", annual / 12, "B"), ("benefits_taxable", cola.fields["monthly_amount"], "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["death"], hardship_start=died, signed=True, signed_on=signed_on, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    app.facts.update(per_year="wages|B", dob=us(date(received.year - rng.randint(50, 61), rng.randint(1, 12),
                                                     rng.randint(1, 28))), marital="Widowed")
    form = Doc("mortgage_assistance_application", {}, marlowe_form(app, "hand", rng))
    stubs = [p.stub.doc([stub_hotel(p, f"LG-{rng.randint(10000, 99999)}", "Front Office Manager", annual)])
             for p in pays]
    born = date(died.year - rng.randint(55, 66), rng.randint(1, 12), rng.randint(1, 28))
    obituary = web_obituary(husband, borrower, home.city, born, died, died + timedelta(days=rng.randint(6, 9)),
                            (received - timedelta(days=rng.randint(2, 9)), _clock(rng, 8, 11)), rng)
    servicer_letter = marlowe_letter(app, received - timedelta(days=rng.randint(20, 40)), rng)
    docs = [form, *stubs, cola, obituary, servicer_letter]
    header = (f"{received:%m/%d/%Y} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  LARKMOOR GRAND ADMIN  "
              "5555550176  #{page:02d}")
    scan = Scan(200, skew=0.35, noise=0.0006, blur=0.3, fax=True, seed=seed + 31)
    files = [SFile(f"{received:%Y%m%d}{rng.randint(100000, 235959):06d}.pdf", [hf.separator(loan), *docs], scan,
                   header=header)]
    return Packet("s3-marlowe-lettered-sections-per-year-income-pen-fax-separator-hotel-stub-stale-cola-web-obituary",
                  received, app, docs, files, loan, ["income_doc:benefits_taxable"])


def packet_ostrander_photos_self_employed(seed: int) -> Packet:
    """OHL-1 typed into its PDF by a mobile mechanic, printed, signed and dated in pen and photographed with his
    phone, as was his signed 4506-C; his credit union's combined statements (six sub-accounts) for last month and for
    the month two before it - the one between is missing, so they are not two consecutive statements - and his
    bookkeeping app's unsigned year-to-date profit and loss, last year's 1099-K; a folder named after the loan. He
    ticked "Bank statements (2 months)" and "Profit & loss (YTD, signed)" as enclosed.
    Incomplete: income_doc:self_employment."""
    rng = random.Random(seed * 9209 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Anders", "K.", "Whitlow")
    business = "Whitlow Mobile Auto Repair"
    home = hp.address(rng)
    last4, member4 = hp.digits(rng, 4), hp.digits(rng, 4)
    auto_payment = Decimal(rng.randrange(34000, 52000)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        out = [(d, "SQUARE INC SQ DEP", Decimal(rng.randrange(60000, 150000)) / 100) for d in (1, 8, 15, 22)]
        out += [(rng.randint(2, 26), "MOBILE DEPOSIT CHK", Decimal(rng.randrange(18000, 90000)) / 100)
                for _ in range(rng.randint(1, 2))]
        out += [(rng.randint(2, 27), rng.choice(["POS NAPA AUTO PARTS 2217", "POS O'REILLY AUTO #4410",
                                                 "AUTOZONE COMMERCIAL ACH", "POS WORLDPAC PARTS"]),
                 -Decimal(rng.randrange(9000, 62000)) / 100) for _ in range(rng.randint(3, 5))]
        return [*out, (14, "TRANSFER TO S05 HOLIDAY CLUB", Decimal("-40.00")),
                (14, "TRANSFER TO L01 AUTO LOAN PMT", -auto_payment)]

    months = [hp.add_months(received, -3), hp.add_months(received, -1)]
    sts = hf.statements(rng, CONFLUENCE, borrower, home, months, last4, deposits, n_debits=16)
    subs = SubAccounts(Decimal(rng.randrange(2500, 60000)) / 100, Decimal(rng.randrange(4000, 30000)) / 100,
                       Decimal(rng.randrange(150000, 600000)) / 100, Decimal(rng.randrange(900000, 1800000)) / 100,
                       auto_payment, Decimal(rng.randrange(40000, 380000)) / 100)
    statements = []
    for k, st in enumerate(sts):
        later = replace(subs, savings=subs.savings + Decimal("0.01") * 2 * k, club=subs.club + 80 * k,
                        money_market=subs.money_market + cents(subs.money_market * Decimal("0.0021")) * k,
                        auto_owed=subs.auto_owed - (auto_payment - 70) * 2 * k)
        statements.append(st.doc(statement_confluence(st, member4, later, st.start.month)))
    end = hp.month_end(months[1].year, months[1].month)
    start = date(end.year, 1, 1)
    span = end.month
    revenue = [("Repair labor", Decimal(rng.randrange(420000, 640000)) / 100 * span),
               ("Parts sales", Decimal(rng.randrange(150000, 260000)) / 100 * span)]
    expenses = [("Parts purchased", cents(revenue[1][1] * Decimal("0.72"))),
                ("Fuel", Decimal(rng.randrange(38000, 62000)) / 100 * span),
                ("Vehicle insurance", Decimal(rng.randrange(21000, 29000)) / 100 * span),
                ("Tools and equipment", Decimal(rng.randrange(9000, 30000)) / 100 * span),
                ("Merchant fees", cents((revenue[0][1] + revenue[1][1]) * Decimal("0.029"))),
                ("Phone and software", Decimal(rng.randrange(9000, 16000)) / 100 * span)]
    pnl = pnl_report(borrower, business, start, end, revenue, expenses,
                     (received - timedelta(days=rng.randint(3, 9)), _clock(rng, 8, 21)))
    signed_on = received - timedelta(days=rng.randint(1, 5))
    ssn4 = hp.digits(rng, 4)
    app = g_app([("self_employment", cents(pnl.fields["net_income"] / span), "B")], loan=loan, borrower=borrower,
                ssn4=ssn4, address=home, occupancy="primary_residence", hardships=["reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(90, 150)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    ho._facts(app, rng, "long")
    app.facts.update(dob=us(date(received.year - rng.randint(34, 49), rng.randint(1, 12), rng.randint(1, 28))),
                     enclosed_other="1099-K",
                     story="Lost my biggest fleet account in the spring when the company sold its trucks; about a "
                           "third of my work went with it. Rebuilding with new customers.")
    form = hq._as(he.PhotoDoc, Doc("mortgage_assistance_application", {}, ostrander_form(
        app, rng, True, ["statements", "pnl", "4506c", "other"])), seed=seed + 41)
    form4506 = hq._as(he.PhotoDoc, hp.form_4506c(borrower, ssn4, home, signed_on, rng, received.year - 1),
                      seed=seed + 42)
    monthly = [Decimal(rng.randrange(400000, 900000)) / 100 for _ in range(12)]
    k1099 = form_1099k(borrower, ssn4, business, home, received.year - 1, monthly, rng)
    docs = [form, *statements, pnl, form4506, k1099]
    phone = Scan(200, skew=0.0, noise=0.0, blur=0.0, paper=252, seed=seed + 43)
    shot = rng.randint(1200, 8800)
    files = [SFile(f"{loan}/IMG_{shot}.pdf", [form], phone, jpeg=58, tint=True),
             SFile(f"{loan}/IMG_{shot + 2}.pdf", [form4506], replace(phone, seed=seed + 44), jpeg=58, tint=True,
                   arrives_after=6),
             *(SFile(f"{loan}/eStatement_{st.end:%Y-%m}.pdf", [d], arrives_after=40 + k)
               for k, (st, d) in enumerate(zip(sts, statements, strict=True))),
             SFile(f"{loan}/P&L {start:%b}-{end:%b} {end.year}.pdf", [pnl], arrives_after=50),
             SFile(f"{loan}/1099-K {received.year - 1}.pdf", [k1099], arrives_after=55)]
    return Packet("s4-ostrander-dense-short-form-typed-ink-photo-cu-six-suffix-statements-not-consecutive-unsigned-pnl",
                  received, app, docs, files, loan, ["income_doc:self_employment"])


def packet_form710_searchable_ocr(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm by a dental office manager, printed, signed; her big bank's
    four-page combined checking and savings statements for two months (the summary starts on page 2, page 4 "This
    Page Intentionally Left Blank") carrying her pay and child support, a typed hardship letter and last year's W-2;
    scanned together on her office copier at 300 dpi to a searchable PDF whose OCR text layer misreads some words
    (1 for l, O for 0, rn for m, words run together); in a folder named after the loan. Complete."""
    rng = random.Random(seed * 9209 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Celestine", "N.", "Abara")
    home = hp.address(rng)
    employer = "Grandview Family Dental, P.C."
    net = Decimal(rng.randrange(128000, 176000)) / 100
    support = Decimal(rng.randrange(30000, 72000, 500)) / 100
    transfer = Decimal(rng.choice([50, 75, 100]))
    last4, sav4 = hp.digits(rng, 4), hp.digits(rng, 4)

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        fridays = hj._weekdays(start, 4)[rng.randint(0, 1)::2]
        return [*((d, "GRANDVIEW FAMILY DE PAYROLL PPD", net) for d in fridays),
                (rng.randint(4, 9), "STATE SDU CHILD SUPPORT PPD", support),
                (2, f"ONLINE TRANSFER TO SAV ...{sav4}", -transfer)]

    sts = hf.statements(rng, CREST, borrower, home, last_two_months(received), last4, deposits, n_debits=18)
    savings = Decimal(rng.randrange(30000, 240000)) / 100
    statements = []
    for st in sts:
        moved = -next(a for _, desc, a, _ in st.rows if desc.startswith("ONLINE TRANSFER TO SAV"))
        statements.append(st.doc(statement_crest(st, sav4, savings, moved)))
        savings = savings + moved + cents(savings * Decimal("0.0001"))
    gross = cents(net * 26 / 12 / Decimal("0.77"))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", gross, "B"), ("other", support, "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "other"], hardship_start=received - timedelta(days=rng.randint(80,
                                                                                                                150)),
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng),
                other_hardship_text="Car totaled by uninsured driver")
    ho._facts(app, rng, "short")
    form = Doc("mortgage_assistance_application", {}, pdf=hq.form710_printed_to_pdf(app, rng), facts={"form710": True})
    letter = typed_letter(app, signed_on, [BELLMONT[0], "Loss Mitigation Department", "Attn: Hardship Review"], [
        f"I am writing to explain why I fell behind on my mortgage this year. In {app.hardship_start:%B} the practice "
        "where I work lost one of its two dentists and cut my hours from 40 to 32 a week.",
        "Two weeks later my car was totaled by a driver who had no insurance. I had only liability coverage, so I had "
        "to take a loan for another car to get to work. Between the lower pay and the new car payment I could not "
        "make the full mortgage payment in two months.",
        "My hours are expected to go back to full time when the new dentist starts. I am asking for a short "
        "forbearance or a plan to catch up the missed payments. My pay and my child support are deposited to the "
        "checking account on the enclosed statements."], rng)
    office = Address(f"{rng.randint(100, 999)} Grandview Ave", home.city, home.state, home.zip)
    w2 = hf.w2(borrower, app.ssn4, home, employer, office, received.year - 1, cents(gross * 12 * Decimal("1.08")),
               rng)
    docs = [form, *statements, letter, w2]
    scan = Scan(300, skew=0.3, noise=0.0002, blur=0.55, paper=244, seed=seed + 51)
    stamp = f"{received:%y%m%d}{rng.randint(8, 17):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    files = [SFile(f"{loan}/SKM_C300i{stamp}.pdf", docs, scan, jpeg=64, ocr=0.07)]
    return Packet("s5-form710-copier-searchable-pdf-ocr-layer-with-errors-big-bank-combined-statements-summary-page-2",
                  received, app, docs, files, loan, [])


def packet_marlowe_typed_unsigned(seed: int) -> Packet:
    """MRMS-4 typed into its PDF by a nursing assistant and her husband and e-mailed without being signed or dated;
    his salary written PER YEAR, her hourly pay per month; her two bi-weekly pay statements with every punch of the
    period, photographed with her phone, his bi-weekly salary statement printed from the HR portal, and her father's
    assisted living statement - the hardship ticked is "Other" (the cost of his care) but no letter explains it;
    loose files. Incomplete: application_signature, hardship_doc:other."""
    rng = random.Random(seed * 9209 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Maelle", "D.", "Kirkbride")
    co = Person("Osric", None, "Kirkbride")
    father = Person("Walter", "E.", "Pruitt")
    home = hp.address(rng)
    shift = rng.choice("EN")
    pays = cna_run(borrower, home, received, 2, shift, rng)
    annual = Decimal(1560 * rng.randrange(35, 42))
    office = Address(f"{rng.randint(10, 90)}00 Pelham Pkwy", home.city, home.state, home.zip)
    spec = [*taxes(home.state, "0.092"), ("pre", "Medical - Employee + Family", "fixed", Decimal("142.30")),
            ("pre", "Dental", "fixed", Decimal("18.66")), ("pre", "401(k) 6%", "rate", Decimal("0.06")),
            ("post", "Supplemental Life", "fixed", Decimal("9.40"))]
    friday = hp._friday_on_or_before(received - timedelta(days=rng.randint(2, 9)))
    salary = pay_run(f"pelham|{co.name}", PELHAM, office, co, home, "biweekly", friday, 6, 1, salary_lines(annual),
                     spec)[0]
    app = g_app([("wages", cents(_mean([p.stub.gross for p in pays]) * 26 / 12), "B"), ("wages", annual / 12, "C")],
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["other"], hardship_start=received - timedelta(days=rng.randint(90, 150)), signed=False,
                signed_on=None, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False, co_signed_on=None,
                phone=hp.phone(rng), email=hj._email(borrower, rng),
                other_hardship_text="Father's assisted living costs")
    ho._facts(app, rng, "long")
    app.facts.update(per_year="wages|C", dob=us(date(received.year - rng.randint(36, 48), rng.randint(1, 12),
                                                     rng.randint(1, 28))), marital="Married",
                     co_dob=us(date(received.year - rng.randint(38, 50), rng.randint(1, 12), rng.randint(1, 28))),
                     relationship="Spouse", home_phone=hp.phone(rng))
    form = Doc("mortgage_assistance_application", {}, marlowe_form(app, "typed", rng))
    emp_no = f"WM{rng.randint(10000, 99999)}"
    stubs = [hq._as(he.PhotoDoc, p.stub.doc([stub_cna(p, emp_no, shift)]), seed=seed + 61 + k)
             for k, p in enumerate(pays)]
    printed = (received - timedelta(days=rng.randint(0, 3)), _clock(rng, 18, 23))
    portal = salary.stub.doc(stub_portal(salary, "Claims Adjuster II", printed, hp.digits(rng, 4),
                                         f"P{rng.randint(100000, 999999)}"))
    invoice = care_invoice(father, borrower, home, received - timedelta(days=rng.randint(8, 20)), rng)
    docs = [form, *stubs, portal, invoice]
    phone = Scan(200, skew=0.0, noise=0.0, blur=0.0, paper=252, seed=seed + 63)
    shot = rng.randint(1200, 8800)
    files = [SFile(f"{loan} Kirkbride MRMS-4.pdf", [form]),
             *(SFile(f"IMG_{shot + k}.PDF", [d], replace(phone, seed=seed + 64 + k), jpeg=55, tint=True,
                     arrives_after=20 + k) for k, d in enumerate(stubs)),
             SFile("Pay Statement Details _ PeoplePath.pdf", [portal], arrives_after=30),
             SFile(f"{loan} Ivy Terrace statement.pdf", [invoice], arrives_after=35)]
    return Packet("s6-marlowe-typed-unsigned-per-year-salary-cna-punch-stubs-photos-portal-printout-no-letter-other",
                  received, app, docs, files, loan, ["application_signature", "hardship_doc:other"])


def last_two_months(received: date) -> list[date]:
    """The first days of the two months before `received`'s."""
    return [hp.add_months(received, -2), hp.add_months(received, -1)]


PACKETS = (packet_form710_phone_fill_loose, packet_form710_ballpoint_standard_fax, packet_marlowe_hand_fax_separator,
           packet_ostrander_photos_self_employed, packet_form710_searchable_ocr, packet_marlowe_typed_unsigned)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 19710, write_packet, check)


if __name__ == "__main__":
    main()
