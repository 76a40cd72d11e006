"""A fifteenth holdout set of borrower packets (o1..o6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k, l, m and n sets, written without looking at the service's code, rules or tests, to gauge
honestly how it reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_o.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a servicer's two-page "Mortgage Assistance
Record" (Calloway Bay, form CB-MAR) whose answers lie in a horizontal record table: every band is a row of shaded
column headers (the labels, in small capitals) over one row of answer cells, the bands wrapping down the page (loan and
people, property, contact, occupancy as three header columns each with a box under it, hardship reasons as two bands of
five boxed columns, the hardship's date and expected duration, income as two bands of four amount columns and a total,
expenses, a signature band); typed into its PDF with check glyphs and a signature-pad image, or printed blank, filled
in pen with check marks whose long stroke runs out past the box, and signed without a date. A second servicer's
"Homeowner Assistance Application" (Stonecrest Federal Savings, form SFS-9) laid out like a tax form: a three-cell
title block, black "Part I".."Part V" tabs, numbered boxes with the number and caption in the box's top-left corner
("1 Loan number", "7b City or town"), hardship reasons as numbered lines 11a..11j run out on dot leaders to a box at
the right margin, income as lines 15a..15h with the line number repeated in a small cell before a right-hand amount
column and "15i Add lines 15a through 15h", and a "Sign Here" block with signature, date and occupation captions under
the lines; typed into its PDF, or printed, filled in pen with crosses and captured with a phone. The real Form 710
filled through its AcroForm and delivered in two new shapes: born digital with every page carrying /Rotate 90 (turned
in a viewer and saved), and printed as a booklet two pages to a landscape sheet, then scanned at 300 dpi. A church's
monthly "Clergy & Staff Compensation Statement" (cash salary plus a housing allowance, no FICA withheld), a farm
cooperative's weekly "Employee Earnings Record" listing the last four pay periods with the current check's detail below,
a hospital's bi-weekly "Earnings Remittance" ("13 of 26" periods, codes REG / PTO / NSD, a Gross | Taxes | Deductions |
Net strip with YTD under each); a trust company's statement headed "Statement Period From ... To ..." with a Debit /
Credit / Balance ledger opened by "Balance Brought Forward" and closed by "Balance Carried Forward"; a state temporary
disability insurance program's notice of award (weekly rate paid every two weeks, its monthly equivalent, non-taxable),
a Form 1040 with its Schedule C as the self-employed proof, a hardship letter handwritten on a Gregg-ruled steno pad, a
typed block-format hardship letter, a public library's fax cover. Names with diacritics and two surnames (Basque,
Turkish, Québécois, Czech, Spanish, Hungarian); co-borrowers in three packets. Delivered as: loose born-digital files
with hostile but legal names (# ; ' % + = … – — and accents); a 150 dpi duplex scan with a blank back behind every
sheet, saved as grayscale JPEG; one combined born-digital PDF under an accented name whose second statement's pages
carry /Rotate 270; a phone capture of the application beside a 200 dpi scan of the tax papers; a folder named after the
loan holding the rotated Form 710; and the 2-up booklet at 300 dpi beside a fax sent in STANDARD mode (204 x 98 dpi,
non-square pixels) with the machine's header line.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow from
the values drawn. `--check` (holdout_packets_n's, after m's and j's) also confirms that every expected value is printed
(or hand-written) on its document and that the rules give each scenario's codes. Received dates fall between late April
and mid-July 2030.
"""

from __future__ import annotations

import io
import os
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_f as hf
import holdout_packets_g as hg
import holdout_packets_j as hj
import holdout_packets_m as hm
import holdout_packets_n as hn
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app
from holdout_packets_l import _months

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT, TICK, ARROW = "\u00b7", "\u2713", "\u25b6"


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


def _amount(app: GApplication, code: str) -> str:
    value = app.income(code)
    return money(value) if value else ""


def _facts(app: GApplication, rng: random.Random, duration: str) -> None:
    """What the forms ask beyond the checklist: household, dues, years, expenses and assets."""
    costs = {"mortgage": rng.randrange(105000, 250000), "second": 0,
             "cars": rng.choice([0, rng.randrange(19000, 56000)]), "cards": rng.randrange(4000, 38000),
             "care": rng.choice([0, rng.randrange(15000, 70000)]),
             "other": rng.randrange(50000, 120000)}
    app.facts.update(duration=duration, household=str(rng.randint(1, 5)), years=str(rng.randint(2, 19)),
                     hoa=rng.choice(["", "", money(Decimal(rng.randrange(2500, 18000)) / 100)]),
                     savings=money(Decimal(rng.randrange(15000, 620000)) / 100),
                     cash=money(Decimal(rng.randrange(5000, 90000)) / 100),
                     assets=rng.choice(["", money(Decimal(rng.randrange(300000, 1800000)) / 100)]),
                     county=rng.choice(["Lincoln", "Warren", "Marion", "Clay", "Polk"]),
                     **{f"cost:{k}": money(Decimal(v) / 100) for k, v in costs.items() if v},
                     costs=money(Decimal(sum(costs.values())) / 100))


def loose_tick(s: Sheet, rng: random.Random, x: float, y: float, size: float = 10.0) -> None:
    """A check mark made in a hurry over a box whose top-left is (x, y): it starts in the box, a little off, and its
    long stroke runs well out past the box's top right corner."""
    j = rng.uniform
    dx, dy = j(-2.5, 4.5), j(-5.0, 1.5)
    s.path([(x + 1 + dx, y + size * 0.5 + dy), (x + size * 0.38 + dx, y + size + 1.5 + dy),
            (x + size + j(6, 15) + dx, y - j(6, 13) + dy)], width=1.6, gray=0.12)


# --- application 1: Calloway Bay's horizontal record table ----------------------------------------------------------

CALLOWAY = ("Calloway Bay Mortgage Servicing",
            f"Loss Mitigation Department {DOT} 2200 Wharf Street, Suite 410, Norfolk, VA 23510 {DOT} "
            f"Fax (757) 555-0163 {DOT} (888) 555-0129 {DOT} callowaybay.example/assist")
