"""A thirteenth holdout set of borrower packets (m1..m6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k and l sets, written without looking at the service's code, rules or tests, to gauge
honestly how it reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_m.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: the OLD
edition of Form 710, the three-page "Uniform Borrower Assistance Form" (2013-2017) that borrowers still send: "Loan
I.D. Number", a BORROWER / CO-BORROWER grid asking the full SSN, "Property Address (if same as mailing address, just
write same)" answered "Same" by hand, a page of three side-by-side columns (Monthly Household Income, Expenses/Debt,
Household Assets) whose income rows are the old ones ("Monthly Gross wages" and "Overtime" as two lines of one code,
"Unemployment Income", "Taxable SS benefits or other monthly income from annuities or retirement plans"), and a
Hardship Affidavit table of boxes beside the documentation each reason needs ("Business Failure" included, never
ticked); typed into its PDF then signed in ink, or printed blank and filled in pen. A credit union's one-page LEGAL-size
(8.5 x 14) "Mortgage Hardship Assistance Request" (Lanternfield, form MS-14): bordered cells with the caption in small
capitals in the cell's top-left corner and the answer large below it, occupancy and yes/no boxes drawn AFTER their
words, hardship reasons in two columns each run out on a dotted leader to its box, its own wording ("Fewer hours, lower
pay or lost overtime", "Military PCS / job transfer over 50 miles"), monthly gross income on dotted leaders to a "$"
column at the right margin, a mailing address beside the property's; typed in its PDF with signature-pad strokes,
typed then signed in ink, or filled by hand with "see pay stubs" written where the wage amount belongs (no amount
anywhere: the decisive value is blank). The real Form 710 filled through its AcroForm and e-signed: "/s/ Name" typed on
the signature line, the e-sign service's envelope id across the top of every page and its audit line on page 4.
A bi-weekly direct-deposit advice on a HALF sheet (8.5 x 5.5 landscape) with a void check face on top, hours in their
own grid and deductions with trailing minus signs; a phone screenshot of a payroll app's paycheck screen (a narrow
image-only page, dates as "Mar 15, 2029", "Every other week"); a bookkeeping app's landscape "Profit and Loss by Month"
(unsigned) printed to PDF the way PostScript drivers print landscape: content turned on a portrait page carrying
/Rotate 90; a savings bank's one-page LEGAL statement on a mid-month cycle (15th to 14th, "Balance Forward"); a workers'
compensation insurer's benefit verification (non-taxable, weekly rate, monthly equivalent), a notarized "Affidavit of
Hardship" with the notary's jurat and seal, a new employer's signed offer letter for a job 500 miles away with
relocation pay (the relocation paper), a mover's binding estimate, a hardship letter on two pages numbered "Page 1 of
2". Delivered as: one 150 dpi grayscale scan on grey, mottled recycled stock with the servicer's QR-code cover sheet
at the END of the file; a packet in two born-digital uploads hours apart where the second repeats the first's last
page (the P&L); a 200 dpi fax without separator mixing a legal page with letter pages; loose born-digital files of
three page sizes (legal, phone, letter); a copier's 300 dpi "searchable PDF" whose invisible OCR layer holds the
printed words but none of the handwriting; and a mailroom's 300 dpi black-and-white scan imprinting a batch and
sequence number at the foot of every page, legal pages among letter ones.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow
from the values drawn. `--check` (holdout_packets_j's) also confirms that every expected value is printed (or
hand-written) on its document and that the rules give each scenario's codes.
"""

from __future__ import annotations

import io
import json
import os
import random
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_f as hf
import holdout_packets_g as hg
import holdout_packets_j as hj
import holdout_packets_l as hl
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app
from holdout_packets_l import _slash

import pdf_factory as pf

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT = "\u00b7"
LEGAL = (612.0, 1008.0)
HALF = (612.0, 396.0)  # a letter sheet cut in two, printed landscape
PHONE = (390.0, 844.0)  # a phone's screen in points; the screenshot has three pixels to each (216 dpi)
LANDSCAPE = (792.0, 612.0)


def _mon(d: date) -> str:
    return f"{d:%b} {d.day}, {d.year}"


# --- pages that are not letter size ------------------------------------------------------------------------------


@contextmanager
def page_size(size: tuple[float, float]) -> Iterator[None]:
    """holdout_packets draws on letter paper and reads the page's size from two module constants (to turn y and to
    place the synthetic-document footer), so another size is drawn with those set for the while."""
    saved = hp.PAGE_W, hp.PAGE_H
    hp.PAGE_W, hp.PAGE_H = size
    try:
        yield
    finally:
        hp.PAGE_W, hp.PAGE_H = saved


def sized_pdf(sheets: Sequence[Sheet], size: tuple[float, float]) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=size)
    with page_size(size):
        for sheet in sheets:
            hp.draw_pdf(pdf, sheet)
            pdf.showPage()
    pdf.save()
    return buf.getvalue()


@dataclass
class SizedDoc(Doc):
    """A document on paper of another size (legal, a half sheet, a phone screen), born digital or on the glass."""

    size: tuple[float, float] = (612.0, 792.0)

    def digital(self) -> bytes:
        return self.pdf if self.pdf is not None else sized_pdf(self.sheets, self.size)

    def images(self, dpi: int) -> list[Image.Image]:
        with page_size(self.size):
            return [hp.sheet_image(s, dpi) for s in self.sheets]


def sized(doc: Doc, size: tuple[float, float]) -> SizedDoc:
    return SizedDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, size=size)


@dataclass
class PrintedLandscapeDoc(Doc):
    """A landscape report printed to PDF by a driver that keeps portrait paper: the content is drawn a quarter turn
    round on a portrait page whose /Rotate 90 shows it upright (the text layer's characters lie on their sides)."""

    def digital(self) -> bytes:
        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=(612.0, 792.0))
        for sheet in self.sheets:
            pdf.saveState()
            pdf.translate(612.0, 0)
            pdf.rotate(90)
            with page_size(LANDSCAPE):
                hp.draw_pdf(pdf, sheet)
            pdf.restoreState()
            pdf.showPage()
        pdf.save()
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
        for page in writer.pages:
            page.rotate(90)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    def images(self, dpi: int) -> list[Image.Image]:
        with page_size(LANDSCAPE):
            return [hp.sheet_image(s, dpi) for s in self.sheets]


def _leaders(s: Sheet, x0: float, x1: float, y: float, size: float = 8.5) -> None:
    """A dotted leader from x0 to x1, printed as dots the way form software sets it."""
    step = hp.text_width(". ", "sans", size)
    if x1 - x0 > step * 2:
        s.text(x0, y, ". " * int((x1 - x0) / step), size, "sans", 0.35)


def _mark(s: Sheet, rng: random.Random, x: float, y: float, chosen: bool, hand: bool, size: float = 8.5) -> None:
    """A square box whose top-left is (x, y): an X typed into it, or crossed in pen."""
    s.box(x, y, chosen and not hand, size=size)
    if chosen and hand:
        hg.pen_cross(s, rng, x, y, size)


def _cells(s: Sheet, pen: hb.Pen, x: float, y: float, row: Sequence[tuple[str, float, str]], h: float = 30,
           shade: Sequence[int] = ()) -> float:
    """One row of bordered cells, each captioned in small capitals at its top-left corner with the answer large
    below; returns the y under the row."""
    for i, (caption, width, value) in enumerate(row):
        s.rect(x, y, width, h, width=0.6, fill=0.9 if i in shade else None)
        s.text(x + 3, y + 7.5, caption.upper(), 5.8, "sans-b", 0.3)
        pen.write(s, x + 6, y + h - 7, value, 11, fit=width - 12)
        x += width
    return y + h


# --- application 1: the old Form 710, the Uniform Borrower Assistance Form --------------------------------------

FAIRHAVEN = ("Fairhaven Home Loan Servicing, LLC",
             f"Loss Mitigation {DOT} PO Box 77014, Sioux Falls, SD 57117 {DOT} Fax 1-877-555-0186 {DOT} 1-877-555-0190")
UBAF_INCOME = [("wages", "Monthly Gross wages", "wages"), ("overtime", "Overtime", "wages"),
               ("support", "Child Support / Alimony*", "other"),
               ("ssdi", "Non-taxable social security/SSDI", "benefits_nontaxable"),
               ("annuity", "Taxable SS benefits or other monthly income from annuities or retirement plans",
                "benefits_taxable"),
               ("tips", "Tips, commissions, bonus and self-employed income", ""),
               ("rents", "Rents Received", "rental"), ("ui", "Unemployment Income", "unemployment"),
               ("welfare", "Food Stamps/Welfare", ""), ("other", "Other", "other")]
UBAF_CODE = {key: code for key, _, code in UBAF_INCOME}
UBAF_EXPENSES = ["First Mortgage Payment", "Second Mortgage Payment", "Homeowner's Insurance",
                 "Property Taxes", "Credit Cards / Installment Loan(s) (total minimum payment per month)",
                 "Alimony, child support payments", "Net Rental Expenses", "HOA/Condo Fees/Property Maintenance",
                 "Car Payments", "Other"]
UBAF_ASSETS = ["Checking Account(s)", "Checking Account(s)", "Savings / Money Market", "CDs", "Stocks / Bonds",
               "Other Cash on Hand", "Other Real Estate (estimated value)", "Other"]
UBAF_HARDSHIPS = [
    ("unemployment", "Unemployment", "No hardship documentation required"),
    ("reduction_in_income", "Reduction in Income: a hardship that has caused a decrease in your income due to "
     "circumstances outside your control (e.g., elimination of overtime, reduction in regular working hours, a "
     "reduction in base pay)", "No hardship documentation required"),
    ("increase_in_housing_expenses", "Increase in Housing Expenses: a hardship that has caused an increase in your "
     "housing expenses due to circumstances outside your control", "No hardship documentation required"),
    ("disaster", "Disaster (natural or man-made) adversely impacting the property or Borrower's place of employment",
     "No hardship documentation required"),
    ("disability_or_illness", "Long-term or permanent disability, or serious illness of a borrower/co-borrower or "
     "dependent family member", "Written statement from the borrower, or other documentation verifying disability "
     "or illness"),
    ("divorce_or_separation", "Divorce or legal separation", "Final divorce decree or final separation agreement OR "
     "Recorded quitclaim deed"),
    ("separation_unmarried", "Separation of Borrowers unrelated by marriage, civil union or similar domestic "
     "partnership under applicable law", "Recorded quitclaim deed OR legally binding agreement evidencing that the "
     "non-occupying Borrower has relinquished all rights to the property"),
    ("death", "Death of a borrower or death of either the primary or secondary wage earner in the household",
     "Death certificate OR Obituary or newspaper article reporting the death"),
    ("relocation", "Distant employment transfer / Relocation", "Copy of signed offer letter or notice from employer "
     "showing transfer to a new employment location; or PCS orders (active duty)"),
    ("", "Business Failure", "Tax return from the previous year (including all schedules) AND proof of business "
     "failure"),
    ("other", "Other: a hardship that is not covered above", "Written explanation describing the details of the "
     "hardship and relevant documentation"),
]


def ubaf_app(rows: dict[str, tuple[Decimal, str]], rng: random.Random, **answers: Any) -> GApplication:
    """The answers; `rows` holds each written income row (its key, amount and whose it is), printed line by line."""
    app = g_app([(UBAF_CODE[key], amount, whose) for key, (amount, whose) in rows.items()], **answers)
    app.facts.update({f"row:{key}": money(amount) for key, (amount, _) in rows.items()})
    expenses = [Decimal(rng.randrange(90000, 210000)) / 100, Decimal(0), Decimal(rng.randrange(8000, 16000)) / 100,
                Decimal(rng.randrange(15000, 40000)) / 100, Decimal(rng.randrange(6000, 45000)) / 100, Decimal(0),
                Decimal(0), Decimal(rng.randrange(0, 9000)) / 100, Decimal(rng.randrange(0, 52000)) / 100,
                Decimal(rng.randrange(5000, 30000)) / 100]
    assets = [Decimal(rng.randrange(5000, 180000)) / 100, Decimal(0), Decimal(rng.randrange(0, 400000)) / 100,
              Decimal(0), Decimal(0), Decimal(rng.randrange(0, 20000)) / 100, Decimal(0), Decimal(0)]
    app.facts.update({f"exp:{i}": money(a) for i, a in enumerate(expenses) if a},
                     **{f"asset:{i}": money(a) for i, a in enumerate(assets) if a},
                     exp_total=money(sum(expenses, Decimal(0))), asset_total=money(sum(assets, Decimal(0))),
                     dob=hj._dob(rng, 30, 62), cell=hp.phone(rng), duration="long")
    if app.co_borrower:
        app.facts.update(co_dob=hj._dob(rng, 30, 62), co_phone=app.phone, co_cell=hp.phone(rng))
    return app


