"""A fourteenth holdout set of borrower packets (n1..n6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k, l and m sets, written without looking at the service's code, rules or tests, to gauge
honestly how it reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_n.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a servicer's two-page "Borrower Assistance
Questionnaire" (Wexford Landing, form WLM-Q) whose numbered questions Q1..Q36 run down two newspaper columns and on to
the next page, each answered on a line under its question, choices as bracket pairs "[  ]" printed in the text,
occupancy asked as "Is the property your primary residence? [ ] YES [ ] NO" with a follow-up for NO, income and then
monthly expenses as one question a line, each closed by a total question; typed into its PDF with the X typed inside the
brackets, or printed in the servicer's maroon ink and filled in blue ballpoint with YES / NO circled instead of marked,
"N/A" written where there is no co-borrower and "-0-" on some income lines. A second servicer's web portal (Keyhaven
Home Loans) printed from the browser at its "Review & sign" step: a progress stepper, answer cards with small grey
labels over the answers, occupancy as a segmented control and hardship reasons as chips (the chosen ones white on black
with a check mark), duration as radio buttons, income in a Source | Who | Monthly amount table and expenses in another,
and either the portal's e-signature panel (the co-borrower's signature still "Waiting for signature") or wet-signature
lines signed and dated in ink, printed and faxed. A Workday-style "Pay Slip" whose summary gives Current and YTD as ROWS
under Hours Worked / Gross Pay / Pre Tax Deductions / Employee Taxes / Post Tax Deductions / Net Pay; a parks district's
semi-monthly "Earnings Statement" for one employee holding two positions (a salaried job and an hourly one, each with
its own YTD) under "Check Date / Period Beginning / Period Ending"; a small dental office's pay stub made in a
spreadsheet and printed with gridlines and row and column headings ("Twice monthly"); a community bank's three-page
statement grouped into deposits, a three-across "Checks Paid" grid, other debits and daily balances, with a last page of
CHECK IMAGES (the cleared checks pictured, hand-filled); an online bank's statement with summary tiles and a daily
balance bar chart; a broker's monthly investment statements (a co-borrower's systematic withdrawals as investment
income); an S corporation's signed Form 1120-S (a business tax return) with a 4506-C; Army permanent change of station
orders; a long-term disability insurer's claim approval (taxable benefits); a petition for dissolution of marriage,
filed but not a decree (an "other" paper, so the divorce hardship stays undocumented); the servicer's hardship
explanation worksheet answered by hand. Delivered as: a born-digital loan folder; loose born-digital files whose pay
stubs come from a payroll system that embeds its fonts with private character codes and no /ToUnicode map (the pages
look right but their text layer reads as control characters); a mailroom's COLOUR 200 dpi JPEG scan of a mailed packet
(maroon print and blue ink on cream paper, the sheets creased where they were folded in three, a yellow sticky note
written on by the borrower); online-banking e-statements encrypted with AES and an owner password but an empty user
password (they open without one) beside a 300 dpi scan of folded, stapled orders; a 200 dpi fax of the portal's printout
with the home printer's cover page; and a loan folder of 300 dpi scans with NO application at all, the borrower's loan
number written by hand at the top of every page and the payroll deposits marked with a highlighter.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow from
the values drawn. `--check` (holdout_packets_m's, after holdout_packets_j's) also confirms that every expected value is
printed (or hand-written) on its document and that the rules give each scenario's codes. Received dates fall between
mid-September and the end of November 2029. Scans are the same for a seed but for the image PDFs' creation timestamps
(Pillow's, as in the earlier sets).
"""

from __future__ import annotations

import io
import math
import os
import random
import secrets
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions
from pypdf.generic import NameObject
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_e as he
import holdout_packets_f as hf
import holdout_packets_j as hj
import holdout_packets_m as hm
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app
from holdout_packets_l import _months, _slash
from holdout_packets_m import _mon

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT, EN, TICK, BULLET = "\u00b7", "\u2013", "\u2713", "\u2022"
MAROON, BLUE_INK, BLACK = (122, 22, 38), (26, 44, 138), (24, 24, 26)


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


def _lines(text: str, width: float, size: float, font: str = "sans") -> list[str]:
    return hf._lines(text, width, size, font)


def table(s: Sheet, x: float, y: float, cols: Sequence[tuple[str, float, str]], rows: Sequence[Sequence[str]],
          size: float = 7.6, row_h: float = 13.0, head_fill: float | None = 0.86, bold: Sequence[int] = (),
          zebra: float | None = None) -> float:
    """A bordered table: a shaded heading row, then `rows` (each cell aligned l, r or c); returns the y under it."""
    total = sum(w for _, w, _ in cols)

    def row(values: Sequence[str], top: float, font: str, fill: float | None, h: float) -> None:
        s.rect(x, top, total, h, width=0.4, stroke=0.55, fill=fill)
        cx = x
        for (_, w, align), value in zip(cols, values, strict=True):
            tx = cx + 3 if align == "l" else cx + w - 3 if align == "r" else cx + w / 2
            s.text(tx, top + h - 3.6, value, size, font, 0.0, align)
            cx += w

    if head_fill is not None:
        row([c[0] for c in cols], y, "sans-b", head_fill, row_h + 1)
        y += row_h + 1
    for r, values in enumerate(rows):
        row(values, y, "sans-b" if r in bold else "sans", zebra if zebra is not None and r % 2 else None, row_h)
        y += row_h
    return y


# --- application 1: Wexford Landing's two-column numbered questionnaire ---------------------------------------------

WEXFORD = ("Wexford Landing Mortgage Company",
           f"Homeowner Support Center {DOT} PO Box 60218, Harrisburg, PA 17106 {DOT} Fax (717) 555-0148 {DOT} "
           "(800) 555-0171")
WX_HARDSHIPS = [("unemployment", "I lost my job or was furloughed"),
                ("reduction_in_income", "My pay, hours or overtime were cut"),
                ("increase_in_housing_expenses", "Taxes, insurance or HOA dues went up"),
                ("disaster", "A disaster damaged my home or workplace"),
                ("disability_or_illness", "Illness, injury or disability (me or family)"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "A co-owner I am not married to moved out"),
                ("death", "Death of a borrower or wage earner"),
                ("relocation", "Job transfer far away / military orders"),
                ("other", "Another reason (explain in Q16)")]
WX_INCOME = [("wages", "Wages, salary, overtime, bonus and tips (before taxes)"),
             ("self_employment", "Self-employment income (net, after business expenses)"),
             ("unemployment", "Unemployment benefits"),
             ("benefits_taxable", "Social Security, pension, retirement or disability income that is taxable"),
             ("benefits_nontaxable", "Non-taxable benefits (SSI, VA disability, workers' compensation)"),
             ("rental", "Rent you receive from tenants"),
             ("investment", "Interest, dividends or withdrawals from investments"),
             ("other", "Child support, alimony or any other income")]
WX_EXPENSES = [("mortgage", "Your monthly mortgage payment (principal, interest, taxes and insurance)"),
               ("second", "Second mortgage or home equity line payment"),
               ("cars", "Car loan or lease payments"),
               ("cards", "Credit cards and other loans (minimum payments)"),
               ("care", "Child care, or child support or alimony you pay"),
               ("living", "Utilities, phone, food and other living costs")]
WX_DOCUMENTS = ["Your two most recent pay stubs, or two months of bank statements",
                "A letter or statement for every benefit you receive",
                "If you are self-employed: your latest signed tax return or a profit and loss statement, and a signed "
                "IRS Form 4506-C",
                "For a divorce, death, illness or transfer: the paper that shows it (decree, death certificate, "
                "doctor's note, orders or transfer letter)"]


def wexford_app(lines: Sequence[tuple[str, Decimal, str]], rng: random.Random, **answers: Any) -> GApplication:
    app = g_app(lines, **answers)
    costs = {"mortgage": rng.randrange(110000, 240000), "second": 0,
             "cars": rng.choice([0, rng.randrange(18000, 62000)]),
             "cards": rng.randrange(5000, 45000), "care": rng.choice([0, 0, rng.randrange(20000, 90000)]),
             "living": rng.randrange(60000, 140000)}
    app.facts.update(duration="long", savings=money(Decimal(rng.randrange(20000, 450000)) / 100), story="",
                     **{f"cost:{k}": money(Decimal(v) / 100) for k, v in costs.items() if v},
                     costs=money(Decimal(sum(costs.values())) / 100))
    return app


def wexford_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """WLM-Q, two pages of questions in two columns: typed into its PDF with an X typed between the brackets, a
    signature drawn with the reader's signing tool and the date typed ("typed"), or printed and filled in pen ("hand":
    YES / NO circled rather than marked, "N/A" for the co-borrower, "-0-" on some income lines)."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.12)
    when = _short if hand else us
    co, facts, home = app.co_borrower, app.facts, app.address
    pages = [Sheet(), Sheet()]
    width, cols = 254.0, (40.0, 318.0)
    tops, bottoms = (132.0, 86.0), (748.0, 588.0)
    at: dict[str, Any] = {"page": 0, "col": 0, "y": tops[0], "heading": ""}
    for n, s in enumerate(pages, 1):
        s.text(40, 42, WEXFORD[0], 14, "serif-b")
        s.text(40, 54, WEXFORD[1], 6.6, "sans", 0.3)
        s.text(572, 40, "BORROWER ASSISTANCE", 11, "sans-b", align="r")
        s.text(572, 52, "QUESTIONNAIRE", 11, "sans-b", align="r")
        s.line(40, 61, 572, 61, 1.4)
        s.text(40, 772, "Form WLM-Q (rev. 07/2029)", 6.8, "sans", 0.35)
        s.text(306, 772, f"Page {n} of 2", 6.8, "sans", 0.35, "c")
        s.text(572, 772, "Keep a copy for your records", 6.8, "sans", 0.35, "r")
    pages[0].wrap(40, 76, "Please answer every question that applies to you and write each answer on the line under "
                  "its question. Mark your choices with an X between the brackets [  ]. Leave a question blank if it "
                  "does not apply. Sign and date page 2, and return both pages with your documents by mail, by fax or "
                  "through wexfordlanding.example/help.", 532, 7.6, "sans", 9.6, 0.15)
    pages[0].line(306, 120, 306, 752, 0.5, 0.55)
    pages[1].line(306, 72, 306, 590, 0.5, 0.55)

    def room(h: float) -> tuple[Sheet, float, float]:
        extra = 28 if at["heading"] else 0
        if at["y"] + h + extra > bottoms[at["page"]]:
            if at["col"] == 0:
                at["col"] = 1
            else:
                at["page"] += 1
                at["col"] = 0
            at["y"] = tops[at["page"]]
        s, x = pages[at["page"]], cols[at["col"]]
        if at["heading"]:
            if at["y"] > tops[at["page"]]:
                at["y"] += 6
            s.rect(x, at["y"] - 10, width, 14, stroke=None, fill=0.15)
            s.text(x + 5, at["y"], at["heading"], 7.8, "sans-b", 1.0)
            at["y"] += 22
            at["heading"] = ""
        return s, x, at["y"]

    def ask(number: int, text: str, below: float) -> tuple[Sheet, float, float]:
        lines = _lines(text, width - 26, 8)
        s, x, y = room(10 * len(lines) + below)
        s.text(x, y, f"Q{number}", 8.5, "sans-b")
        for k, line in enumerate(lines):
            s.text(x + 24, y + 10 * k, line, 8)
        return s, x, y + 10 * (len(lines) - 1)

    def line(number: int, text: str, value: str, dollar: bool = False, bold: bool = False) -> None:
        s, x, y = ask(number, text, 32)
        base = y + 17
        s.line(x + 24, base, x + width, base, 1.0 if bold else 0.5)
        if dollar:
            s.text(x + 24, base - 3, "$", 9, "sans-b" if bold else "sans")
        pen.write(s, x + (36 if dollar else 28), base - 3, value, 10.5, fit=width - 40)
        at["y"] = base + 16

    def choose(number: int, text: str, options: Sequence[tuple[str, bool]], circle: bool) -> None:
        s, x, y = ask(number, text, 28)
        oy, ox = y + 14, x + 24
        for label, chosen in options:
            s.text(ox, oy, "[  ]", 8.5, "mono")
            s.text(ox + 27, oy, label, 8.2)
            w = hp.text_width(label, "sans", 8.2)
            if chosen and hand and circle:
                he._circle(s, rng, ox + 27 + w / 2, oy - 3, w / 2 + 4.5, 7.5)
            elif chosen:
                pen.write(s, ox + 6.8, oy + 0.3, "X", 9)
            ox += 27 + w + 20
        at["y"] = oy + 16

    def marks(number: int, text: str, options: Sequence[tuple[str, bool]]) -> None:
        s, x, y = ask(number, text, 16 + 12.5 * len(options))
        oy = y + 14
        for label, chosen in options:
            s.text(x + 24, oy, "[  ]", 8.5, "mono")
            s.text(x + 48, oy, label, 7.9)
            if chosen:
                pen.write(s, x + 30.8, oy + 0.3, "X", 9)
            oy += 12.5
        at["y"] = oy + 6

    at["heading"] = "PART A  -  ABOUT YOU AND YOUR LOAN"
    line(1, "Your mortgage loan number (it is on your monthly statement)", app.loan)
    line(2, "Your full name (first, middle, last)", app.borrower.name)
    line(3, "The last four digits of your Social Security number", app.ssn4)
    line(4, "Co-borrower's full name (anyone else who signed the mortgage)", co.name if co else "N/A" if hand else "")
    line(5, "Co-borrower's Social Security number, last four digits", (app.co_ssn4 or "") if co else "")
    line(6, "The best phone number to reach you", app.phone)
    line(7, "Your e-mail address", app.email)
    at["heading"] = "PART B  -  THE PROPERTY"
    line(8, "Street address of the property this questionnaire is about", home.street)
    line(9, "City, state and ZIP code of the property", home.last_line)
    primary = app.occupancy == "primary_residence"
    choose(10, "Is the property your primary residence (where you live most of the year)?",
           [("YES", primary), ("NO", bool(app.occupancy) and not primary)], circle=True)
    choose(11, "If you answered NO to Q10, the property is a:", [("second home", app.occupancy == "second_home"),
                                                                   ("rental property",
                                                                    app.occupancy == "investment_property")],
           circle=False)
    choose(12, "Is the property listed for sale or under a contract of sale?", [("YES", False), ("NO", True)],
           circle=True)
    at["heading"] = "PART C  -  YOUR HARDSHIP"
    marks(13, "What made it hard to make your payment? Mark every reason that applies.",
          [(label, code in app.hardships) for code, label in WX_HARDSHIPS])
    line(14, "On what date did the hardship begin? (month/day/year)",
         when(app.hardship_start) if app.hardship_start else "")
    choose(15, "Do you expect the hardship to last longer than 6 months?",
           [("YES", facts.get("duration") == "long"), ("NO", facts.get("duration") == "short")], circle=True)
    s, x, y = ask(16, "In a few words, what happened? Attach a letter if you need more room.", 50)
    story = _lines(facts.get("story", ""), width - 40, 11.5 if hand else 10, "pen" if hand else "sans")
    for k in range(2):
        base = y + 17 + 18 * k
        s.line(x + 24, base, x + width, base, 0.5)
        if k < len(story):
            pen.write(s, x + 28, base - 3, story[k], 10 if not hand else 9.5, fit=width - 32)
    at["y"] = y + 17 + 18 + 16
    at["heading"] = "PART D  -  MONTHLY INCOME BEFORE TAXES (all borrowers)"
    for i, (code, label) in enumerate(WX_INCOME):
        amount = app.income(code)
        line(17 + i, label, money(amount) if amount else "-0-" if hand and i in (1, 2) else "", dollar=True)
    line(25, "TOTAL monthly income (add Q17 through Q24)", money(app.total) if app.income_lines else "",
         dollar=True, bold=True)
    line(26, "About how much do you have in checking and savings today?", facts.get("savings", ""), dollar=True)
    at["heading"] = "PART E  -  MONTHLY EXPENSES"
    for i, (key, label) in enumerate(WX_EXPENSES):
        line(27 + i, label, facts.get(f"cost:{key}", "-0-" if hand and key == "second" else ""), dollar=True)
    line(33, "TOTAL monthly expenses (add Q27 through Q32)", facts.get("costs", ""), dollar=True, bold=True)
    at["heading"] = "PART F  -  A FEW MORE QUESTIONS"
    choose(34, "Have you filed for bankruptcy in the last two years?", [("YES", False), ("NO", True)], circle=True)
    choose(35, "Is any borrower on active military duty, or the surviving spouse of a servicemember?",
           [("YES", False), ("NO", True)], circle=True)
    choose(36, "Have you talked with a HUD-approved housing counselor?", [("YES", False), ("NO", True)], circle=True)
    s, x, y = room(30 + 24 * len(WX_DOCUMENTS))
    s.text(x, y, "Send with this questionnaire:", 8.5, "sans-b")
    y += 13
    for item in WX_DOCUMENTS:
        s.text(x + 4, y, BULLET, 8)
        y = s.wrap(x + 14, y, item, width - 14, 7.6, "sans", 9.4) + 3
    at["y"] = y
    assert at["page"] == 1, "WLM-Q runs off its second page"

    s = pages[1]
    s.rect(40, 604, 532, 14, stroke=None, fill=0.15)
    s.text(45, 614, "PART G  -  SIGN AND DATE (everyone who signed the mortgage must sign)", 7.8, "sans-b", 1.0)
    y = s.wrap(40, 632, "By signing I certify that my answers are true and complete, that the hardship I described is "
               "why I need help with my mortgage, and that Wexford Landing may verify them and obtain my credit "
               "report. I understand that a false statement may violate federal law and that Wexford Landing is not "
               "required to offer me any option.", 532, 7.6, "sans", 9.6) + 24
    for label, who, signed, signed_on in (("Borrower's signature", app.borrower, app.signed, app.signed_on),
                                          ("Co-borrower's signature", co, app.co_signed, app.co_signed_on)):
        s.line(40, y, 360, y, 0.7)
        s.text(40, y + 9, label, 7, "sans", 0.3)
        s.line(392, y, 572, y, 0.7)
        s.text(392, y + 9, "Date signed (month/day/year)", 7, "sans", 0.3)
        if who and signed:
            s.signature(rng, 62, y - 1, 180, 22, gray=0.1 if hand else 0.05)
        if who and signed_on:
            pen.write(s, 400, y - 4, when(signed_on), 11)
        y += 42
    return pages


def hardship_explanation(app: GApplication, when: date, answers: Sequence[str], rng: random.Random) -> Doc:
    """Wexford Landing's one-page "Hardship Explanation" worksheet: four printed prompts on ruled lines, answered by
    hand, signed and dated (a hardship letter)."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.12)
    s.text(40, 42, WEXFORD[0], 14, "serif-b")
    s.text(40, 54, WEXFORD[1], 6.6, "sans", 0.3)
    s.line(40, 61, 572, 61, 1.4)
    s.text(306, 88, "HARDSHIP EXPLANATION", 14, "sans-b", align="c")
    s.text(306, 101, "Attach this page to your Borrower Assistance Questionnaire (form WLM-Q)", 8, "sans-i", 0.3, "c")
    y = 130.0
    for x, label, w, value in ((40, "Name", 250, app.borrower.name), (330, "Loan number", 242, app.loan)):
        s.text(x, y, label, 8, "sans-b")
        s.line(x + hp.text_width(label, "sans-b", 8) + 6, y + 2, x + w, y + 2, 0.5)
        pen.write(s, x + hp.text_width(label, "sans-b", 8) + 10, y - 1, value, 11)
    y += 26
    s.text(40, y, "Date", 8, "sans-b")
    s.line(66, y + 2, 200, y + 2, 0.5)
    pen.write(s, 72, y - 1, _short(when), 11)
    y += 30
    prompts = ["1. What happened, and when did it happen?", "2. How has it changed your income or your expenses?",
               "3. What have you done about it so far?",
               "4. Is it over? If not, when do you expect things to get better?"]
    for prompt, answer in zip(prompts, answers, strict=True):
        s.text(40, y, prompt, 9, "sans-b")
        y += 8
        lines = _lines(answer, 500, 12.5, "pen")
        for k in range(max(3, len(lines))):
            y += 22
            s.line(40, y + 3, 572, y + 3, 0.4, 0.55)
            if k < len(lines):
                pen.write(s, 46, y, lines[k], 11)
        y += 26
    y = max(y + 10, 660.0)
    s.line(40, y, 330, y, 0.7)
    s.text(40, y + 9, "Signature", 7, "sans", 0.3)
    s.signature(rng, 60, y - 1, 170, 22, gray=0.12)
    s.line(380, y, 572, y, 0.7)
    s.text(380, y + 9, "Date", 7, "sans", 0.3)
    pen.write(s, 388, y - 4, _short(when), 11)
    return Doc("hardship_letter", {"letter_date": when}, [s])