CB_HARDSHIPS = [("unemployment", "Job loss or furlough"), ("reduction_in_income", "Less pay or fewer hours"),
                ("increase_in_housing_expenses", "Housing costs went up"),
                ("disaster", "Disaster (fire, flood, storm)"),
                ("disability_or_illness", "Illness, injury or disability"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Unmarried co-owner moved out"), ("death", "Death of a borrower or earner"),
                ("relocation", "Job transfer or military move"), ("other", "Other reason (describe)")]
CB_INCOME = [("wages", "Wages / salary (gross)"), ("self_employment", "Self-employment (net)"),
             ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Taxable benefits (SS, pension)"),
             ("benefits_nontaxable", "Non-taxable benefits"), ("rental", "Rent received"),
             ("investment", "Interest, dividends, investments"), ("other", "Child support, alimony, other")]
CB_OCCUPANCY = [("primary_residence", "Occupancy: primary residence"), ("second_home", "Occupancy: second home"),
                ("investment_property", "Occupancy: investment / rental")]
CB_DURATION = [("short", "Will last: under 6 months"), ("long", "Will last: 6 months or more"),
               ("resolved", "Already resolved")]
CB_COSTS = [("mortgage", "First mortgage payment"), ("second", "2nd mortgage / HELOC"), ("cars", "Car loans / leases"),
            ("cards", "Credit cards (minimum)"), ("care", "Child care / support paid"),
            ("other", "Utilities, food, other")]


def record_band(s: Sheet, pen: hb.Pen, y: float, cols: Sequence[tuple[str, float]], values: Sequence[str | bool],
                hand: bool, rng: random.Random, row_h: float = 24.0, x0: float = 36.0) -> float:
    """One band of the record table: shaded header cells holding the labels (small capitals, wrapped) over one row of
    answer cells; a bool value is a box (checked or not). Returns the y under the band."""
    heads = [hf._lines(label.upper(), w - 6, 5.9, "sans-b") for label, w in cols]
    head_h = 5.0 + 7.0 * max(len(h) for h in heads)
    x = x0
    for (_, w), lines, value in zip(cols, heads, values, strict=True):
        s.rect(x, y, w, head_h, width=0.5, stroke=0.0, fill=0.86)
        for k, line in enumerate(lines):
            s.text(x + 3, y + 8.5 + 7.0 * k, line, 5.9, "sans-b", 0.12)
        s.rect(x, y + head_h, w, row_h, width=0.5)
        if isinstance(value, bool):
            bx, by = x + w / 2 - 5, y + head_h + row_h / 2 - 5
            s.rect(bx, by, 10, 10, width=0.7)
            if value and hand:
                loose_tick(s, rng, bx, by)
            elif value:
                s.text(bx + 5, by + 8.8, TICK, 10.5, "glyph", 0.0, "c")
        elif value:
            pen.write(s, x + 4, y + head_h + row_h - 7, value, 9.5, fit=w - 8)
        x += w
    return y + head_h + row_h


def calloway_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """CB-MAR, two pages of record-table bands: typed into its PDF (check glyphs, a signature-pad image, dates typed
    mm/dd/yyyy) or printed and filled in pen ("hand": dates as m/d/yy, loose check marks, income cells left empty)."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.12)
    when = _short if hand else us
    co, facts, home = app.co_borrower, app.facts, app.address
    p1, p2 = Sheet(), Sheet()
    for n, s in enumerate((p1, p2), 1):
        s.text(36, 40, CALLOWAY[0], 15, "serif-b")
        s.text(36, 52, CALLOWAY[1], 6.4, "sans", 0.3)
        s.text(576, 36, "MORTGAGE ASSISTANCE RECORD", 10.5, "sans-b", align="r")
        s.text(576, 47, "Form CB-MAR (rev. 03/2030)", 7.2, "sans", 0.3, "r")
        s.line(36, 58, 576, 58, 1.6)
        s.text(36, 774, "CB-MAR 03/2030", 6.8, "sans", 0.35)
        s.text(306, 774, f"Page {n} of 2", 6.8, "sans", 0.35, "c")
        s.text(576, 774, "Return with your documents", 6.8, "sans", 0.35, "r")

    def section(s: Sheet, y: float, letter: str, title: str) -> float:
        s.rect(36, y, 540, 14, stroke=None, fill=0.22)
        s.text(42, y + 10, f"{letter}.  {title}", 8.3, "sans-b", 1.0)
        return y + 18

    y = p1.wrap(36, 74, "Write one answer in each cell under its heading. Tick the box under every heading that "
                "applies to you. Leave a cell empty if it does not apply. Sign and date page 2 (both borrowers if "
                "there are two) and send both pages with your documents.", 540, 7.6, "sans", 9.6, 0.15) + 2
    y = section(p1, y, "A", "Loan, borrowers and property")
    y = record_band(p1, pen, y, [("Loan number", 100), ("Borrower - full legal name", 175),
                                 ("Borrower SSN (last 4)", 70), ("Co-borrower - full legal name", 125),
                                 ("Co-borrower SSN (last 4)", 70)],
                    [app.loan, app.borrower.name, app.ssn4, co.name if co else "", app.co_ssn4 or ""], hand, rng) + 4
    y = record_band(p1, pen, y, [("Property - number and street", 220), ("City", 140), ("State", 50), ("ZIP code", 70),
                                 ("County", 60)],
                    [home.street, home.city, home.state, home.zip, facts.get("county", "")], hand, rng) + 4
    y = record_band(p1, pen, y, [("Mailing address, if not the property", 230), ("Best phone number", 110),
                                 ("E-mail", 200)], ["", app.phone, app.email], hand, rng) + 4
    y = record_band(p1, pen, y, [*((label, 105.0) for _, label in CB_OCCUPANCY), ("People in household", 75),
                                 ("HOA dues per month", 75), ("Years at property", 75)],
                    [*(app.occupancy == code for code, _ in CB_OCCUPANCY), facts.get("household", ""),
                     facts.get("hoa", ""), facts.get("years", "")], hand, rng) + 8
    y = section(p1, y, "B", "Hardship - tick every reason that applies")
    for chunk in (CB_HARDSHIPS[:5], CB_HARDSHIPS[5:]):
        y = record_band(p1, pen, y, [(label, 108.0) for _, label in chunk],
                        [code in app.hardships for code, _ in chunk], hand, rng) + 4
    duration = facts.get("duration", "long")
    y = record_band(p1, pen, y, [("Date hardship began", 110), *((label, 70.0) for _, label in CB_DURATION),
                                 ("If other, describe", 220)],
                    [when(app.hardship_start) if app.hardship_start else "",
                     *(duration == key for key, _ in CB_DURATION), app.other_hardship_text], hand, rng) + 8
    y = section(p1, y, "C", "Monthly household income before taxes (all borrowers together)")
    for chunk in (CB_INCOME[:4], CB_INCOME[4:]):
        y = record_band(p1, pen, y, [(label, 135.0) for _, label in chunk],
                        [_amount(app, code) for code, _ in chunk], hand, rng) + 4
    y = record_band(p1, pen, y, [("Total monthly household income", 200), ("Checking & savings balance", 170),
                                 ("Other assets (value)", 170)],
                    [money(app.total) if app.income_lines else "", facts.get("savings", ""), facts.get("assets", "")],
                    hand, rng)

    y = section(p2, 70, "D", "Monthly household expenses")
    y = record_band(p2, pen, y, [(label, 90.0) for _, label in CB_COSTS],
                    [facts.get(f"cost:{key}", "") for key, _ in CB_COSTS], hand, rng) + 4
    y = record_band(p2, pen, y, [("Total monthly expenses", 180), ("Is the property listed for sale?", 180),
                                 ("Have you filed for bankruptcy?", 180)],
                    [facts.get("costs", ""), "No" if hand else "NO", "No" if hand else "NO"], hand, rng) + 10
    y = section(p2, y, "E", "Certification")
    for paragraph in ("I certify that all of the information in this record is truthful and that the hardship I "
                      "identified contributed to my need for mortgage relief. I understand that knowingly submitting "
                      "false information may violate federal and state law.",
                      "I consent to being contacted about my request at any telephone number or e-mail address I "
                      "have given, and I authorize Calloway Bay Mortgage Servicing to obtain my credit report and to "
                      "verify the information I have given."):
        y = p2.wrap(40, y + 4, paragraph, 530, 7.8, "sans", 10.2, 0.1)
    y = section(p2, y + 8, "F", "Signatures - each borrower signs and dates")
    y = record_band(p2, pen, y, [("Borrower signature", 190), ("Date signed", 80), ("Co-borrower signature", 190),
                                 ("Date signed", 80)],
                    ["", when(app.signed_on) if app.signed_on else "", "",
                     when(app.co_signed_on) if co and app.co_signed_on else ""], hand, rng, row_h=34)
    if app.signed:
        p2.signature(rng, 46, y - 7, 150, 18, gray=0.12 if hand else 0.05)
    if co and app.co_signed:
        p2.signature(rng, 316, y - 7, 150, 18, gray=0.12 if hand else 0.05)
    y = section(p2, y + 12, "G", "For Calloway Bay use only")
    record_band(p2, pen, y, [("Date received", 135), ("Received by", 135), ("Complete? (Y/N)", 135),
                             ("Case number", 135)], ["", "", "", ""], hand, rng)
    return [p1, p2]


# --- application 2: Stonecrest's tax-form layout --------------------------------------------------------------------

STONECREST = ("Stonecrest Federal Savings",
              f"Homeowner Assistance {DOT} PO Box 4417, Dayton, OH 45401 {DOT} Fax (937) 555-0182 {DOT} (800) 555-0176")
SF_OCCUPANCY = [("primary_residence", "10a", "my principal residence"), ("second_home", "10b", "a second home"),
                ("investment_property", "10c", "an investment (rental) property")]
SF_HARDSHIPS = [("unemployment", "Unemployment, layoff or furlough"),
                ("reduction_in_income", "Reduction in pay, hours, commissions or overtime"),
                ("increase_in_housing_expenses", "Increase in property taxes, insurance or HOA dues"),
                ("disaster", "Natural or man-made disaster"),
                ("disability_or_illness", "Long-term disability or serious illness (you or a dependent)"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Separation of borrowers who are not married to each other"),
                ("death", "Death of a borrower or of a primary or secondary wage earner"),
                ("relocation", "Distant job transfer or relocation (including military orders)"),
                ("other", "Other (describe on line 14)")]
SF_INCOME = [("wages", "Gross wages, salary, overtime, tips and commissions"),
             ("self_employment", "Net self-employment income (Schedule C, partnership, S corporation)"),
             ("unemployment", "Unemployment compensation"),
             ("benefits_taxable", "Taxable Social Security, pension, annuity or disability benefits"),
             ("benefits_nontaxable", "Non-taxable Social Security, SSI or disability benefits"),
             ("rental", "Gross rents received"), ("investment", "Interest, dividends and insurance income"),
             ("other", "Alimony, child support, separate maintenance and other income")]
SF_DURATION = [("short", "short-term (under 6 months)"), ("long", "long-term or permanent"), ("resolved", "resolved")]
SF_COSTS = [("mortgage", "First mortgage payment (principal, interest, taxes, insurance)"),
            ("second", "Second mortgage or home equity line"), ("cars", "Auto loans and leases"),
            ("cards", "Credit cards, installment loans (minimum payments)"),
            ("care", "Child care, child support or alimony you pay"),
            ("other", "Utilities, food and other living costs")]


def numbered_box(s: Sheet, pen: hb.Pen, x: float, y: float, w: float, number: str, label: str, value: str,
                 h: float = 26.0) -> None:
    """A tax-form box: its number in bold and caption in small type in the top-left corner, the answer below."""
    s.rect(x, y, w, h, width=0.5)
    s.text(x + 3, y + 8, number, 6.8, "sans-b")
    s.text(x + 6 + hp.text_width(number, "sans-b", 6.8), y + 8, label, 6.2, "sans", 0.1)
    pen.write(s, x + 6, y + h - 5.5, value, 10.0, fit=w - 10)


def part_tab(s: Sheet, y: float, part: str, title: str) -> float:
    """A black "Part I" tab at the left of a ruled heading, as tax forms head their parts."""
    s.line(36, y, 576, y, 1.2)
    s.rect(36, y, 42, 13, stroke=None, fill=0.0)
    s.text(57, y + 9.6, part, 8.5, "sans-b", 1.0, "c")
    s.text(86, y + 9.6, title, 9, "sans-b")
    s.line(36, y + 13, 576, y + 13, 0.5)
    return y + 26


def stonecrest_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """SFS-9 on two pages: typed into its PDF (an X typed in each box, a signature image, dates mm/dd/yyyy) or printed
    and filled in pen ("hand": crosses over the boxes, dates m/d/yy, empty income lines left blank)."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.12)
    when = _short if hand else us
    co, facts, home = app.co_borrower, app.facts, app.address
    p1, p2 = Sheet(), Sheet()

    def box(s: Sheet, x: float, y: float, chosen: bool, size: float = 8.5) -> None:
        s.rect(x, y, size, size, width=0.6)
        if chosen and hand:
            hg.pen_cross(s, rng, x, y, size)
        elif chosen:
            s.text(x + size / 2, y + size - 1.2, "X", size, "sans-b", 0.0, "c")

    # title block
    p1.rect(36, 28, 110, 48, width=0.9)
    p1.text(40, 38, "Form", 7)
    p1.text(40, 58, "SFS-9", 17, "sans-b")
    p1.text(40, 70, "(Rev. January 2030)", 6.2, "sans", 0.2)
    p1.rect(146, 28, 320, 48, width=0.9)
    p1.text(306, 46, "Homeowner Assistance Application", 14, "sans-b", align="c")
    p1.text(306, 58, f"{ARROW} Complete Parts I through V. Attach the documents listed on page 2.", 6.8, "glyph",
            align="c")
    p1.text(306, 68, f"{ARROW} Instructions and help: stonecrest.example/assist", 6.8, "glyph", align="c")
    p1.rect(466, 28, 110, 48, width=0.9)
    p1.text(470, 38, STONECREST[0], 6.6, "sans-b")
    p1.text(470, 47, "Loss Mitigation", 6.4, "sans", 0.2)
    p1.text(572, 70, "2030", 18, "sans-b", align="r")
    p1.text(36, 86, STONECREST[1], 6.4, "sans", 0.3)

    y = part_tab(p1, 92, "Part I", "Borrowers and Property")
    y -= 8
    numbered_box(p1, pen, 36, y, 170, "1", "Loan number", app.loan)
    numbered_box(p1, pen, 206, y, 250, "2", "Borrower's name (first, middle initial, last)", app.borrower.name)
    numbered_box(p1, pen, 456, y, 120, "3", "Borrower's SSN (last 4 digits)", app.ssn4)
    y += 26
    numbered_box(p1, pen, 36, y, 300, "4", "Co-borrower's name, if any", co.name if co else "")
    numbered_box(p1, pen, 336, y, 120, "5", "Co-borrower's SSN (last 4)", app.co_ssn4 or "")
    numbered_box(p1, pen, 456, y, 120, "6", "Daytime phone", app.phone)
    y += 26
    numbered_box(p1, pen, 36, y, 290, "7a", "Property address (number and street, apt. no.)", home.street)
    numbered_box(p1, pen, 326, y, 140, "7b", "City or town", home.city)
    numbered_box(p1, pen, 466, y, 40, "7c", "State", home.state)
    numbered_box(p1, pen, 506, y, 70, "7d", "ZIP code", home.zip)
    y += 26
    numbered_box(p1, pen, 36, y, 290, "8", "E-mail address", app.email)
    numbered_box(p1, pen, 326, y, 250, "9", "Mailing address, if different from line 7a", "")
    y += 40
    p1.text(40, y, "10", 8, "sans-b")
    p1.text(64, y, "The property is (check one):", 8)
    x = 190.0
    for code, number, label in SF_OCCUPANCY:
        p1.text(x, y, number, 7, "sans-b")
        box(p1, x + 16, y - 7.5, app.occupancy == code)
        p1.text(x + 29, y, label, 8)
        x += 36 + hp.text_width(label, "sans", 8) + 12

    y = part_tab(p1, y + 12, "Part II", "Hardship")
    p1.text(40, y - 2, "11", 8, "sans-b")
    p1.text(64, y - 2, "Check every reason for your hardship:", 8)
    y += 12
    for letter, (code, label) in zip("abcdefghij", SF_HARDSHIPS, strict=True):
        p1.text(44, y, f"11{letter}", 7.5, "sans-b")
        p1.text(72, y, label, 8)
        hm._leaders(p1, 76 + hp.text_width(label, "sans", 8), 516, y, 8)
        p1.text(522, y, ARROW, 6.5, "glyph")
        box(p1, 538, y - 7.5, code in app.hardships)
        y += 13
    y += 6
    label = "Date your hardship began (MM/DD/YYYY)"
    p1.text(40, y, "12", 8, "sans-b")
    p1.text(64, y, label, 8)
    hm._leaders(p1, 68 + hp.text_width(label, "sans", 8), 430, y, 8)
    p1.rect(440, y - 12, 136, 16, width=0.6)
    pen.write(p1, 446, y, when(app.hardship_start) if app.hardship_start else "", 10)
    y += 18
    p1.text(40, y, "13", 8, "sans-b")
    p1.text(64, y, "Your hardship is:", 8)
    x = 150
    for key, text in SF_DURATION:
        box(p1, x, y - 7.5, facts.get("duration", "long") == key)
        p1.text(x + 13, y, text, 8)
        x += 26 + hp.text_width(text, "sans", 8)
    y += 18
    p1.text(40, y, "14", 8, "sans-b")
    p1.text(64, y, "If you checked 11j, describe:", 8)
    p1.line(180, y + 2, 576, y + 2, 0.5)
    pen.write(p1, 186, y - 1, app.other_hardship_text, 9.5, fit=380)

    y = part_tab(p1, y + 14, "Part III", "Monthly Household Income Before Taxes (all borrowers)")
    for letter, (code, label) in zip("abcdefgh", SF_INCOME, strict=True):
        p1.text(44, y, f"15{letter}", 7.5, "sans-b")
        p1.text(72, y, label, 8)
        hm._leaders(p1, 76 + hp.text_width(label, "sans", 8), 452, y, 8)
        p1.rect(456, y - 11, 24, 15, width=0.5, fill=0.88)
        p1.text(468, y, f"15{letter}", 6.8, "sans-b", align="c")
        p1.rect(480, y - 11, 96, 15, width=0.5)
        pen.write(p1, 571, y, _amount(app, code), 9.5, align="r")
        y += 15
    label = "Add lines 15a through 15h. This is your total monthly income"
    p1.text(44, y + 2, "15i", 7.5, "sans-b")
    p1.text(72, y + 2, label, 8, "sans-b")
    hm._leaders(p1, 76 + hp.text_width(label, "sans-b", 8), 452, y + 2, 8)
    p1.rect(456, y - 9, 24, 15, width=0.5, fill=0.88)
    p1.text(468, y + 2, "15i", 6.8, "sans-b", align="c")
    p1.rect(480, y - 9, 96, 15, width=1.0)
    pen.write(p1, 571, y + 2, money(app.total) if app.income_lines else "", 9.5, align="r")
    p1.text(36, 772, "For Privacy Act notice, see page 2.", 6.8, "sans", 0.3)
    p1.text(576, 772, "Form SFS-9 (Rev. 1-2030)  Page 1", 6.8, "sans-b", 0.2, "r")

    # page 2
    p2.text(36, 40, "Form SFS-9 (Rev. 1-2030)", 7.5, "sans-b")
    p2.text(576, 40, "Page 2", 7.5, "sans-b", align="r")
    y = part_tab(p2, 48, "Part IV", "Monthly Expenses and Assets")
    for letter, (key, label) in zip("abcdef", SF_COSTS, strict=True):
        p2.text(44, y, f"16{letter}", 7.5, "sans-b")
        p2.text(72, y, label, 8)
        hm._leaders(p2, 76 + hp.text_width(label, "sans", 8), 452, y, 8)
        p2.rect(456, y - 11, 24, 15, width=0.5, fill=0.88)
        p2.text(468, y, f"16{letter}", 6.8, "sans-b", align="c")
        p2.rect(480, y - 11, 96, 15, width=0.5)
        pen.write(p2, 571, y, facts.get(f"cost:{key}", ""), 9.5, align="r")
        y += 15
    for number, label, value in (("16g", "Total monthly expenses (add lines 16a through 16f)", facts.get("costs", "")),
                                 ("17a", "Checking and savings accounts", facts.get("savings", "")),
                                 ("17b", "Cash on hand", facts.get("cash", "")),
                                 ("17c", "Other real estate, stocks, bonds (estimated value)",
                                  facts.get("assets", ""))):
        p2.text(44, y, number, 7.5, "sans-b")
        p2.text(72, y, label, 8)
        hm._leaders(p2, 76 + hp.text_width(label, "sans", 8), 452, y, 8)
        p2.rect(456, y - 11, 24, 15, width=0.5, fill=0.88)
        p2.text(468, y, number, 6.8, "sans-b", align="c")
        p2.rect(480, y - 11, 96, 15, width=0.5)
        pen.write(p2, 571, y, value, 9.5, align="r")
        y += 15

    y = part_tab(p2, y + 8, "Part V", "Sign Here")
    p2.rect(36, y - 8, 540, 150, width=0.8)
    p2.text(44, y + 10, "Sign", 15, "sans-b")
    p2.text(44, y + 27, "Here", 15, "sans-b")
    p2.wrap(44, y + 44, "Joint application? Both borrowers must sign.", 48, 6.2, "sans", 7.6, 0.2)
    p2.line(100, y - 8, 100, y + 142, 0.5)
    top = p2.wrap(106, y + 2, "Under penalties of perjury, I declare that I have examined this application and, to "
                  "the best of my knowledge and belief, it is true, correct and complete, and that the hardship I "
                  "described contributed to my need for mortgage relief. I authorize Stonecrest Federal Savings to "
                  "verify what I have written and to obtain my credit report.", 462, 7.0, "sans", 8.8, 0.1)
    for k, (who, signed, signed_on, occupation) in enumerate((
            ("Your signature", app.signed, app.signed_on, facts.get("occupation", "")),
            ("Co-borrower's signature. If a joint application, BOTH must sign.", bool(co and app.co_signed),
             app.co_signed_on if co else None, facts.get("co_occupation", "") if co else ""))):
        line_y = top + 30 + 44 * k
        for x0, x1 in ((106, 352), (360, 450), (458, 570)):
            p2.line(x0, line_y, x1, line_y, 0.6)
        p2.text(106, line_y + 8, who, 6.6, "sans", 0.1)
        p2.text(360, line_y + 8, "Date", 6.6, "sans", 0.1)
        p2.text(458, line_y + 8, "Occupation", 6.6, "sans", 0.1)
        if signed:
            p2.signature(rng, 118, line_y - 2, 170, 19, gray=0.12 if hand else 0.05)
        if signed_on:
            pen.write(p2, 364, line_y - 4, when(signed_on), 10)
        pen.write(p2, 462, line_y - 4, occupation, 9.5, fit=104)
    y += 160
    p2.text(40, y, "Attach to this application:", 8.5, "sans-b")
    y += 13
    for line in ("Your two most recent pay stubs showing year-to-date earnings, or your two most recent bank "
                 "statements;", "If self-employed: your most recent signed federal tax return with Schedule C, or a "
                 "signed year-to-date profit and loss statement;",
                 "For rental or self-employment income: a signed IRS Form 4506-C;",
                 "A letter or award notice for every benefit you receive;",
                 "For a divorce, death, disability or transfer: the paper that shows it."):
        y = p2.wrap(52, y, f"{DOT} {line}", 520, 7.6, "sans", 9.6, 0.1)
    y += 10
    p2.rect(36, y, 540, 42, width=0.5, fill=0.93)
    p2.text(42, y + 10, "Stonecrest use only", 7, "sans-b")
    for x, caption in ((42, "Date received"), (182, "Reviewer"), (322, "Workout code"), (462, "Complete")):
        p2.line(x, y + 32, x + 120, y + 32, 0.5)
        p2.text(x, y + 40, caption, 6, "sans", 0.3)
    p2.wrap(36, 740, "Privacy Act notice: we ask for this information to decide whether you qualify for help with your "
            "mortgage. Giving it is voluntary, but without it we may not be able to review your request.", 540, 6.4,
            "sans", 8, 0.35)
    return [p1, p2]


# --- pay stubs ------------------------------------------------------------------------------------------------------

CHURCH = "Grace Harbor Community Church"


def church_run(rng: random.Random, pastor: Person, home: Address, months: Sequence[date], salary: Decimal,
               housing: Decimal) -> list[Stub]:
    """Monthly pay of a minister: cash salary and a housing allowance, paid on the month's last weekday; ministers pay
    their own Social Security, so only voluntary federal withholding, state tax and a 403(b) come off."""
    office = Address(f"{rng.randint(100, 990)} Meetinghouse Rd", home.city, home.state, home.zip)
    gross = salary + housing
    out = []
    for first in months:
        end = hp.month_end(first.year, first.month)
        n = first.month
        deductions = [(label, cents(gross * rate), cents(gross * rate) * n)
                      for label, rate in (("Federal withholding (voluntary)", Decimal("0.085")),
                                          ("State income tax", Decimal("0.036")),
                                          ("403(b) retirement - pre-tax", Decimal("0.05")))]
        out.append(Stub(CHURCH, office, pastor, home, first, end, hp.weekday_on_or_before(end), "monthly", gross,
                        gross * n, deductions))
    return out


def stub_church(stub: Stub, salary: Decimal, housing: Decimal, title: str) -> Sheet:
    """Church letterhead, the minister's facts in two columns, Compensation and Withholding tables of This Month and
    Year to Date, the net paid by direct deposit, a note about Social Security."""
    s = Sheet()
    n = stub.period_end.month
    s.text(306, 50, stub.employer, 16, "serif-b", align="c")
    s.text(306, 63, f"{stub.employer_address.street} {DOT} {stub.employer_address.last_line} {DOT} Church office "
                    "(555) 014-2210", 7.8, "serif", 0.3, "c")
    s.line(150, 70, 462, 70, 0.6, 0.4)
    s.text(306, 92, "CLERGY & STAFF COMPENSATION STATEMENT", 11.5, "sans-b", align="c")
    y = 118
    for left, right in ((("Paid to", stub.employee.name), ("Pay frequency", "Monthly")),
                        (("Position", title), ("Period", f"{us(stub.period_start)} through {us(stub.period_end)}")),
                        (("Address", stub.employee_address.one_line), ("Pay date", us(stub.pay_date)))):
        s.text(60, y, left[0], 8, "sans", 0.35)
        s.text(120, y, left[1], 9.5)
        s.text(370, y, right[0], 8, "sans", 0.35)
        s.text(440, y, right[1], 9.5)
        y += 15
    y += 14

    def table(y: float, title: str, rows: Sequence[tuple[str, Decimal, Decimal]], total: tuple[str, Decimal, Decimal]
              ) -> float:
        s.rect(60, y, 492, 16, stroke=None, fill=0.88)
        s.text(66, y + 11.5, title, 9, "sans-b")
        s.text(440, y + 11.5, "This Month", 8.5, "sans-b", align="r")
        s.text(546, y + 11.5, "Year to Date", 8.5, "sans-b", align="r")
        y += 30
        for label, cur, ytd in rows:
            s.text(70, y, label, 9.5)
            s.text(440, y, money(cur), 9.5, align="r")
            s.text(546, y, money(ytd), 9.5, align="r")
            y += 15
        s.line(330, y - 9, 552, y - 9, 0.5)
        s.text(70, y + 3, total[0], 9.5, "sans-b")
        s.text(440, y + 3, money(total[1]), 9.5, "sans-b", align="r")
        s.text(546, y + 3, money(total[2]), 9.5, "sans-b", align="r")
        return y + 26

    y = table(y, "Compensation", [("Cash salary", salary, salary * n),
                                  ("Housing allowance (designated, IRC sec. 107)", housing, housing * n)],
              ("Total compensation (gross)", stub.gross, stub.ytd_gross or Decimal(0)))
    taken = sum((c for _, c, _ in stub.deductions), Decimal(0))
    y = table(y, "Withholding & Deductions", list(stub.deductions),
              ("Total withheld", taken, sum((t for _, _, t in stub.deductions), Decimal(0))))
    s.rect(60, y, 492, 28, width=1.0)
    s.text(70, y + 18, "NET PAY (direct deposit to your account of record)", 10, "sans-b")
    s.text(546, y + 18, money(stub.net), 12, "sans-b", align="r")
    y += 52
    y = s.wrap(60, y, "Ministers are treated as self-employed for Social Security and Medicare (SECA); no FICA tax is "
               "withheld from this pay. The housing allowance was designated by resolution of the Church Council and "
               "is shown on Form W-2, box 14.", 492, 8, "serif-i", 10.5, 0.25)
    s.text(60, y + 16, "Questions: finance office, Tuesday through Thursday.", 8, "serif", 0.35)
    return s


COOP = "Prairie Harvest Farmers Cooperative"
COOP_TAXES = (("Federal income tax", Decimal("0.071")), ("Social Security", Decimal("0.062")),
              ("Medicare", Decimal("0.0145")), ("State income tax", Decimal("0.034")))


def coop_run(rng: random.Random, employee: Person, home: Address, received: date, rate: Decimal
             ) -> list[tuple[Stub, Decimal]]:
    """Four weekly pays (Sunday to Saturday, paid the Thursday after) with overtime that varies from week to week; the
    year to date carried from one check to the next."""
    newest = hb._saturday_on_or_before(received - timedelta(days=rng.randint(6, 11)))
    weeks = [newest - timedelta(days=7 * k) for k in (3, 2, 1, 0)]
    overtime = [Decimal(rng.choice([0, 2, 4, 5, 6, 8, 10, 12])) for _ in weeks]
    grosses = [cents(40 * rate + ot * rate * Decimal("1.5")) for ot in overtime]
    index = (weeks[0].timetuple().tm_yday - 1) // 7 + 1
    ytd = cents(Decimal(40) * rate * (index - 1) * Decimal("1.04"))
    out = []
    for end, ot, gross in zip(weeks, overtime, grosses, strict=True):
        ytd += gross
        base = hp.make_stub(rng, COOP, employee, home, "weekly", gross, end, pay_lag=5)
        deductions = [(label, cents(gross * r), cents(ytd * r)) for label, r in COOP_TAXES]
        deductions.append(("Health plan (employee share)", Decimal("41.75"), Decimal("41.75") * index))
        out.append((replace(base, ytd_gross=ytd, deductions=deductions, hours=Decimal(40), rate=rate), ot))
    return out


def stub_coop(history: Sequence[tuple[Stub, Decimal]], emp_no: str, location: str) -> Sheet:
    """The co-op's one-page earnings record: the last four weekly periods as rows of a history table (the newest last,
    marked THIS CHECK), then this check's earnings and deductions and a year-to-date box."""
    stub, ot = history[-1]
    rate = stub.rate or Decimal(0)
    s = Sheet()
    s.text(40, 46, COOP, 15, "sans-b")
    s.text(40, 58, f"Grain {DOT} Agronomy {DOT} Feed {DOT} Energy   |   {stub.employer_address.one_line}", 7.5, "sans",
           0.3)
    s.text(572, 46, "EMPLOYEE EARNINGS RECORD", 10, "sans-b", align="r")
    s.text(572, 58, "Pay frequency: Weekly", 8, "sans", align="r")
    s.line(40, 66, 572, 66, 1.4)
    for k, (label, value) in enumerate((("Employee", stub.employee.name), ("Employee no.", emp_no),
                                        ("Location", location), ("Mailing address", stub.employee_address.one_line))):
        x = 40 if k % 2 == 0 else 330
        y = 84 + 14 * (k // 2)
        s.text(x, y, f"{label}:", 8, "sans-b")
        s.text(x + 78, y, value, 9)
    y = 126
    s.text(40, y, "PAY HISTORY - LAST 4 PAY PERIODS (most recent last)", 8.5, "sans-b")
    y += 6
    heads = [("Pay date", 60, "l"), ("Period from", 62, "l"), ("Period to", 62, "l"), ("Reg hrs", 46, "r"),
             ("OT hrs", 42, "r"), ("Gross pay", 70, "r"), ("Taxes", 60, "r"), ("Other ded.", 58, "r"),
             ("Net pay", 72, "r")]
    rows = []
    for st, hours_ot in history:
        taxes = sum((c for label, c, _ in st.deductions if label != "Health plan (employee share)"), Decimal(0))
        rows.append([us(st.pay_date), us(st.period_start), us(st.period_end), "40.00", f"{hours_ot:.2f}",
                     money(st.gross), money(taxes), money(st.gross - taxes - st.net), money(st.net)])
    y = hn.table(s, 40, y, heads, rows, size=8, row_h=14, bold=[len(rows) - 1], zebra=0.94)
    s.text(572, y + 10, "\u25c4 THIS CHECK", 7.5, "glyph", align="r")
    y += 30
    s.text(40, y, f"THIS CHECK  {DOT}  Pay date {us(stub.pay_date)}  {DOT}  Period {us(stub.period_start)} - "
                  f"{us(stub.period_end)}", 9, "sans-b")
    y += 8
    earn = [["Regular", "40.00", f"{rate:.4f}", money(cents(40 * rate))]]
    if ot:
        earn.append(["Overtime 1.5x", f"{ot:.2f}", f"{rate * Decimal('1.5'):.4f}",
                     money(stub.gross - cents(40 * rate))])
    earn.append(["Gross pay", "", "", money(stub.gross)])
    y_left = hn.table(s, 40, y, [("Earnings", 92, "l"), ("Hours", 48, "r"), ("Rate", 58, "r"), ("Amount", 64, "r")],
                      earn, size=8.2, row_h=14, bold=[len(earn) - 1])
    ded = [[label, money(cur)] for label, cur, _ in stub.deductions]
    ded.append(["Net pay", money(stub.net)])
    y_right = hn.table(s, 318, y, [("Deductions", 178, "l"), ("Amount", 76, "r")], ded, size=8.2, row_h=14,
                       bold=[len(ded) - 1])
    y = max(y_left, y_right) + 18
    s.rect(40, y, 532, 48, width=0.9)
    s.text(48, y + 13, "YEAR TO DATE", 8.5, "sans-b")
    taxes_ytd = sum((t for label, _, t in stub.deductions if label != "Health plan (employee share)"), Decimal(0))
    other_ytd = sum((t for label, _, t in stub.deductions if label == "Health plan (employee share)"), Decimal(0))
    ytd = stub.ytd_gross or Decimal(0)
    for k, (label, value) in enumerate((("YTD Gross", ytd), ("YTD Taxes", taxes_ytd), ("YTD Other", other_ytd),
                                        ("YTD Net", ytd - taxes_ytd - other_ytd))):
        s.text(60 + 130 * k, y + 30, label, 7.5, "sans", 0.3)
        s.text(60 + 130 * k, y + 42, money(value), 10, "sans-b")
    s.wrap(40, y + 70, "Patronage refunds and equity retains are reported separately on Form 1099-PATR and are not "
           "wages. Keep this record for your files.", 532, 7.4, "sans-i", 9.4, 0.35)
    return s


HOSPITAL = "Lakeshore Sisters of Charity Medical Center"


def hospital_pay(rng: random.Random, employee: Person, home: Address, end: date, rate: Decimal, pto: int,
                 nights: int) -> tuple[Stub, list[tuple[str, str, Decimal, Decimal, Decimal]]]:
    """A bi-weekly pay of `pto` paid-time-off hours and the rest of 80 regular at the base rate, plus a night-shift
    differential for `nights` hours; paid the Friday after the Saturday the period ends. The same pay every period, so
    the year to date is the period's gross times the periods elapsed."""
    lines = [("REG", "Regular", Decimal(80 - pto), rate, cents((80 - pto) * rate)),
             ("PTO", "Paid time off", Decimal(pto), rate, cents(pto * rate)),
             ("NSD", "Night shift differential", Decimal(nights), Decimal("3.75"), cents(nights * Decimal("3.75")))]
    lines = [line for line in lines if line[2]]
    gross = sum((line[4] for line in lines), Decimal(0))
    stub = hp.make_stub(rng, HOSPITAL, employee, home, "biweekly", gross, end, pay_lag=6)
    return stub, lines


def stub_hospital(stub: Stub, lines: Sequence[tuple[str, str, Decimal, Decimal, Decimal]], emp_no: str, unit: str
                  ) -> Sheet:
    """A dark title band, a strip of pay-period cells (number of 26, begin, end, advice date), earnings by code beside
    the deductions, and a Gross | Taxes | Deductions | Net strip with the year to date under each."""
    s = Sheet()
    n = (stub.period_end.timetuple().tm_yday - 1) // 14 + 1
    s.rect(36, 30, 540, 34, stroke=None, fill=0.22)
    s.text(46, 52, stub.employer, 13, "sans-b", 1.0)
    s.text(566, 46, "EARNINGS REMITTANCE", 9.5, "sans-b", 1.0, "r")
    s.text(566, 57, "Non-negotiable", 7, "sans", 0.85, "r")
    s.text(46, 76, f"{stub.employer_address.one_line}   Payroll Services (555) 014-7730", 7.4, "sans", 0.3)
    cells = [("Pay period", f"{n} of 26"), ("Period begin", us(stub.period_start)), ("Period end", us(stub.period_end)),
             ("Advice date", us(stub.pay_date)), ("Pay frequency", "Bi-Weekly")]
    for k, (label, value) in enumerate(cells):
        x = 36 + 108 * k
        s.rect(x, 86, 108, 32, width=0.5)
        s.text(x + 5, 96, label.upper(), 6.2, "sans-b", 0.35)
        s.text(x + 5, 112, value, 10)
    y = 136
    for k, (label, value) in enumerate((("Employee", stub.employee.name), ("Employee ID", emp_no),
                                        ("Department", unit), ("Address", stub.employee_address.one_line))):
        x = 36 if k % 2 == 0 else 320
        s.text(x, y + 14 * (k // 2), f"{label}", 7.6, "sans", 0.35)
        s.text(x + 64, y + 14 * (k // 2), value, 9)
    y = 172
    rows = [[code, desc, f"{hours:.2f}", f"{rate:.4f}", money(amount), money(amount * n)]
            for code, desc, hours, rate, amount in lines]
    rows.append(["", "Total earnings", "", "", money(stub.gross), money(stub.ytd_gross or Decimal(0))])
    hn.table(s, 36, y, [("Code", 30, "l"), ("Earnings", 110, "l"), ("Hours", 40, "r"), ("Rate", 46, "r"),
                        ("Current", 56, "r"), ("YTD", 62, "r")], rows, size=7.8, row_h=14, bold=[len(rows) - 1])
    drows = [[label, money(cur), money(ytd)] for label, cur, ytd in stub.deductions]
    hn.table(s, 396, y, [("Taxes and deductions", 92, "l"), ("Current", 42, "r"), ("YTD", 46, "r")], drows,
             size=7.4, row_h=14)
    y = 300
    taxes = sum((c for label, c, _ in stub.deductions[:4]), Decimal(0))
    taxes_ytd = sum((t for label, _, t in stub.deductions[:4]), Decimal(0))
    other = sum((c for label, c, _ in stub.deductions[4:]), Decimal(0))
    other_ytd = sum((t for label, _, t in stub.deductions[4:]), Decimal(0))
    ytd = stub.ytd_gross or Decimal(0)
    for k, (label, cur, year) in enumerate((("GROSS PAY", stub.gross, ytd), ("TAXES", taxes, taxes_ytd),
                                            ("DEDUCTIONS", other, other_ytd),
                                            ("NET PAY", stub.net, ytd - taxes_ytd - other_ytd))):
        x = 36 + 135 * k
        s.rect(x, y, 135, 52, width=0.8, fill=0.93 if k == 3 else None)
        s.text(x + 67, y + 13, label, 7.5, "sans-b", 0.2, "c")
        s.text(x + 67, y + 31, money(cur), 12.5, "sans-b", align="c")
        s.text(x + 67, y + 45, f"YTD {money(year)}", 7.4, "sans", 0.3, "c")
    s.wrap(36, y + 76, "Your net pay was deposited to your account(s) of record. Questions about hours or "
           "differentials: your unit manager. Questions about taxes and deductions: Payroll Services.", 540, 7.4,
           "sans-i", 9.4, 0.35)
    s.line(36, y + 100, 576, y + 100, 0.4, 0.6)
    return s


# --- the trust company's statement ---------------------------------------------------------------------------------

THORNBURY = "Thornbury Savings and Trust Company"


def statement_thornbury(st: Statement, joint: Person | None = None) -> list[Sheet]:
    """"Statement Period From ... To ..." in a box at the top right, then a ledger (Date | Ref. | Particulars | Debit |
    Credit | Balance) opened by the balance brought forward and closed by the balance carried forward."""
    rows = st.rows
    chunks = [rows[:26], rows[26:]] if len(rows) > 26 else [rows]
    sheets = []
    balance = st.begin
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        s.text(40, 50, THORNBURY, 14, "serif-b")
        s.text(40, 62, f"Established 1887 {DOT} Member FDIC {DOT} 40 Market Square {DOT} thornbury.example", 7.5,
               "serif", 0.3)
        s.rect(360, 76, 212, 58, width=0.8)
        s.text(368, 89, "STATEMENT PERIOD", 7.5, "sans-b", 0.25)
        s.text(368, 104, f"From  {us(st.start)}", 9.5, "sans")
        s.text(470, 104, f"To  {us(st.end)}", 9.5, "sans")
        s.text(368, 119, f"Account No.  XX-XXX{st.last4}", 9.5, "sans")
        s.text(368, 130, f"Sheet {n} of {len(chunks)}", 7.5, "sans", 0.3)
        y = 92
        names = [st.holder.upper] + ([f"OR {joint.upper}"] if joint else [])
        for line in (*names, st.home.street.upper(), st.home.last_line.upper()):
            s.text(56, y, line, 9.5, "mono")
            y += 12
        s.text(40, 158, "PERSONAL CHEQUING ACCOUNT - LEDGER", 9, "sans-b")
        y = 166
        heads = [("Date", 52, "l"), ("Ref.", 40, "l"), ("Particulars", 196, "l"), ("Debit", 78, "r"),
                 ("Credit", 78, "r"), ("Balance", 88, "r")]
        body = []
        if n == 1:
            body.append([f"{st.start:%d %b}", "", "BALANCE BROUGHT FORWARD", "", "", money(st.begin)])
        for k, (day, desc, amount, running) in enumerate(chunk):
            ref = f"{(day.toordinal() * 7 + k) % 90000 + 10000}"
            body.append([f"{day:%d %b}", ref, desc, money(-amount) if amount < 0 else "",
                         money(amount) if amount > 0 else "", money(running)])
            balance = running
        if n == len(chunks):
            body.append([f"{st.end:%d %b}", "", "BALANCE CARRIED FORWARD", "", "", money(balance)])
        y = hn.table(s, 40, y, heads, body, size=7.6, row_h=13.5, head_fill=0.84,
                     bold=[0, len(body) - 1] if len(chunks) == 1 else [0] if n == 1 else [len(body) - 1])
        if n == len(chunks):
            y += 16
            s.rect(40, y, 532, 44, width=0.6, fill=0.95)
            debits = [a for _, _, a, _ in st.rows if a < 0]
            credits = [a for _, _, a, _ in st.rows if a > 0]
            for k, (label, value) in enumerate((("Balance brought forward", money(st.begin)),
                                                (f"Total debits ({len(debits)})", money(st.debits)),
                                                (f"Total credits ({len(credits)})", money(st.deposits)),
                                                ("Balance carried forward", money(st.ending)))):
                s.text(50 + 132 * k, y + 16, label, 7.4, "sans", 0.3)
                s.text(50 + 132 * k, y + 33, value, 10.5, "sans-b")
            s.wrap(40, y + 62, "Please examine this statement at once. If no error is reported within 30 days the "
                   "account will be considered correct. Cheques and debits are listed in the order posted.", 532, 7.2,
                   "serif-i", 9.2, 0.35)
        sheets.append(s)
    return sheets


# --- letters and other papers --------------------------------------------------------------------------------------


def sdi_award(claimant: Person, ssn4: str, home: Address, when: date, weekly: Decimal, since: date,
              rng: random.Random) -> Doc:
    """A state temporary disability insurance program's notice of award: claim facts in a ruled two-column list, the
    weekly benefit paid every two weeks, its monthly equivalent, a paragraph saying the benefits are non-taxable."""
    state = hb.STATES.get(home.state, home.state)
    monthly = cents(weekly * 52 / 12)
    s = Sheet()
    s.text(306, 52, f"STATE OF {state.upper()}", 9, "sans-b", 0.25, "c")
    s.text(306, 68, "Temporary Disability Insurance Program", 14, "serif-b", align="c")
    s.text(306, 81, f"Department of Labor {DOT} Disability Claims Unit {DOT} PO Box 2090", 8, "serif", 0.3, "c")
    s.text(72, 118, f"Date mailed: {long_date(when)}", 9.5)
    s.text(540, 118, f"Claim ID: TDI-{rng.randint(1000000, 9999999)}", 9.5, align="r")
    y = 142
    for line in (claimant.name, home.street, home.last_line):
        s.text(72, y, line, 10)
        y += 13
    s.text(306, y + 28, "NOTICE OF COMPUTATION AND AWARD", 12.5, "sans-b", align="c")
    y += 56
    y = s.wrap(72, y, "Your claim for disability insurance benefits has been approved. The medical certification we "
               "received supports your inability to perform your regular or customary work. Your award is shown "
               "below.", 468, 10, "serif", 14) + 8
    facts = [("Claimant", claimant.name), ("SSN", f"XXX-XX-{ssn4}"), ("Disability began", us(since)),
             ("Base period wages (highest quarter)", f"${money(cents(weekly * 13 / Decimal('0.6')))}"),
             ("Weekly benefit amount", f"${money(weekly)}"), ("Payment schedule", "Every two weeks, by direct deposit"),
             ("Monthly equivalent", f"${money(monthly)} per month"), ("Maximum benefit duration", "52 weeks")]
    for label, value in facts:
        s.text(90, y, label, 9.5, "sans", 0.25)
        s.text(330, y, value, 10, "sans-b")
        s.line(90, y + 4, 522, y + 4, 0.3, 0.7)
        y += 18
    y += 12
    for paragraph in ("Tax information: state disability insurance benefits paid to you under this program are "
                      "non-taxable for federal and state income tax purposes and are not reported as wages.",
                      "Benefits continue while your physician certifies that you remain disabled. You will receive a "
                      "continued-claim form every eight weeks. If you return to work, even part time, tell us within "
                      "five days."):
        y = s.wrap(72, y, paragraph, 468, 10, "serif", 14) + 6
    s.text(72, y + 24, "Disability Claims Unit", 10, "serif-i")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_nontaxable"}, [s])


def steno_letter(app: GApplication, when: date, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter written in pen on a page torn from a Gregg-ruled steno pad (6 x 9 in., a rule down the middle,
    the spiral's torn holes at the top) lying on the scanner glass."""
    s = Sheet()
    x0, y0, w, h = 90.0, 60.0, 432.0, 648.0
    s.rect(x0, y0, w, h, width=0.5, stroke=0.55)
    for k in range(14):
        s.circle(x0 + 22 + k * 29.5, y0 + 9, 3.2, width=0.5)
    s.line(x0 + w / 2, y0 + 36, x0 + w / 2, y0 + h, 0.6, 0.55)
    for y in range(int(y0 + 54), int(y0 + h - 8), 22):
        s.line(x0 + 6, y + 3, x0 + w - 6, y + 3, 0.35, 0.72)
    pen = hb.Pen(rng, hand=True, gray=0.14)
    pen.write(s, x0 + w - 20, y0 + 54, _short(when), 11, align="r")
    pen.write(s, x0 + 14, y0 + 76, f"Loan # {app.loan}", 11)
    pen.write(s, x0 + 14, y0 + 98, "To who it may concern,", 11)
    y = y0 + 120
    for paragraph in paragraphs:
        for line in hf._lines(paragraph, w - 40, 12.5, "pen"):
            pen.write(s, x0 + 14, y, line, 11)
            y += 22
        y += 8
    pen.write(s, x0 + 14, y + 12, "Thank you", 11)
    s.signature(rng, x0 + 24, y + 48, 130, 20, gray=0.14)
    pen.write(s, x0 + 14, y + 66, app.borrower.name, 11)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def block_letter(app: GApplication, when: date, servicer: str, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A typed hardship letter in block format: a centred title, a RE block with loan and property, both borrowers
    signing side by side."""
    s = Sheet()
    y = 72
    for line in (app.borrower.name + (f" & {app.co_borrower.name}" if app.co_borrower else ""), app.address.street,
                 app.address.last_line, app.phone):
        s.text(72, y, line, 10.5, "serif")
        y += 13.5
    y += 14
    s.text(72, y, long_date(when), 10.5, "serif")
    y += 28
    for line in (servicer, "Loss Mitigation Department"):
        s.text(72, y, line, 10.5, "serif")
        y += 13.5
    y += 18
    s.text(306, y, "HARDSHIP LETTER", 12.5, "serif-b", align="c")
    y += 22
    for label, value in (("RE:", f"Loan number {app.loan}"), ("", f"Property: {app.address.one_line}")):
        s.text(72, y, label, 10.5, "serif-b")
        s.text(102, y, value, 10.5, "serif")
        y += 14
    y += 14
    s.text(72, y, "Dear Loss Mitigation Team:", 10.5, "serif")
    y += 22
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 15) + 9
    s.text(72, y + 6, "Sincerely,", 10.5, "serif")
    people = [app.borrower] + ([app.co_borrower] if app.co_borrower else [])
    for k, who in enumerate(people):
        s.signature(rng, 80 + 240 * k, y + 46, 140, 20, gray=0.1)
        s.line(72 + 240 * k, y + 50, 272 + 240 * k, y + 50, 0.5)
        s.text(72 + 240 * k, y + 63, who.name, 10, "serif")
    return Doc("hardship_letter", {"letter_date": when}, [s])


def schedule_c(filer: Person, ssn4: str, business: str, trade: str, year: int,
               expenses: Sequence[tuple[str, str, Decimal]], receipts: Decimal) -> tuple[Sheet, Decimal]:
    """Schedule C (Form 1040), Profit or Loss From Business: name and SSN, the business's boxes, Part I income and Part
    II expenses by numbered line, line 31 net profit. Returns the page and the net profit."""
    s = Sheet()
    s.text(40, 50, "SCHEDULE C", 12, "sans-b")
    s.text(40, 62, "(Form 1040)", 8)
    s.text(306, 50, "Profit or Loss From Business", 13, "sans-b", align="c")
    s.text(306, 62, "(Sole Proprietorship)", 9, align="c")
    s.text(572, 50, "OMB No. 1545-0074", 7, align="r")
    s.text(572, 68, str(year), 16, "sans-b", align="r")
    s.line(40, 76, 572, 76, 1.2)
    s.rect(40, 78, 380, 24, width=0.5)
    s.text(43, 86, "Name of proprietor", 6.5)
    s.text(46, 98, filer.name, 9.5)
    s.rect(420, 78, 152, 24, width=0.5)
    s.text(423, 86, "Social security number (SSN)", 6.5)
    s.text(426, 98, f"XXX-XX-{ssn4}", 9.5)
    for k, (letter, label, value) in enumerate((("A", "Principal business or profession", trade),
                                                ("C", "Business name", business),
                                                ("F", "Accounting method", "(1) Cash"))):
        y = 104 + 22 * k
        s.rect(40, y, 532, 22, width=0.5)
        s.text(43, y + 8, f"{letter}  {label}", 6.5, "sans-b")
        s.text(60, y + 19, value, 9.5)
    y = 184
    s.text(40, y, "Part I", 9, "sans-b")
    s.text(80, y, "Income", 9, "sans-b")
    y += 16
    cogs = cents(receipts * Decimal("0.18"))
    gross = receipts - cogs
    for number, label, amount in (("1", "Gross receipts or sales", receipts), ("4", "Cost of goods sold", cogs),
                                  ("7", "Gross income", gross)):
        s.text(46, y, number, 8, "sans-b")
        s.text(66, y, label, 8.5)
        s.text(470, y, number, 8, "sans-b", align="r")
        s.text(566, y, money(amount), 9, "mono", align="r")
        s.line(478, y + 3, 572, y + 3, 0.4, 0.5)
        y += 16
    y += 8
    s.text(40, y, "Part II", 9, "sans-b")
    s.text(80, y, "Expenses", 9, "sans-b")
    y += 16
    for number, label, amount in expenses:
        s.text(46, y, number, 8, "sans-b")
        s.text(66, y, label, 8.5)
        s.text(470, y, number, 8, "sans-b", align="r")
        s.text(566, y, money(amount), 9, "mono", align="r")
        s.line(478, y + 3, 572, y + 3, 0.4, 0.5)
        y += 15
    total = sum((a for _, _, a in expenses), Decimal(0))
    net = gross - total
    for number, label, amount in (("28", "Total expenses before expenses for business use of home", total),
                                  ("31", "Net profit or (loss). Subtract line 30 from line 29", net)):
        s.text(46, y + 4, number, 8, "sans-b")
        s.text(66, y + 4, label, 8.5, "sans-b")
        s.text(470, y + 4, number, 8, "sans-b", align="r")
        s.text(566, y + 4, money(amount), 9, "mono", align="r")
        s.line(478, y + 7, 572, y + 7, 0.6)
        y += 18
    s.text(40, 760, "For Paperwork Reduction Act Notice, see the separate instructions.", 7)
    s.text(572, 760, f"Schedule C (Form 1040) {year}", 8, "sans-b", align="r")
    return s, net


def library_fax_cover(sender: str, phone: str, to: str, to_fax: str, when: date, pages: int, note: str) -> Doc:
    """A public library's self-service fax cover: the library's name in a box, To / From lines on rules, a row of
    tick boxes (Urgent, Please reply, For review) and the sender's note; not listed."""
    s = Sheet()
    s.rect(72, 60, 468, 58, width=1.4)
    s.text(306, 84, "Riverbend Public Library", 17, "serif-b", align="c")
    s.text(306, 102, "Self-Service Fax  \u2022  Reference Desk", 9, "sans", 0.3, "c")
    s.text(72, 150, "FAX COVER SHEET", 13, "sans-b")
    y = 184
    for label, value in (("To:", to), ("Fax number:", to_fax), ("From:", sender), ("Phone:", phone),
                         ("Date:", us(when)), ("Pages (with cover):", str(pages))):
        s.text(72, y, label, 10, "sans-b")
        s.line(200, y + 3, 540, y + 3, 0.5)
        s.text(206, y, value, 10.5, "pen", 0.15)
        y += 26
    y += 8
    for k, label in enumerate(("Urgent", "Please reply", "For review")):
        s.box(72 + 130 * k, y - 8, k == 2, 9, "tick", 0.15)
        s.text(86 + 130 * k, y, label, 9.5)
    y += 32
    s.text(72, y, "Message:", 10, "sans-b")
    for line in note.split("|"):
        y += 20
        s.text(90, y, line, 11, "pen", 0.15)
    s.text(306, 720, "The library does not keep copies of faxed documents.", 7.5, "sans-i", 0.35, "c")
    return Doc("fax_cover", {}, [s], listed=False)


# --- delivery shapes -----------------------------------------------------------------------------------------------


@dataclass
class TurnedDoc(Doc):
    """Born-digital pages someone turned in a viewer and saved: every page dictionary carries /Rotate `turn`."""

    turn: int = 90

    def digital(self) -> bytes:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(super().digital())))
        for page in writer.pages:
            page.rotate(self.turn)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def turned(doc: Doc, turn: int) -> TurnedDoc:
    return TurnedDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, turn=turn)


@dataclass
class TwoUpDoc(Doc):
    """A document printed as a booklet, two pages side by side on each landscape sheet (the reader's "2 pages per
    sheet", each page shrunk to about 65%), then scanned with the sheets lying landscape: one scanned page a sheet."""

    @property
    def page_count(self) -> int:
        return (super().page_count + 1) // 2

    def images(self, dpi: int) -> list[Image.Image]:
        pages = super().images(dpi)
        width, height = round(11 * dpi), round(8.5 * dpi)
        half = width // 2
        scale = min((half - 0.3 * dpi) / pages[0].width, (height - 0.4 * dpi) / pages[0].height)
        out = []
        for k in range(0, len(pages), 2):
            sheet = Image.new("L", (width, height), 255)
            for i, page in enumerate(pages[k:k + 2]):
                small = page.resize((round(page.width * scale), round(page.height * scale)), Image.Resampling.LANCZOS)
                sheet.paste(small, (i * half + (half - small.width) // 2, (height - small.height) // 2))
            out.append(sheet)
        return out


def two_up(doc: Doc) -> TwoUpDoc:
    return TwoUpDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts)


@dataclass
class OFile(hn.NFile):
    """A file as dropped in the inbox; `standard` stores a fax's pages as STANDARD mode sends them, 204 dots across and
    98 lines an inch (each scan line twice as tall as it is wide)."""

    standard: bool = False


def _standard_fax(path: Path) -> None:
    document = pypdfium2.PdfDocument(path.read_bytes())
    pages = [page.render(scale=204 / 72).to_pil().convert("L") for page in document]
    document.close()
    coarse = [p.resize((p.width, round(p.height * 98 / 204)), Image.Resampling.BOX).point(
        lambda v: 255 if v > 145 else 0).convert("1") for p in pages]
    coarse[0].save(path, "PDF", save_all=True, append_images=coarse[1:], dpi=(204, 98))


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_n's writer (and through it m's, l's, j's, i's and f's), then standard-mode fax pages, keeping
    every file's arrival time."""
    expected = hn.write_packet(packet, root)
    for file in packet.files:
        if isinstance(file, OFile) and file.standard:
            path = root / packet.name / "inbox" / file.name
            stat = path.stat()
            _standard_fax(path)
            os.utime(path, (stat.st_atime, stat.st_mtime))
    return expected


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_n's self-check (m's, after j's)."""
    return hn.check(packet, expected)


# --- packets --------------------------------------------------------------------------------------------------------


def received_on(rng: random.Random) -> date:
    """A weekday between late April and mid-July 2030."""
    return hp.weekday_on_or_before(date(2030, 4, 24) + timedelta(days=rng.randint(0, 80)))


def packet_calloway_typed_hostile_names(seed: int) -> Packet:
    """CB-MAR typed into its PDF by a couple, both signing: his two monthly church compensation statements (salary and
    housing allowance), her state disability award (non-taxable), a typed block-format hardship letter; loose
    born-digital files whose names carry # ; ' % + = … – — and accents. Complete."""
    rng = random.Random(seed * 8017 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Joaquín", None, "Ibarra Luján")
    co = Person("Itziar", "M.", "Goñi Echeverría")
    home = hp.address(rng)
    salary = Decimal(rng.randrange(240000, 340000)) / 100
    housing = Decimal(rng.randrange(90000, 160000)) / 100
    months = _months(received)
    stubs = church_run(rng, borrower, home, months, salary, housing)
    weekly = Decimal(rng.randrange(41000, 76000)) / 100
    since = received - timedelta(days=rng.randint(120, 200))
    award_on = received - timedelta(days=rng.randint(20, 60))
    signed_on = received - timedelta(days=rng.randint(1, 5))
    co_ssn4 = hp.digits(rng, 4)
    sdi = sdi_award(co, co_ssn4, home, award_on, weekly, since, rng)
    app = g_app([("wages", salary + housing, "B"), ("benefits_nontaxable", sdi.fields["monthly_amount"], "C")],
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"], hardship_start=since, signed=True,
                signed_on=signed_on, co_borrower=co, co_ssn4=co_ssn4, co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    _facts(app, rng, "long")
    app_doc = Doc("mortgage_assistance_application", {}, calloway_form(app, "typed", rng))
    pays = [st.doc([stub_church(st, salary, housing, "Associate Pastor")]) for st in stubs]
    letter = block_letter(app, signed_on, CALLOWAY[0], [
        f"In {since:%B} my wife Itziar was diagnosed with a serious illness and had to stop working as a dental "
        "hygienist. She now receives state disability benefits, which are much less than her pay was.",
        "I serve as associate pastor at Grace Harbor Community Church. My salary and housing allowance have not "
        "changed, but alone they do not cover our mortgage, her treatment and our two children's needs.",
        "We ask you to review us for a modification so that we can keep our home while she recovers."], rng)
    docs = [app_doc, *pays, sdi, letter]
    files = [hm.MFile(f"{loan} \u2013 Mortgage Assistance Record (final) [typed].pdf", [app_doc])]
    files += [hm.MFile(f"pay stub #{k}; {loan}; {m:%B %Y}.pdf", [d])
              for k, (m, d) in enumerate(zip(months, pays, strict=True), 1)]
    files.append(hm.MFile(f"{loan} SDI award \u2014 Itziar's 100% copy.pdf", [sdi]))
    files.append(hm.MFile(f"{loan}+hardship=letter (Ibarra Luján) v2 \u2026.pdf", [letter]))
    return Packet("o1-calloway-record-table-typed-church-stubs-state-disability-hostile-file-names", received, app,
                  docs, files, loan, [])


def packet_calloway_hand_duplex_jpeg(seed: int) -> Packet:
    """CB-MAR printed blank and filled in pen, check marks running out of their boxes, signed but not dated; the
    farm cooperative's weekly earnings record listing four pay periods, a hardship letter on a steno pad page; one 150
    dpi duplex scan with a blank back behind every sheet, saved as grayscale JPEG. Incomplete: application_signature."""
    rng = random.Random(seed * 8017 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Gülşen", None, "Çağlayan Öztürk")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(1750, 2450)) / 100
    history = coop_run(rng, borrower, home, received, rate)
    stub = history[-1][0]
    written = received - timedelta(days=rng.randint(2, 6))
    start = received - timedelta(days=rng.randint(70, 150))
    app = g_app([("wages", cents(stub.gross * 52 / 12), "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["reduction_in_income", "disaster"],
                hardship_start=start, signed=True, signed_on=None, phone=hp.phone(rng), email="")
    _facts(app, rng, "short")
    app_doc = Doc("mortgage_assistance_application", {}, calloway_form(app, "hand", rng))
    record = stub.doc([stub_coop(history, f"{rng.randint(1000, 9999)}", "Elevator #3 - grain handling")])
    letter = steno_letter(app, written, [
        f"A hail storm on {_short(start)} flattened most of the crops around here and the elevator cut everybody's "
        "hours. I used to get 55 to 60 hours a week, now it's 40 and sometimes a little overtime.",
        "The roof of my house was damaged in the same storm and the insurance paid only part. I fell two payments "
        "behind fixing it. I want to keep my home, please help me with a lower payment."], rng)
    docs = [app_doc, record, letter]
    scan = Scan(150, skew=0.35, noise=0.0004, blur=0.3, paper=243, seed=seed + 21)
    files = [OFile(f"SCN_{received:%Y%m%d}_{loan}.pdf", docs, scan, duplex=True, jpeg=32)]
    return Packet("o2-calloway-hand-ticks-outside-boxes-undated-coop-multi-period-stub-duplex-gray-jpeg-150dpi",
                  received, app, docs, files, loan, ["application_signature"])


def packet_stonecrest_typed_combined(seed: int) -> Packet:
    """SFS-9 typed into its PDF by a couple, both signing: his wages and her rent from a unit she owns, both shown by
    two consecutive trust-company statements (the second turned with /Rotate 270 before it was saved), a typed
    hardship letter; one combined born-digital PDF under an accented name; no 4506-C. Incomplete: irs_form_4506c."""
    rng = random.Random(seed * 8017 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Étienne", None, "Lévesque-Bérubé")
    co = Person("Anaïs", "C.", "Côté")
    home = hp.address(rng)
    net = Decimal(rng.randrange(165000, 240000)) / 100
    rent = Decimal(rng.randrange(95000, 165000, 500)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        fridays = hj._weekdays(start, 4)[rng.randint(0, 1)::2]
        return [*((d, "PAYROLL DEP VANTAGE TOOLING", net) for d in fridays), (2, "REMOTE DEPOSIT - RENT UNIT B", rent)]

    sts = hf.statements(rng, THORNBURY, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=14)
    statements = [st.doc(statement_thornbury(st, co)) for st in sts]
    statements[1] = turned(statements[1], 270)
    signed_on = received - timedelta(days=rng.randint(1, 4))
    wages = cents(net * 26 / 12 / Decimal("0.77"))
    app = g_app([("wages", wages, "B"), ("rental", rent, "C")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(40, 120)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    _facts(app, rng, "long")
    app.facts.update(occupation="Machinist", co_occupation="Landlord / bookkeeper")
    app_doc = Doc("mortgage_assistance_application", {}, stonecrest_form(app, "typed", rng))
    letter = block_letter(app, signed_on, STONECREST[0], [
        "After the county's reassessment our property taxes rose by more than forty percent, and our homeowner's "
        "insurance premium nearly doubled at renewal. Our escrow payment went up accordingly.",
        "Our income has not changed: my wages and the rent from the small unit Anaïs owns. But the new payment "
        "leaves nothing for repairs or emergencies and we have started to fall behind.",
        "We would like to be considered for a modification of our loan."], rng)
    docs = [app_doc, *statements, letter]
    files = [hm.MFile(f"Lévesque-Bérubé_Côté_{loan}_dossier complet.pdf", docs)]
    return Packet("o3-stonecrest-tax-form-typed-combined-pdf-ledger-statements-rotate-270-no-4506c", received, app,
                  docs, files, loan, ["irs_form_4506c"])


def packet_stonecrest_hand_phone(seed: int) -> Packet:
    """SFS-9 printed and filled in pen by a widow who runs an upholstery shop, boxes crossed by hand, captured with a
    phone; her signed Form 1040 with Schedule C, a signed 4506-C and her husband's obituary in a 200 dpi scan. Complete.
    """
    rng = random.Random(seed * 8017 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Zdeňka", None, "Dvořáková")
    husband = Person("Miroslav", "J.", "Dvořák")
    home = hp.address(rng)
    year = received.year - 1
    receipts = Decimal(rng.randrange(7800000, 11800000)) / 100
    expenses = [("8", "Advertising", Decimal(rng.randrange(60000, 240000)) / 100),
                ("9", "Car and truck expenses", Decimal(rng.randrange(180000, 520000)) / 100),
                ("15", "Insurance (other than health)", Decimal(rng.randrange(90000, 260000)) / 100),
                ("20b", "Rent or lease - other business property", Decimal(rng.randrange(900000, 1500000)) / 100),
                ("22", "Supplies", Decimal(rng.randrange(300000, 900000)) / 100),
                ("25", "Utilities", Decimal(rng.randrange(180000, 420000)) / 100)]
    ssn4 = hp.digits(rng, 4)
    sched, profit = schedule_c(borrower, ssn4, "Dvořák Upholstery & Trim", "Furniture upholstery", year, expenses,
                               receipts)
    died = received - timedelta(days=rng.randint(70, 160))
    filed_on = date(year + 1, 4, rng.randint(2, 14))
    app = g_app([("self_employment", cents(profit / 12), "B")], loan=loan, borrower=borrower, ssn4=ssn4, address=home,
                occupancy="primary_residence", hardships=["death"], hardship_start=died, signed=True,
                signed_on=received - timedelta(days=rng.randint(2, 6)), phone=hp.phone(rng), email="")
    _facts(app, rng, "long")
    app.facts.update(occupation="Upholsterer (self-employed)")
    app_doc = hj.phone_scanned(Doc("mortgage_assistance_application", {}, stonecrest_form(app, "hand", rng)), seed + 41)
    page1 = hp.tax_return_1040(app, year, profit, Decimal(0), filed_on, rng)
    tax = Doc("tax_return", {"tax_year": year, "form": "1040"}, [*page1.sheets, sched], facts={"signed": True})
    irs = hp.form_4506c(borrower, ssn4, home, app.signed_on, rng, year)
    obit = hb.obituary(husband, borrower, home.city, died, rng)
    docs = [app_doc, tax, irs, obit]
    files = [OFile(f"IMG_{rng.randint(2000, 8999)} loan {loan}.pdf", [app_doc],
                   Scan(200, skew=0.0, noise=0.0, blur=0.0, paper=252, seed=seed + 42), jpeg=50, tint=True),
             OFile(f"{loan} taxes 4506 obituary.pdf", [tax, irs, obit],
                   Scan(200, skew=0.4, noise=0.0005, blur=0.35, paper=245, seed=seed + 43), arrives_after=900)]
    return Packet("o4-stonecrest-hand-crosses-phone-capture-1040-schedule-c-4506c-obituary-200dpi", received, app, docs,
                  files, loan, [])


def packet_form710_rotated_folder(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm by a couple, both signing, then turned a quarter in a viewer and
    saved (every page /Rotate 90, fields kept); his two bi-weekly hospital earnings remittances, a typed hardship letter
    (her layoff); born digital in a folder named after the loan. Complete."""
    rng = random.Random(seed * 8017 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Raúl", None, "de la Fuente Ávila")
    co = Person("Consuelo", None, "Ávila Montes")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(3400, 4800)) / 100
    end = hb._saturday_on_or_before(received - timedelta(days=rng.randint(8, 12)))
    pto, nights = rng.choice([0, 8, 12]), rng.choice([24, 36, 48])
    pays = [hospital_pay(rng, borrower, home, end - timedelta(days=14 * k), rate, pto, nights) for k in (1, 0)]
    emp_no = f"{rng.randint(100000, 999999)}"
    remits = [st.doc([stub_hospital(st, lines, emp_no, "4 West - Medical/Surgical")]) for st, lines in pays]
    laid_off = received - timedelta(days=rng.randint(45, 110))
    unemployment = Decimal(rng.randrange(140000, 210000)) / 100
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", cents(pays[-1][0].gross * 26 / 12), "B"), ("unemployment", unemployment, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["unemployment"], hardship_start=laid_off, signed=True, signed_on=signed_on, co_borrower=co,
                co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    _facts(app, rng, "short")
    app.facts.update(co_email=hj._email(co, rng), co_phone=hp.phone(rng))
    form = turned(Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng), facts={"form710": True}),
                  90)
    letter = block_letter(app, signed_on, "Mortgage Servicing - Loss Mitigation", [
        f"On {long_date(laid_off)} my wife Consuelo lost her job when the call center where she worked for nine years "
        "closed. She receives unemployment benefits and is looking for work every day.",
        "I am a registered nurse and work nights, but my pay alone does not cover the mortgage and our bills. We are "
        "asking for a short-term solution until she finds a new job."], rng)
    docs = [form, *remits, letter]
    files = [hm.MFile(f"{loan}/710_signed.pdf", [form])]
    files += [hm.MFile(f"{loan}/Remittance {st.pay_date:%m-%d-%Y}.pdf", [d])
              for (st, _), d in zip(pays, remits, strict=True)]
    files.append(hm.MFile(f"{loan}/carta - hardship letter.pdf", [letter]))
    return Packet("o5-form710-acroform-every-page-rotate-90-hospital-remittances-folder", received, app, docs, files,
                  loan, [])


def packet_form710_two_up_standard_fax(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm, printed as a booklet two pages to a landscape sheet, signed in
    ink and scanned at 300 dpi; then, from the public library, one hospital remittance, ONE trust-company statement and
    the divorce decree faxed in standard mode (204 x 98 dpi) with the library's cover and the machine's header line.
    Child support claimed but one statement is not two. Incomplete: income_doc:other."""
    rng = random.Random(seed * 8017 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Krisztina", "É.", "Szőke-Nagy")
    former = Person("Levente", None, "Nagy")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(2900, 3900)) / 100
    end = hb._saturday_on_or_before(received - timedelta(days=rng.randint(8, 12)))
    stub, lines = hospital_pay(rng, borrower, home, end, rate, rng.choice([0, 8, 16]), rng.choice([0, 24, 32]))
    remit = stub.doc([stub_hospital(stub, lines, f"{rng.randint(100000, 999999)}", "Laboratory - Phlebotomy")])
    support = Decimal(rng.randrange(45000, 95000, 500)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        fridays = hj._weekdays(start, 4)[rng.randint(0, 1)::2]
        return [*((d, "PAYROLL LAKESHORE SOC MED CTR", stub.net) for d in fridays),
                (rng.randint(3, 8), "STATE DISBURSEMENT UNIT CHILD SUPP", support)]

    st = hf.statements(rng, THORNBURY, borrower, home, _months(received)[1:], hp.digits(rng, 4), deposits,
                       n_debits=12)[0]
    statement = st.doc(statement_thornbury(st))
    decreed = received - timedelta(days=rng.randint(120, 260))
    decree = hp.divorce_decree(borrower, former, decreed, rng)
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B"), ("other", support, "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["divorce_or_separation"], hardship_start=decreed - timedelta(days=rng.randint(60, 200)),
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    _facts(app, rng, "long")
    booklet = two_up(Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng),
                         facts={"form710": True}))
    faxed = [remit, statement, decree]
    cover = library_fax_cover(borrower.name, app.phone, "Loss Mitigation", "(800) 555-0140", received,
                              1 + sum(d.page_count for d in faxed), f"Loan {loan}|Pay stub, bank statement and my "
                              "divorce|decree. Application was mailed.")
    header = (f"{received:%m/%d/%Y} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}  RIVERBEND PUB LIB REF  "
              "PAGE {page:03d}/{pages:03d}")
    files = [OFile(f"{loan} application booklet.pdf", [booklet],
                   Scan(300, skew=0.3, noise=0.0002, blur=0.4, paper=246, seed=seed + 61)),
             OFile(f"FAX {loan} {received:%Y-%m-%d}.pdf", [cover, *faxed],
                   Scan(204, skew=0.35, noise=0.0006, blur=0.3, fax=True, seed=seed + 62), header=header, standard=True,
                   arrives_after=5400)]
    return Packet("o6-form710-two-up-booklet-300dpi-standard-mode-fax-204x98-one-statement-child-support", received,
                  app, [booklet, *faxed], files, loan, ["income_doc:other"])


PACKETS = (packet_calloway_typed_hostile_names, packet_calloway_hand_duplex_jpeg, packet_stonecrest_typed_combined,
           packet_stonecrest_hand_phone, packet_form710_rotated_folder, packet_form710_two_up_standard_fax)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 15710, write_packet, check)


if __name__ == "__main__":
    main()