def _full_ssn(rng: random.Random, last4: str) -> str:
    """The old form asks the whole number; fictional ones use the never-issued 900-999 area."""
    return f"9{rng.randint(10, 99)}-{rng.randint(10, 99)}-{last4}"


def ubaf_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """The Uniform Borrower Assistance Form, three pages: typed into its PDF then signed and dated in ink ("ink"), or
    printed blank and filled in pen ("hand", the property address written "Same" under the mailing address)."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.13)
    ink = hb.Pen(rng, hand=True, gray=0.12)
    when = _slash if hand else us
    co, facts, home = app.co_borrower, app.facts, app.address
    pages = [Sheet(), Sheet(), Sheet()]

    def frame(s: Sheet, n: int) -> None:
        s.text(40, 40, FAIRHAVEN[0], 10.5, "serif-b")
        s.text(40, 51, FAIRHAVEN[1], 6.8, "sans", 0.3)
        s.text(40, 766, "Uniform Borrower Assistance Form", 7, "sans", 0.35)
        s.text(306, 766, f"Page {n} of 3", 7, "sans", 0.35, "c")
        s.text(572, 766, "Fannie Mae/Freddie Mac Form 710   June 2013", 7, "sans", 0.35, "r")

    def option(s: Sheet, x: float, y: float, label: str, chosen: bool, size: float = 8) -> float:
        _mark(s, rng, x, y - 7.5, chosen, hand, 8)
        s.text(x + 12, y, label, size)
        return x + 22 + hp.text_width(label, "sans", size)

    # page 1
    s = pages[0]
    frame(s, 1)
    s.text(306, 78, "UNIFORM BORROWER ASSISTANCE FORM", 14, "sans-b", align="c")
    y = s.wrap(40, 94, "If you are experiencing a temporary or long-term hardship and need help, you must complete and "
               "submit this form along with other required documentation to be considered for available solutions. "
               "On this page, you must disclose information about (1) you and your intentions to either keep or "
               "transition out of your home; (2) the property's status; (3) bankruptcy; and (4) your credit "
               "counseling agency. On Page 2, you must disclose information about all of your income, expenses and "
               "assets. On Page 3, you must complete the Hardship Affidavit in which you disclose the nature of your "
               "hardship.", 532, 7.3, "sans", 9.2, 0.15)
    y += 10
    s.text(40, y, "Loan I.D. Number", 8.5, "sans-b")
    s.line(118, y + 2, 300, y + 2, 0.6)
    pen.write(s, 124, y - 1, app.loan, 11)
    s.text(316, y, "Servicer", 8.5, "sans-b")
    s.line(356, y + 2, 572, y + 2, 0.6)
    pen.write(s, 362, y - 1, FAIRHAVEN[0], 10, fit=206)
    y += 20
    s.text(40, y, "I want to:", 8, "sans-b")
    x = 168.0
    for label in ("Keep the Property", "Vacate the Property", "Sell the Property", "Undecided"):
        x = option(s, x, y, label, label == "Keep the Property")
    y += 15
    s.text(40, y, "The property is currently my:", 8, "sans-b")
    x = 168.0
    for code, label in (("primary_residence", "Primary Residence"), ("second_home", "Second Home"),
                        ("investment_property", "Investment Property")):
        x = option(s, x, y, label, app.occupancy == code)
    y += 15
    s.text(40, y, "The property is currently:", 8, "sans-b")
    x = 168.0
    for label in ("Owner Occupied", "Renter Occupied", "Vacant"):
        x = option(s, x, y, label, label == "Owner Occupied" and app.occupancy == "primary_residence")
    y += 14
    for x0, title in ((40.0, "BORROWER"), (306.0, "CO-BORROWER")):
        s.rect(x0, y, 266, 14, width=0.6, fill=0.8)
        s.text(x0 + 133, y + 10, title, 8.5, "sans-b", align="c")
    y += 14
    both = [(app.borrower.name, _full_ssn(rng, app.ssn4), facts.get("dob", ""), app.phone, facts.get("cell", "")),
            (co.name, _full_ssn(rng, app.co_ssn4 or "0000"), facts.get("co_dob", ""), facts.get("co_phone", ""),
             facts.get("co_cell", "")) if co else ("", "", "", "", "")]
    rows_y = y
    for x0, (name, ssn, dob, phone, cell), who in ((40.0, both[0], "BORROWER'S"), (306.0, both[1], "CO-BORROWER'S")):
        y = _cells(s, pen, x0, rows_y, [(f"{who} NAME", 266, name)])
        y = _cells(s, pen, x0, y, [("SOCIAL SECURITY NUMBER", 133, ssn), ("DATE OF BIRTH", 133, dob)])
        y = _cells(s, pen, x0, y, [("HOME PHONE NUMBER WITH AREA CODE", 266, phone)])
        y = _cells(s, pen, x0, y, [("CELL OR WORK NUMBER WITH AREA CODE", 266, cell)])
    mailing = app.mailing or home
    y = _cells(s, pen, 40, y, [("MAILING ADDRESS", 532, mailing.one_line)])
    same = facts.get("property_same") == "1" and app.mailing is None
    y = _cells(s, pen, 40, y, [("PROPERTY ADDRESS (IF SAME AS MAILING ADDRESS, JUST WRITE SAME)", 532,
                                "Same" if same else home.one_line)])
    y = _cells(s, pen, 40, y, [("EMAIL ADDRESS", 532, app.email)])
    y += 18
    questions = [("Is the property listed for sale?", False, ""),
                 ("Have you contacted a credit-counseling agency for help?", False, ""),
                 ("Do you have condominium or homeowner association (HOA) fees?", False, "Total monthly amount: $"),
                 ("Have you filed for bankruptcy?", False, "Chapter 7 / 13   Filing date:"),
                 ("Is any Borrower an active duty servicemember?", False, "")]
    for question, yes, tail in questions:
        s.text(40, y, question, 8)
        x = option(s, 330, y, "Yes", yes)
        option(s, x, y, "No", not yes)
        s.text(440, y, tail, 7.5, "sans", 0.3)
        y += 16
    y += 6
    s.wrap(40, y, "Do not include any retirement accounts or college savings. If you are a servicemember or the "
           "surviving spouse of one, call us: you may be entitled to protections under the Servicemembers Civil Relief "
           "Act.", 532, 7.3, "sans-i", 9.2, 0.3)

    # page 2
    s = pages[1]
    frame(s, 2)
    cols = ((40.0, 178.0, "Monthly Household Income"), (224.0, 172.0, "Monthly Household Expenses/Debt"),
            (402.0, 170.0, "Household Assets (associated with the property and/or borrower(s) excluding retirement "
                           "funds)"))
    bottoms = []
    for n, (x0, w, title) in enumerate(cols):
        s.rect(x0, 70, w, 34, width=0.6, fill=0.8)
        s.wrap(x0 + 4, 80, title, w - 8, 7.3, "sans-b", 8.5)
        y = 104.0
        if n == 0:
            rows = [(label, facts.get(f"row:{key}", "")) for key, label, _ in UBAF_INCOME]
            rows.append(("Total (Gross Income)", money(app.total) if app.income_lines else ""))
        elif n == 1:
            rows = [(label, facts.get(f"exp:{i}", "")) for i, label in enumerate(UBAF_EXPENSES)]
            rows.append(("Total Debt/Expenses", facts.get("exp_total", "")))
        else:
            rows = [(label, facts.get(f"asset:{i}", "")) for i, label in enumerate(UBAF_ASSETS)]
            rows.append(("Total Assets", facts.get("asset_total", "")))
        for i, (label, value) in enumerate(rows):
            lines = hf._lines(label, w - 76, 7.2)
            h = max(19.0, 8.6 * len(lines) + 8)
            last = i == len(rows) - 1
            s.rect(x0, y, w - 64, h, width=0.5, fill=0.93 if last else None)
            s.rect(x0 + w - 64, y, 64, h, width=0.5, fill=0.93 if last else None)
            for k, line in enumerate(lines):
                s.text(x0 + 3, y + 9.5 + 8.6 * k, line, 7.2, "sans-b" if last else "sans")
            s.text(x0 + w - 61, y + h - 5, "$", 7.5)
            pen.write(s, x0 + w - 4, y + h - 5, value, 9.5, "r", fit=52)
            y += h
        bottoms.append(y)
    y = max(bottoms) + 12
    s.wrap(40, y, "*Notice: Alimony, child support, or separate maintenance income need not be revealed if you do not "
           "choose to have it considered for repaying this loan.", 532, 7, "sans-i", 9, 0.25)
    y += 26
    s.band(40, y, 532, "Required Income Documentation", 0.8, 8.5)
    y += 26
    for line in ("Do you earn a wage? For each borrower who is a salaried employee or hourly wage earner, include the "
                 "most recent pay stub that reflects at least 30 days of year-to-date earnings.",
                 "Are you self-employed? Include your most recent signed and dated quarterly or year-to-date profit "
                 "and loss statement, or your most recent signed federal income tax return.",
                 "Do you have any additional sources of income? Provide for each: documentation showing the amount "
                 "and frequency of the benefits, such as benefit statements, letters or bank statements.",
                 "Unemployment income: no documentation required."):
        s.box(44, y - 7, False, 7)
        y = s.wrap(58, y, line, 510, 7.3, "sans", 9) + 4
    y += 8
    s.text(40, y, "Any other liens (mortgage liens, mechanics liens, tax liens, etc.)", 8, "sans-b")
    y += 6
    widths = (170, 120, 120, 122)
    x = 40.0
    for head, w in zip(("Lien Holder's Name", "Balance and Interest Rate", "Loan Number", "Lien Holder's Phone"),
                       widths, strict=True):
        s.rect(x, y, w, 14, width=0.5, fill=0.9)
        s.text(x + 3, y + 10, head, 7, "sans-b")
        for r in range(2):
            s.rect(x, y + 14 + 16 * r, w, 16, width=0.5)
        x += w
    pen.write(s, 46, y + 26, "None", 9.5)

    # page 3
    s = pages[2]
    frame(s, 3)
    s.text(306, 78, "HARDSHIP AFFIDAVIT", 13, "sans-b", align="c")
    y = s.wrap(40, 94, "(Provide a written explanation with this request describing the specific nature of your "
               "hardship.) I am requesting review of my current financial situation to determine whether I qualify "
               "for temporary or permanent mortgage relief options. I am having difficulty making my monthly payment "
               "because of the reasons set forth below (please check all that apply and submit the required "
               "documentation demonstrating your hardship):", 532, 7.6, "sans", 9.6)
    y += 2
    s.rect(40, y, 300, 14, width=0.5, fill=0.8)
    s.rect(340, y, 232, 14, width=0.5, fill=0.8)
    s.text(46, y + 10, "If Your Hardship is:", 8, "sans-b")
    s.text(346, y + 10, "Then the Required Hardship Documentation is:", 8, "sans-b")
    y += 14
    for code, label, needs in UBAF_HARDSHIPS:
        left = hf._lines(label, 252, 7.3)
        right = hf._lines(needs, 212, 7)
        h = max(len(left), len(right)) * 8.8 + 7
        s.rect(40, y, 300, h, width=0.5)
        s.rect(340, y, 232, h, width=0.5)
        _mark(s, rng, 46, y + 4, bool(code) and code in app.hardships, hand, 8)
        for k, line in enumerate(left):
            s.text(62, y + 10.5 + 8.8 * k, line, 7.3)
        for k, line in enumerate(right):
            s.text(346, y + 10.5 + 8.8 * k, line, 7, "sans", 0.15)
        y += h
    y += 18
    s.text(40, y, "My hardship began on (date):", 8.5, "sans-b")
    s.line(172, y + 2, 290, y + 2, 0.6)
    if app.hardship_start:
        pen.write(s, 178, y - 1, when(app.hardship_start), 10.5)
    s.text(300, y, "and I believe it is:", 8.5)
    x = 380.0
    for key, label in (("short", "short-term"), ("long", "long-term or permanent")):
        x = option(s, x, y, label, facts.get("duration") == key)
    y += 22
    s.band(40, y, 532, "Borrower/Co-Borrower Acknowledgment and Agreement", 0.8, 8.5)
    y += 26
    for i, text in enumerate((
            "I certify that all of the information in this Borrower Assistance Form is truthful and the hardship that "
            "I have identified contributed to my need for mortgage relief.",
            "I understand the Servicer will use the information I provide to evaluate my eligibility for available "
            "relief options and foreclosure alternatives, but the Servicer is not obligated to offer me assistance.",
            "I understand that knowingly submitting false information may violate Federal and other applicable law.",
            "I agree to provide my Servicer with all required documents and to respond in a timely manner to all "
            "Servicer or authorized third party communications.",
            "I consent to being contacted concerning this request for mortgage assistance at any cellular or mobile "
            "telephone number I have provided to the Lender."), 1):
        y = s.wrap(56, y, text, 516, 7.3, "sans", 9.2) + 3
        s.text(42, y - 12.2 - 9.2 * (len(hf._lines(text, 516, 7.3)) - 1), f"{i}.", 7.3, "sans-b")
    y += 30
    people = [("Borrower Signature", app.borrower, app.signed, app.signed_on),
              ("Co-Borrower Signature", co, app.co_signed, app.co_signed_on)]
    for label, who, signed, signed_on in people:
        s.line(40, y, 360, y, 0.7)
        s.text(40, y + 9, label, 7.5, "sans", 0.25)
        s.line(400, y, 572, y, 0.7)
        s.text(400, y + 9, "Date", 7.5, "sans", 0.25)
        if who and signed:
            s.signature(rng, 60, y - 1, 190, 22, gray=0.12)
        if who and signed_on:
            ink.write(s, 408, y - 4, _slash(signed_on), 11)
        y += 40
    return pages


# --- application 2: Lanternfield FCU's one-page legal-size request --------------------------------------------------

LANTERN = ("Lanternfield Federal Credit Union",
           f"Mortgage Servicing {DOT} 2200 Beacon Way, Dubuque, IA 52001 {DOT} Fax (563) 555-0147 {DOT} (800) 555-0163")
LF_HARDSHIPS = [("unemployment", "Job loss or furlough"),
                ("reduction_in_income", "Fewer hours, lower pay or lost overtime"),
                ("increase_in_housing_expenses", "Higher taxes, insurance or HOA dues"),
                ("disaster", "Storm, fire, flood or other disaster"),
                ("disability_or_illness", "Illness, injury or disability (you or a dependent)"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Co-owner moved out (not married to you)"),
                ("death", "Death of a borrower or wage earner"),
                ("relocation", "Military PCS / job transfer over 50 miles"),
                ("other", "Something else (explain below)")]
LF_INCOME = [("wages", "Wages, salary, overtime, tips and bonuses (gross)"),
             ("self_employment", "Self-employment (net business income)"), ("unemployment", "Unemployment benefits"),
             ("benefits_taxable", "Social Security, pension or disability (taxable)"),
             ("benefits_nontaxable", "SSI, VA, workers' comp or other non-taxable benefits"),
             ("rental", "Rent received from tenants"), ("investment", "Interest, dividends, insurance income"),
             ("other", "Child support, alimony or other income")]
LF_OCCUPANCY = [("primary_residence", "I live here"), ("second_home", "Second / vacation home"),
                ("investment_property", "Rented to others")]


def lantern_app(lines: Sequence[tuple[str, Decimal, str]], rng: random.Random, **answers: Any) -> GApplication:
    app = g_app(lines, **answers)
    app.facts.update(member=f"{rng.randint(100000, 999999)}", dob=hj._dob(rng, 28, 60), duration="long",
                     balances=money(Decimal(rng.randrange(5000, 350000)) / 100))
    if app.co_borrower:
        app.facts["co_dob"] = hj._dob(rng, 28, 60)
    return app


def lantern_form(app: GApplication, fill: str, rng: random.Random) -> SizedDoc:
    """MS-14 on one legal sheet: typed in its PDF with signature-pad strokes ("typed"), typed then signed and dated in
    ink ("ink"), or filled in pen ("hand")."""
    hand = fill == "hand"
    pen = hb.Pen(rng, hand=hand, gray=0.12)
    ink = hb.Pen(rng, hand=True, gray=0.1)
    when = _slash if hand else us
    co, facts, home = app.co_borrower, app.facts, app.address
    s = Sheet()
    s.rect(40, 32, 20, 28, width=1.2)
    s.path([(38, 33), (50, 22), (62, 33)], 1.2)
    s.circle(50, 46, 5, 0.8, fill=0.25)
    s.text(70, 44, LANTERN[0].upper(), 12.5, "serif-b")
    s.text(70, 56, LANTERN[1], 6.6, "sans", 0.3)
    s.text(572, 40, "MORTGAGE HARDSHIP", 12, "sans-b", align="r")
    s.text(572, 54, "ASSISTANCE REQUEST", 12, "sans-b", align="r")
    s.text(572, 64, "Form MS-14 (rev. 08/2028)", 6.8, "sans", 0.4, "r")
    s.line(40, 69, 572, 69, 1.6)
    y = s.wrap(40, 82, "Tell us what happened and what your household earns, sign on the last line, and send this "
               "page with the papers listed at the bottom. Print clearly. Everyone who signed the mortgage must sign.",
               532, 7.8, "sans", 10, 0.2) + 4

    def section(y: float, letter: str, title: str) -> float:
        s.rect(40, y, 532, 15, stroke=None, fill=0.12)
        s.text(46, y + 11, f"{letter}.  {title}", 8.5, "sans-b", 1.0)
        return y + 19

    def after(x: float, y: float, label: str, chosen: bool, size: float = 8.5) -> float:
        """The option's words, then its box."""
        s.text(x, y, label, size)
        bx = x + hp.text_width(label, "sans", size) + 5
        _mark(s, rng, bx, y - 8, chosen, hand, 9)
        return bx + 24

    y = section(y, "A", "WHO IS ON THE LOAN")
    y = _cells(s, pen, 40, y, [("Mortgage loan number", 200, app.loan), ("Member number", 150, facts.get("member", "")),
                               ("For credit union use: date received", 182, "")], shade=(2,))
    y = _cells(s, pen, 40, y, [("Borrower - full name", 290, app.borrower.name), ("SSN (last 4)", 90, app.ssn4),
                               ("Date of birth", 152, facts.get("dob", ""))])
    y = _cells(s, pen, 40, y, [("Co-borrower - full name", 290, co.name if co else ""),
                               ("SSN (last 4)", 90, app.co_ssn4 or "" if co else ""),
                               ("Date of birth", 152, facts.get("co_dob", "") if co else "")])
    y = _cells(s, pen, 40, y, [("Best phone", 180, app.phone), ("E-mail", 352, app.email)]) + 8
    y = section(y, "B", "THE HOME")
    y = _cells(s, pen, 40, y, [("Property street address", 532, home.street)])
    y = _cells(s, pen, 40, y, [("City", 260, home.city), ("State", 70, home.state), ("ZIP", 202, home.zip)])
    y = _cells(s, pen, 40, y, [("Mailing address, if you do not live at the property", 532,
                               app.mailing.one_line if app.mailing else "")]) + 16
    s.text(40, y, "This home is:", 8.5, "sans-b")
    x = 118.0
    for code, label in LF_OCCUPANCY:
        x = after(x, y, label, app.occupancy == code)
    y += 18
    s.text(40, y, "Is it for sale?", 8.5, "sans-b")
    after(after(118, y, "Yes", False), y, "No", True)
    s.text(300, y, "HOA or condo dues?", 8.5, "sans-b")
    after(after(392, y, "Yes", False), y, "No", True)
    y += 14
    y = section(y, "C", "YOUR HARDSHIP  -  check every reason that applies")
    y += 10
    for i, (code, label) in enumerate(LF_HARDSHIPS):
        col, row = divmod(i, 5)
        x0, yy = 40 + 270 * col, y + 16 * row
        s.text(x0 + 4, yy, label, 8.3)
        _leaders(s, x0 + 8 + hp.text_width(label, "sans", 8.3), x0 + 238, yy, 8.3)
        _mark(s, rng, x0 + 244, yy - 8, code in app.hardships, hand, 9)
    y += 16 * 5 - 6
    y = _cells(s, pen, 40, y, [("Date the hardship began (mm/dd/yyyy)", 200,
                                when(app.hardship_start) if app.hardship_start else "")]) + 14
    y -= 24
    x = after(258, y, "Will last less than 6 months", facts.get("duration") == "short", 8)
    after(x, y, "6 months or longer", facts.get("duration") == "long", 8)
    y += 30
    s.text(40, y, "Explain in a few words:", 7.8, "sans", 0.2)
    s.line(130, y + 2, 572, y + 2, 0.5, 0.3)
    s.line(40, y + 20, 572, y + 20, 0.5, 0.3)
    story = facts.get("story", "")
    cut = story.rfind(" ", 0, 78) if len(story) > 78 else len(story)
    pen.write(s, 134, y - 0.5, story[:cut], 9.5, fit=434)
    pen.write(s, 44, y + 17.5, story[cut:].strip(), 9.5, fit=524)
    y += 34
    y = section(y, "D", "MONTHLY GROSS INCOME  -  everyone on the loan, before taxes")
    y += 12
    for code, label in LF_INCOME:
        s.text(44, y, label, 8.5)
        _leaders(s, 50 + hp.text_width(label, "sans", 8.5), 444, y)
        s.text(452, y, "$", 9)
        s.line(460, y + 2, 572, y + 2, 0.5, 0.3)
        amount = app.income(code)
        if amount:
            pen.write(s, 566, y, money(amount), 10.5, "r")
        elif code == "wages" and facts.get("income_note"):
            pen.write(s, 466, y, facts["income_note"], 10)
        y += 16
    s.line(40, y - 8, 572, y - 8, 0.8)
    s.text(44, y + 4, "TOTAL MONTHLY GROSS INCOME", 8.5, "sans-b")
    _leaders(s, 50 + hp.text_width("TOTAL MONTHLY GROSS INCOME", "sans-b", 8.5), 444, y + 4)
    s.text(452, y + 4, "$", 9, "sans-b")
    s.rect(458, y - 9, 114, 18, width=1.0)
    if app.income_lines:
        pen.write(s, 566, y + 4, money(app.total), 10.5, "r")
    y += 22
    s.text(44, y, "Checking and savings balances today", 8.5)
    _leaders(s, 50 + hp.text_width("Checking and savings balances today", "sans", 8.5), 444, y)
    s.text(452, y, "$", 9)
    s.line(460, y + 2, 572, y + 2, 0.5, 0.3)
    pen.write(s, 566, y, facts.get("balances", ""), 10.5, "r")
    y += 16
    y = section(y, "E", "SIGN AND DATE")
    y = s.wrap(40, y + 8, "I certify that everything on this page is true and that the hardship I described is why I "
               "need help with my mortgage. I understand Lanternfield may verify it and obtain my credit report, that "
               "a false statement may be a federal crime, and that Lanternfield need not offer me any option. I agree "
               "to be contacted at the phone number and e-mail above.", 532, 7.8, "sans", 10.2) + 26
    people = [("Borrower signature", app.borrower, app.signed, app.signed_on),
              ("Co-borrower signature", co, app.co_signed, app.co_signed_on)]
    for label, who, signed, signed_on in people:
        s.line(40, y, 360, y, 0.7)
        s.text(40, y + 9, label, 7, "sans", 0.3)
        s.line(390, y, 572, y, 0.7)
        s.text(390, y + 9, "Date (mm/dd/yyyy)", 7, "sans", 0.3)
        if who and signed:
            s.signature(rng, 60, y - 1, 180, 22, gray=0.05 if fill == "typed" else 0.12)
        if who and signed_on:
            if fill == "typed":
                pen.write(s, 398, y - 4, us(signed_on), 11)
            else:
                ink.write(s, 398, y - 4, _slash(signed_on), 11)
        y += 34
    s.rect(40, y - 8, 532, 44, width=0.6, fill=0.95)
    s.text(48, y + 3, "SEND WITH THIS PAGE", 7.5, "sans-b")
    s.wrap(48, y + 14, "Your two most recent pay stubs (or two months of bank statements); a benefit letter for any "
           "benefits; your signed letter explaining the hardship when you checked illness, divorce, death, transfer or "
           "something else, with the paper that shows it (for example a decree, a death certificate or transfer "
           "orders).", 510, 7.2, "sans", 9)
    assert y + 36 < LEGAL[1] - 20, "MS-14 runs off its page"
    return SizedDoc("mortgage_assistance_application", {}, [s], size=LEGAL)