# --- application 2: Keyhaven's portal, printed at "Review & sign" -------------------------------------------------

KEYHAVEN = ("Keyhaven Home Loans", "my.keyhaven.example", "1-866-555-0193")
KH_HARDSHIPS = [("unemployment", "Lost job or furloughed"), ("reduction_in_income", "Less pay or fewer hours"),
                ("increase_in_housing_expenses", "Higher housing costs"), ("disaster", "Natural or other disaster"),
                ("disability_or_illness", "Illness or disability"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Co-owner moved out (not married)"), ("death", "Death in the household"),
                ("relocation", "Job relocation or military move"), ("other", "Something else")]
KH_INCOME = {"wages": "Job income (wages, salary, tips)", "self_employment": "Self-employment (net)",
             "unemployment": "Unemployment benefits",
             "benefits_taxable": "Social Security, pension or disability (taxable)",
             "benefits_nontaxable": "Non-taxable benefits (SSI, VA, workers' comp)", "rental": "Rental income",
             "investment": "Investment income", "other": "Child support, alimony or other"}
KH_OCCUPANCY = [("primary_residence", "I live here"), ("second_home", "Second home"),
                ("investment_property", "Rental property")]
KH_DURATION = [("short", "Less than 6 months"), ("long", "6 months or longer"), ("resolved", "It's over now")]


def keyhaven_app(lines: Sequence[tuple[str, Decimal, str]], rng: random.Random, **answers: Any) -> GApplication:
    app = g_app(lines, **answers)
    app.facts.update(duration="long", story="", app_id=f"KH-A-{rng.randint(1000000, 9999999)}",
                     clock=f"{rng.randint(6, 10)}:{rng.randint(10, 59)} PM", ip=str(rng.randint(2, 250)),
                     costs=[("Mortgage payment", Decimal(rng.randrange(110000, 260000)) / 100),
                            ("Car payments", Decimal(rng.choice([0, rng.randrange(18000, 65000)])) / 100),
                            ("Credit cards and loans (minimums)", Decimal(rng.randrange(4000, 50000)) / 100),
                            ("Utilities, insurance and other", Decimal(rng.randrange(40000, 120000)) / 100)])
    return app


def _masked(last4: str) -> str:
    return f"{BULLET * 3}-{BULLET * 2}-{last4}"


def keyhaven_form(app: GApplication, sign: str, rng: random.Random, started: date, printed: date) -> list[Sheet]:
    """The portal's review page printed from the browser (two pages): answers in cards, occupancy as a segmented
    control, hardships as chips, and the portal's e-signature panel ("esign") or wet-signature lines signed and dated
    in ink ("paper")."""
    co, facts, home = app.co_borrower, app.facts, app.address
    ink = hb.Pen(rng, hand=True, gray=0.1)
    pages = [Sheet(), Sheet()]
    for n, s in enumerate(pages, 1):
        s.text(24, 18, f"{printed.month}/{printed.day}/{printed:%y}, {facts['clock']}", 7, "sans", 0.2)
        s.text(306, 18, f"Review & sign | {KEYHAVEN[0]}", 7, "sans", 0.2, "c")
        s.text(24, 768, f"https://{KEYHAVEN[1]}/assistance/{facts['app_id']}/review", 7, "sans", 0.2)
        s.text(588, 768, f"{n}/2", 7, "sans", 0.2, "r")
        s.rect(40, 28, 532, 32, stroke=None, fill=0.16)
        s.text(54, 49, "KEYHAVEN", 13, "sans-b", 1.0)
        s.text(54 + hp.text_width("KEYHAVEN", "sans-b", 13) + 6, 49, "Home Loans", 10, "sans", 0.85)
        if app.email:
            s.text(558, 48, f"Signed in as {app.email}", 7.5, "sans", 0.85, "r")

    def card(s: Sheet, top: float, bottom: float, title: str) -> None:
        s.rect(40, top, 532, bottom - top, width=0.6, stroke=0.7)
        s.text(54, top + 20, title, 11.5, "sans-b")
        s.text(558, top + 20, "Edit", 8.5, "sans-b", 0.35, "r")
        s.line(54, top + 28, 558, top + 28, 0.4, 0.8)

    def pair(s: Sheet, x: float, y: float, label: str, value: str) -> None:
        s.text(x, y, label, 7.3, "sans", 0.45)
        s.text(x, y + 13, value, 10)

    s = pages[0]
    s.text(40, 86, "Mortgage Assistance Application", 17, "sans-b")
    s.text(40, 100, f"Application {facts['app_id']}  {DOT}  Started {_mon(started)}  {DOT}  Step 5 of 5: Review & sign",
           8, "sans", 0.4)
    steps = ["About you", "Your home", "Hardship", "Income", "Review & sign"]
    for i, label in enumerate(steps):
        cx = 80 + 113 * i
        if i < len(steps) - 1:
            s.line(cx + 10, 124, cx + 103, 124, 1.2, 0.16)
            s.circle(cx, 124, 8, 0.8, fill=0.16)
            s.text(cx, 127.5, TICK, 9, "glyph", 1.0, "c")
        else:
            s.circle(cx, 124, 8, 1.2)
            s.text(cx, 127.5, "5", 8.5, "sans-b", 0.0, "c")
        s.text(cx, 144, label, 7.5, "sans-b" if i == len(steps) - 1 else "sans", 0.2, "c")
    top = 156.0
    y = top + 44
    rows = [("Mortgage loan number", app.loan, "Application ID", facts["app_id"]),
            ("Borrower", app.borrower.name, "Social Security number", _masked(app.ssn4)),
            ("Co-borrower", co.name if co else "None added", "Co-borrower's Social Security number",
             _masked(app.co_ssn4 or "") if co else "-"),
            ("Mobile phone", app.phone, "Email", app.email or "-")]
    for a, b, c, d in rows:
        pair(s, 54, y, a, b)
        pair(s, 310, y, c, d)
        y += 30
    card(s, top, y, "About you")
    top = y + 12
    y = top + 44
    pair(s, 54, y, "Property address", home.one_line)
    y += 30
    s.text(54, y, "How do you use this home?", 7.3, "sans", 0.45)
    y += 6
    for i, (code, label) in enumerate(KH_OCCUPANCY):
        x = 54 + 150 * i
        chosen = app.occupancy == code
        s.rect(x, y, 150, 22, width=0.6, stroke=0.3, fill=0.16 if chosen else None)
        if chosen:
            w = hp.text_width(label, "sans-b", 9) + 14
            s.text(x + 75 - w / 2, y + 15, TICK, 9, "glyph", 1.0)
            s.text(x + 75 - w / 2 + 14, y + 15, label, 9, "sans-b", 1.0)
        else:
            s.text(x + 75, y + 15, label, 9, "sans", 0.25, "c")
    y += 40
    pair(s, 54, y, "Is the home listed for sale?", "No")
    y += 26
    card(s, top, y, "Your home")
    top = y + 12
    y = top + 44
    s.text(54, y, "What's making it hard to pay? Select all that apply.", 7.3, "sans", 0.45)
    x, y = 54.0, y + 8
    for code, label in KH_HARDSHIPS:
        chosen = code in app.hardships
        w = hp.text_width(label, "sans", 8.5) + (32 if chosen else 18)
        if x + w > 558:
            x, y = 54.0, y + 24
        if chosen:
            s.rect(x, y, w, 18, width=0.6, stroke=0.16, fill=0.16)
            s.text(x + 8, y + 12.5, TICK, 8.5, "glyph", 1.0)
            s.text(x + 22, y + 12.5, label, 8.5, "sans", 1.0)
        else:
            s.rect(x, y, w, 18, width=0.6, stroke=0.55)
            s.text(x + 9, y + 12.5, label, 8.5, "sans", 0.3)
        x += w + 6
    y += 36
    pair(s, 54, y, "When did it start?", _mon(app.hardship_start) if app.hardship_start else "-")
    s.text(310, y, "How long do you expect it to last?", 7.3, "sans", 0.45)
    for i, (key, label) in enumerate(KH_DURATION):
        yy = y + 13 + 13 * i
        s.circle(316, yy - 3, 4.5, 0.7)
        if facts.get("duration") == key:
            s.circle(316, yy - 3, 2.2, 0.5, fill=0.0)
        s.text(326, yy, label, 9)
    y += 56
    s.text(54, y, "Tell us what happened", 7.3, "sans", 0.45)
    story = _lines(facts.get("story", ""), 490, 9)
    s.rect(54, y + 5, 504, 12 * max(2, len(story)) + 10, width=0.5, stroke=0.6, fill=0.97)
    for k, text in enumerate(story):
        s.text(60, y + 19 + 12 * k, text, 9)
    y += 12 * max(2, len(story)) + 28
    card(s, top, y, "Your hardship")
    assert y < 770, "Keyhaven page 1 runs off its page"

    s = pages[1]
    top = 76.0
    y = top + 38
    s.text(54, y, "Enter amounts per month, before taxes.", 7.3, "sans", 0.45)
    y += 8
    names = {"B": app.borrower, "C": co}
    cells = [(KH_INCOME[c], f"{names[w].first} {names[w].last}" if names[w] else "", f"${money(a)}")
             for c, a, w in app.income_lines]
    y = table(s, 54, y, [("Income source", 250, "l"), ("Who receives it", 140, "l"), ("Monthly amount", 114, "r")],
              [*cells, ("Total monthly income", "", f"${money(app.total)}")], size=8.5, row_h=17,
              head_fill=0.93, bold=(len(cells),))
    y += 16
    card(s, top, y, "Monthly income (before taxes)")
    top = y + 12
    y = top + 38
    costs = facts["costs"]
    y = table(s, 54, y, [("Expense", 390, "l"), ("Per month", 114, "r")],
              [*((label, f"${money(a)}") for label, a in costs),
               ("Total monthly expenses", f"${money(sum((a for _, a in costs), Decimal(0)))}")], size=8.5, row_h=17,
              head_fill=0.93, bold=(len(costs),))
    y += 16
    card(s, top, y, "Monthly expenses")
    top = y + 12
    y = top + 44
    y = s.wrap(54, y, "By signing, each borrower certifies that the information in this application is true and "
               "complete, that the hardship described is the reason help is needed, and agrees that Keyhaven may "
               "verify it and obtain credit reports. Knowingly submitting false information may violate federal law.",
               504, 8.5, "sans", 11.5, 0.2) + 10
    signers = [("Borrower", app.borrower, app.signed, app.signed_on, app.email),
               ("Co-borrower", co, app.co_signed, app.co_signed_on, facts.get("co_email", ""))]
    if sign == "paper":
        y = s.wrap(54, y, f"You chose to sign on paper. Print this page, sign and date it, and fax both pages to "
                   f"{KEYHAVEN[2]} or upload them in your document center.", 504, 8.5, "sans-b", 11.5) + 24
    for role, who, signed, signed_on, email in signers:
        if who is None:
            continue
        s.text(54, y, who.name, 10.5, "sans-b")
        s.text(54 + hp.text_width(who.name, "sans-b", 10.5) + 8, y, role, 8, "sans", 0.45)
        if sign == "paper":
            y += 40
            s.line(54, y, 340, y, 0.7)
            s.text(54, y + 9, "Signature", 7, "sans", 0.4)
            s.line(370, y, 558, y, 0.7)
            s.text(370, y + 9, "Date", 7, "sans", 0.4)
            if signed:
                s.signature(rng, 74, y - 1, 170, 22, gray=0.1)
            if signed_on:
                ink.write(s, 378, y - 4, _slash(signed_on), 11)
            y += 34
        elif signed and signed_on:
            s.rect(450, y - 11, 108, 15, width=0.5, stroke=0.16, fill=0.16)
            s.text(458, y - 0.5, TICK, 8, "glyph", 1.0)
            s.text(470, y - 0.5, "Signed", 8, "sans-b", 1.0)
            s.text(64, y + 26, who.name, 18, "serif-i", 0.08)
            s.line(54, y + 31, 340, y + 31, 0.5, 0.5)
            s.text(54, y + 42, f"Signed electronically on {_mon(signed_on)} at {facts['clock']} CT  {DOT}  "
                   f"IP 203.0.113.{facts['ip']}", 7.5, "sans", 0.4)
            y += 64
        else:
            s.rect(430, y - 11, 128, 15, width=0.6, stroke=0.3)
            s.text(494, y - 0.5, "Waiting for signature", 8, "sans-b", 0.3, "c")
            y = s.wrap(54, y + 18, f"We e-mailed a signing link to {email or 'the co-borrower'} on "
                       f"{_mon(printed)}. Your application is not complete until every borrower signs. The link "
                       "expires in 14 days.", 504, 8.5, "sans", 11.5, 0.3) + 22
    card(s, top, y, "Review & sign")
    return pages


# --- pay stubs ------------------------------------------------------------------------------------------------------

WORKDAY_TAXES = {"Federal Income Tax": "Federal Withholding", "Social Security": "OASDI", "Medicare": "Medicare"}


def stub_slip(stub: Stub, emp_id: str, check_no: str, pay_group: str, bank: str, rng: random.Random) -> Sheet:
    """A Workday-style "Pay Slip": header tables, then a summary whose Current and YTD figures are ROWS under Hours
    Worked / Gross Pay / Pre Tax Deductions / Employee Taxes / Post Tax Deductions / Net Pay, then earnings, taxes and
    pre-tax deductions, employer-paid benefits and the payment."""
    s = Sheet()
    periods = (stub.ytd_gross or Decimal(0)) / stub.gross
    state = stub.employee_address.state
    taxes = [(WORKDAY_TAXES.get(label, f"State Tax - {state}"), c, t) for label, c, t in stub.deductions
             if label in WORKDAY_TAXES or label == "State Income Tax"]
    pre = [(label, c, t) for label, c, t in stub.deductions
           if label not in WORKDAY_TAXES and label != "State Income Tax"]
    cur_tax, ytd_tax = sum((c for _, c, _ in taxes), Decimal(0)), sum((t for _, _, t in taxes), Decimal(0))
    cur_pre, ytd_pre = sum((c for _, c, _ in pre), Decimal(0)), sum((t for _, _, t in pre), Decimal(0))
    ytd = stub.ytd_gross or Decimal(0)
    s.text(40, 48, stub.employer, 14, "sans-b")
    s.text(40, 60, stub.employer_address.one_line, 8, "sans", 0.35)
    s.text(572, 48, "Pay Slip", 12, "sans-b", 0.3, "r")
    y = table(s, 40, 74, [("Name", 170, "l"), ("Employee ID", 70, "l"), ("Pay Period Begin", 74, "l"),
                          ("Pay Period End", 74, "l"), ("Check Date", 70, "l"), ("Check Number", 74, "r")],
              [[stub.employee.name, emp_id, us(stub.period_start), us(stub.period_end), us(stub.pay_date), check_no]])
    y = table(s, 40, y + 6, [("Company", 250, "l"), ("Pay Group", 172, "l"), ("Pay Frequency", 110, "l")],
              [[stub.employer, pay_group, "Bi-Weekly"]])
    y = table(s, 40, y + 14, [("", 50, "l"), ("Hours Worked", 70, "r"), ("Gross Pay", 74, "r"),
                              ("Pre Tax Deductions", 88, "r"), ("Employee Taxes", 80, "r"),
                              ("Post Tax Deductions", 94, "r"), ("Net Pay", 76, "r")],
              [["Current", "80.00", money(stub.gross), money(cur_pre), money(cur_tax), "0.00", money(stub.net)],
               ["YTD", f"{80 * periods:,.2f}", money(ytd), money(ytd_pre), money(ytd_tax), "0.00",
                money(ytd - ytd_pre - ytd_tax)]], size=8, row_h=15, bold=(0,))
    s.text(40, y + 20, "Earnings", 9.5, "sans-b")
    y = table(s, 40, y + 26, [("Description", 120, "l"), ("Dates", 140, "l"), ("Hours", 60, "r"), ("Rate", 70, "r"),
                              ("Amount", 70, "r"), ("YTD", 72, "r")],
              [["Regular", f"{us(stub.period_start)} - {us(stub.period_end)}", "80.00", f"{stub.gross / 80:.4f}",
                money(stub.gross), money(ytd)],
               ["Holiday", "", "0.00", "", "0.00", "0.00"],
               ["Earnings", "", "80.00", "", money(stub.gross), money(ytd)]], bold=(2,))
    s.text(40, y + 20, "Employee Taxes", 9.5, "sans-b")
    s.text(310, y + 20, "Pre Tax Deductions", 9.5, "sans-b")
    cols = [("Description", 130, "l"), ("Amount", 62, "r"), ("YTD", 70, "r")]
    y1 = table(s, 40, y + 26, cols, [*([d, money(c), money(t)] for d, c, t in taxes),
                                     ["Employee Taxes", money(cur_tax), money(ytd_tax)]], bold=(len(taxes),))
    y2 = table(s, 310, y + 26, cols, [*([d, money(c), money(t)] for d, c, t in pre),
                                      ["Pre Tax Deductions", money(cur_pre), money(ytd_pre)]], bold=(len(pre),))
    y = max(y1, y2)
    s.text(40, y + 20, "Post Tax Deductions", 9.5, "sans-b")
    s.text(310, y + 20, "Employer Paid Benefits", 9.5, "sans-b")
    life = Decimal(rng.randrange(180, 640)) / 100
    y1 = table(s, 40, y + 26, cols, [["No post tax deductions", "", ""]])
    y2 = table(s, 310, y + 26, cols, [["Basic Life Insurance", money(life), money(life * periods)],
                                      ["Employer 401(k) Match", money(cents(stub.gross * Decimal("0.03"))),
                                       money(cents(stub.gross * Decimal("0.03")) * periods)]])
    y = max(y1, y2)
    s.text(40, y + 20, "Payment Information", 9.5, "sans-b")
    table(s, 40, y + 26, [("Bank", 170, "l"), ("Account Name", 120, "l"), ("Account Number", 100, "l"),
                          ("USD Amount", 72, "r"), ("Payment Type", 70, "l")],
          [[bank, "Checking", f"******{rng.randint(1000, 9999)}", money(stub.net), "Direct Deposit"]])
    return s


@dataclass
class Earning:
    label: str
    hours: Decimal | None
    rate: Decimal | None
    amount: Decimal


@dataclass
class Period:
    """One semi-monthly pay and what the year had earned by it."""

    stub: Stub
    lines: list[Earning]
    ytd: dict[str, Decimal]
    ytd_hours: dict[str, Decimal]


Deductions = Callable[[Decimal], list[tuple[str, Decimal]]]


def semimonthly_run(employer: str, office: Address, employee: Person, home: Address, newest_end: date, count: int,
                    earnings: Callable[[int], list[Earning]], deductions: Deductions, pay_lag: int = 5
                    ) -> list[Period]:
    """Every semi-monthly period of the year up to `newest_end` (the 15th or a month's end), earnings varying period to
    period, year-to-date sums carried along; the last `count` periods as stubs, paid `pay_lag` days after the period
    (the weekday before when that falls on a weekend)."""
    ends, d = [], date(newest_end.year, 1, 15)
    while d <= newest_end:
        ends.append(d)
        d = hp.month_end(d.year, d.month) if d.day == 15 else hp.add_months(d, 1).replace(day=15)
    ytd: dict[str, Decimal] = defaultdict(Decimal)
    hours: dict[str, Decimal] = defaultdict(Decimal)
    withheld: dict[str, Decimal] = defaultdict(Decimal)
    gross_ytd = Decimal(0)
    out = []
    for k, end in enumerate(ends):
        start = end.replace(day=1) if end.day == 15 else end.replace(day=16)
        lines = earnings(k)
        gross = sum((e.amount for e in lines), Decimal(0))
        gross_ytd += gross
        for e in lines:
            ytd[e.label] += e.amount
            hours[e.label] += e.hours or Decimal(0)
        current = deductions(gross)
        for label, amount in current:
            withheld[label] += amount
        if k >= len(ends) - count:
            pay = hp.weekday_on_or_before(end + timedelta(days=pay_lag))
            stub = Stub(employer, office, employee, home, start, end, pay, "semimonthly", gross, gross_ytd,
                        [(label, amount, withheld[label]) for label, amount in current])
            out.append(Period(stub, lines, dict(ytd), dict(hours)))
    return out


RAVENNA = "Ravenna Parks & Recreation District"


def _local(rng: random.Random, home: Address, street: str) -> Address:
    """An employer's office in the employee's town."""
    return Address(f"{rng.randint(100, 2400)} {street}", home.city, home.state, home.zip)


def ravenna_run(rng: random.Random, employee: Person, home: Address, newest_end: date, annual: Decimal,
                rate: Decimal, jobs: tuple[str, str]) -> list[Period]:
    """Two positions: a salaried one (annual / 24 a period; its rate is the annual salary) and an hourly one whose
    hours change every period."""
    salary = cents(annual / 24)

    def earnings(_: int) -> list[Earning]:
        h = Decimal(rng.randrange(16, 65)) / 4
        return [Earning(jobs[0], Decimal("86.67"), annual, salary), Earning(jobs[1], h, rate, cents(h * rate))]

    medical = Decimal(rng.randrange(4200, 9800)) / 100

    def deductions(gross: Decimal) -> list[tuple[str, Decimal]]:
        return [("Federal Withholding", cents(gross * Decimal("0.083"))),
                ("Medicare", cents(gross * Decimal("0.0145"))),
                ("State Withholding", cents(gross * Decimal("0.034"))),
                ("PERS Retirement 7.00%", cents(gross * Decimal("0.07"))), ("Medical - District HMO", medical)]

    office = _local(random.Random(f"{RAVENNA}|{home.city}"), home, "Fenwick Blvd")
    return semimonthly_run(RAVENNA, office, employee, home, newest_end, 2, earnings, deductions)


def stub_ravenna(period: Period, emp_id: str, departments: tuple[str, str], rng: random.Random) -> Sheet:
    """The district's semi-monthly "Earnings Statement": Check Date / Period Beginning / Period Ending at the right,
    a table of the employee's two positions, earnings by position with hours, rate, current, YTD hours and YTD amount,
    deductions, and the net pay box."""
    stub = period.stub
    s = Sheet()
    office = stub.employer_address
    s.circle(58, 50, 15, 1.2)
    s.path([(47, 58), (54, 44), (58, 51), (62, 42), (70, 58)], 1.1)
    s.text(82, 46, stub.employer, 12.5, "sans-b")
    s.text(82, 58, f"Payroll Services  {DOT}  {office.one_line}", 7.5, "sans", 0.35)
    s.text(572, 44, "EARNINGS STATEMENT", 13, "sans-b", align="r")
    for i, (label, value) in enumerate((("Check Date:", us(stub.pay_date)),
                                        ("Period Beginning:", us(stub.period_start)),
                                        ("Period Ending:", us(stub.period_end)), ("Pay Frequency:", "Semi-Monthly"),
                                        ("Advice No.:", f"DD{rng.randint(100000, 999999)}"))):
        s.text(480, 62 + 11 * i, label, 7.8, "sans-b", align="r")
        s.text(572, 62 + 11 * i, value, 7.8, align="r")
    s.rect(40, 76, 280, 50, width=0.6)
    s.text(48, 90, stub.employee.name, 10, "sans-b")
    s.text(48, 102, stub.employee_address.street, 8)
    s.text(48, 112, stub.employee_address.last_line, 8)
    s.text(48, 122, f"Employee No. {emp_id}", 7.5, "sans", 0.35)
    pay1, pay2 = period.lines
    y = table(s, 40, 140, [("Job", 40, "c"), ("Position", 190, "l"), ("Department", 130, "l"),
                           ("Status", 80, "l"), ("Rate / Salary", 92, "r")],
              [["1", pay1.label, departments[0], "Primary", f"${money(pay1.rate or Decimal(0))} / yr"],
               ["2", pay2.label, departments[1], "Secondary", f"${money(pay2.rate or Decimal(0))} / hr"]])
    s.text(40, y + 18, "EARNINGS", 9, "sans-b")
    y = table(s, 40, y + 24, [("Job", 30, "c"), ("Earning", 152, "l"), ("Hours", 54, "r"), ("Rate", 58, "r"),
                              ("Current", 78, "r"), ("YTD Hours", 70, "r"), ("YTD Amount", 90, "r")],
              [["1", "Regular Salary", f"{pay1.hours:.2f}", "", money(pay1.amount),
                f"{period.ytd_hours[pay1.label]:,.2f}", money(period.ytd[pay1.label])],
               ["2", "Hourly Regular", f"{pay2.hours:.2f}", money(pay2.rate or Decimal(0)), money(pay2.amount),
                f"{period.ytd_hours[pay2.label]:,.2f}", money(period.ytd[pay2.label])],
               ["", "TOTAL GROSS", "", "", money(stub.gross), "", money(stub.ytd_gross or Decimal(0))]],
              bold=(2,), row_h=14)
    s.text(40, y + 18, "DEDUCTIONS", 9, "sans-b")
    kinds = {"PERS Retirement 7.00%": "Pre-tax", "Medical - District HMO": "Pre-tax"}
    total, total_ytd = sum((c for _, c, _ in stub.deductions), Decimal(0)), sum((t for _, _, t in stub.deductions),
                                                                                   Decimal(0))
    y = table(s, 40, y + 24, [("Description", 210, "l"), ("Type", 90, "l"), ("Current", 100, "r"),
                              ("Year to Date", 132, "r")],
              [*([label, kinds.get(label, "Tax"), money(c), money(t)] for label, c, t in stub.deductions),
               ["TOTAL DEDUCTIONS", "", money(total), money(total_ytd)]], bold=(len(stub.deductions),), row_h=14)
    y += 22
    s.rect(322, y, 250, 40, width=1.0, fill=0.92)
    s.text(332, y + 16, "NET PAY", 10, "sans-b")
    s.text(562, y + 16, f"${money(stub.net)}", 13, "sans-b", align="r")
    s.text(332, y + 32, f"Deposited to checking ending {rng.randint(1000, 9999)}", 7.5, "sans", 0.35)
    s.wrap(40, y + 12, "Hours for Job 2 are paid as reported on the approved timesheet. Questions about this "
           "statement: payroll@ravennaparks.example or (541) 555-0137.", 260, 7.5, "sans", 9.5, 0.35)
    return s


ALDER = "Alder Creek Family Dentistry, PLLC"


def alder_run(rng: random.Random, employee: Person, home: Address, newest_end: date, rate: Decimal) -> list[Period]:
    """A dental assistant paid by the hour, some overtime now and then."""

    def earnings(_: int) -> list[Earning]:
        regular = Decimal(rng.randrange(256, 344)) / 4
        overtime = Decimal(rng.choice([0, 0, 0, 2, 4, 6])) / 2
        return [Earning("Regular", regular, rate, cents(regular * rate)),
                Earning("Overtime", overtime, rate * Decimal("1.5"), cents(overtime * rate * Decimal("1.5")))]

    def deductions(gross: Decimal) -> list[tuple[str, Decimal]]:
        return [("Federal Withholding", cents(gross * Decimal("0.071"))),
                ("Social Security", cents(gross * Decimal("0.062"))), ("Medicare", cents(gross * Decimal("0.0145"))),
                ("State Withholding", cents(gross * Decimal("0.029")))]

    office = _local(random.Random(f"{ALDER}|{home.city}"), home, "Alder Creek Rd, Suite 4")
    return semimonthly_run(ALDER, office, employee, home, newest_end, 2, earnings, deductions, pay_lag=5)


def stub_spreadsheet(period: Period, emp_id: str) -> Sheet:
    """A pay stub a small office keeps in a spreadsheet, printed with gridlines and row and column headings."""
    stub = period.stub
    s = Sheet()
    x0, top, rh = 62.0, 56.0, 17.0
    widths = [150.0, 90.0, 80.0, 96.0, 104.0]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    rows = 30
    cells: dict[tuple[int, int], tuple[str, str]] = {}

    def put(r: int, c: int, text: str, font: str = "sans") -> None:
        cells[(r, c)] = (text, font)

    put(1, 0, "PAY STUB", "sans-b")
    put(2, 0, stub.employer, "sans-b")
    put(3, 0, stub.employer_address.one_line)
    for r, (label, value) in enumerate((("Employee:", stub.employee.name), ("Employee ID:", emp_id),
                                        ("Pay Period:", f"{us(stub.period_start)} - {us(stub.period_end)}"),
                                        ("Pay Date:", us(stub.pay_date)),
                                        ("Pay Frequency:", "Twice monthly (1st-15th, 16th-end)")), 5):
        put(r, 0, label, "sans-b")
        put(r, 1, value)
    for c, head in enumerate(("Description", "Hours", "Rate", "Current", "Year to Date")):
        put(11, c, head, "sans-b")
    for r, e in enumerate(period.lines, 12):
        put(r, 0, e.label)
        put(r, 1, f"{e.hours:.2f}" if e.hours is not None else "")
        put(r, 2, money(e.rate) if e.rate else "")
        put(r, 3, money(e.amount))
        put(r, 4, money(period.ytd[e.label]))
    put(14, 0, "GROSS PAY", "sans-b")
    put(14, 3, money(stub.gross), "sans-b")
    put(14, 4, money(stub.ytd_gross or Decimal(0)), "sans-b")
    put(16, 0, "Deductions", "sans-b")
    put(16, 3, "Current", "sans-b")
    put(16, 4, "Year to Date", "sans-b")
    for r, (label, c, t) in enumerate(stub.deductions, 17):
        put(r, 0, label)
        put(r, 3, money(c))
        put(r, 4, money(t))
    total, total_ytd = sum((c for _, c, _ in stub.deductions), Decimal(0)), sum((t for _, _, t in stub.deductions),
                                                                                   Decimal(0))
    r = 17 + len(stub.deductions)
    put(r, 0, "TOTAL DEDUCTIONS", "sans-b")
    put(r, 3, money(total), "sans-b")
    put(r, 4, money(total_ytd), "sans-b")
    put(r + 2, 0, "NET PAY", "sans-b")
    put(r + 2, 3, money(stub.net), "sans-b")
    put(r + 2, 4, money((stub.ytd_gross or Decimal(0)) - total_ytd), "sans-b")
    put(r + 4, 0, "Questions about your pay? Ask Donna at the front desk.", "sans-i")
    numeric = {1, 2, 3, 4}
    hidden: set[tuple[int, int]] = set()  # (row, column boundary) a left-aligned text runs over
    for (r, c), (text, font) in cells.items():
        y = top + rh * r + 12
        right = c in numeric and r not in (5, 6, 7, 8, 9) and text[:1].isdigit()
        size = 12 if (r, c) == (1, 0) else 9
        if right:
            s.text(xs[c + 1] - 4, y, text, size, font, align="r")
            continue
        s.text(xs[c] + 4, y, text, size, font)
        end, k = xs[c] + 4 + hp.text_width(text, font, size), c + 1
        while k < len(widths) and end > xs[k] and (r, k) not in cells:
            hidden.add((r, k))
            k += 1
    s.rect(x0 - 20, top, 20, rh, width=0.5, stroke=0.6, fill=0.88)
    for i, w in enumerate(widths):
        s.rect(xs[i], top, w, rh, width=0.5, stroke=0.6, fill=0.88)
        s.text(xs[i] + w / 2, top + 12, "ABCDE"[i], 8, "sans", 0.25, "c")
    for r in range(1, rows + 1):
        y = top + rh * r
        s.rect(x0 - 20, y, 20, rh, width=0.5, stroke=0.6, fill=0.88)
        s.text(x0 - 10, y + 12, str(r), 7.5, "sans", 0.3, "c")
        s.line(x0, y + rh, xs[-1], y + rh, 0.3, 0.72)
        for k in range(1, len(xs)):
            if (r, k) not in hidden:
                s.line(xs[k], y, xs[k], y + rh, 0.3, 0.72)
    s.text(306, 770, "Page 1", 8, "sans", 0.3, "c")
    return s


# --- bank statements ------------------------------------------------------------------------------------------------

ORCHARD = "Orchard Valley Bank"
PAYEES = [("Little Acorn Childcare", "tuition"), ("Riverbend Water & Sewer", "acct 44-1187"),
          ("St. Columba Parish", "pledge"), ("Kessler Lawn Care", "mowing"), ("Maple Street Storage", "unit 112"),
          ("Hillside Homeowners Assn", "dues"), ("Dr. Anika Raman, DDS", "cleaning")]


def orchard_checks(rng: random.Random, first: int, count: int) -> list[tuple[int, str, Decimal]]:
    """Checks the account holder wrote, numbered from `first`, as (day offset, description, amount) for
    make_statement."""
    return [(rng.randint(2, 27), f"CHECK {first + k}", -Decimal(rng.randrange(2500, 32000)) / 100)
            for k in range(count)]


def _check_facts(number: str, paid: date) -> tuple[str, str, date]:
    r = random.Random(f"check {number}")
    payee, memo = r.choice(PAYEES)
    return payee, memo, paid - timedelta(days=r.randint(1, 6))


def _check_image(s: Sheet, x: float, y: float, st: Statement, number: str, paid: date, amount: Decimal,
                 rng: random.Random) -> None:
    """A cleared check as the bank images it: the holder's name, the number, a hand-filled date, payee, amount in
    figures and in words, memo, signature and MICR line."""
    w, h = 252.0, 118.0
    payee, memo, written = _check_facts(number, paid)
    pen = hb.Pen(rng, hand=True, gray=0.15)
    s.rect(x, y, w, h, width=0.6, fill=0.95)
    s.text(x + 6, y + 11, st.holder.upper, 6)
    s.text(x + 6, y + 18, st.home.street.upper(), 5.5)
    s.text(x + 6, y + 25, st.home.last_line.upper(), 5.5)
    s.text(x + w - 6, y + 11, number, 7.5, "sans-b", align="r")
    s.text(x + w - 86, y + 30, "DATE", 5, "sans", 0.3)
    s.line(x + w - 70, y + 30, x + w - 8, y + 30, 0.4)
    pen.write(s, x + w - 66, y + 28, _short(written), 7)
    s.text(x + 6, y + 44, "PAY TO THE", 4.8)
    s.text(x + 6, y + 50, "ORDER OF", 4.8)
    s.line(x + 34, y + 50, x + w - 72, y + 50, 0.4)
    pen.write(s, x + 38, y + 48, payee, 7.5, fit=w - 116)
    s.text(x + w - 68, y + 48, "$", 7)
    s.rect(x + w - 62, y + 38, 56, 13, width=0.5)
    pen.write(s, x + w - 10, y + 48, money(abs(amount)), 7.5, "r")
    s.line(x + 6, y + 66, x + w - 40, y + 66, 0.4)
    whole = int(abs(amount))
    pen.write(s, x + 10, y + 64, f"{hb.words(whole).capitalize()} and {int(abs(amount) % 1 * 100):02d}/100", 6.5,
              fit=w - 54)
    s.text(x + w - 36, y + 66, "DOLLARS", 5)
    s.text(x + 6, y + 80, ORCHARD, 6, "serif-b")
    s.text(x + 6, y + h - 22, "MEMO", 5)
    s.line(x + 26, y + h - 22, x + 110, y + h - 22, 0.4)
    pen.write(s, x + 30, y + h - 24, memo, 6.5)
    s.line(x + w - 112, y + h - 22, x + w - 8, y + h - 22, 0.4)
    s.signature(rng, x + w - 104, y + h - 23, 82, 12, gray=0.15)
    s.text(x + 18, y + h - 7, f"|:0{random.Random(ORCHARD).randint(10 ** 7, 10 ** 8 - 1)}|: "
           f"{rng.randint(10 ** 6, 10 ** 7 - 1)}{st.last4}\" {number}", 6.5, "mono", 0.3)


def statement_orchard(st: Statement, mark: str, rng: random.Random) -> list[Sheet]:
    """A community bank's three-page statement: summary box, deposits, a three-across "Checks Paid" grid, other debits,
    daily balances, and a last page picturing the cleared checks. Rows whose description holds `mark` come with a
    highlighter stroke behind them (the borrower marked her payroll deposits)."""
    deposits = [r for r in st.rows if r[2] > 0]
    checks = sorted((r for r in st.rows if r[1].startswith("CHECK ")), key=lambda r: int(r[1].split()[1]))
    others = [r for r in st.rows if r[2] < 0 and not r[1].startswith("CHECK ")]
    pages = [Sheet(), Sheet(), Sheet()]
    for n, s in enumerate(pages, 1):
        s.circle(54, 48, 11, 1.0, fill=0.85)
        s.line(54, 52, 54, 64, 1.6)
        s.text(72, 48, ORCHARD.upper(), 14, "serif-b")
        s.text(72, 60, f"Member FDIC  {DOT}  PO Box 1450, {st.home.last_line}  {DOT}  (800) 555-0160", 7, "sans", 0.35)
        s.text(572, 44, f"Page {n} of 3", 8, "sans", 0.3, "r")
        if n > 1:
            s.text(572, 56, f"Account ******{st.last4}  {DOT}  {us(st.start)} - {us(st.end)}", 7.5, "sans", 0.3, "r")
        s.line(40, 70, 572, 70, 1.0)
    s = pages[0]
    s.text(340, 92, "Statement Period", 8, "sans-b")
    s.text(340, 104, f"{long_date(st.start)} through {long_date(st.end)}", 9)
    s.text(340, 120, "Account Number", 8, "sans-b")
    s.text(340, 132, f"******{st.last4}  {DOT}  Free Checking", 9)
    y = 96.0
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        s.text(64, y, line, 9.5, "mono")
        y += 12
    y = 156.0
    s.rect(40, y, 532, 96, width=0.8)
    s.rect(40, y, 532, 16, stroke=None, fill=0.85)
    s.text(48, y + 11.5, "ACCOUNT SUMMARY", 8.5, "sans-b")
    summary = [(f"Beginning Balance on {us(st.start)}", money(st.begin)),
               (f"Deposits & Other Credits ({len(deposits)})", f"+ {money(st.deposits)}"),
               (f"Checks Paid ({len(checks)})", f"- {money(-sum((r[2] for r in checks), Decimal(0)))}"),
               (f"Other Debits ({len(others)})", f"- {money(-sum((r[2] for r in others), Decimal(0)))}"),
               (f"Ending Balance on {us(st.end)}", money(st.ending))]
    for i, (label, value) in enumerate(summary):
        font = "sans-b" if i in (0, 4) else "sans"
        s.text(52, y + 30 + 15 * i, label, 8.8, font)
        s.text(560, y + 30 + 15 * i, value, 8.8, font, align="r")
    y += 116

    def section(s: Sheet, y: float, title: str) -> float:
        s.text(40, y, title, 9, "sans-b")
        s.line(40, y + 4, 572, y + 4, 0.6)
        return y + 18

    def listing(s: Sheet, y: float, rows: Sequence[tuple[date, str, Decimal, Decimal]]) -> float:
        s.text(44, y, "Date", 7.5, "sans-b", 0.3)
        s.text(100, y, "Description", 7.5, "sans-b", 0.3)
        s.text(566, y, "Amount", 7.5, "sans-b", 0.3, "r")
        y += 14
        for d, desc, amount, _ in rows:
            if mark and mark in desc:
                for k in range(3):
                    s.rect(96 + rng.uniform(-2, 2), y - 9.5 + k * 1.2 + rng.uniform(-0.4, 0.4),
                           hp.text_width(desc, "sans", 8.5) + 10 + rng.uniform(-3, 3), 9, stroke=None, fill=0.82)
            s.text(44, y, f"{d:%m/%d}", 8.5)
            s.text(100, y, desc, 8.5)
            s.text(566, y, money(abs(amount)), 8.5, align="r")
            y += 13
        return y + 10

    y = listing(s, section(s, y, "DEPOSITS & OTHER CREDITS"), deposits)
    y = section(s, y, "CHECKS PAID")
    for i, (d, desc, amount, _) in enumerate(checks):
        col, row = i % 3, i // 3
        x, yy = 44 + 178 * col, y + 13 * row
        s.text(x, yy, desc.split()[1], 8.5)
        s.text(x + 50, yy, f"{d:%m/%d}", 8.5)
        s.text(x + 150, yy, money(abs(amount)), 8.5, align="r")
    y += 13 * ((len(checks) + 2) // 3) + 6
    s.text(44, y, "Images of the checks paid this period follow this statement.", 7.5, "sans-i", 0.35)
    y += 24
    if y + 32 + 13 * len(others) > 740:
        s, y = pages[1], 92.0
    y = listing(s, section(s, y, "OTHER DEBITS"), others)
    if s is not pages[1]:
        s, y = pages[1], 92.0
    y = section(s, y + 6, "DAILY BALANCE")
    closing: dict[date, Decimal] = {st.start - timedelta(days=1): st.begin}
    for d, _, _, balance in st.rows:
        closing[d] = balance
    for i, (d, balance) in enumerate(sorted(closing.items())[1:]):
        col, row = i % 3, i // 3
        x, yy = 44 + 178 * col, y + 13 * row
        s.text(x, yy, f"{d:%m/%d}", 8.5)
        s.text(x + 150, yy, money(balance), 8.5, align="r")
    y += 13 * ((len(closing) + 1) // 3) + 24
    s.wrap(40, y, "In case of errors or questions about your electronic transfers, call (800) 555-0160 or write to us "
           "at the address above as soon as you can. We must hear from you no later than 60 days after we sent the "
           "FIRST statement on which the problem or error appeared.", 532, 7.5, "sans", 9.8, 0.3)
    s = pages[2]
    s.text(40, 92, "CHECK IMAGES", 9, "sans-b")
    s.line(40, 96, 572, 96, 0.6)
    for i, (d, desc, amount, _) in enumerate(checks[:8]):
        col, row = i % 2, i // 2
        x, y = 40 + 280 * col, 108 + 150 * row
        number = desc.split()[1]
        _check_image(s, x, y, st, number, d, amount, rng)
        s.text(x, y + 130, f"Check {number}   Paid {us(d)}   ${money(abs(amount))}", 7.5, "sans", 0.25)
    return pages


TIDEWELL = "Tidewell Direct Bank"


def statement_tidewell(st: Statement, joint: Person | None) -> list[Sheet]:
    """An online bank's statement: summary tiles, a bar chart of the daily balance, then the transactions with Money
    in / Money out / Balance columns running on to the second page."""
    pages = [Sheet(), Sheet()]
    for n, s in enumerate(pages, 1):
        s.text(40, 50, "tidewell", 24, "sans-b", 0.15)
        s.text(40, 61, "D I R E C T   B A N K", 6.5, "sans-b", 0.45)
        s.text(572, 44, "Account statement", 13, "sans-b", align="r")
        s.text(572, 57, f"Statement period  {us(st.start)} {EN} {us(st.end)}", 8.5, "sans", 0.3, "r")
        s.text(572, 768, f"Page {n} of 2", 7.5, "sans", 0.4, "r")
        s.text(40, 768, f"{TIDEWELL}, Member FDIC  {DOT}  tidewell.example  {DOT}  1-888-555-0126", 7.5, "sans", 0.4)
    s = pages[0]
    y = 92.0
    for line in (st.holder.upper, *([joint.upper] if joint else []), st.home.street.upper(), st.home.last_line.upper()):
        s.text(40, y, line, 9.5)
        y += 12.5
    s.text(360, 92, "Account", 7.5, "sans", 0.45)
    s.text(360, 104, f"Tidewell Checking {BULLET}{BULLET}{st.last4}", 10, "sans-b")
    s.text(360, 120, "Questions?", 7.5, "sans", 0.45)
    s.text(360, 132, "Chat in the app or call 1-888-555-0126, any time", 8.5)
    tiles = [("Starting balance", f"${money(st.begin)}"), ("Money in", f"+${money(st.deposits)}"),
             ("Money out", f"-${money(st.debits)}"), ("Ending balance", f"${money(st.ending)}")]
    for i, (label, value) in enumerate(tiles):
        x = 40 + 135 * i
        s.rect(x, 156, 127, 50, width=0.6, stroke=0.75, fill=0.96 if i < 3 else 0.88)
        s.text(x + 10, 172, label, 7.5, "sans", 0.4)
        s.text(x + 10, 194, value, 13, "sans-b")
    s.text(40, 232, "Your daily balance", 10, "sans-b")
    days = (st.end - st.start).days + 1
    balance, by_day = st.begin, []
    rows = iter(st.rows)
    pending = next(rows, None)
    for k in range(days):
        d = st.start + timedelta(days=k)
        while pending is not None and pending[0] == d:
            balance = pending[3]
            pending = next(rows, None)
        by_day.append(balance)
    top = max(Decimal(1000), max(by_day))
    step = Decimal(10) ** (len(str(int(top))) - 1)
    ceiling = (int(top / step) + 1) * step
    x0, base, height, span = 78.0, 352.0, 100.0, 490.0
    for k in range(5):
        yy = base - height * k / 4
        s.line(x0, yy, x0 + span, yy, 0.3, 0.8)
        s.text(x0 - 4, yy + 2.5, f"${int(ceiling * k / 4):,}", 6.5, "sans", 0.4, "r")
    bar = span / days
    for k, value in enumerate(by_day):
        h = float(max(value, Decimal(0)) / ceiling) * height
        s.rect(x0 + k * bar + bar * 0.15, base - h, bar * 0.7, h, stroke=None, fill=0.45)
        if k % 7 == 0:
            d = st.start + timedelta(days=k)
            s.text(x0 + k * bar + bar / 2, base + 11, f"{d.month}/{d.day}", 6.5, "sans", 0.4, "c")
    cols = [(44, "Date", "l"), (96, "Description", "l"), (418, "Money in", "r"), (490, "Money out", "r"),
            (566, "Balance", "r")]

    def heads(s: Sheet, y: float) -> float:
        s.rect(40, y - 11, 532, 16, stroke=None, fill=0.9)
        for x, head, align in cols:
            s.text(x, y, head, 8, "sans-b", align=align)
        return y + 18

    s.text(40, 390, "Transactions", 10, "sans-b")
    y = heads(s, 408)
    s.text(96, y, "Starting balance", 8.5, "sans-i")
    s.text(566, y, money(st.begin), 8.5, align="r")
    y += 14
    for d, desc, amount, bal in st.rows:
        if y > 748:
            s = pages[1]
            s.text(40, 96, "Transactions (continued)", 10, "sans-b")
            y = heads(s, 114)
        s.text(44, y, f"{d:%b} {d.day}", 8.5)
        s.text(96, y, desc.title() if desc.isupper() else desc, 8.5)
        s.text(418 if amount > 0 else 490, y, money(abs(amount)), 8.5, align="r")
        s.text(566, y, money(bal), 8.5, align="r")
        y += 14
    s.line(40, y - 8, 572, y - 8, 0.4)
    s.text(96, y + 4, "Ending balance", 8.5, "sans-b")
    s.text(566, y + 4, money(st.ending), 8.5, "sans-b", align="r")
    y = y + 40 if s is pages[1] else 96.0
    s = pages[1]
    s.wrap(40, y, "Electronic transfers: if you think your statement is wrong or you need more information about a "
           "transfer on it, tell us within 60 days of the date we sent the FIRST statement on which the problem "
           "appeared. Tidewell Direct Bank pays no interest on Tidewell Checking. Deposits are insured by the FDIC up "
           "to $250,000 per depositor for each ownership category.", 532, 7.5, "sans", 9.8, 0.35)
    return pages


# --- other papers ---------------------------------------------------------------------------------------------------

LARCHFIELD = "Larchfield Investor Services"
FUNDS = [("LVTIX", "Larchfield Total Market Index Fund"), ("LBDAX", "Larchfield Aggregate Bond Index Fund"),
         ("LIDVX", "Larchfield International Dividend Fund"), ("MSFT", "Microsoft Corp"),
         ("JNJ", "Johnson & Johnson"), ("LMMXX", "Larchfield Treasury Money Market")]


def brokerage_statement(owner: Person, home: Address, start: date, end: date, last4: str, begin: Decimal,
                        withdrawal: Decimal, bank4: str, rng: random.Random) -> tuple[Doc, Decimal]:
    """A broker's monthly "Account Statement": value summary, income this period and year to date, holdings in a
    zebra-striped table and the month's activity (dividends and the systematic withdrawal to the owner's bank)."""
    dividends = Decimal(rng.randrange(3000, 24000)) / 100
    interest = Decimal(rng.randrange(100, 2400)) / 100
    change = Decimal(rng.randrange(-150000, 240000)) / 100
    ending = begin + dividends + interest + change - withdrawal
    weights = [rng.uniform(0.5, 1.5) for _ in FUNDS]
    holdings, left = [], ending
    for i, (symbol, name) in enumerate(FUNDS):
        if i == len(FUNDS) - 1:
            value = left
            price, qty = Decimal("1.00"), left
        else:
            value = cents(ending * Decimal(weights[i] / sum(weights)))
            price = Decimal(rng.randrange(1800, 48000)) / 100
            qty = (value / price).quantize(Decimal("0.001"))
            value = cents(qty * price)
        left -= value
        holdings.append((symbol, name, qty, price, value))
    s = Sheet()
    s.text(40, 50, LARCHFIELD, 15, "serif-b")
    s.text(40, 62, f"Brokerage Services  {DOT}  PO Box 90211, Valley Forge, PA 19482  {DOT}  1-800-555-0177", 7.5,
           "sans", 0.35)
    s.text(572, 46, "Account Statement", 12, "sans-b", align="r")
    s.text(572, 59, f"{long_date(start)} - {long_date(end)}", 9, "sans", 0.3, "r")
    s.line(40, 70, 572, 70, 1.0)
    y = 92.0
    for line in (owner.upper, home.street.upper(), home.last_line.upper()):
        s.text(40, y, line, 9.5)
        y += 12
    s.text(340, 92, "Individual Brokerage Account", 9, "sans-b")
    s.text(340, 104, f"Account ending {last4}  {DOT}  Transfer on death", 8.5)
    s.text(340, 116, "Your advisor: self-directed", 8.5, "sans", 0.35)
    y = 146.0
    s.text(40, y, "Account value", 10, "sans-b")
    summary = [("Beginning account value", money(begin)), ("Dividends and interest", money(dividends + interest)),
               ("Withdrawals", f"-{money(withdrawal)}"), ("Change in market value", money(change)),
               ("Ending account value", money(ending))]
    y = table(s, 40, y + 6, [("", 180, "l"), ("This period", 80, "r")], summary, size=8.5, row_h=15, head_fill=None,
              bold=(4,))
    s.text(330, 146, "Income", 10, "sans-b")
    months = end.month
    table(s, 330, 152, [("", 110, "l"), ("This period", 62, "r"), ("Year to date", 70, "r")],
          [["Dividends", money(dividends), money(dividends * months)],
           ["Interest", money(interest), money(interest * months)],
           ["Total income", money(dividends + interest), money((dividends + interest) * months)]], size=8.5,
          row_h=15, head_fill=0.9, bold=(2,))
    y += 26
    s.text(40, y, "Holdings", 10, "sans-b")
    y = table(s, 40, y + 6, [("Symbol", 54, "l"), ("Description", 220, "l"), ("Quantity", 80, "r"),
                             ("Price", 80, "r"), ("Market value", 98, "r")],
              [*([sym, name, f"{qty:,.3f}", money(price), money(value)] for sym, name, qty, price, value in holdings),
               ["", "Total holdings", "", "", money(ending)]], size=8.2, row_h=15, head_fill=0.84, zebra=0.94,
              bold=(len(holdings),))
    y += 26
    s.text(40, y, "Activity", 10, "sans-b")
    activity = [(start + timedelta(days=rng.randint(2, 9)), "Dividend", f"{FUNDS[3][1]}", money(dividends)),
                (start.replace(day=15), "Withdrawal", f"Systematic withdrawal to bank account ****{bank4}",
                 f"-{money(withdrawal)}"),
                (end, "Interest", f"{FUNDS[5][1]}", money(interest))]
    table(s, 40, y + 6, [("Date", 70, "l"), ("Activity", 80, "l"), ("Description", 280, "l"), ("Amount", 102, "r")],
          [[us(d), a, desc, amt] for d, a, desc, amt in sorted(activity)], size=8.2, row_h=15, head_fill=0.84)
    s.wrap(40, 720, "Securities are offered through Larchfield Brokerage LLC, member FINRA/SIPC. Market values are as "
           "of the close of the last business day of the period. Review this statement and report any discrepancy "
           "within ten days.", 532, 7, "sans", 9, 0.4)
    return Doc("investment_statement", {}, [s], facts={"date": end}), ending


def form_1120s(corp: str, ein: str, officer: Person, office: Address, year: int, receipts: Decimal,
               deductions: Sequence[tuple[str, str, Decimal]], cogs: Decimal, signed_on: date, rng: random.Random
               ) -> tuple[Doc, Decimal]:
    """Page 1 of an S corporation's Form 1120-S as tax software prints it, signed by the officer (a business tax
    return); returns it and the ordinary business income on line 21."""
    s = Sheet()
    s.rect(40, 36, 92, 52, width=0.8)
    s.text(46, 50, "Form", 7)
    s.text(64, 58, "1120-S", 15, "sans-b")
    s.text(46, 70, "Department of the Treasury", 5.6)
    s.text(46, 78, "Internal Revenue Service", 5.6)
    s.text(306, 50, "U.S. Income Tax Return for an S Corporation", 12.5, "sans-b", align="c")
    s.text(306, 62, "Do not file this form unless the corporation has filed or is attaching Form 2553 to elect to be "
           "an", 6.6, align="c")
    s.text(306, 70, "S corporation.  Go to www.irs.gov/Form1120S for instructions and the latest information.", 6.6,
           align="c")
    s.rect(480, 36, 92, 52, width=0.8)
    s.text(526, 46, "OMB No. 1545-0123", 6.2, align="c")
    s.text(526, 74, str(year), 20, "sans-b", align="c")
    s.text(40, 100, f"For calendar year {year} or tax year beginning ________, {year}, ending ________, 20__", 7.5)
    s.line(40, 104, 572, 104, 0.8)
    rows = [("A", "S election effective date", f"01/01/{year - rng.randint(4, 11)}"),
            ("B", "Business activity code number", str(rng.choice([238150, 238350, 238990]))),
            ("C", "Check if Sch. M-3 attached", "")]
    for i, (letter, label, value) in enumerate(rows):
        s.text(44, 116 + 20 * i, f"{letter}  {label}", 6.8)
        s.text(50, 126 + 20 * i, value, 8.5)
    s.rect(150, 104, 300, 60, width=0.5)
    s.text(156, 114, "Name", 6.5, "sans", 0.3)
    s.text(156, 126, corp, 9.5, "sans-b")
    s.text(156, 138, "Number, street, and room or suite no.", 6.5, "sans", 0.3)
    s.text(156, 148, office.street, 9)
    s.text(156, 160, office.last_line, 9)
    s.text(456, 114, "D  Employer identification number", 6.5)
    s.text(462, 126, ein, 9.5)
    s.text(456, 138, "E  Date incorporated", 6.5)
    s.text(462, 150, f"03/{rng.randint(10, 28)}/{year - rng.randint(5, 12)}", 9.5)
    s.text(456, 160, "F  Total assets: see instructions", 6.5)
    s.line(40, 170, 572, 170, 0.8)
    returns = cents(receipts * Decimal("0.012"))
    balance = receipts - returns
    gross_profit = balance - cogs
    total_deductions = sum((a for _, _, a in deductions), Decimal(0))
    ordinary = gross_profit - total_deductions
    lines: list[tuple[str, str, str, bool]] = [
        ("1a", "Gross receipts or sales", money(receipts), False),
        ("b", "Returns and allowances", money(returns), False),
        ("c", "Balance. Subtract line 1b from line 1a", money(balance), False),
        ("2", "Cost of goods sold (attach Form 1125-A)", money(cogs), False),
        ("3", "Gross profit. Subtract line 2 from line 1c", money(gross_profit), False),
        ("4", "Net gain (loss) from Form 4797", "", False), ("5", "Other income (loss)", "", False),
        ("6", "Total income (loss). Add lines 3 through 5", money(gross_profit), True)]
    lines += [(no, label, money(a), False) for no, label, a in deductions]
    lines += [("20", "Total deductions. Add lines 7 through 19", money(total_deductions), True),
              ("21", "Ordinary business income (loss). Subtract line 20 from line 6", money(ordinary), True),
              ("22a", "Excess net passive income or LIFO recapture tax", "", False),
              ("23d", "Total payments and credits", "0.00", False), ("25", "Amount owed", "0.00", False)]
    y = 184.0
    for no, label, value, bold in lines:
        font = "sans-b" if bold else "sans"
        s.text(44, y, no, 7.5, "sans-b")
        s.text(70, y, label, 7.5, font)
        s.line(452, y + 2, 560, y + 2, 0.3, 0.6)
        s.text(456, y, no, 7, "sans-b", 0.4)
        s.text(560, y, value, 8, font, align="r")
        y += 14.5
    y += 10
    s.line(40, y, 572, y, 0.8)
    y += 8
    s.text(44, y + 10, "Sign", 11, "sans-b")
    s.text(44, y + 22, "Here", 11, "sans-b")
    s.wrap(86, y + 6, "Under penalties of perjury, I declare that I have examined this return, including accompanying "
           "schedules and statements, and to the best of my knowledge and belief, it is true, correct, and complete.",
           480, 6.5, "sans", 8)
    s.line(86, y + 46, 300, y + 46, 0.6)
    s.signature(rng, 100, y + 45, 150, 20, gray=0.1)
    s.text(86, y + 54, "Signature of officer", 6.5, "sans", 0.3)
    s.line(310, y + 46, 390, y + 46, 0.6)
    s.text(314, y + 43, us(signed_on), 9)
    s.text(310, y + 54, "Date", 6.5, "sans", 0.3)
    s.line(400, y + 46, 560, y + 46, 0.6)
    s.text(404, y + 43, f"President - {officer.name}", 8.5)
    s.text(400, y + 54, "Title", 6.5, "sans", 0.3)
    y += 70
    s.rect(40, y, 532, 40, width=0.6)
    s.text(46, y + 12, "Paid Preparer Use Only", 7.5, "sans-b")
    s.text(46, y + 26, "Preparer's name: Marisol T. Quennell, EA", 7.5)
    s.text(260, y + 26, f"PTIN P0{rng.randint(1000000, 9999999)}", 7.5)
    s.text(380, y + 26, "Firm: Cascade Ledger Tax Services", 7.5)
    s.text(40, 770, "For Paperwork Reduction Act Notice, see separate instructions.", 6.5)
    s.text(350, 770, "Cat. No. 11510H", 6.5)
    s.text(572, 770, f"Form 1120-S ({year})", 7, "sans-b", align="r")
    return Doc("tax_return", {"tax_year": year, "form": "1120-S"}, [s], facts={"signed": True}), ordinary


def pcs_orders(member: Person, grade: str, ssn4: str, losing: str, gaining: str, issued: date, report: date,
               dependents: Sequence[Person], rng: random.Random) -> Doc:
    """Army permanent change of station orders (the relocation paper for a servicemember)."""
    s = Sheet()
    order_no = f"{issued.timetuple().tm_yday:03d}-{rng.randint(1000, 9999)}"
    s.text(306, 56, "DEPARTMENT OF THE ARMY", 11, "mono-b", align="c")
    s.text(306, 69, f"HEADQUARTERS, {losing.upper()}", 9.5, "mono", align="c")
    s.text(306, 81, "MILITARY PERSONNEL DIVISION, PERSONNEL PROCESSING BRANCH", 9.5, "mono", align="c")
    s.text(56, 110, f"ORDERS {order_no}", 10, "mono-b")
    s.text(556, 110, f"{issued:%d %B %Y}".upper(), 10, "mono-b", align="r")
    s.text(56, 136, f"{member.last.upper()}, {member.first.upper()} {(member.middle or '').upper()}  "
           f"XXX-XX-{ssn4}  {grade}", 10, "mono")
    s.text(56, 150, f"{losing.upper()} (W{rng.randint(10, 99)}ABC)", 10, "mono")
    y = s.wrap(56, 176, "YOU ARE RELIEVED FROM YOUR CURRENT ASSIGNMENT AND ARE REASSIGNED AS SHOWN. YOU WILL PROCEED "
               "ON THE DATE INDICATED. REPORT TO THE GAINING UNIT NOT LATER THAN THE REPORTING DATE BELOW.", 500, 9.5,
               "mono", 13)
    rows = [("ASSIGNED TO", f"{gaining.upper()}"), ("REPORT DATE", f"{report:%d %B %Y}".upper()),
            ("LEAVE", "AUTHORIZED, 10 DAYS EN ROUTE"), ("PCS (MDC)", f"{rng.choice(['1B', '1C', '1D'])}"),
            ("ACCOUNTING CLASSIFICATION",
             f"2102010 01-1100 P{rng.randint(100000, 999999)} 581C S{rng.randint(10, 99)}"),
            ("MOVEMENT DESIGNATOR CODE", "PCS - PERMANENT CHANGE OF STATION"),
            ("DEPENDENTS AUTHORIZED TO TRAVEL", ", ".join(p.upper for p in dependents) or "NONE"),
            ("HOUSEHOLD GOODS", "SHIPMENT AUTHORIZED, WEIGHT PER JTR"),
            ("PRIVATELY OWNED VEHICLE", "TRAVEL BY POV AUTHORIZED")]
    y += 10
    for label, value in rows:
        s.text(56, y, f"{label}:", 9.5, "mono-b")
        y = s.wrap(286, y, value, 270, 9.5, "mono", 13) + 3
    y += 8
    y = s.wrap(56, y, "ADDITIONAL INSTRUCTIONS: (A) SOLDIER WILL CONTACT THE TRANSPORTATION OFFICE WITHIN 10 DAYS OF "
               "RECEIPT OF THESE ORDERS. (B) GOVERNMENT QUARTERS AT THE NEW STATION ARE NOT GUARANTEED. (C) THESE "
               "ORDERS MAY BE PRESENTED TO CREDITORS AS PROOF OF A PERMANENT CHANGE OF STATION.", 500, 9.5, "mono",
               13) + 20
    s.text(56, y, "FOR THE COMMANDER:", 9.5, "mono")
    s.signature(rng, 320, y + 30, 150, 20, gray=0.1)
    s.text(320, y + 44, f"{rng.choice(['DELANEY', 'OKORO', 'VASQUEZ'])}, {rng.choice(['MARCUS', 'RENEE'])} T.", 9.5,
           "mono")
    s.text(320, y + 57, "CHIEF, MILITARY PERSONNEL DIVISION", 9.5, "mono")
    s.text(56, y + 90, "DISTRIBUTION: INDIVIDUAL (5)  FINANCE (1)  TRANSPORTATION (2)  GAINING UNIT (1)", 8.5, "mono")
    return Doc("military_pcs_orders", {}, [s])


def ltd_approval(claimant: Person, home: Address, employer: str, when: date, since: date, monthly: Decimal,
                 rng: random.Random) -> Doc:
    """A group long-term disability insurer's claim approval: the monthly benefit after the offset for part-time
    earnings, paid monthly, taxable because the employer paid the premiums."""
    s = Sheet()
    s.text(40, 54, "HARBORPOINT MUTUAL LIFE INSURANCE COMPANY", 12.5, "sans-b")
    s.text(40, 66, f"Group Disability Claims  {DOT}  PO Box 5530, Portland, ME 04112  {DOT}  1-800-555-0135", 8, "sans",
           0.35)
    s.line(40, 74, 572, 74, 1.0)
    y = hm.dated_addressee(s, when, claimant, home)
    claim = f"LTD-{rng.randint(1000000, 9999999)}"
    s.text(40, y, "RE: Long Term Disability claim - approval of benefits", 10.5, "sans-b")
    y += 16
    for label, value in (("Claim number", claim), ("Policyholder", employer),
                         ("Group policy", f"GLT-{rng.randint(10000, 99999)}")):
        s.text(40, y, f"{label}:", 9.5, "sans-b")
        s.text(150, y, value, 9.5)
        y += 13
    y += 12
    y = s.wrap(40, y, f"Dear {claimant.first} {claimant.last}: We have completed our review of your claim and approved "
               f"Long Term Disability benefits under the group policy issued to {employer}. Because you have returned "
               "to work part time, your benefit is reduced by part of your earnings, as the policy provides.", 532, 10,
               "sans", 14) + 8
    gross = cents(monthly * Decimal("1.6"))
    rows = [("Date disability began", us(since)), ("Benefits payable from", us(since + timedelta(days=90))),
            ("Gross monthly benefit (60% of pre-disability earnings)", f"${money(gross)}"),
            ("Less: offset for part-time earnings", f"-${money(gross - monthly)}"),
            ("Monthly benefit payable", f"${money(monthly)}"),
            ("Payment frequency", "Monthly, by direct deposit on the 1st"),
            ("Tax status", "Taxable (premiums paid by your employer)")]
    s.rect(40, y, 532, 16 * len(rows) + 10, width=0.6, fill=0.95)
    for i, (label, value) in enumerate(rows):
        font = "sans-b" if i == 4 else "sans"
        s.text(50, y + 17 + 16 * i, label, 9.5, font)
        s.text(562, y + 17 + 16 * i, value, 9.5, font, align="r")
    y += 16 * len(rows) + 30
    y = s.wrap(40, y, "Because your employer paid the premiums for this coverage, your benefits are taxable income. We "
               "will send you a Form W-2 each January. We will review your claim again in six months and may ask for "
               "updated information from your doctor.", 532, 10, "sans", 14) + 10
    s.text(40, y + 10, "Sincerely,", 10)
    s.signature(rng, 48, y + 44, 140, 20, gray=0.1)
    s.text(40, y + 58, f"{rng.choice(['Corinne', 'Leland', 'Marta'])} {rng.choice(['Abernethy', 'Soto'])}, "
           "Disability Claims Examiner", 10)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_taxable"}, [s])


def dissolution_petition(petitioner: Person, respondent: Person, home: Address, county: str, filed: date,
                         married: date, separated: date, rng: random.Random) -> Doc:
    """A petition for dissolution of marriage with the clerk's FILED stamp: the case has begun, no decree has been
    entered (an "other" paper)."""
    state = hb.STATES.get(home.state, home.state)
    case_no = f"{filed:%y}DR{rng.randint(10000, 99999)}"
    pages = [Sheet(), Sheet()]
    s = pages[0]
    s.text(306, 66, f"IN THE DISTRICT COURT OF {county.upper()} COUNTY, {state.upper()}", 11, "serif-b", align="c")
    s.text(72, 104, "IN RE THE MARRIAGE OF:", 11, "serif")
    s.text(90, 124, petitioner.upper, 11, "serif")
    s.text(108, 138, "Petitioner,", 11, "serif")
    s.text(90, 158, "and", 11, "serif")
    s.text(90, 178, respondent.upper, 11, "serif")
    s.text(108, 192, "Respondent.", 11, "serif")
    for yy in range(100, 200, 12):
        s.text(330, yy, ")", 11, "serif")
    s.text(350, 124, f"Case No. {case_no}", 11, "serif")
    s.rect(420, 140, 140, 56, width=1.2, stroke=0.3)
    s.text(490, 158, "FILED", 13, "sans-b", 0.3, "c")
    s.text(490, 174, f"{filed:%b %d %Y}".upper(), 9.5, "mono-b", 0.3, "c")
    s.text(490, 188, "CLERK OF DISTRICT COURT", 6.5, "sans-b", 0.3, "c")
    s.text(306, 232, "PETITION FOR DISSOLUTION OF MARRIAGE", 12.5, "serif-b", align="c")
    paragraphs = [
        f"Petitioner, {petitioner.name}, resides at {home.one_line}, and has been a resident of {state} for more than "
        "ninety days before the filing of this petition.",
        f"Respondent, {respondent.name}, presently resides in {county} County, {state}.",
        f"The parties were married on {long_date(married)} and separated on or about {long_date(separated)}.",
        "The marriage is irretrievably broken and there is no reasonable likelihood that it can be preserved.",
        "There are two minor children of the marriage. Petitioner asks that she be awarded primary physical "
        "custody, with reasonable parenting time for Respondent, and that child support be set under the state's "
        "guidelines.",
        "Neither party is pregnant. No other action for dissolution, separation or custody is pending in any court.",
        "The parties have not entered into a written separation or property settlement agreement.",
        f"The parties own real property located at {home.one_line}, which is subject to a mortgage. Petitioner "
        "requests that she be awarded the residence and be responsible for the mortgage.",
        "Petitioner requests temporary orders for the exclusive use of the residence and for the payment of marital "
        "debts while this action is pending."]
    y = 262.0
    for i, text in enumerate(paragraphs, 1):
        if y + 22 * len(_lines(f"{i}.  {text}", 450, 11, "serif")) > 730 and s is pages[0]:
            s, y = pages[1], 80.0
        y = s.wrap(90, y, f"{i}.  {text}", 450, 11, "serif", 22) + 6
    pages[0].text(306, 760, "Petition for Dissolution of Marriage - Page 1 of 2", 8.5, "serif", 0.3, "c")
    if s is pages[0]:
        s, y = pages[1], 80.0
    y = s.wrap(90, y + 8, "WHEREFORE, Petitioner asks the Court to enter a decree dissolving the marriage, to divide "
               "the marital property and debts equitably, and to grant such other relief as the Court finds just.", 450,
               11, "serif", 22) + 30
    s.line(320, y, 540, y, 0.6)
    s.signature(rng, 330, y - 2, 150, 20, gray=0.12)
    s.text(320, y + 13, f"{petitioner.name}, Petitioner, pro se", 10, "serif")
    y += 60
    s.text(306, y, "VERIFICATION", 11, "serif-b", align="c")
    y = s.wrap(90, y + 22, "I declare under penalty of perjury under the laws of this State that the foregoing is true "
               "and correct.", 450, 11, "serif", 22) + 30
    s.line(320, y, 540, y, 0.6)
    s.signature(rng, 330, y - 2, 150, 20, gray=0.12)
    s.text(320, y + 13, f"Dated: {us(filed - timedelta(days=rng.randint(1, 6)))}", 10, "serif")
    s.text(306, 760, "Petition for Dissolution of Marriage - Page 2 of 2", 8.5, "serif", 0.3, "c")
    return Doc("other", {}, pages)


# --- delivery -------------------------------------------------------------------------------------------------------


@cache
def _scrambled_font(name: str) -> str:
    """The same face registered so that its subset assigns character codes in order of first use. reportlab keeps one
    font object per face name, so the face goes by the name the payroll system's fonts carry."""
    registered = f"HPX-{name}"
    font = TTFont(registered, str(hp.FONTS[name]), asciiReadable=False)
    font.face.name = {"sans": b"ArialMT", "sans-b": b"Arial-BoldMT", "sans-i": b"Arial-ItalicMT",
                      "mono": b"CourierNewPSMT", "mono-b": b"CourierNewPS-BoldMT", "serif": b"TimesNewRomanPSMT",
                      "serif-b": b"TimesNewRomanPS-BoldMT"}.get(name, f"{name}-Payroll".encode())
    pdfmetrics.registerFont(font)
    return registered


@dataclass
class GarbledDoc(Doc):
    """Born digital by a payroll system whose PDF writer embeds subset fonts with their own character codes and no
    /ToUnicode map: the page looks right on screen and on paper, but its text layer reads as control characters."""

    def digital(self) -> bytes:
        saved = hp._rl_font
        hp._rl_font = _scrambled_font
        try:
            data = hp.sheets_pdf(self.sheets)
        finally:
            hp._rl_font = saved
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for page in writer.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                if "/ToUnicode" in font:
                    del font[NameObject("/ToUnicode")]
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def garbled(doc: Doc) -> GarbledDoc:
    return GarbledDoc(doc.type, doc.fields, doc.sheets, facts=doc.facts)


def _creases(arr: np.ndarray, rng: random.Random, dpi: int) -> np.ndarray:
    """A letter folded in three for the envelope: two creases across the sheet, each a soft shadow on one side and a
    thin bright ridge on the other, not quite level."""
    h, w = arr.shape[:2]
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    shade = np.ones((h, w), np.float32)
    for fraction, side in ((1 / 3, 1.0), (2 / 3, -1.0)):
        centre = h * fraction + rng.uniform(-0.08, 0.08) * dpi + rng.uniform(-0.05, 0.05) * dpi * (xx / w - 0.5) * 2
        d = (yy - centre) / dpi
        shade *= (1 - 0.12 * np.exp(-(((d - side * 0.025) / 0.035) ** 2))
                  + 0.05 * np.exp(-(((d + side * 0.01) / 0.008) ** 2)))
    return arr * (shade[..., None] if arr.ndim == 3 else shade)


def _staple(img: Image.Image, dpi: int) -> None:
    """Two holes and a bent leg where a staple was pulled out of the top-left corner."""
    draw = ImageDraw.Draw(img)
    ink = 45 if img.mode == "L" else (45, 45, 45)
    for cx, cy in ((0.42, 0.34), (0.70, 0.22)):
        r = 0.018 * dpi
        draw.ellipse([cx * dpi - r, cy * dpi - r, cx * dpi + r, cy * dpi + r], fill=ink)
    draw.line([(0.42 * dpi, 0.34 * dpi), (0.47 * dpi, 0.30 * dpi)], fill=ink, width=max(1, dpi // 100))


@dataclass
class FoldedDoc(Doc):
    """Paper that came folded in three (and once stapled), scanned flat; renders `inner`."""

    inner: Doc | None = None
    seed: int = 0
    staple: bool = False

    def images(self, dpi: int) -> list[Image.Image]:
        assert self.inner is not None
        out = []
        for n, page in enumerate(self.inner.images(dpi)):
            arr = _creases(np.asarray(page.convert("L"), dtype=np.float32), random.Random(self.seed * 13 + n), dpi)
            img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
            if self.staple and n == 0:
                _staple(img, dpi)
            out.append(img)
        return out


def folded(doc: Doc, seed: int, staple: bool = False) -> FoldedDoc:
    return FoldedDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, inner=doc, seed=seed, staple=staple)


def _is_ink(op: tuple[Any, ...]) -> bool:
    """Pen strokes and handwriting: what the borrower added to the printed page."""
    return op[0] == "path" or (op[0] == "text" and str(op[5]).startswith("pen"))


@contextmanager
def _no_footer() -> Iterator[None]:
    saved = hp.FOOTER
    hp.FOOTER = ""
    try:
        yield
    finally:
        hp.FOOTER = saved


def colour_page(sheet: Sheet, dpi: int, paper: tuple[int, int, int], printed: tuple[int, int, int],
                ink: tuple[int, int, int]) -> Image.Image:
    """The sheet in colour: its print in `printed` ink, its pen strokes in `ink`, both on `paper`."""
    press = hp.sheet_image(Sheet([op for op in sheet.ops if not _is_ink(op)]), dpi)
    with _no_footer():
        pen = hp.sheet_image(Sheet([op for op in sheet.ops if _is_ink(op)]), dpi)
    p = 1 - np.asarray(press, dtype=np.float32)[..., None] / 255
    i = 1 - np.asarray(pen, dtype=np.float32)[..., None] / 255
    out = (np.array(paper, np.float32) * (1 - p * (1 - np.array(printed, np.float32) / 255))
           * (1 - i * (1 - np.array(ink, np.float32) / 255)))
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), "RGB")


def _sticky(img: Image.Image, dpi: int, x: float, y: float, lines: Sequence[str], seed: int) -> Image.Image:
    """A yellow sticky note pressed on the page at (x, y) points, written on in blue ballpoint, a little askew."""
    rng = random.Random(seed)
    side = round(2.1 * dpi)
    arr = np.zeros((side, side, 4), np.float32)
    arr[..., :3] = np.array((252, 236, 118), np.float32) * np.linspace(1.0, 0.93, side)[:, None, None]
    arr[..., 3] = 255
    note = Image.fromarray(arr.astype(np.uint8), "RGBA")
    draw = ImageDraw.Draw(note)
    font = hp._pil_font("pen", round(12.5 * dpi / 72))
    for k, line in enumerate(lines):
        draw.text((0.14 * dpi + rng.uniform(-3, 3), 0.32 * dpi + k * 0.27 * dpi), line, fill=(*BLUE_INK, 255),
                  font=font)
    note = note.rotate(rng.uniform(-4, 4), expand=True, resample=Image.Resampling.BICUBIC)
    alpha = note.getchannel("A").filter(ImageFilter.GaussianBlur(dpi / 40)).point(lambda v: round(v * 0.35))
    shadow = Image.new("RGBA", note.size, (0, 0, 0, 0))
    shadow.putalpha(alpha)
    page = img.convert("RGBA")
    px, py = round(x * dpi / 72), round(y * dpi / 72)
    page.alpha_composite(shadow, (px + dpi // 30, py + dpi // 24))
    page.alpha_composite(note, (px, py))
    return page.convert("RGB")


@dataclass
class ColourDoc(Doc):
    """Pages printed in one ink (black, or a servicer's maroon), filled in blue ballpoint, maybe with a sticky note on
    some page; grey for the base writer, colour for a colour file; renders `inner`'s sheets."""

    inner: Doc | None = None
    printed_in: tuple[int, int, int] = BLACK
    notes: dict[int, tuple[float, float, list[str]]] = field(default_factory=dict)
    seed: int = 0

    def images(self, dpi: int) -> list[Image.Image]:
        assert self.inner is not None
        return self.inner.images(dpi)

    def colour_images(self, dpi: int, paper: tuple[int, int, int]) -> list[Image.Image]:
        assert self.inner is not None and self.inner.pdf is None
        out = []
        for n, sheet in enumerate(self.inner.sheets):
            page = colour_page(sheet, dpi, paper, self.printed_in, BLUE_INK)
            if n in self.notes:
                x, y, lines = self.notes[n]
                page = _sticky(page, dpi, x, y, lines, self.seed + n)
            out.append(page)
        return out


def coloured(doc: Doc, printed_in: tuple[int, int, int] = BLACK, notes: dict[int, tuple[float, float, list[str]]]
             | None = None, seed: int = 0) -> ColourDoc:
    return ColourDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, inner=doc, printed_in=printed_in,
                     notes=notes or {}, seed=seed)


def jot(doc: Doc, text: str, rng: random.Random) -> Doc:
    """The borrower writes the loan number at the top of every page, as the servicer's letter asked."""
    pen = hb.Pen(rng, hand=True, gray=0.15)
    for sheet in doc.sheets:
        pen.write(sheet, 404 + rng.uniform(-14, 10), 24 + rng.uniform(-2, 2), text, 10.5)
    return doc


@dataclass
class NFile(hm.MFile):
    """A file as dropped in the inbox; `colour` (the paper's colour) stores its scanned pages again as a colour JPEG
    scan (`folded` adds the creases of a letter folded in three), `encrypt` encrypts it with an owner password and an
    empty user password, as online banking serves its e-statements."""

    colour: tuple[int, int, int] | None = None
    quality: int = 40
    folded: bool = False
    encrypt: bool = False


def _colour_scan(img: Image.Image, file: NFile, n: int) -> Image.Image:
    assert file.scan is not None
    scan = file.scan
    arr = np.asarray(img, dtype=np.float32)
    if file.folded:
        arr = _creases(arr, random.Random(scan.seed * 7 + n), scan.dpi)
    image = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    skew = scan.skew * (1 + 0.35 * math.sin(n + scan.seed))
    image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=(236, 236, 232))
    if scan.blur:
        image = image.filter(ImageFilter.GaussianBlur(scan.blur))
    noise = np.random.default_rng(scan.seed * 101 + n).normal(0, 3.5, (image.height, image.width, 1))
    return Image.fromarray((np.asarray(image, dtype=np.float32) + noise).clip(0, 255).astype(np.uint8), "RGB")


def _colour_file(path: Path, file: NFile) -> None:
    """Scan the file's paper again in colour: each document in its inks on `file.colour` paper, saved as JPEG."""
    assert file.scan is not None and file.colour is not None
    dpi, pages = file.scan.dpi, []
    for doc in file.parts:
        order = doc.delivered_order or list(range(doc.page_count))
        if isinstance(doc, ColourDoc):
            rendered = doc.colour_images(dpi, file.colour)
        else:
            rendered = [Image.fromarray((np.asarray(p.convert("L"), dtype=np.float32)[..., None]
                                         * np.array(file.colour, np.float32) / 255).astype(np.uint8), "RGB")
                        for p in doc.images(dpi)]
        pages += [_colour_scan(rendered[own], file, len(pages)) for own in order]
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=file.quality)


@contextmanager
def _seeded_secrets(seed: int) -> Iterator[None]:
    """pypdf draws its salts and IVs from `secrets`; seeded for the while, the encrypted file is the same every run."""
    rng = random.Random(seed)
    saved = secrets.token_bytes
    secrets.token_bytes = lambda n=32: bytes(rng.getrandbits(8) for _ in range(n or 32))
    try:
        yield
    finally:
        secrets.token_bytes = saved


def _encrypt(path: Path, owner: str, seed: int) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(path.read_bytes())))
    allowed = (UserAccessPermissions.PRINT | UserAccessPermissions.EXTRACT
               | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS | UserAccessPermissions.PRINT_TO_REPRESENTATION)
    out = io.BytesIO()
    with _seeded_secrets(seed):
        writer.encrypt(user_password="", owner_password=owner, algorithm="AES-128", permissions_flag=allowed)
        writer.write(out)
    path.write_bytes(out.getvalue())


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_m's writer (and through it l's, j's, i's and f's), then colour scans and encrypted files,
    keeping every file's arrival time."""
    expected = hm.write_packet(packet, root)
    for n, file in enumerate(packet.files):
        if not isinstance(file, NFile) or not (file.colour or file.encrypt):
            continue
        path = root / packet.name / "inbox" / file.name
        stat = path.stat()
        if file.colour:
            _colour_file(path, file)
        if file.encrypt:
            _encrypt(path, f"tdb-{packet.loan[-4:]}-{n}", int(packet.loan) + n)
        os.utime(path, (stat.st_atime, stat.st_mtime))
    return expected


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_m's self-check (holdout_packets_j's, letting an application without income print no total)."""
    return hm.check(packet, expected)


# --- packets --------------------------------------------------------------------------------------------------------


def received_on(rng: random.Random) -> date:
    """A weekday between mid-September and the end of November 2029 (late in the year: large year-to-date pay)."""
    return hp.weekday_on_or_before(date(2029, 9, 17) + timedelta(days=rng.randint(0, 74)))


BRAMBLE = "Bramblecrest Insurance Group, Inc."
HALVERSON = "Halverson Tool & Die Company"


def _biweekly_stubs(rng: random.Random, employer: str, employee: Person, home: Address, received: date,
                    gross: Decimal) -> list[Stub]:
    """Two bi-weekly pays: periods Sunday to Saturday, paid the Friday after, the newer a few days before `received`."""
    last_pay = hp._friday_on_or_before(received - timedelta(days=rng.randint(2, 6)))
    return [hp.make_stub(rng, employer, employee, home, "biweekly", gross, last_pay - timedelta(days=6 + 14 * k),
                         pay_lag=6) for k in (1, 0)]


def packet_wexford_typed_folder(seed: int) -> Packet:
    """WLM-Q typed into its PDF by a couple and signed with the reader's signing tool: his salary (two Workday-style
    pay slips), her systematic withdrawals from a brokerage account (two monthly investment statements), a typed
    hardship letter; a folder named after the loan, born digital. Complete."""
    rng = random.Random(seed * 7949 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Fitzgerald", "O.", "Amankwah")
    co = Person("Solveig", "K.", "Amankwah")
    home = hp.address(rng)
    gross = cents(Decimal(rng.randrange(58, 84) * 1000) / 26)
    stubs = _biweekly_stubs(rng, BRAMBLE, borrower, home, received, gross)
    withdrawal = Decimal(rng.randrange(600, 1400, 25))
    value = Decimal(rng.randrange(9000000, 26000000)) / 100
    account, bank4 = hp.digits(rng, 4), hp.digits(rng, 4)
    investments = []
    for start in _months(received):
        doc, value = brokerage_statement(co, home, start, hp.month_end(start.year, start.month), account, value,
                                         withdrawal, bank4, rng)
        investments.append(doc)
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = wexford_app([("wages", cents(gross * 26 / 12), "B"), ("investment", withdrawal, "C")], rng, loan=loan,
                      borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                      hardships=["reduction_in_income", "increase_in_housing_expenses"],
                      hardship_start=received - timedelta(days=rng.randint(80, 170)), signed=True, signed_on=signed_on,
                      co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                      phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(duration="short",
                     story="Bonus program ended and my salary was cut 10%; our escrow went up $310 a month.")
    app_doc = Doc("mortgage_assistance_application", {}, wexford_form(app, "typed", rng))
    slips = [st.doc([stub_slip(st, f"E{rng.randint(100000, 999999)}", str(rng.randint(400000, 499999)),
                               "Bi-Weekly Salaried - US", "Keystone Federal Credit Union", rng)]) for st in stubs]
    letter = hb.typed_letter(app, signed_on, WEXFORD[0], [
        "In the spring my employer ended its bonus program and reduced salaries in my department by ten percent. "
        "The bonus was about a sixth of my pay, so our income dropped sharply.",
        "At the same time the county reassessed our home and our insurer raised the premium, and after the escrow "
        "review our monthly payment went up by $310. My wife has been drawing from her savings account each month to "
        "help, but that cannot continue for long.",
        "We would like to keep our home and ask to be considered for a modification that brings the payment back "
        "within our budget."], rng)
    docs = [app_doc, *slips, *investments, letter]
    files = [hm.MFile(f"{loan}/WLM-Q questionnaire (signed).pdf", [app_doc])]
    files += [hm.MFile(f"{loan}/Payslip_{st.pay_date:%Y-%m-%d}.pdf", [d]) for st, d in zip(stubs, slips, strict=True)]
    files += [hm.MFile(f"{loan}/Larchfield statement {d.facts['date']:%b %Y}.pdf", [d]) for d in investments]
    files.append(hm.MFile(f"{loan}/Letter of hardship.pdf", [letter]))
    return Packet("n1-wexford-typed-two-column-questionnaire-workday-slips-investment-statements-folder", received, app,
                  docs, files, loan, [])


GLAZING = "Cobble Hill Glass & Glazing, Inc."


def packet_keyhaven_esign_loose(seed: int) -> Packet:
    """Keyhaven's portal printout at "Review & sign": he signed electronically, his wife's signature is still "Waiting
    for signature"; his S corporation's signed Form 1120-S and a 4506-C, her two semi-monthly two-position stubs from a
    payroll system whose PDFs carry no usable text layer, a typed hardship letter; loose born-digital files named
    by the portal. Incomplete: application_signature."""
    rng = random.Random(seed * 7949 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Cormac", "J.", "Vandersloot")
    co = Person("Isadora", None, "Vandersloot")
    home = hp.address(rng)
    year = received.year - 1
    receipts = Decimal(rng.randrange(52000000, 78000000)) / 100
    officer = Decimal(rng.randrange(48, 66) * 1000)
    deductions = [("7", "Compensation of officers", officer),
                  ("8", "Salaries and wages (less employment credits)", cents(receipts * Decimal("0.18"))),
                  ("9", "Repairs and maintenance", Decimal(rng.randrange(300000, 900000)) / 100),
                  ("11", "Rents", Decimal(rng.randrange(1800000, 3000000)) / 100),
                  ("12", "Taxes and licenses", cents(receipts * Decimal("0.031"))),
                  ("13", "Interest", Decimal(rng.randrange(200000, 700000)) / 100),
                  ("14", "Depreciation not claimed on Form 1125-A or elsewhere", Decimal(rng.randrange(800000, 1900000))
                   / 100), ("16", "Advertising", Decimal(rng.randrange(150000, 600000)) / 100),
                  ("18", "Employee benefit programs", Decimal(rng.randrange(600000, 1500000)) / 100),
                  ("19", "Other deductions (attach statement)", Decimal(rng.randrange(900000, 2200000)) / 100)]
    cogs = cents(receipts * Decimal("0.41"))
    office = Address(f"{rng.randint(100, 4800)} Foundry St", home.city, home.state, home.zip)
    newest_end = hp._semimonthly_end_before(received - timedelta(days=rng.randint(6, 12)))
    periods = ravenna_run(rng, co, home, newest_end, Decimal(rng.randrange(41, 52) * 1000),
                          Decimal(rng.randrange(1650, 2150)) / 100, ("Recreation Coordinator", "Lifeguard"))
    signed_on = received - timedelta(days=rng.randint(1, 3))
    tax, ordinary = form_1120s(GLAZING, f"{rng.randint(20, 88)}-{rng.randint(1000000, 9999999)}", borrower, office,
                               year, receipts, deductions, cogs, date(received.year, 3, rng.randint(2, 14)), rng)
    monthly_se = cents((officer + max(ordinary, Decimal(0))) / 12 * Decimal("0.45"))
    app = keyhaven_app([("self_employment", monthly_se, "B"),
                        ("wages", cents(periods[-1].stub.gross * 2), "C")], rng, loan=loan, borrower=borrower,
                       ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                       hardships=["reduction_in_income", "other"],
                       hardship_start=received - timedelta(days=rng.randint(90, 180)), signed=True,
                       signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False,
                       co_signed_on=None, phone=hp.phone(rng), email=hj._email(borrower, rng),
                       other_hardship_text="Our business partner left and took our largest customer.")
    app.facts.update(duration="long", co_email=hj._email(co, rng),
                     story="My business partner left this year and took our largest commercial customer with him. "
                           "Our glazing company's work fell by a third and I cut my own pay to keep my crew employed.")
    app_doc = Doc("mortgage_assistance_application", {},
                  keyhaven_form(app, "esign", rng, signed_on - timedelta(days=rng.randint(3, 9)), signed_on))
    irs = hp.form_4506c(borrower, app.ssn4, home, signed_on, rng, year)
    stubs = [garbled(p.stub.doc([stub_ravenna(p, f"{rng.randint(10000, 99999)}", ("Recreation Programs", "Aquatics"),
                                              rng)])) for p in periods]
    letter = hf.plain_letter(app, signed_on, f"Hardship explanation - loan {loan}", [
        "I own a glazing company with eleven employees. This year my business partner of fourteen years left to "
        "start his own company and took our largest commercial customer with him. Our work fell by about a third.",
        "To keep my crew employed I cut my own pay, and my wife picked up more hours at the parks district. We have "
        "used our savings to keep the mortgage current until now.",
        "We are bidding on new work and expect to recover, but it will take at least a year. We are asking for a "
        "modification so that we can keep our home while the business rebuilds."], rng)
    docs = [app_doc, tax, irs, *stubs, letter]
    kinds = ["application", "tax-return", "4506C", "paystub", "paystub", "letter"]
    files = [hm.MFile(f"KHL-{loan}-{i:02d}-{kind}.pdf", [d]) for i, (kind, d) in enumerate(zip(kinds, docs,
                                                                                                strict=True), 1)]
    return Packet("n2-keyhaven-portal-esign-co-borrower-pending-1120s-two-position-stubs-no-text-layer", received, app,
                  docs, files, loan, ["application_signature"])


def packet_wexford_hand_colour_mail(seed: int) -> Packet:
    """WLM-Q printed in the servicer's maroon and filled in blue ballpoint ("N/A" for the co-borrower, YES / NO
    circled), the hardship worksheet answered by hand, two spreadsheet pay stubs from June (stale), a disability
    insurer's approval; mailed folded in three, scanned by the mailroom in colour at 200 dpi as JPEG, a sticky note on
    the questionnaire. Incomplete: income_doc:wages."""
    rng = random.Random(seed * 7949 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Henrietta", "V.", "Oduya")
    home = hp.address(rng)
    newest_end = hp._semimonthly_end_before(received - timedelta(days=rng.randint(110, 128)))
    periods = alder_run(rng, borrower, home, newest_end, Decimal(rng.randrange(2300, 3100)) / 100)
    since = received - timedelta(days=rng.randint(230, 300))
    ltd_monthly = Decimal(rng.randrange(90000, 170000)) / 100
    signed_on = received - timedelta(days=rng.randint(3, 8))
    app = wexford_app([("wages", cents(periods[-1].stub.gross * 2), "B"), ("benefits_taxable", ltd_monthly, "B")],
                      rng, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                      occupancy="primary_residence", hardships=["disability_or_illness", "reduction_in_income"],
                      hardship_start=since, signed=True, signed_on=signed_on, phone=hp.phone(rng), email="")
    app.facts.update(duration="long", story="Back surgery, out of work 5 months. Back part time now, on disability.")
    app_doc = Doc("mortgage_assistance_application", {}, wexford_form(app, "hand", rng))
    worksheet = hardship_explanation(app, signed_on, [
        f"I hurt my back lifting a patient on {_short(since)} and needed surgery. I was out of work for five months.",
        "I am back at the dental office part time only, about half my old hours. Disability pays part of the rest.",
        "I used my savings and my sister helped with two payments. I cut everything I could.",
        "My doctor says maybe full time by next summer. Until then my income stays lower."], rng)
    stubs = [p.stub.doc([stub_spreadsheet(p, f"{rng.randint(100, 999)}")]) for p in periods]
    ltd = ltd_approval(borrower, home, ALDER, received - timedelta(days=rng.randint(12, 45)), since, ltd_monthly, rng)
    note = [f"Loan {loan}", "Please call me -", app.phone, "after 4 pm. Thank you!"]
    docs = [coloured(app_doc, MAROON, {1: (350.0, 420.0, note)}, seed=seed + 31), coloured(worksheet, MAROON),
            *(coloured(d) for d in stubs), coloured(ltd)]
    scan = Scan(200, skew=0.45, noise=0.0, blur=0.55, paper=246, seed=seed + 32)
    files = [NFile(f"MAIL_{received:%Y%m%d}_{rng.randint(1, 400):04d}.pdf", docs, scan, colour=(246, 240, 222),
                   quality=38, folded=True)]
    return Packet("n3-wexford-hand-maroon-blue-ink-colour-jpeg-mail-folded-sticky-note-stale-spreadsheet-stubs",
                  received, app, docs, files, loan, ["income_doc:wages"])


def packet_form710_encrypted_statements(seed: int) -> Packet:
    """Form 710 filled through its AcroForm by a soldier and his wife, both signing; his pay shown by two online-bank
    e-statements (DFAS deposits) downloaded encrypted with an owner password and an empty user password, and his
    permanent change of station orders, folded and stapled, scanned at 300 dpi; loose files. Complete."""
    rng = random.Random(seed * 7949 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Desmond", "R.", "Achterberg")
    co = Person("Lucia", "M.", "Achterberg")
    home = hp.address(rng)
    wages = Decimal(rng.randrange(480000, 640000)) / 100
    net = cents(wages * Decimal("0.79") / 2)

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        end = hp.month_end(start.year, start.month)
        days = {hp.weekday_on_or_before(d) for d in (start, start.replace(day=15), end + timedelta(days=1))}
        return [((d - start).days, "DFAS-CLEVELAND NET PAY", net) for d in sorted(days) if start <= d <= end]

    sts = hf.statements(rng, TIDEWELL, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=17)
    statements = [st.doc(statement_tidewell(st, co)) for st in sts]
    issued = received - timedelta(days=rng.randint(40, 75))
    signed_on = received - timedelta(days=rng.randint(1, 5))
    app = g_app([("wages", wages, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["relocation"], hardship_start=issued, signed=True,
                signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                co_signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(duration="long", cash=money(Decimal(rng.randrange(300, 2500))),
                     savings=money(Decimal(rng.randrange(500, 6000))), co_email=hj._email(co, rng),
                     co_phone=hp.phone(rng))
    app_doc = Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng), facts={"form710": True})
    orders = folded(pcs_orders(borrower, "SFC", app.ssn4, f"U.S. Army Garrison Fort Halvorsen, {home.state}",
                               "1st Battalion, 52nd Aviation Regiment, Joint Base Cascade Bay, WA", issued,
                               received + timedelta(days=rng.randint(25, 60)), [co], rng), seed + 41, staple=True)
    docs = [app_doc, *statements, orders]
    files = [NFile(f"Form 710 - {loan}.pdf", [app_doc])]
    files += [NFile(f"{loan}_eStatement_{st.end:%Y%m}.pdf", [d], encrypt=True) for st, d in zip(sts, statements,
                                                                                                  strict=True)]
    files.append(NFile(f"{loan} PCS orders.pdf", [orders], Scan(300, skew=0.3, noise=0.0002, blur=0.4, paper=244,
                                                                 seed=seed + 42)))
    return Packet("n4-form710-acroform-encrypted-estatements-empty-user-password-pcs-orders-folded-stapled", received,
                  app, docs, files, loan, [])


def packet_keyhaven_paper_fax(seed: int) -> Packet:
    """Keyhaven's portal printout for signing on paper, signed and dated in ink; two Workday-style pay slips, a typed
    hardship letter and her petition for dissolution of marriage (filed, no decree yet); one 200 dpi fax behind a
    home printer's cover page. Incomplete: hardship_doc:divorce_or_separation."""
    rng = random.Random(seed * 7949 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Rosamund", "E.", "Kettleby")
    spouse = Person("Gareth", "L.", "Kettleby")
    home = hp.address(rng)
    gross = cents(Decimal(rng.randrange(1900, 2900)) / 100 * 80)
    plant = _local(random.Random(f"{HALVERSON}|{home.city}"), home, "Industrial Park Rd")
    stubs = [replace(st, employer_address=plant) for st in _biweekly_stubs(rng, HALVERSON, borrower, home, received,
                                                                           gross)]
    separated = received - timedelta(days=rng.randint(100, 160))
    filed = received - timedelta(days=rng.randint(20, 50))
    signed_on = received - timedelta(days=rng.randint(1, 3))
    app = keyhaven_app([("wages", cents(gross * 26 / 12), "B")], rng, loan=loan, borrower=borrower,
                       ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                       hardships=["divorce_or_separation"], hardship_start=separated, signed=True, signed_on=signed_on,
                       phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(duration="long", story="My husband moved out and filed nothing; I filed for divorce. His income "
                                            "paid half the mortgage and now I pay it alone.")
    app_doc = Doc("mortgage_assistance_application", {},
                  keyhaven_form(app, "paper", rng, signed_on - timedelta(days=rng.randint(1, 4)), signed_on))
    slips = [st.doc([stub_slip(st, f"H{rng.randint(10000, 99999)}", str(rng.randint(100000, 199999)),
                               "Bi-Weekly Hourly - Plant", "Mid-Valley Savings Bank", rng)]) for st in stubs]
    letter = hj.modern_letter(app, signed_on, [KEYHAVEN[0], "Homeowner Assistance"], [
        f"My husband and I separated on {long_date(separated)} and I have filed a petition for divorce, a copy of "
        "which is enclosed. His income paid half of our mortgage and household bills.",
        "I work full time as a machinist at Halverson Tool & Die, but my pay alone does not cover the payment. I "
        "want to keep the house for my children and ask to be considered for a modification."], rng)
    county = rng.choice(["Jefferson", "Lincoln", "Madison", "Franklin"])
    petition = dissolution_petition(borrower, spouse, home, county, filed, date(separated.year - rng.randint(8, 16),
                                                                                 rng.randint(4, 9),
                                                                                 rng.randint(1, 28)), separated, rng)
    docs = [app_doc, letter, petition, *slips]
    pages = sum(d.page_count for d in docs) + 1
    cover = hj.home_fax_cover(borrower.name, app.phone, f"{KEYHAVEN[0]} - Loss Mitigation", KEYHAVEN[2], received,
                              pages, "Mortgage assistance application|Signed application, letter, court|papers and "
                                     "pay stubs. Please call me.")
    fax = Scan(200, skew=0.3, noise=0.0007, blur=0.35, fax=True, seed=seed + 51)
    header = (f"{received:%b %d %Y} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}  {app.phone}  "
              f"KETTLEBY  P.{{page:02d}}/{{pages:02d}}")
    files = [NFile(f"FAX_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", [cover, *docs], fax, header=header)]
    return Packet("n5-keyhaven-portal-printed-signed-in-ink-fax-chips-white-on-black-petition-not-decree", received,
                  app, docs, files, loan, ["hardship_doc:divorce_or_separation"])


def packet_documents_only_folder(seed: int) -> Packet:
    """No application yet: two semi-monthly two-position stubs, two community bank statements with check images and
    the payroll deposits highlighted, and a handwritten hardship letter, each page with the loan number written at its
    top; 300 dpi scans in a folder named after the loan. Incomplete: application."""
    rng = random.Random(seed * 7949 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Evangeline", "T.", "Marchbanks")
    home = hp.address(rng)
    newest_end = hp._semimonthly_end_before(received - timedelta(days=rng.randint(6, 14)))
    periods = ravenna_run(rng, borrower, home, newest_end, Decimal(rng.randrange(44, 58) * 1000),
                          Decimal(rng.randrange(1800, 2400)) / 100, ("Park Maintenance Worker II", "Sports Official"))
    net = periods[-1].stub.net
    stand_in = g_app([], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="",
                     hardships=[], hardship_start=None, signed=False, signed_on=None, phone=hp.phone(rng))

    next_check = [rng.randint(1100, 2900)]

    def credits(start: date) -> list[tuple[int, str, Decimal]]:
        end = hp.month_end(start.year, start.month)
        paid = {hp.weekday_on_or_before(d + timedelta(days=5)) for d in (start - timedelta(days=1),
                                                                         start.replace(day=15))}
        count = rng.randint(3, 5)
        next_check[0] += count
        return [*(((d - start).days, "RAVENNA PRKS&REC PAYROLL", net) for d in sorted(paid) if start <= d <= end),
                *orchard_checks(rng, next_check[0] - count, count)]

    sts = hf.statements(rng, ORCHARD, borrower, home, _months(received), hp.digits(rng, 4), credits, n_debits=13)
    tag = f"Loan # {loan}"
    statements = [jot(st.doc(statement_orchard(st, "PAYROLL", rng)), tag, rng) for st in sts]
    stubs = [jot(p.stub.doc([stub_ravenna(p, f"{rng.randint(10000, 99999)}", ("Park Operations", "Youth Sports"),
                                          rng)]), tag, rng) for p in periods]
    letter = jot(hb.handwritten_letter(stand_in, received - timedelta(days=rng.randint(2, 6)), [
        "The parks district cancelled most of the youth leagues this fall, so I get only a few hours a month as a "
        "sports official, and the escrow on my mortgage went up. I am behind two payments.",
        "I am sending my pay stubs and bank statements now. I will mail the application form as soon as I have it "
        "filled out. Please do not start foreclosure, I want to keep my house."], rng), tag, rng)
    docs = [*stubs, *statements, letter]
    scan = Scan(300, skew=0.25, noise=0.0002, blur=0.35, paper=247, seed=seed + 61)
    files = [hm.MFile(f"{loan}/Scan_{i:04d}.pdf", [d], hj.replace_seed(scan, seed + 61 + i), arrives_after=40 * i)
             for i, d in enumerate(docs, 1)]
    return Packet("n6-no-application-documents-only-folder-loan-number-handwritten-highlighted-check-images", received,
                  None, docs, files, loan, ["application"])


PACKETS = (packet_wexford_typed_folder, packet_keyhaven_esign_loose, packet_wexford_hand_colour_mail,
           packet_form710_encrypted_statements, packet_keyhaven_paper_fax, packet_documents_only_folder)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 14710, write_packet, check)


if __name__ == "__main__":
    main()