# --- application 3: the real Form 710, e-signed ---------------------------------------------------------------------

def _stamp(data: bytes, lines: dict[int, list[tuple[float, float, str, float, str, float]]]) -> bytes:
    """Text laid over some pages of a PDF (x, y from the top-left, text, size, font, grey), its form kept."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for index, items in lines.items():
        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=(hp.PAGE_W, hp.PAGE_H))
        for x, y, text, size, font, gray in items:
            pdf.setFont(hp._rl_font(font), size)
            pdf.setFillGray(gray)
            pdf.drawString(x, hp.PAGE_H - y, text)
        pdf.save()
        writer.pages[index].merge_page(PdfReader(buf).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def form710_esigned(app: GApplication, rng: random.Random) -> bytes:
    """Form 710 filled through its AcroForm (holdout_packets_j's answers) and signed through an e-sign service: the
    envelope id across the top of every page, "/s/ Name" typed on the signature line (a /Sig field takes no text),
    the date in its field, the audit line under the title of page 4."""
    plain = hj.form710_filled(replace(app, signed=False, co_signed=False), rng)
    envelope = "-".join(f"{rng.getrandbits(4 * n):0{n}X}" for n in (8, 4, 4, 4, 12))
    top = (40.0, 22.0, f"SignRight Envelope ID: {envelope}", 7.0, "sans", 0.35)
    assert app.signed_on is not None
    moment = f"{us(app.signed_on)} {rng.randint(6, 10)}:{rng.randint(10, 59)} PM CT"
    lines: dict[int, list[tuple[float, float, str, float, str, float]]] = {i: [top] for i in range(4)}
    lines[3] += [(152.0, hp.PAGE_H - 349, f"/s/ {app.borrower.name}", 13.0, "serif-i", 0.05),
                 (40.0, 32.0, f"Electronically signed by {app.borrower.name} ({app.email}) on {moment} "
                              f"{DOT} IP 198.51.100.{rng.randint(2, 250)}", 6.5, "sans", 0.35)]
    return _stamp(plain, lines)


# --- pay stubs ------------------------------------------------------------------------------------------------------

COTTONWOOD = "Cottonwood Ridge Cold Storage, Inc."


def half_run(rng: random.Random, employee: Person, home: Address, received: date, rate: Decimal, ot_hours: Decimal
             ) -> list[tuple[Stub, dict[str, Decimal]]]:
    """Two bi-weekly periods (Sunday to Saturday) paid the Friday after, 80 regular hours and the same overtime in
    each; year to date by the periods elapsed (holdout_packets.make_stub)."""
    last_pay = hp._friday_on_or_before(received - timedelta(days=rng.randint(1, 5)))
    regular = cents(rate * 80)
    overtime = cents(rate * Decimal("1.5") * ot_hours)
    out = []
    for k in (1, 0):
        pay = last_pay - timedelta(days=14 * k)
        stub = hp.make_stub(rng, COTTONWOOD, employee, home, "biweekly", regular + overtime, pay - timedelta(days=6),
                            pay_lag=6)
        periods = (stub.ytd_gross or Decimal(0)) / stub.gross
        out.append((stub, {"regular": regular, "overtime": overtime, "ot_hours": ot_hours, "periods": periods}))
    return out


def _minus(value: Decimal) -> str:
    return f"{money(value)}-"


def stub_half(stub: Stub, lines: dict[str, Decimal], check_no: int, rng: random.Random) -> Sheet:
    """A direct-deposit advice on a half sheet: a void check face above the perforation, then the stub with hours in
    a grid of their own, earnings, and deductions printed with trailing minus signs."""
    s = Sheet()
    office = stub.employer_address
    periods = lines["periods"]
    s.text(24, 30, stub.employer.upper(), 10, "sans-b")
    s.text(24, 41, office.street, 7.5)
    s.text(24, 50, office.last_line, 7.5)
    s.text(588, 30, f"No. {check_no:07d}", 9, "mono-b", align="r")
    s.text(470, 52, "DATE", 7, "sans", 0.3)
    s.text(588, 52, us(stub.pay_date), 9.5, "mono", align="r")
    s.text(24, 78, "PAY", 7.5, "sans-b")
    s.text(52, 78, f"***{hb.words(int(stub.net)).upper()} AND {int(stub.net % 1 * 100):02d}/100 DOLLARS***", 8,
           "mono")
    s.rect(470, 66, 118, 18, width=0.8)
    s.text(582, 79, f"$****{money(stub.net)}", 9.5, "mono-b", align="r")
    s.text(24, 100, "TO THE", 6.5, "sans-b")
    s.text(24, 108, "ORDER OF", 6.5, "sans-b")
    for i, line in enumerate((stub.employee.upper, stub.employee_address.street.upper(),
                              stub.employee_address.last_line.upper())):
        s.text(70, 100 + 10 * i, line, 8.5, "mono")
    s.text(440, 112, "VOID  -  NON-NEGOTIABLE", 11, "sans-b", 0.55, "c")
    s.text(440, 124, "DIRECT DEPOSIT ADVICE", 8, "sans-b", 0.55, "c")
    s.line(360, 146, 588, 146, 0.6)
    s.text(474, 155, "AUTHORIZED SIGNATURE", 6, "sans", 0.4, "c")
    s.text(24, 144, "Great Plains State Bank  \u00b7  Hastings, NE", 7, "sans", 0.35)
    s.text(60, 166, f"|:{rng.randint(10 ** 8, 10 ** 9 - 1)}|:  {rng.randint(10 ** 9, 10 ** 10 - 1)}\"  "
           f"{check_no:07d}", 9.5, "mono", 0.4)
    for x in range(12, 600, 9):
        s.line(x, 180, x + 4, 180, 0.5, 0.45)
    s.text(306, 189, "DETACH AND RETAIN THIS STATEMENT", 6, "sans", 0.45, "c")
    s.text(24, 206, "EARNINGS STATEMENT", 9.5, "sans-b")
    s.text(24, 218, f"{stub.employee.upper}   EMP# {rng.randint(1000, 9999)}   DEPT {rng.choice(['FRZ', 'DOCK'])}", 8)
    for i, (label, value) in enumerate((("Pay Date", us(stub.pay_date)),
                                        ("Period", f"{us(stub.period_start)} - {us(stub.period_end)}"),
                                        ("Frequency", "BI-WEEKLY"))):
        s.text(340 + 84 * i if i < 2 else 520, 206, label, 6.5, "sans", 0.35)
        s.text(340 + 84 * i if i < 2 else 520, 217, value, 8)
    top = 228.0

    def box(x: float, w: float, title: str, heads: Sequence[str], rows: Sequence[Sequence[str]], bold_last: bool
            ) -> None:
        s.rect(x, top, w, 128, width=0.6)
        s.rect(x, top, w, 13, stroke=None, fill=0.85)
        s.text(x + 4, top + 9.5, title, 7, "sans-b")
        for k, head in enumerate(heads):
            s.text(x + w - 4 - (len(heads) - 1 - k) * 60, top + 23, head, 6.8, "sans-b", 0.3, "r")
        for r, row in enumerate(rows):
            font = "sans-b" if bold_last and r == len(rows) - 1 else "sans"
            yy = top + 35 + 11 * r
            s.text(x + 4, yy, row[0], 7.8, font)
            for k, value in enumerate(row[1:]):
                s.text(x + w - 4 - (len(row) - 2 - k) * 60, yy, value, 7.8, font, align="r")

    ot = lines["ot_hours"]
    box(12, 150, "HOURS", ("CURRENT", "YTD"),
        [("Regular", "80.00", f"{80 * periods:.2f}"), ("Overtime", f"{ot:.2f}", f"{ot * periods:.2f}"),
         ("PTO", "0.00", "0.00"), ("Holiday", "0.00", "0.00")], False)
    box(168, 206, "EARNINGS", ("CURRENT", "YTD"),
        [("Regular Pay", money(lines["regular"]), money(lines["regular"] * periods)),
         ("Overtime 1.5", money(lines["overtime"]), money(lines["overtime"] * periods)),
         ("GROSS PAY", money(stub.gross), money(stub.ytd_gross or Decimal(0)))], True)
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    total_ytd = sum((t for _, _, t in stub.deductions), Decimal(0))
    labels = {"Federal Income Tax": "Fed Withholding", "Social Security": "Soc Sec", "State Income Tax": "State W/H"}
    box(380, 220, "DEDUCTIONS", ("CURRENT", "YTD"),
        [*((labels.get(label, label), _minus(c), _minus(t)) for label, c, t in stub.deductions),
         ("TOTAL", _minus(total), _minus(total_ytd))], True)
    s.rect(12, 358, 588, 18, stroke=None, fill=0.9)
    s.text(20, 371, f"GROSS {money(stub.gross)}     DEDUCTIONS {_minus(total)}", 8.5, "sans-b")
    s.text(592, 371, f"NET PAY  {money(stub.net)}", 10, "sans-b", align="r")
    return s


def paycheck_screen(stub: Stub, app_name: str, last4: str) -> Sheet:
    """A payroll app's paycheck screen as the phone shows it (390 x 844 points): status bar, the net pay large, the
    details in rows, taxes as negatives, the year to date below, the tab bar."""
    s = Sheet()
    s.text(30, 22, "9:41", 12, "sans-b")
    s.text(362, 22, "5G  87%", 10, "sans-b", align="r")
    s.text(20, 60, "< Paychecks", 13, "sans", 0.3)
    s.text(195, 60, app_name, 13, "sans-b", align="c")
    s.text(24, 104, _mon(stub.pay_date), 20, "sans-b")
    s.text(24, 122, f"Direct deposit \u00b7 Checking \u2022\u2022\u2022\u2022{last4}", 10.5, "sans", 0.4)
    s.rect(16, 136, 358, 70, stroke=None, fill=0.95)
    s.text(32, 158, "Net pay", 11, "sans", 0.4)
    s.text(32, 192, f"${money(stub.net)}", 28, "sans-b")
    y = 236.0

    def row(label: str, value: str, bold: bool = False, size: float = 12) -> None:
        nonlocal y
        s.text(24, y, label, size, "sans-b" if bold else "sans", 0.0 if bold else 0.35)
        s.text(366, y, value, size, "sans-b" if bold else "sans", align="r")
        s.line(24, y + 9, 366, y + 9, 0.4, 0.85)
        y += 27

    def head(title: str) -> None:
        nonlocal y
        y += 8
        s.text(24, y, title, 14, "sans-b")
        y += 24

    row("Pay period", f"{stub.period_start:%b} {stub.period_start.day} - {_mon(stub.period_end)}")
    row("Pay date", _mon(stub.pay_date))
    row("Pay schedule", "Every other week")
    s.text(24, y, "Employer", 12, "sans", 0.35)
    s.text(366, y, stub.employer, 10.5, align="r")
    y += 27
    row("Employee", stub.employee.name, size=11)
    head("Earnings")
    row("Salary  80.00 hrs", f"${money(stub.gross)}")
    row("Gross pay", f"${money(stub.gross)}", bold=True)
    head("Taxes & deductions")
    for label, current, _ in stub.deductions:
        row(label, f"-${money(current)}", size=11)
    head("Year to date")
    total_ytd = sum((t for _, _, t in stub.deductions), Decimal(0))
    row("Gross pay", f"${money(stub.ytd_gross or Decimal(0))}")
    row("Taxes & deductions", f"-${money(total_ytd)}")
    row("Net pay", f"${money((stub.ytd_gross or Decimal(0)) - total_ytd)}")
    s.line(0, 792, 390, 792, 0.5, 0.8)
    for i, tab in enumerate(("Home", "Pay", "Time off", "Profile")):
        s.text(49 + 97 * i, 816, tab, 10, "sans-b" if tab == "Pay" else "sans", 0.0 if tab == "Pay" else 0.45, "c")
    return s


# --- profit and loss from a bookkeeping app ----------------------------------------------------------------------

def pnl_by_month(owner: Person, business: str, months: Sequence[date], rng: random.Random, printed: date
                 ) -> PrintedLandscapeDoc:
    """A bookkeeping app's "Profit and Loss by Month" (cash basis) for a quarter, printed landscape, not signed."""
    income = [("Grooming Services", [Decimal(rng.randrange(520000, 780000)) / 100 for _ in months]),
              ("Add-On Services", [Decimal(rng.randrange(40000, 110000)) / 100 for _ in months]),
              ("Discounts Given", [-Decimal(rng.randrange(3000, 16000)) / 100 for _ in months])]
    cogs = [("Shampoo & Grooming Supplies", [Decimal(rng.randrange(30000, 70000)) / 100 for _ in months])]
    expenses = [("Advertising & Marketing", [Decimal(rng.randrange(5000, 25000)) / 100 for _ in months]),
                ("Car & Truck: Fuel", [Decimal(rng.randrange(30000, 60000)) / 100 for _ in months]),
                ("Car & Truck: Van Loan Interest", [Decimal(rng.randrange(9000, 14000)) / 100] * len(months)),
                ("Insurance", [Decimal(rng.randrange(18000, 26000)) / 100] * len(months)),
                ("Phone & Internet", [Decimal(rng.randrange(9000, 15000)) / 100] * len(months)),
                ("Repairs & Maintenance", [Decimal(rng.randrange(0, 40000)) / 100 for _ in months]),
                ("Software Subscriptions", [Decimal("54.00")] * len(months)),
                ("Bank & Card Processing Fees", [Decimal(rng.randrange(12000, 22000)) / 100 for _ in months])]

    def total(rows: Sequence[tuple[str, list[Decimal]]]) -> list[Decimal]:
        return [sum((r[1][i] for r in rows), Decimal(0)) for i in range(len(months))]

    t_income, t_cogs, t_exp = total(income), total(cogs), total(expenses)
    gross = [a - b for a, b in zip(t_income, t_cogs, strict=True)]
    net = [a - b for a, b in zip(gross, t_exp, strict=True)]
    s = Sheet()
    s.text(396, 44, business, 13, "sans-b", align="c")
    s.text(396, 60, "Profit and Loss by Month", 11, "sans", align="c")
    start, end = months[0], hp.month_end(months[-1].year, months[-1].month)
    since = f"{start:%B} {start.day}" + ("" if start.year == end.year else f", {start.year}")
    span = f"{since} - {end:%B} {end.day}, {end.year}"
    s.text(396, 74, span, 9, "sans", 0.3, "c")
    xs = [470 + 95 * i for i in range(len(months) + 1)]
    y = 100.0
    for x, label in zip(xs, [f"{m:%b %Y}" for m in months] + ["Total"], strict=True):
        s.text(x, y, label, 8.5, "sans-b", align="r")
    s.line(40, y + 5, xs[-1], y + 5, 0.6)
    y += 20

    def line(label: str, values: Sequence[Decimal], indent: int = 0, bold: bool = False, rule: bool = False) -> None:
        nonlocal y
        if rule:
            s.line(xs[0] - 70, y - 10, xs[-1], y - 10, 0.5)
        font = "sans-b" if bold else "sans"
        s.text(40 + 14 * indent, y, label, 8.5, font)
        for x, v in zip(xs, [*values, sum(values, Decimal(0))], strict=True):
            s.text(x, y, f"${money(v)}" if bold else money(v), 8.5, font, align="r")
        y += 14

    def title(label: str) -> None:
        nonlocal y
        s.text(40, y, label, 8.5, "sans-b")
        y += 14

    title("Income")
    for label, values in income:
        line(label, values, 1)
    line("Total Income", t_income, bold=True, rule=True)
    title("Cost of Goods Sold")
    for label, values in cogs:
        line(label, values, 1)
    line("Total Cost of Goods Sold", t_cogs, bold=True, rule=True)
    line("Gross Profit", gross, bold=True)
    y += 4
    title("Expenses")
    for label, values in expenses:
        line(label, values, 1)
    line("Total Expenses", t_exp, bold=True, rule=True)
    line("Net Operating Income", net, bold=True)
    y += 4
    line("Net Income", net, bold=True, rule=True)
    s.line(xs[0] - 70, y - 9, xs[-1], y - 9, 0.5)
    s.line(xs[0] - 70, y - 7, xs[-1], y - 7, 0.5)
    s.text(40, 590, f"Cash Basis  {printed:%A}, {long_date(printed)}  {rng.randint(8, 11)}:{rng.randint(10, 59)} AM "
           "GMT-06:00", 7.5, "sans", 0.35)
    s.text(752, 590, "1/1", 7.5, "sans", 0.35, "r")
    fields = {"period_start": start, "period_end": end, "net_income": sum(net, Decimal(0)), "signed": False}
    return PrintedLandscapeDoc("profit_and_loss_statement", fields, [s], facts={"owner": owner.name})


# --- bank statements ---------------------------------------------------------------------------------------------

BLUESTEM = "Bluestem Savings Bank"


def cycle_statements(rng: random.Random, bank: str, holder: Person, home: Address, last4: str, received: date,
                     count: int, deposits: Any, n_debits: int = 16) -> list[Statement]:
    """Statements on a mid-month cycle (the 15th to the 14th), the newest closed a few days before `received`; the
    balance carries over. `deposits(start, end)` gives (day offset, description, amount)."""
    d = received - timedelta(days=3)
    newest = d.replace(day=14) if d.day >= 14 else (d.replace(day=1) - timedelta(days=1)).replace(day=14)
    ends = [newest]
    while len(ends) < count:
        ends.insert(0, (ends[0].replace(day=1) - timedelta(days=1)).replace(day=14))
    balance = Decimal(rng.randrange(60000, 300000)) / 100
    out = []
    for end in ends:
        start = (end.replace(day=1) - timedelta(days=1)).replace(day=15)
        st = hp.make_statement(rng, bank, holder, home, last4, start, end, balance, deposits(start, end),
                               n_debits=n_debits)
        out.append(st)
        balance = st.ending
    return out


def statement_bluestem(st: Statement, joint: Person | None, rng: random.Random) -> SizedDoc:
    """A savings bank's one-page statement on legal paper: a statement-date box, "Balance Forward" with the day
    before the cycle, one long transaction table with Withdrawals / Deposits / Balance, a reconciliation note."""
    s = Sheet()
    s.text(40, 50, BLUESTEM.upper(), 15, "serif-b")
    s.text(40, 63, f"Est. 1889  {DOT}  Member FDIC  {DOT}  Equal Housing Lender  {DOT}  bluestemsavings.example", 7.5,
           "serif", 0.3)
    s.rect(380, 34, 192, 66, width=0.8)
    for i, (label, value) in enumerate((("Statement Date", us(st.end)),
                                        ("Statement Period", f"{us(st.start)} - {us(st.end)}"),
                                        ("Account Number", f"******{st.last4}"), ("Page", "1 of 1"))):
        s.text(386, 48 + 14 * i, label, 7.5, "sans", 0.35)
        s.text(566, 48 + 14 * i, value, 8.5, "sans-b", align="r")
    y = 124.0
    for line in (st.holder.upper, *([joint.upper] if joint else []), st.home.street.upper(),
                 st.home.last_line.upper()):
        s.text(64, y, line, 9.5, "mono")
        y += 12
    y = 200.0
    s.text(40, y, "STATEMENT SAVINGS & CHECKING  \u2014  REGULAR CHECKING", 9.5, "sans-b")
    y += 8
    cells = [("Balance Forward", f"{st.start - timedelta(days=1):%m/%d}", money(st.begin)),
             ("Deposits", f"({sum(1 for r in st.rows if r[2] > 0)})", money(st.deposits)),
             ("Withdrawals", f"({sum(1 for r in st.rows if r[2] < 0)})", money(st.debits)),
             ("Service Charge", "", "0.00"), ("Ending Balance", f"{st.end:%m/%d}", money(st.ending))]
    for i, (label, sub, value) in enumerate(cells):
        x = 40 + 106.4 * i
        s.rect(x, y, 106.4, 36, width=0.6, fill=0.93)
        s.text(x + 5, y + 11, f"{label} {sub}".strip(), 7, "sans-b", 0.3)
        s.text(x + 100, y + 28, value, 10, "sans-b", align="r")
    y += 58
    heads = [(44, "Date", "l"), (96, "Description", "l"), (400, "Withdrawals", "r"), (480, "Deposits", "r"),
             (566, "Balance", "r")]
    s.line(40, y, 572, y, 0.8)
    for x, head, align in heads:
        s.text(x, y + 11, head, 8, "sans-b", align=align)
    s.line(40, y + 16, 572, y + 16, 0.4)
    y += 30
    s.text(44, y, f"{st.start - timedelta(days=1):%m/%d}", 8.5)
    s.text(96, y, "BALANCE FORWARD", 8.5)
    s.text(566, y, money(st.begin), 8.5, align="r")
    y += 13
    for d, desc, amount, balance in st.rows:
        s.text(44, y, f"{d:%m/%d}", 8.5)
        s.text(96, y, desc, 8.5)
        s.text(400 if amount < 0 else 480, y, money(abs(amount)), 8.5, align="r")
        s.text(566, y, money(balance), 8.5, align="r")
        y += 13
    s.line(40, y - 6, 572, y - 6, 0.4)
    s.text(96, y + 6, "ENDING BALANCE", 8.5, "sans-b")
    s.text(566, y + 6, money(st.ending), 8.5, "sans-b", align="r")
    y += 36
    s.wrap(40, y, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS: telephone us at (402) 555-0121 or "
           "write us at PO Box 1889, Beatrice, NE 68310 as soon as you can, if you think your statement or receipt is "
           "wrong. We must hear from you no later than 60 days after we sent you the FIRST statement on which the "
           "problem appeared.", 532, 7.3, "sans", 9.3, 0.3)
    s.text(40, 990, f"Bluestem Savings Bank  {DOT}  account ******{st.last4}  {DOT}  {us(st.end)}", 7, "sans", 0.4)
    return sized(st.doc([s]), LEGAL)


# --- letters and other papers -----------------------------------------------------------------------------------

def dated_addressee(s: Sheet, when: date, person: Person, home: Address) -> float:
    """A letter's date at the right and its addressee's block at the left; the line to write on next."""
    s.text(572, 98, long_date(when), 10, align="r")
    y = 104.0
    for line in (person.name, home.street, home.last_line):
        s.text(40, y, line, 10)
        y += 13
    return y + 22


def workers_comp_letter(claimant: Person, home: Address, employer: str, when: date, injured: date, weekly: Decimal,
                        rng: random.Random) -> Doc:
    """A workers' compensation insurer's benefit verification: weekly rate, paid every two weeks, with the monthly
    equivalent a lender asks for; the benefits are not taxable."""
    monthly = cents(weekly * 52 / 12)
    s = Sheet()
    s.text(40, 54, "SENTINEL MUTUAL CASUALTY COMPANY", 13, "sans-b")
    s.text(40, 67, f"Workers' Compensation Claims  {DOT}  PO Box 4410, Des Moines, IA 50306  {DOT}  (515) 555-0129",
           8, "sans", 0.35)
    s.line(40, 76, 572, 76, 1.0)
    y = dated_addressee(s, when, claimant, home)
    claim = f"WC-{when:%y}-{rng.randint(100000, 999999)}"
    s.text(40, y, "BENEFIT VERIFICATION", 12, "sans-b")
    y += 18
    for label, value in (("Claim number", claim), ("Employer", employer), ("Date of injury", us(injured))):
        s.text(40, y, f"{label}:", 9.5, "sans-b")
        s.text(150, y, value, 9.5)
        y += 14
    y += 10
    y = s.wrap(40, y, f"Dear {claimant.first} {claimant.last}: At your request, this letter confirms the workers' "
               "compensation benefits being paid to you on the claim above. You may give it to your mortgage lender "
               "or landlord.", 532, 10, "sans", 14) + 8
    awl = cents(weekly * 3 / 2)
    rows = [("Benefit type", "Temporary total disability (TTD)"), ("Average weekly wage", f"${money(awl)}"),
            ("Weekly compensation rate", f"${money(weekly)}"),
            ("Payment frequency", "Every two weeks (two weekly payments each time)"),
            ("Monthly equivalent (weekly rate x 52 / 12)", f"${money(monthly)}"),
            ("Benefits paid since", us(injured + timedelta(days=8))),
            ("Benefits continue", "until you are released to work by the treating physician")]
    s.rect(40, y, 532, 16 * len(rows) + 10, width=0.6, fill=0.95)
    for i, (label, value) in enumerate(rows):
        s.text(50, y + 17 + 16 * i, label, 9.5, "sans-b")
        s.text(290, y + 17 + 16 * i, value, 9.5)
    y += 16 * len(rows) + 30
    y = s.wrap(40, y, "Workers' compensation benefits are non-taxable income: they are not reported to you on a Form "
               "W-2 or 1099 and you do not include them on your income tax return.", 532, 10, "sans", 14) + 10
    s.text(40, y + 10, "Sincerely,", 10)
    s.signature(rng, 48, y + 44, 140, 20, gray=0.1)
    s.text(40, y + 58, f"{rng.choice(['Gretchen', 'Malcolm', 'Yvette'])} {rng.choice(['Ostrowski', 'Pardo'])}, "
           "Senior Claims Adjuster", 10)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_nontaxable"}, [s])


def hardship_affidavit(app: GApplication, when: date, county: str, paragraphs: Sequence[str], rng: random.Random
                       ) -> Doc:
    """The borrowers' sworn "Affidavit of Hardship" with a notary's jurat, signature and seal (a hardship letter)."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.12)
    state = hb.STATES.get(app.address.state, app.address.state)
    names = [app.borrower] + ([app.co_borrower] if app.co_borrower else [])
    s.text(60, 70, f"STATE OF {state.upper()}", 11, "serif")
    s.text(250, 70, ")", 11, "serif")
    s.text(250, 84, ")  ss.", 11, "serif")
    s.text(60, 98, f"COUNTY OF {county.upper()}", 11, "serif")
    s.text(250, 98, ")", 11, "serif")
    s.text(306, 136, "AFFIDAVIT OF HARDSHIP", 14, "serif-b", align="c")
    y = s.wrap(72, 166, f"{' and '.join(p.name for p in names)}, being first duly sworn, state as follows:", 468, 11,
               "serif", 16) + 6
    body = [f"We own the home at {app.address.one_line}, mortgage loan number {app.loan}, serviced by "
            f"{LANTERN[0]}.", *paragraphs, "We make this affidavit to request help with our mortgage payment."]
    for i, paragraph in enumerate(body, 1):
        y = s.wrap(72, y, f"{i}.  {paragraph}", 468, 11, "serif", 16) + 6
    y = s.wrap(72, y + 4, "Further affiants say nothing.", 468, 11, "serif", 16) + 26
    for i, person_ in enumerate(names):
        x = 72 + 240 * i
        s.line(x, y, x + 210, y, 0.6)
        s.signature(rng, x + 10, y - 2, 160, 22, gray=0.12)
        s.text(x, y + 12, person_.name, 9.5, "serif")
    y += 44
    s.wrap(72, y, f"Subscribed and sworn to before me on {long_date(when)} by {' and '.join(p.name for p in names)}.",
           468, 11, "serif", 16)
    y += 56
    s.line(300, y, 540, y, 0.6)
    s.signature(rng, 312, y - 2, 170, 20, gray=0.1)
    s.text(300, y + 12, f"Notary Public, State of {state}", 9.5, "serif")
    pen.write(s, 300, y + 30, f"My commission expires {_slash(when.replace(year=when.year + 3))}", 9.5)
    cx, cy = 150, y + 6
    s.circle(cx, cy, 40, 1.2)
    s.circle(cx, cy, 33, 0.6)
    for i, text in enumerate(("NOTARIAL SEAL", "NOTARY PUBLIC", f"STATE OF {state.upper()}")):
        s.text(cx, cy - 9 + 10 * i, text, 6.5, "serif-b", 0.25, "c")
    return Doc("hardship_letter", {"letter_date": when}, [s])


def offer_letter(employee: Person, home: Address, employer: str, office: Address, when: date, title: str,
                 start: date, salary: Decimal, lump: Decimal, accepted_on: date, rng: random.Random) -> Doc:
    """A new employer's offer letter for a job in another state, with its relocation payment, countersigned through
    an e-sign service: the relocation paper for "new employment" (Form 710's words)."""
    s = Sheet()
    s.text(40, 54, employer, 14, "sans-b")
    s.text(40, 67, f"{office.one_line}  {DOT}  People Operations", 8.5, "sans", 0.35)
    s.line(40, 76, 572, 76, 1.2)
    s.text(40, 104, long_date(when), 10.5)
    y = 130.0
    for line in (employee.name, home.street, home.last_line):
        s.text(40, y, line, 10.5)
        y += 13.5
    y += 18
    s.text(40, y, f"Dear {employee.first},", 10.5)
    y += 24
    for paragraph in (
            f"We are pleased to offer you the position of {title} at our {office.city}, {office.state} facility. Your "
            f"first day will be {long_date(start)}. The position is on site; you will need to live within commuting "
            "distance of the facility.",
            f"Your base salary will be ${money(salary)} per year, paid every other Friday, less applicable taxes and "
            "withholdings. You will be eligible for our medical, dental and 401(k) plans from your first day.",
            f"Relocation assistance: we will pay you a one-time lump sum of ${money(lump)}, less applicable taxes, "
            "with your first paycheck, toward the cost of moving. If you leave the company voluntarily within twelve "
            "months of your start date you agree to repay it in full.",
            "This offer is contingent on a background check and on proof of your eligibility to work in the United "
            "States. Please sign below to accept it."):
        y = s.wrap(40, y, paragraph, 532, 10.5, "sans", 15) + 10
    s.text(40, y + 8, "Sincerely,", 10.5)
    s.signature(rng, 48, y + 44, 150, 22, gray=0.1)
    s.text(40, y + 60, f"{rng.choice(['Priscilla', 'Dominic', 'Harriet'])} {rng.choice(['Vance', 'Holloway'])}, "
           "Director, People Operations", 10)
    y += 100
    s.rect(40, y, 532, 92, width=0.7)
    s.text(50, y + 16, "ACCEPTANCE", 10, "sans-b")
    s.wrap(50, y + 32, "I accept this offer of employment on the terms above, including the relocation repayment "
           "terms.", 512, 9.5, "sans", 13)
    s.line(50, y + 74, 330, y + 74, 0.6)
    s.text(56, y + 70, f"/s/ {employee.name}", 12, "serif-i")
    s.text(50, y + 85, "Signature", 7.5, "sans", 0.35)
    s.line(360, y + 74, 560, y + 74, 0.6)
    s.text(366, y + 70, us(accepted_on), 11)
    s.text(360, y + 85, "Date", 7.5, "sans", 0.35)
    s.text(40, y + 110, f"Signed electronically via HireSign on {us(accepted_on)}  {DOT}  document "
           f"{rng.getrandbits(40):010x}", 7, "sans", 0.4)
    return Doc("employer_relocation_letter", {"letter_date": when}, [s])


def moving_estimate(customer: Person, origin: Address, destination: Address, when: date, rng: random.Random) -> Doc:
    """A mover's binding estimate for the household move (an "other" paper)."""
    s = Sheet()
    s.text(40, 56, "TWO RIVERS VAN LINES", 15, "sans-b")
    s.text(40, 69, f"USDOT {rng.randint(1000000, 3999999)}  {DOT}  Interstate household goods mover", 8, "sans", 0.35)
    s.text(572, 56, "BINDING ESTIMATE", 12, "sans-b", align="r")
    s.text(572, 70, f"Estimate no. {rng.randint(20000, 89999)}  {DOT}  {us(when)}", 8.5, align="r")
    s.line(40, 80, 572, 80, 1.0)
    y = 104.0
    for label, value in (("Shipper", customer.name), ("Origin", origin.one_line), ("Destination", destination.one_line),
                         ("Load date", us(when + timedelta(days=rng.randint(8, 20)))),
                         ("Estimated weight", f"{rng.randint(38, 72) * 100:,} lb")):
        s.text(40, y, label, 9.5, "sans-b")
        s.text(150, y, value, 9.5)
        y += 15
    y += 12
    items = [("Line haul", Decimal(rng.randrange(280000, 420000)) / 100),
             ("Fuel surcharge", Decimal(rng.randrange(30000, 60000)) / 100),
             ("Packing (full service)", Decimal(rng.randrange(90000, 160000)) / 100),
             ("Valuation (full value protection)", Decimal(rng.randrange(20000, 45000)) / 100),
             ("Stair carry / long carry", Decimal(rng.randrange(0, 15000)) / 100)]
    s.line(40, y, 572, y, 0.6)
    s.text(44, y + 12, "Service", 9, "sans-b")
    s.text(566, y + 12, "Charge", 9, "sans-b", align="r")
    y += 30
    for label, amount in items:
        s.text(44, y, label, 9.5)
        s.text(566, y, money(amount), 9.5, align="r")
        y += 15
    s.line(40, y - 8, 572, y - 8, 0.6)
    s.text(44, y + 4, "TOTAL BINDING ESTIMATE", 10, "sans-b")
    s.text(566, y + 4, f"${money(sum((a for _, a in items), Decimal(0)))}", 10, "sans-b", align="r")
    s.wrap(40, y + 34, "This is a binding estimate: you will not be charged more for the services listed. A deposit of "
           "25% holds your load date. Read \"Your Rights and Responsibilities When You Move\".", 532, 8.5, "sans", 11.5,
           0.3)
    return Doc("other", {}, [s])


def letter_two_pages(app: GApplication, when: date, servicer: str, first: Sequence[str], second: Sequence[str],
                     rng: random.Random) -> Doc:
    """A typed hardship letter running to a second page, each page numbered "Page n of 2" at its foot."""
    pages = [Sheet(), Sheet()]
    s = pages[0]
    y = 72.0
    for line in (app.borrower.name, app.address.street, app.address.last_line, app.phone):
        s.text(72, y, line, 11, "serif")
        y += 14
    s.text(72, y + 18, long_date(when), 11, "serif")
    y += 52
    for line in (servicer, "Mortgage Servicing - Hardship Assistance"):
        s.text(72, y, line, 11, "serif")
        y += 14
    y += 18
    s.text(72, y, f"Re: My hardship, mortgage loan {app.loan}", 11, "serif-b")
    y += 28
    s.text(72, y, "Dear Lanternfield mortgage team,", 11, "serif")
    y += 24
    for paragraph in first:
        y = s.wrap(72, y, paragraph, 468, 11, "serif", 16) + 10
    s = pages[1]
    s.text(72, 60, f"{app.borrower.name} - loan {app.loan}", 9.5, "serif-i", 0.3)
    y = 96.0
    for paragraph in second:
        y = s.wrap(72, y, paragraph, 468, 11, "serif", 16) + 10
    s.text(72, y + 12, "Sincerely,", 11, "serif")
    s.signature(rng, 80, y + 52, 150, 22, gray=0.12)
    s.text(72, y + 70, app.borrower.name, 11, "serif")
    for n, page in enumerate(pages, 1):
        page.text(306, 752, f"Page {n} of 2", 9, "serif", 0.2, "c")
    return Doc("hardship_letter", {"letter_date": when}, pages)


# --- delivery ----------------------------------------------------------------------------------------------------


@dataclass
class GreyStockDoc(Doc):
    """A photocopy on grey recycled paper: a mottled background a third of the way to black, fine grain and toner
    dust, the print still black; renders `inner`."""

    inner: Doc | None = None
    seed: int = 0

    def images(self, dpi: int) -> list[Image.Image]:
        assert self.inner is not None
        out = []
        for n, page in enumerate(self.inner.images(dpi)):
            rng = np.random.default_rng(self.seed * 31 + n)
            w, h = page.size
            coarse = rng.normal(0, 1, (h // 60 + 3, w // 60 + 3)).astype(np.float32)
            mottle = np.asarray(Image.fromarray(coarse, mode="F").resize((w, h), Image.Resampling.BICUBIC))
            tone = np.clip(200 + 13 * mottle, 168, 228)
            arr = np.asarray(page.convert("L"), dtype=np.float32) / 255 * tone + rng.normal(0, 6, (h, w))
            dust = rng.random((h, w)) < 0.0006
            arr[dust] = 70
            out.append(Image.fromarray(arr.clip(0, 255).astype(np.uint8)))
        return out


@dataclass
class ImprintedDoc(Doc):
    """Pages run through a mailroom scanner whose imprinter prints the batch and sequence number at the foot of each
    sheet as it passes; renders `inner`."""

    inner: Doc | None = None
    imprint: str = ""  # "{seq}" is the sheet's number in the batch
    first: int = 1

    def images(self, dpi: int) -> list[Image.Image]:
        assert self.inner is not None
        out = []
        for n, page in enumerate(self.inner.images(dpi)):
            page = page.convert("L").copy()
            ImageDraw.Draw(page).text((round(0.3 * dpi), page.height - round(0.12 * dpi)),
                                      self.imprint.format(seq=self.first + n), fill=40,
                                      font=hp._pil_font("mono", round(7.5 * dpi / 72)), anchor="ls")
            out.append(page)
        return out


def _wrap(cls: Any, doc: Doc, **extra: Any) -> Any:
    return cls(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, doc.delivered_order, doc.listed, inner=doc,
               **extra)


@dataclass
class QRCoverDoc(hf.SeparatorDoc):
    """The servicer's "Document Return Cover Sheet" with a QR code reading LOAN <number>, printed on white paper."""

    servicer: str = ""

    def images(self, dpi: int) -> list[Image.Image]:
        s = Sheet()
        s.text(72, 90, self.servicer, 14, "serif-b")
        s.text(72, 130, "DOCUMENT RETURN COVER SHEET", 16, "sans-b")
        s.wrap(72, 156, "Put this sheet with the documents you send us, by mail or by fax. Do not write on the code.",
               468, 10.5, "sans", 14)
        s.text(72, 200, f"Loan number: {self.loan}", 12, "sans-b")
        s.text(72, 390, "Scan the code to open your case.", 9, "sans", 0.35)
        page = hp.sheet_image(s, dpi)
        code = pf.barcode_image(f"LOAN {self.loan}", qr=True, scale=1)
        side = round(2.0 * dpi)
        page.paste(code.resize((side, side), Image.Resampling.NEAREST), (round(1.0 * dpi), round(3.0 * dpi)))
        return [page]


@dataclass
class MFile(hl.LFile):
    """A file as dropped in the inbox; `searchable` adds a copier's invisible OCR layer under its scanned pages."""

    searchable: bool = False


def ocr_layer(data: bytes, pages: Sequence[Sheet | None]) -> bytes:
    """A copier's "searchable PDF": invisible text where the printed words lie on each page image (its OCR reads
    print; the handwriting and the signatures it leaves out)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page, sheet in zip(writer.pages, pages, strict=True):
        if sheet is None:
            continue
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO()
        pdf = canvas.Canvas(buf, pagesize=(w, h))
        for op in [*sheet.ops, ("text", w - 30, h - 14, hp.FOOTER, 5.5, "sans", 0.62, "r")]:
            if op[0] != "text" or op[5].startswith("pen"):
                continue
            _, x, y, text, size, font, _, align = op
            width = hp.text_width(text, font, size)
            x = x - width if align == "r" else x - width / 2 if align == "c" else x
            line = pdf.beginText()
            line.setTextRenderMode(3)
            line.setFont(hp._rl_font(font), size)
            line.setTextOrigin(x, h - y)
            line.textOut(text)
            pdf.drawText(line)
        pdf.save()
        page.merge_page(PdfReader(buf).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_l's writer (fax header lines, separators, arrival times, fine mode), then the copier's OCR
    layer under searchable files, whose documents are then no longer images without a text layer."""
    expected = hl.write_packet(packet, root)
    layered: set[int] = set()
    for file in packet.files:
        if not (isinstance(file, MFile) and file.searchable):
            continue
        path = root / packet.name / "inbox" / file.name
        stat = path.stat()
        sheets: list[Sheet | None] = []
        for doc in file.parts:
            order = doc.delivered_order or list(range(doc.page_count))
            sheets += [doc.sheets[own] if own < len(doc.sheets) else None for own in order]
            layered.add(id(doc))
        path.write_bytes(ocr_layer(path.read_bytes(), sheets))
        os.utime(path, (stat.st_atime, stat.st_mtime))
    if layered:
        for doc, want in zip(packet.docs, expected["documents"], strict=True):
            if id(doc) in layered:
                want["scanned"] = False
        (root / packet.name / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_j's self-check; an application with no income amount at all prints no total either."""
    problems = hj.check(packet, expected)
    if packet.app is not None and not packet.app.claimed:
        problems = [p for p in problems if p != f"application value {money(Decimal(0))!r} not printed"]
    return problems


# --- packets -----------------------------------------------------------------------------------------------------


def received_on(rng: random.Random) -> date:
    """A weekday between mid-February and late April 2029 (early in the year: small year-to-date figures)."""
    return hp.weekday_on_or_before(date(2029, 2, 12) + timedelta(days=rng.randint(0, 74)))


def packet_ubaf_grey_qr_last(seed: int) -> Packet:
    """The old Uniform Borrower Assistance Form typed into its PDF, printed, signed and dated in ink by a couple: his
    wages and overtime on two lines, her unemployment; his two half-sheet direct-deposit advices, her benefit
    determination and layoff notice; one 150 dpi grayscale scan of photocopies on grey recycled stock with the
    servicer's QR-code cover sheet as the LAST page. Complete."""
    rng = random.Random(seed * 7937 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Anselm", "D.", "Whitcombe")
    co = Person("Rosalie", "M.", "Whitcombe")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(1900, 2600)) / 100
    run = half_run(rng, borrower, home, received, rate, Decimal(rng.choice(["4.00", "6.00", "7.50"])))
    lines = run[-1][1]
    weekly = Decimal(rng.randrange(38000, 56000)) / 100
    laid_off = received - timedelta(days=rng.randint(50, 100))
    signed_on = received - timedelta(days=rng.randint(2, 5))
    app = ubaf_app({"wages": (cents(lines["regular"] * 26 / 12), "B"), "overtime": (cents(lines["overtime"] * 26 / 12),
                                                                                    "B"),
                    "ui": (cents(weekly * 52 / 12), "C")}, rng, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                   address=home, occupancy="primary_residence", hardships=["unemployment", "reduction_in_income"],
                   hardship_start=laid_off, signed=True, signed_on=signed_on, co_borrower=co,
                   co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on, phone=hp.phone(rng),
                   email=hj._email(borrower, rng))
    app_doc = Doc("mortgage_assistance_application", {}, ubaf_form(app, "ink", rng))
    stubs = [sized(st.doc([stub_half(st, extra, rng.randint(40000, 90000), rng)]), HALF) for st, extra in run]
    ui = hf.ui_determination(co, home, laid_off + timedelta(days=rng.randint(9, 20)), weekly, rng)
    layoff = hj.layoff_notice(co, "Prairie Loom Textiles, Inc.", laid_off - timedelta(days=14), laid_off, rng)
    docs = [app_doc, *stubs, ui, layoff]
    grey = [_wrap(GreyStockDoc, d, seed=seed + 11 + i) for i, d in enumerate(docs)]
    cover = QRCoverDoc("separator_sheet", {}, listed=False, loan=loan, servicer=FAIRHAVEN[0])
    scan = Scan(150, skew=0.3, noise=0.0002, blur=0.45, paper=252, seed=seed + 12)
    files = [MFile(f"Scan_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", [*grey, cover], scan)]
    return Packet("m1-ubaf-typed-ink-co-borrower-grey-stock-150dpi-half-sheet-stubs-qr-cover-last", received, app,
                  grey, files, loan, [])


def packet_form710_esigned_two_uploads(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm and e-signed ("/s/ Name") by a self-employed groomer, with her
    bookkeeping app's landscape profit and loss (unsigned) printed to PDF with /Rotate; hours later a second upload
    repeating that P&L page, one bank statement and a signed 4506-C. Incomplete: income_doc:self_employment."""
    rng = random.Random(seed * 7937 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Thandiwe", "N.", "Okonkwo-Baptiste")
    home = hp.address(rng)
    first = date(received.year - 1, 10, 1) if received.month <= 3 else date(received.year, 1, 1)
    months = [hp.add_months(first, k) for k in range(3)]
    business = "Wag & Wash Mobile Pet Grooming LLC"
    pnl = pnl_by_month(borrower, business, months, rng, received - timedelta(days=rng.randint(3, 9)))
    signed_on = received - timedelta(days=rng.randint(1, 3))
    app = g_app([("self_employment", cents(pnl.fields["net_income"] / 3), "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence", hardships=["reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(120, 200)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(duration="short", cash=money(Decimal(rng.randrange(400, 3000))),
                     savings=money(Decimal(rng.randrange(0, 2500))))
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710_esigned(app, rng), facts={"form710": True})
    again = PrintedLandscapeDoc(pnl.type, pnl.fields, pnl.sheets, facts=pnl.facts)
    def takings(start: date) -> list[tuple[int, str, Decimal]]:
        """Card takings swept in every Tuesday, and a customer's check deposited by phone."""
        return [*((d, "SQUARE INC DEP SQ29 WAGWASH", Decimal(rng.randrange(60000, 160000)) / 100)
                  for d in hj._weekdays(start, 1)),
                (rng.randint(3, 25), "MOBILE DEPOSIT", Decimal(rng.randrange(8500, 30000)) / 100)]

    st = hf.statements(rng, hl.ASHFORD, borrower, home, [hp.add_months(received, -1)], hp.digits(rng, 4), takings,
                       n_debits=16)[0]
    statement = st.doc(hl.statement_ashford(st))
    irs = hp.form_4506c(borrower, app.ssn4, home, signed_on, rng, received.year - 1)
    docs = [app_doc, pnl, again, statement, irs]
    files = [MFile(f"{loan} application.pdf", [app_doc, pnl]),
             MFile(f"{loan} more documents.pdf", [again, statement, irs], arrives_after=4 * 3600 + 917)]
    return Packet("m2-form710-acroform-esigned-self-employed-rotated-pnl-unsigned-two-uploads-repeated-page", received,
                  app, docs, files, loan, ["income_doc:self_employment"])


POULTRY = "Prairie Gold Poultry Processing, Inc."


def packet_lantern_hand_fax_blank_income(seed: int) -> Packet:
    """Lanternfield's legal-size MS-14 filled in pen with "see pay stubs" where the wage amount belongs and no amount
    anywhere; two weekly stubs, a two-page hardship letter numbered "Page n of 2" and a two-page credit union statement;
    one 200 dpi fax without separator or cover mixing the legal page with letter pages. Incomplete:
    application_field:income."""
    rng = random.Random(seed * 7937 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 11, 2)
    borrower = Person("Eamon", "P.", "Featherstone")
    home = hp.address(rng)
    gross = cents(Decimal(rng.randrange(1700, 2300)) / 100 * 36)
    last_end = hp._friday_on_or_before(received - timedelta(days=6)) + timedelta(days=1)  # a Saturday
    stubs = [hp.make_stub(rng, POULTRY, borrower, home, "weekly", gross, last_end - timedelta(days=7 * k), pay_lag=5)
             for k in (1, 0)]
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = lantern_app([], rng, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                      occupancy="primary_residence", hardships=["reduction_in_income", "increase_in_housing_expenses"],
                      hardship_start=received - timedelta(days=rng.randint(60, 130)), signed=True, signed_on=signed_on,
                      phone=hp.phone(rng), email="")
    app.facts.update(income_note="see pay stubs", duration="short",
                     story="Plant cut us to 36 hours a week and my escrow went up $260 a month.")
    app_doc = lantern_form(app, "hand", rng)
    letter = letter_two_pages(app, signed_on, LANTERN[0], [
        "I am writing because I have fallen two payments behind on my mortgage and I want to catch up before it gets "
        "worse. I have worked on the processing line at Prairie Gold Poultry for eleven years. Until last fall I "
        "worked 45 to 50 hours a week, and the overtime is what made our budget work.",
        "In the fall the plant lost a large contract and cut every line worker to 36 hours a week. There has been no "
        "overtime since. My take-home pay dropped by more than a third, and my wife's part-time job does not make up "
        "the difference.",
        "At the same time the county raised the assessed value of our house, and the insurance company raised our "
        "premium after the hail season. The escrow analysis in January raised my monthly payment by $260."],
        ["I have cut what we can: we sold our second car, dropped the cable and the gym, and my wife picks up extra "
         "shifts when she can. The plant manager has told us that hours may come back in the summer if the plant "
         "wins new business, but nothing is promised.",
         "I am asking to be considered for a modification or a repayment plan that spreads out the missed payments. "
         "I enclosed my last two pay stubs and my bank statement. I did not know what to write for income on the "
         "form, so I wrote to see the pay stubs. Please call me if you need anything else."], rng)
    month = hp.add_months(received, -1)
    st = hf.statements(rng, hl.QUARRY, borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (d, "ACH DEP PRAIRIE GOLD PAYRL", stubs[-1].net) for d in hj._weekdays(start, 3)], n_debits=14)[0]
    statement = st.doc(hl.statement_quarry(st, hp.digits(rng, 4), Decimal(rng.randrange(2500, 40000)) / 100,
                                           Decimal(rng.randrange(5, 60)) / 100))
    docs = [app_doc, letter, *(sd.doc([hp.stub_earnings_statement(sd, rng)]) for sd in stubs), statement]
    fax = Scan(200, skew=0.35, noise=0.0006, blur=0.35, fax=True, seed=seed + 31)
    header = (f"{received:%m/%d/%Y} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}  FROM: {app.phone}  TO: "
              "15635550147  P.{page:03d}/{pages:03d}")
    files = [MFile(f"FAX{rng.randint(10 ** 7, 10 ** 8 - 1)}.pdf", docs, fax, header=header)]
    return Packet("m3-lantern-legal-hand-filled-see-pay-stubs-no-income-fax-mixed-sizes-page-n-of-2", received, app,
                  docs, files, loan, ["application_field:income"])


MERIDIAN_AERO = "Meridian Aeronautics Service Center, LLC"


def packet_lantern_typed_loose_screenshot(seed: int) -> Packet:
    """Lanternfield's legal-size MS-14 typed into its PDF and signed on a signature pad by a borrower who took a job
    500 miles away (a mailing address beside the property's); a phone screenshot of his paycheck, the new employer's
    signed offer letter with relocation pay and the mover's estimate; loose born-digital files of three page sizes
    named with the loan number. Complete."""
    rng = random.Random(seed * 7937 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Leopold", "R.", "Vasquez-Tran")
    home = hp.address(rng)
    office = Address(f"{rng.randint(100, 9800)} Hangar Row", "Wichita", "KS", "67209")
    mailing = Address(f"{rng.randint(100, 2900)} Rock Rd Apt {rng.randint(101, 340)}", "Wichita", "KS", "67207")
    start = date(received.year, 1, 7) + timedelta(days=(7 - date(received.year, 1, 7).weekday()) % 7)  # a Monday
    salary = Decimal(rng.randrange(62, 88) * 1000)
    gross = cents(salary / 26)
    first_end = start + timedelta(days=12)  # periods run Sunday to Saturday, two weeks
    k = ((received - timedelta(days=9)) - first_end).days // 14
    end = first_end + timedelta(days=14 * k)
    stub = hp.make_stub(rng, MERIDIAN_AERO, borrower, mailing, "biweekly", gross, end, pay_lag=6)
    periods = k + 1
    stub = replace(stub, period_start=end - timedelta(days=13), ytd_gross=gross * periods,
                   deductions=[(label, c, c * periods) for label, c, _ in stub.deductions])
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = lantern_app([("wages", cents(gross * 26 / 12), "B")], rng, loan=loan, borrower=borrower,
                      ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence", hardships=["relocation"],
                      hardship_start=start - timedelta(days=rng.randint(3, 9)), signed=True, signed_on=signed_on,
                      phone=hp.phone(rng), email=hj._email(borrower, rng), mailing=mailing)
    app.facts.update(story="Plant closed; took a job in Wichita. Family stays in the house until it sells.")
    app_doc = lantern_form(app, "typed", rng)
    screen = SizedDoc("pay_stub", stub.doc([]).fields, [paycheck_screen(stub, "PayNest", hp.digits(rng, 4))],
                      size=PHONE)
    offered = start - timedelta(days=rng.randint(35, 60))
    offer = offer_letter(borrower, home, MERIDIAN_AERO, office, offered, "Avionics Technician III", start, salary,
                         Decimal(rng.randrange(40, 90) * 100), offered + timedelta(days=rng.randint(2, 6)), rng)
    movers = moving_estimate(borrower, home, mailing, start - timedelta(days=rng.randint(20, 30)), rng)
    docs = [app_doc, screen, offer, movers]
    shot = Scan(216, noise=0.0, blur=0.0, paper=255, seed=seed + 41)
    files = [MFile(f"MS-14 {loan}.pdf", [app_doc]), MFile(f"{loan} paycheck screenshot.pdf", [screen], shot),
             MFile(f"{loan}_offer_letter_signed.pdf", [offer]), MFile(f"{loan} - movers estimate.pdf", [movers])]
    return Packet("m4-lantern-legal-typed-digital-loose-phone-screenshot-stub-offer-letter-relocation", received, app,
                  docs, files, loan, [])


def packet_ubaf_hand_searchable(seed: int) -> Packet:
    """The old Uniform Borrower Assistance Form printed blank and filled in pen, the property address written "Same";
    a laid-off retiree's unemployment determination, a pension award letter from last autumn (stale) and a hardship
    letter in handwriting; a copier's 300 dpi searchable PDF whose OCR layer holds the print but none of the
    handwriting. Incomplete: income_doc:benefits_taxable."""
    rng = random.Random(seed * 7937 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Winston", "A.", "Delacorte")
    home = hp.address(rng)
    weekly = Decimal(rng.randrange(36000, 52000)) / 100
    pension = Decimal(rng.randrange(140000, 260000)) / 100
    laid_off = received - timedelta(days=rng.randint(45, 90))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = ubaf_app({"annuity": (pension, "B"), "ui": (cents(weekly * 52 / 12), "B")}, rng, loan=loan,
                   borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                   hardships=["unemployment"], hardship_start=laid_off, signed=True, signed_on=signed_on,
                   phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(property_same="1", duration="short")
    app_doc = Doc("mortgage_assistance_application", {}, ubaf_form(app, "hand", rng))
    letter = hb.handwritten_letter(app, signed_on, [
        "I retired from the sheriff's office after twenty years and took a job as a security supervisor at the "
        "distribution center. In the layoffs this winter my whole shift was let go.",
        "My pension alone does not cover the mortgage and our other bills. I am drawing unemployment and looking for "
        "work every week. I am asking for a forbearance until I find a new job."], rng)
    award = hp.pension_award_letter(borrower, home, received - timedelta(days=rng.randint(130, 200)), pension, rng)
    ui = hp.unemployment_letter(borrower, home, laid_off + timedelta(days=rng.randint(8, 18)), weekly, rng)
    docs = [app_doc, letter, award, ui]
    scan = Scan(300, skew=0.15, noise=0.0002, blur=0.4, paper=247, seed=seed + 51)
    files = [MFile(f"SCN_{received:%Y%m%d}_{rng.randint(80000, 175959):06d}.pdf", docs, scan, searchable=True)]
    return Packet("m5-ubaf-hand-filled-property-same-copier-searchable-pdf-ocr-layer-without-handwriting-stale-pension",
                  received, app, docs, files, loan, ["income_doc:benefits_taxable"])


def packet_lantern_ink_mailroom(seed: int) -> Packet:
    """Lanternfield's legal-size MS-14 typed, printed, signed and dated in ink by a couple: his semi-monthly salary,
    her workers' compensation after an injury at work; his two stubs, two legal-size savings bank statements on a
    15th-to-14th cycle, the insurer's benefit verification and their notarized affidavit of hardship; scanned by the
    servicer's mailroom at 300 dpi black and white with a batch and sequence imprint on every page. Complete."""
    rng = random.Random(seed * 7937 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Bartholomew", "E.", "Nakashima")
    co = Person("Ilse", "R.", "Nakashima")
    home = hp.address(rng)
    annual = Decimal(rng.randrange(50, 74) * 1000)
    stubs = hl.sable_run(rng, borrower, home, received, 2, annual)
    weekly = Decimal(rng.randrange(42000, 68000)) / 100
    injured = received - timedelta(days=rng.randint(75, 140))
    signed_on = received - timedelta(days=rng.randint(3, 7))
    app = lantern_app([("wages", cents(annual / 12), "B"), ("benefits_nontaxable", cents(weekly * 52 / 12), "C")],
                      rng, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                      occupancy="primary_residence", hardships=["disability_or_illness"], hardship_start=injured,
                      signed=True, signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True,
                      co_signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    app.facts.update(story="Ilse hurt her back lifting at the warehouse; on workers' comp at 2/3 of her pay.")
    app_doc = lantern_form(app, "ink", rng)
    stub_docs = [st.doc([hl.stub_sablewood(st, rng)]) for st in stubs]
    net = stubs[-1].net

    def deposits(start: date, end: date) -> list[tuple[int, str, Decimal]]:
        """His pay on the 15th and the month's last day (the weekday before when those fall on a weekend); her
        benefit every other Friday."""
        paid = {hp.weekday_on_or_before(d) for d in (start, hp.month_end(start.year, start.month),
                                                     end + timedelta(days=1))}
        out = [((d - start).days, "ACH CREDIT SABLEWOOD VET PAYROLL", net) for d in sorted(paid) if start <= d <= end]
        friday = injured + timedelta(days=8 + (4 - injured.weekday()) % 7)
        while friday <= end:
            if friday >= start:
                out.append(((friday - start).days, "ACH CREDIT SENTINEL MUT WC BENEFIT", weekly * 2))
            friday += timedelta(days=14)
        return out

    sts = cycle_statements(rng, BLUESTEM, borrower, home, hp.digits(rng, 4), received, 2, deposits, n_debits=18)
    statements = [statement_bluestem(st, co, rng) for st in sts]
    wc = workers_comp_letter(co, home, "Northpoint Distribution Co.", received - timedelta(days=rng.randint(10, 30)),
                             injured, weekly, rng)
    county = rng.choice(["Polk", "Story", "Dallas", "Warren"])
    affidavit = hardship_affidavit(app, signed_on, county, [
        f"On {long_date(injured)} Ilse R. Nakashima injured her back lifting freight at work. She has not been able to "
        "return to work since and is receiving workers' compensation at two-thirds of her wages.",
        "Her treating physician expects at least six more months of therapy before she may return to light duty.",
        "Our household income is now about one quarter lower than when we took out the loan, and we have fallen "
        "behind on the payment."], rng)
    docs = [app_doc, *stub_docs, *statements, wc, affidavit]
    batch = rng.randint(100, 999)
    imprint = f"LFCU MR {received:%m%d%y} B{batch:04d} S{{seq:04d}}"
    wrapped, seq = [], 1
    for d in docs:
        wrapped.append(_wrap(ImprintedDoc, d, imprint=imprint, first=seq))
        seq += d.page_count
    scan = Scan(300, skew=0.2, noise=0.0003, blur=0.3, fax=True, seed=seed + 61)
    files = [MFile(f"MR{received:%m%d}_B{batch:04d}.pdf", wrapped, scan)]
    return Packet("m6-lantern-legal-typed-ink-co-borrower-workers-comp-legal-cycle-statements-mailroom-imprint-bw",
                  received, app, wrapped, files, loan, [])


PACKETS = (packet_ubaf_grey_qr_last, packet_form710_esigned_two_uploads, packet_lantern_hand_fax_blank_income,
           packet_lantern_typed_loose_screenshot, packet_ubaf_hand_searchable, packet_lantern_ink_mailroom)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 13710, write_packet, check)


if __name__ == "__main__":
    main()
