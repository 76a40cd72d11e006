"""A seventh holdout set of borrower packets (g1..g6), laid out unlike the shared samples and unlike the h, b, c, d,
e and f sets, written without looking at the service's code, rules or tests, to gauge honestly how it reads layouts
nobody tuned it to.

    python benchmarks/holdout_packets_g.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a
servicer's classic printed "Homeowner Assistance Request" (Harrow & Vale) with numbered questions in a left column
and long underlined answer lines filling the rest of the row, names and addresses split over "First / Middle /
Last" and "Street / City / State / ZIP" captions under the line, check boxes drawn AFTER their option text
("Primary residence \u2610", "Yes \u2610  No \u2610", typed as \u2612 or crossed by hand), income as a ruled table
with one "Monthly amount" column and its own words ("Name of homeowner", "Homeowner's SSN (last 4)", "Address of
the mortgaged home", "Monthly gross salary", "Homeowner signature"); a second servicer's landscape two-page
"Hardship Affidavit & Financial Worksheet" (Meridian Trust) with hardship reasons in a 3-column grid of boxes
worded its own way, "Hardship commenced on", "The home is my: \u2610 principal residence \u2610 vacation home
\u2610 rental", income in a "Source | Borrower | Co-borrower | Total" table and one "Borrower's signature ____
Date ____" line; the real Form 710 printed blank and filled by hand (pen text at its widget positions, X marks in
its boxes) behind a "Facsimile Transmittal" cover. A restaurant's handwritten pay envelope (weekly, with or
without a gross-to-date line) and a big company's "Statement of Earnings and Deductions" whose employee facts sit
in a bordered grid; a national bank's one-page statement with separate Debit and Credit columns and a savings and
loan's two-page statement whose account summary sits at the bottom of the last page; a Social Security disability
award notice, a union pension fund's surviving-spouse award, a state death certificate, a bookkeeper's monthly
year-to-date profit and loss, a 4506-C, a superior court's judgment of dissolution and a typed hardship letter
carrying & < > " '. Names with apostrophes, hyphens and accents, co-borrowers in three packets. Delivered as a
born-digital loan folder, phone photos of pages saved as one colour JPEG PDF (each sheet turned a little on a
dark table), a 200 dpi fax with a cover sheet and the machine's header line, a 240 dpi scan with one page fed in
sideways, a 300 dpi scan behind a barcode separator sheet, and loose files with the loan number in their names.

The people's parts, drawing primitives, pens, scanning, writing, `--check` and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes
follow from the values drawn. `--check` also confirms that every expected value is printed on its document (the
split names and addresses part by part) and that the rules give each scenario's codes.
"""

from __future__ import annotations

import io
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_e as he
import holdout_packets_f as hf
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_e import EFile
from holdout_packets_f import FApplication

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

EM, EN, DOT = "\u2014", "\u2013", "\u00b7"
BOX_OFF, BOX_ON = "\u2610", "\u2612"  # ballot box, ballot box with X (DejaVu Sans: holdout_packets_b's "glyph")
LAND_W, LAND_H = 792.0, 612.0


def _slash(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


@cache
def _glyph_box(size: float) -> tuple[float, float, float]:
    """Where the ballot-box glyph's square lies relative to its origin: (dx, dy above baseline, side)."""
    left, top, right, _ = hp._pil_font("glyph", 1000).getbbox(BOX_OFF, anchor="ls")
    return left * size / 1000, -top * size / 1000, (right - left) * size / 1000


def pen_cross(sheet: Sheet, rng: random.Random, x: float, y: float, size: float, gray: float = 0.12) -> None:
    """An X made by hand over a box whose top-left is (x, y): two strokes overshooting the square a little."""
    j = rng.uniform
    sheet.path([(x - 1 + j(-1, 1), y - 1 + j(-1, 1)), (x + size + 1 + j(-1, 1.5), y + size + 1 + j(-1, 1))], 1.4, gray)
    sheet.path([(x + size + j(-0.5, 1.5), y - 1.5 + j(-1, 1)), (x - 0.5 + j(-1, 1), y + size + 1.5 + j(-1, 1))], 1.4,
               gray)


def landscape_pdf(sheets: Sequence[Sheet]) -> bytes:
    """Sheets laid out on 11 x 8.5 in paper (points from the top-left of the landscape page), born digital."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(LAND_W, LAND_H))
    for sheet in sheets:
        pdf.saveState()
        pdf.translate(0, LAND_H - hp.PAGE_H)  # draw_pdf flips y against the portrait height
        hp.draw_pdf(pdf, sheet)
        pdf.restoreState()
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


# --- application A: Harrow & Vale's classic printed Homeowner Assistance Request -----------------------------

HARROW = ("Harrow & Vale Mortgage Co.",
          f"Homeowner Assistance Unit  {DOT}  PO Box 4471, Harrisburg, PA 17111  {DOT}  fax (888) 555-0172  {DOT}  "
          "(888) 555-0171")
A_HARDSHIPS = [
    ("unemployment", "Loss of employment"), ("reduction_in_income", "Lower earnings (hours, pay or overtime cut)"),
    ("increase_in_housing_expenses", "Higher housing costs"), ("disaster", "Disaster damage to home or workplace"),
    ("disability_or_illness", "Serious illness or disability"), ("divorce_or_separation", "Divorce / legal separation"),
    ("separation_unmarried", "Separation of unmarried co-owners"), ("death", "Death of a homeowner or earner"),
    ("relocation", "Employer transfer to a distant place"), ("other", "Other reason (explain in 16)"),
]
A_INCOME = [
    ("wages", "Monthly gross salary (wages, overtime, tips, bonuses)"),
    ("self_employment", "Self-employment income, net of business expenses"),
    ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Social Security / SSDI / pension (taxable)"),
    ("benefits_nontaxable", "SSI / VA disability (non-taxable)"), ("rental", "Rental income, net of expenses"),
    ("investment", "Investment or insurance income"), ("other", "Alimony / child support / other income"),
]
A_OCCUPANCY = [("primary_residence", "Primary residence"), ("second_home", "Vacation home"),
               ("investment_property", "Rental")]


def _story(sheet: Sheet, pen: hb.Pen, app: FApplication, x: float, y: float, right: float, gap: float,
           width: float, typed: bool) -> None:
    """The borrower's own words on the three ruled lines under the question that asks for them."""
    story = app.other_hardship_text or app.facts.get("story", "")
    for i in range(3):
        sheet.line(x, y + 20 + i * gap, right, y + 20 + i * gap, 0.5)
    for i, line in enumerate(hf._lines(story, width, 10.5 if typed else 12)[:3]):
        pen.write(sheet, x + 4, y + 18 + i * gap, line, 10)


def form_a(app: FApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """Harrow & Vale's two-page request. fill "typed": typed in its word-processor version (\u2612 for a chosen
    box) with a pasted signature; "hand": printed blank, written in pen, boxes crossed by hand."""
    typed = fill == "typed"
    pen = hb.Pen(rng, hand=not typed, gray=0.12)
    name, contact = HARROW
    p1, p2 = Sheet(), Sheet()
    for page, s in ((1, p1), (2, p2)):
        s.text(306, 44, name.upper(), 13, "serif-b", align="c")
        s.text(306, 56, contact, 7.5, "serif", 0.3, "c")
        s.text(306, 80, "HOMEOWNER ASSISTANCE REQUEST", 15, "serif-b", align="c")
        s.line(40, 88, 572, 88, 0.8)
        s.line(40, 90.5, 572, 90.5, 0.8)
        s.text(40, 764, f"Form HV-210 (Rev. 01/2027)  {DOT}  Please print clearly in ink", 7, "serif", 0.35)
        s.text(572, 764, f"Page {page} of 2", 7.5, "serif", 0.35, "r")
    x_line = 236.0

    def part(s: Sheet, y: float, title: str) -> float:
        s.text(40, y, title, 10.5, "serif-b")
        s.line(40, y + 3, 572, y + 3, 1.2)
        return y + 24

    def question(s: Sheet, y: float, number: int, label: str, value: str = "",
                 captions: Sequence[tuple[str, float, str]] = ()) -> float:
        """Number and question at the left, the answer on a line from x_line to the margin; with captions, the
        answer's parts written above their captions under the line."""
        s.text(40, y, f"{number}.", 10, "serif-b")
        below = s.wrap(60, y, label, x_line - 66, 10, "serif", 12)
        s.line(x_line, y + 2, 572, y + 2, 0.6)
        width = 572 - x_line
        if captions:
            edges = [x_line + width * frac for _, frac, _ in captions] + [572.0]
            for i, (caption, _, part_) in enumerate(captions):
                s.text(edges[i] + 2, y + 11, caption, 6.5, "serif-i", 0.35)
                pen.write(s, edges[i] + 4, y - 2, part_, 10.5, fit=edges[i + 1] - edges[i] - 8)
        else:
            pen.write(s, x_line + 6, y - 2, value, 10.5, fit=width - 10)
        return max(below, y + (13 if captions else 8)) + 11

    def box_after(s: Sheet, x: float, y: float, chosen: bool, size: float = 11) -> None:
        dx, up, side = _glyph_box(size)
        s.text(x, y + 1, BOX_ON if typed and chosen else BOX_OFF, size, "glyph")
        if chosen and not typed:
            pen_cross(s, rng, x + dx, y + 1 - up, side)

    def options(s: Sheet, x: float, y: float, items: Sequence[tuple[str, bool]]) -> None:
        for label, chosen in items:
            s.text(x, y, label, 10, "serif")
            x += hp.text_width(label, "serif", 10) + 4
            box_after(s, x, y, chosen)
            x += 26

    def name_parts(person_: Person | None) -> list[tuple[str, float, str]]:
        first, middle, last = (person_.first, person_.middle or "", person_.last) if person_ else ("", "", "")
        return [("First", 0.0, first), ("Middle", 0.34, middle), ("Last", 0.5, last)]

    co = app.co_borrower
    home = app.address
    y = p1.wrap(40, 108, "Answer every question that applies to you. Write amounts as monthly figures before taxes. "
                "Mark a box by crossing it. Homeowners who share the loan answer together on one request.", 532, 8.5,
                "serif-i", 11, 0.2) + 10
    y = part(p1, y, f"PART I {EM} HOMEOWNER AND CO-HOMEOWNER")
    y = question(p1, y, 1, "Loan number", app.loan)
    y = question(p1, y, 2, "Name of homeowner", captions=name_parts(app.borrower))
    y = question(p1, y, 3, "Homeowner's SSN (last 4)", app.ssn4)
    y = question(p1, y, 4, "Daytime telephone", app.phone)
    y = question(p1, y, 5, "E-mail address", app.email)
    y = question(p1, y, 6, "Name of co-homeowner (if any)", captions=name_parts(co))
    y = question(p1, y, 7, "Co-homeowner's SSN (last 4)", (app.co_ssn4 or "") if co else "")
    y = part(p1, y + 4, f"PART II {EM} THE HOME")
    y = question(p1, y, 8, "Address of the mortgaged home", captions=[
        ("Street", 0.0, home.street), ("City", 0.5, home.city), ("State", 0.76, home.state), ("ZIP", 0.86, home.zip)])
    y = question(p1, y, 9, "Mailing address, if not the home", app.mailing.one_line if app.mailing else "")
    p1.text(40, y, "10.", 10, "serif-b")
    p1.text(60, y, "The home is my", 10, "serif")
    options(p1, x_line, y, [(label, app.occupancy == code) for code, label in A_OCCUPANCY])
    y += 22
    for number, question_text in ((11, "Is the home listed for sale?"),
                                  (12, "Is any homeowner on active military duty?")):
        p1.text(40, y, f"{number}.", 10, "serif-b")
        p1.text(60, y, question_text, 10, "serif")
        options(p1, x_line, y, [("Yes", False), ("No", True)])
        y += 22
    y = part(p1, y + 4, f"PART III {EM} HARDSHIP")
    p1.text(40, y, "13.", 10, "serif-b")
    p1.text(60, y, "My hardship is due to (cross every box that applies):", 10, "serif")
    y += 18
    for i, (code, label) in enumerate(A_HARDSHIPS):
        x, row = (60, i) if i < 5 else (326, i - 5)
        end = 296 if i < 5 else 560
        p1.text(x, y + row * 17, label, 9.5, "serif")
        start = x + hp.text_width(label, "serif", 9.5) + 3
        p1.text(start, y + row * 17, ". " * max(0, int((end - 6 - start) / hp.text_width(". ", "serif", 9.5))), 9.5,
                "serif", 0.55)
        box_after(p1, end, y + row * 17, code in app.hardships)
    y += 5 * 17 + 8
    y = question(p1, y, 14, "Date the hardship started (month/day/year)",
                 (us(app.hardship_start) if typed else _short(app.hardship_start)) if app.hardship_start else "")
    p1.text(40, y, "15.", 10, "serif-b")
    p1.text(60, y, "The hardship is expected to be", 10, "serif")
    long_term = app.facts.get("duration", "long") == "long"
    options(p1, x_line, y, [("Temporary (6 months or less)", not long_term), ("Long-term", long_term)])
    y += 22
    p1.text(40, y, "16.", 10, "serif-b")
    p1.text(60, y, "In your own words, what happened? (required for \"Other reason\")", 10, "serif")
    _story(p1, pen, app, 60, y, 572, 19, 500, typed)

    y = part(p2, 112, f"PART IV {EM} MONTHLY HOUSEHOLD INCOME BEFORE TAXES")
    p2.text(40, y, "17.", 10, "serif-b")
    p2.text(60, y, "Give the gross monthly income of every homeowner on the loan; leave a line blank if none.", 10,
            "serif")
    y += 14
    p2.rect(40, y, 532, 18, stroke=0.0, fill=0.88, width=0.8)
    p2.text(46, y + 12.5, "Line", 9, "serif-b")
    p2.text(84, y + 12.5, "Source of income", 9, "serif-b")
    p2.text(566, y + 12.5, "Monthly amount", 9, "serif-b", align="r")
    y += 18
    for i, (code, label) in enumerate([*A_INCOME, ("total", "Total monthly income (add lines a through h)")]):
        amount = app.total if code == "total" else app.income(code)
        bold = "serif-b" if code == "total" else "serif"
        p2.rect(40, y, 532, 21, width=0.6)
        p2.line(76, y, 76, y + 21, 0.6)
        p2.line(440, y, 440, y + 21, 0.6)
        p2.text(50, y + 14.5, "abcdefghi"[i] + ".", 9.5, bold)
        p2.text(84, y + 14.5, label, 9.5, bold)
        if amount:
            if typed:
                pen.write(p2, 566, y + 15, f"${money(amount)}", 10.5, "r")
            else:
                pen.write(p2, 452, y + 15, money(amount), 10.5)
        y += 21
    y = part(p2, y + 28, f"PART V {EM} HOUSING EXPENSE AND SAVINGS")
    y = question(p2, y, 18, "Monthly mortgage payment", app.facts.get("mortgage", ""))
    y = question(p2, y, 19, "Checking and savings on hand", app.facts.get("cash", ""))
    y = part(p2, y + 8, f"PART VI {EM} CERTIFICATION")
    for paragraph in (
            "By signing, each homeowner certifies that the answers in this request are true and complete, that the "
            "hardship described above is why help is requested, and that Harrow & Vale may check the income and "
            "documents given, obtain a credit report and contact the homeowners by telephone, text or e-mail.",
            "Knowingly making a false statement to obtain mortgage assistance is a federal crime (18 U.S.C. 1001 and "
            "1014)."):
        y = p2.wrap(40, y, paragraph, 532, 9, "serif", 12) + 6
    y += 30
    sign_when = us if typed else _short
    for label, person_, signed, on in (("Homeowner signature", app.borrower, app.signed, app.signed_on),
                                       ("Co-homeowner signature", co, app.co_signed, app.co_signed_on)):
        p2.text(40, y, label, 10, "serif")
        p2.line(160, y + 2, 410, y + 2, 0.7)
        p2.text(424, y, "Date", 10, "serif")
        p2.line(452, y + 2, 572, y + 2, 0.7)
        if person_ is not None:
            if signed:
                p2.signature(rng, 186, y, 190, 22, gray=0.1)
            if on:
                pen.write(p2, 460, y - 2, sign_when(on), 11)
        y += 40
    p2.wrap(40, y + 6, f"Send the signed request and your documents to {name} at the address or fax number at the top "
            "of page 1. Write your loan number on every page you send.", 532, 8, "serif-i", 10, 0.3)
    return [p1, p2]


# --- application B: Meridian Trust's landscape Hardship Affidavit & Financial Worksheet ---------------------------

MERIDIAN = ("Meridian Trust Servicing", f"Borrower Retention {DOT} 1200 Commerce Pkwy, Suite 300, Columbus, OH 43215 "
                                        f"{DOT} fax (866) 555-0188")
B_HARDSHIPS = [
    ("unemployment", "I lost my job or was laid off"), ("reduction_in_income", "My pay, hours or overtime were cut"),
    ("increase_in_housing_expenses", "My housing costs rose (taxes, insurance, HOA)"),
    ("disaster", "Fire, flood, storm or other disaster"),
    ("disability_or_illness", "Long illness, injury or disability in the family"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Split from a co-owner I was not married to"),
    ("death", "A borrower or wage earner passed away"), ("relocation", "My job moved me far from home"),
    ("other", "Something else (explain below)"),
]
B_INCOME = [
    ("wages", "Monthly gross salary"), ("self_employment", "Business / self-employment (net)"),
    ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Social Security / SSDI"),
    ("benefits_nontaxable", "SSI / VA disability (tax-free)"), ("rental", "Net rent received"),
    ("investment", "Interest, dividends & insurance"), ("other", "Child support / alimony / other"),
]
B_OCCUPANCY = [("primary_residence", "principal residence"), ("second_home", "vacation home"),
               ("investment_property", "rental")]


def form_b(app: GApplication, fill: str, rng: random.Random) -> bytes:
    """Meridian Trust's worksheet on two landscape pages, returned as a born-digital PDF. fill "typed": typed into
    the PDF with an "X" in chosen boxes and a pasted signature; "typed-ink": typed, printed, then signed and dated
    in pen; "hand": printed blank and filled in by hand."""
    typed = fill != "hand"
    pen = hb.Pen(rng, hand=not typed, gray=0.12)
    ink = hb.Pen(rng, hand=True, gray=0.1)
    signer = pen if fill == "typed" else ink
    when = us if typed else _short
    name, contact = MERIDIAN
    p1, p2 = Sheet(), Sheet()
    for page, s in ((1, p1), (2, p2)):
        s.rect(0, 0, LAND_W, 44, stroke=None, fill=0.2)
        s.text(36, 28, name, 15, "sans-b", 1.0)
        s.text(756, 22, "HARDSHIP AFFIDAVIT & FINANCIAL WORKSHEET", 12, "sans-b", 1.0, "r")
        s.text(756, 36, f"Form MTS-HA {DOT} Page {page} of 2", 8, "sans", 0.9, "r")
        s.text(36, 58, contact, 7.5, "sans", 0.35)
        s.text(LAND_W - 30, LAND_H - 14, hp.FOOTER, 5.5, "sans", 0.62, "r")

    def heading(s: Sheet, y: float, letter: str, title: str) -> float:
        s.rect(36, y, 720, 17, stroke=None, fill=0.85)
        s.text(42, y + 12.5, f"{letter}.  {title}", 10, "sans-b")
        return y + 34

    def field(s: Sheet, x: float, y: float, w: float, label: str, value: str) -> None:
        s.text(x, y, label, 8.5, "sans", 0.25)
        x0 = x + hp.text_width(label, "sans", 8.5) + 5
        s.line(x0, y + 2, x + w, y + 2, 0.5)
        pen.write(s, x0 + 4, y - 1.5, value, 10.5, fit=x + w - x0 - 6)

    def box(s: Sheet, x: float, y: float, chosen: bool) -> None:
        """A square whose top-left is (x, y)."""
        s.rect(x, y, 9, 9, width=0.7)
        if chosen:
            if typed:
                s.text(x + 4.5, y + 8, "X", 9, "sans-b", align="c")
            else:
                pen_cross(s, rng, x, y, 9)

    co = app.co_borrower
    y = heading(p1, 70, "A", "HOMEOWNERS AND THE HOME")
    field(p1, 42, y, 250, "Loan No.", app.loan)
    field(p1, 310, y, 200, "Telephone", app.phone)
    field(p1, 528, y, 228, "E-mail", app.email)
    y += 26
    field(p1, 42, y, 470, "Name of homeowner", app.borrower.name)
    field(p1, 528, y, 228, "Homeowner's SSN (last 4)", app.ssn4)
    y += 26
    field(p1, 42, y, 470, "Name of co-homeowner", co.name if co else "")
    field(p1, 528, y, 228, "Co-homeowner's SSN (last 4)", (app.co_ssn4 or "") if co else "")
    y += 26
    field(p1, 42, y, 714, "Address of the mortgaged home", app.address.one_line)
    y += 26
    field(p1, 42, y, 714, "Mailing address (if different)", app.mailing.one_line if app.mailing else "")
    y += 26
    p1.text(42, y, "The home is my:", 9.5, "sans-b")
    x = 130
    for code, label in B_OCCUPANCY:
        box(p1, x, y - 8.5, app.occupancy == code)
        p1.text(x + 14, y, label, 9.5)
        x += 30 + hp.text_width(label, "sans", 9.5)
    p1.text(470, y, "Is the home for sale?", 9.5, "sans-b")
    box(p1, 584, y - 8.5, False)
    p1.text(598, y, "yes", 9.5)
    box(p1, 630, y - 8.5, True)
    p1.text(644, y, "no", 9.5)
    y = heading(p1, y + 22, "B", "WHAT CAUSED YOUR HARDSHIP?  (mark every box that applies)")
    for i, (code, label) in enumerate(B_HARDSHIPS):
        col, row = i % 3, i // 3
        x = 46 + col * 240
        box(p1, x, y + row * 20 - 8.5, code in app.hardships)
        p1.text(x + 14, y + row * 20, label, 9.5)
    y += 4 * 20 + 8
    field(p1, 42, y, 330, "Hardship commenced on", when(app.hardship_start) if app.hardship_start else "")
    p1.text(400, y, "It will last:", 9.5, "sans-b")
    long_term = app.facts.get("duration", "long") == "long"
    box(p1, 462, y - 8.5, not long_term)
    p1.text(476, y, "under 6 months", 9.5)
    box(p1, 562, y - 8.5, long_term)
    p1.text(576, y, "6 months or longer / permanent", 9.5)
    y += 24
    p1.text(42, y, "Tell us about your hardship (required when \"Something else\" is marked):", 9.5, "sans-b")
    _story(p1, pen, app, 42, y, 756, 20, 700, typed)

    y = heading(p2, 70, "C", "MONTHLY INCOME BEFORE TAXES")
    cols = [(42, "Source", "l"), (470, "Borrower", "r"), (600, "Co-borrower", "r"), (750, "Total", "r")]
    p2.rect(36, y - 12, 720, 18, stroke=0.0, fill=0.92, width=0.6)
    for x, label, align in cols:
        p2.text(x, y, label, 9, "sans-b", 0.0, align)
    y += 6
    rows = [(code, label, app.rows.get(f"{code}|B"), app.rows.get(f"{code}|C"), app.income(code))
            for code, label in B_INCOME]
    rows.append(("total", "Total monthly income", app.income_of("B"), app.income_of("C"), app.total))
    for code, label, b_amount, c_amount, total in rows:
        bold = "sans-b" if code == "total" else "sans"
        p2.rect(36, y, 720, 19, width=0.5)
        for x in (380, 480, 610):
            p2.line(x, y, x, y + 19, 0.5)
        p2.text(42, y + 13.5, label, 9.5, bold)
        for x, amount in ((470, b_amount), (600, c_amount), (750, total)):
            if amount:
                if typed:
                    pen.write(p2, x, y + 14, f"${money(amount)}", 10, "r")
                else:
                    pen.write(p2, x - 84, y + 14, money(amount), 10)
        y += 19
    y = heading(p2, y + 14, "D", "MONTHLY HOUSING EXPENSE AND CASH")
    field(p2, 42, y, 330, "First mortgage payment (P&I, taxes, insurance)", app.facts.get("mortgage", ""))
    field(p2, 400, y, 356, "Cash in checking & savings", app.facts.get("cash", ""))
    y = heading(p2, y + 16, "E", "AFFIDAVIT AND SIGNATURES")
    for paragraph in (
            "I/We swear that the hardship described in this worksheet is real and is why I/we cannot make the "
            "mortgage payment as agreed; that every amount above is true and complete; and that I/we will send any "
            "document Meridian Trust asks for to support it.",
            "I/We consent to Meridian Trust verifying this information with employers, benefit agencies and credit "
            "bureaus. A false statement can lead to denial of assistance and to prosecution under federal law."):
        y = p2.wrap(42, y, paragraph, 714, 9, "sans", 12) + 4
    y += 40
    for label, person_, signed, on in (("Borrower's signature", app.borrower, app.signed, app.signed_on),
                                       ("Co-borrower's signature", co, app.co_signed, app.co_signed_on)):
        x = 42 if label.startswith("Borrower") else 404
        p2.text(x, y, label, 9, "sans-b")
        x0 = x + hp.text_width(label, "sans-b", 9) + 4
        p2.line(x0, y + 2, x0 + 170, y + 2, 0.7)
        p2.text(x0 + 176, y, "Date", 9, "sans-b")
        p2.line(x0 + 200, y + 2, x0 + 262, y + 2, 0.7)
        if person_ is not None:
            if signed:
                p2.signature(rng, x0 + 12, y, 140, 20, gray=0.1)
            if on:
                signer.write(p2, x0 + 202, y - 2, _short(on) if signer.hand else us(on), 9.5, fit=60)
    p2.text(42, y + 14, app.borrower.name, 8, "sans", 0.35)
    if co:
        p2.text(404, y + 14, co.name, 8, "sans", 0.35)
    p2.wrap(42, y + 44, f"Return both pages to {name} by fax or mail. Keep a copy. Questions? Call (866) 555-0187, "
            "Monday to Friday 8 a.m. to 8 p.m. Eastern.", 714, 8, "sans-i", 10, 0.35)
    return landscape_pdf([p1, p2])


@dataclass
class GApplication(FApplication):
    """The answers; income_of("B") is one column's sum, printed in a worksheet's total row."""

    def income_of(self, whose: str) -> Decimal:
        return sum((a for _, a, w in self.income_lines if w == whose), Decimal(0))


def g_app(lines: Sequence[tuple[str, Decimal, str]], **answers: Any) -> GApplication:
    """lines: (income code, monthly amount, "B" for the borrower, "C" for the co-borrower)."""
    kept = [(code, amount, whose) for code, amount, whose in lines if amount]
    return GApplication(income_lines=kept, rows={f"{c}|{w}": a for c, a, w in kept}, **answers)


# --- the real Form 710, printed blank and filled by hand -------------------------------------------------------

def form710_by_hand(app: FApplication, rng: random.Random) -> bytes:
    """Form 710 printed blank and filled in with a pen: answers written where its fields sit, boxes crossed, the
    dates as m/d/yy, both signatures in ink on page 4."""
    paper, rects = hc.form710_paper()
    pen = hb.Pen(rng, hand=True, gray=0.1)
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "US_Phone_Number_1": app.phone,
        "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True, "Text_6": app.address.one_line,
        f"Checkbox_{hc.F710_OCCUPANCY[app.occupancy]}": True,
        "Checkbox_27" if app.occupancy == "primary_residence" else "Checkbox_28": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Checkbox_39": True,
        "Number_10": app.facts.get("cash", "").lstrip("$"),
    }
    if app.email:
        values["Email_1"] = app.email
    if app.mailing:
        values["Text_7"] = app.mailing.one_line
    if app.co_borrower:
        values |= {"Text_4": app.co_borrower.name, "Text_5": app.co_ssn4 or ""}
    if app.hardship_start:
        values["Date_1"] = _short(app.hardship_start)
    for code in app.hardships:
        values[f"Checkbox_{hc.F710_HARDSHIP[code]}"] = True
    if app.other_hardship_text:
        values["Text_9"] = app.other_hardship_text
    for code in app.claimed:
        values[f"Number_{hc.F710_INCOME[code]}"] = money(app.income(code))
    if app.signed_on:
        values["Date_3"] = _short(app.signed_on)
    if app.co_signed_on:
        values["Date_4"] = _short(app.co_signed_on)
    overlays: dict[int, Sheet] = {i: Sheet() for i in range(4)}
    for name, value in values.items():
        index, (x0, y0, x1, y1) = rects[name]
        sheet = overlays[index]
        if value is True:
            side = min(x1 - x0, y1 - y0)
            pen_cross(sheet, rng, x0 + 0.5, hp.PAGE_H - y1 + 0.5, side - 1, gray=0.1)
        elif value:
            pen.write(sheet, x0 + 3, hp.PAGE_H - y0 - 3.5, str(value), 10, fit=x1 - x0 - 6)
    if app.signed:  # Signature_1's rectangle: x 145-396, y 343-367 (PDF, bottom-up)
        overlays[3].signature(rng, 170, hp.PAGE_H - 346, 190, 20, gray=0.1)
    if app.co_borrower and app.co_signed:
        overlays[3].signature(rng, 180, hp.PAGE_H - 308, 180, 20, gray=0.1)
    return hp.overlay_pdf(paper, overlays)


# --- pay stubs -------------------------------------------------------------------------------------------------


@dataclass
class Envelope:
    """What the manager wrote on a week's pay envelope: hours at a rate, and the tips put through payroll."""

    hours: Decimal
    rate: Decimal
    tips: Decimal

    @property
    def gross(self) -> Decimal:
        return cents(self.hours * self.rate) + self.tips


def stub_envelope(stub: Stub, pay: Envelope, rng: random.Random) -> Sheet:
    """A restaurant's weekly pay envelope, photocopied flat: the printed form on the envelope's face (employer
    stamped at the top), every figure written in by the manager, "Gross to date" left empty when not kept."""
    s = Sheet()
    pen = hb.Pen(rng, hand=True, gray=0.15, font="pen-serif")
    s.rect(70, 60, 472, 600, width=1.2, stroke=0.35, fill=0.97)
    s.path([(70, 60), (306, 150), (542, 60)], width=0.8, gray=0.55)  # the flap's fold
    s.text(306, 188, stub.employer.upper(), 14, "serif-b", 0.15, "c")
    s.text(306, 202, f"{stub.employer_address.street}  {DOT}  {stub.employer_address.last_line}", 8.5, "serif", 0.3,
           "c")
    s.text(306, 228, "EMPLOYEE'S WEEKLY PAY ENVELOPE", 12, "sans-b", align="c")
    y = 262

    def line(label: str, value: str, x: float = 96, w: float = 420, right: bool = False) -> None:
        s.text(x, y, label, 9.5, "sans")
        x0 = x + hp.text_width(label, "sans", 9.5) + 6
        s.line(x0, y + 2, x + w, y + 2, 0.5, 0.3)
        if value:
            if right:
                pen.write(s, x + w - 4, y - 1.5, value, 11, "r")
            else:
                pen.write(s, x0 + 6, y - 1.5, value, 11)

    line("Name", stub.employee.name)
    y += 24
    line("Pay period from", _short(stub.period_start), w=200)
    line("to", _short(stub.period_end), x=300, w=216)
    y += 24
    line("Date paid", _short(stub.pay_date), w=200)
    line("Check / cash", "check", x=300, w=216)
    y += 32
    s.text(96, y, "EARNINGS", 9.5, "sans-b")
    s.text(516, y, "AMOUNT", 9.5, "sans-b", align="r")
    y += 20
    s.text(96, y, "Hours worked", 9.5)
    pen.write(s, 170, y - 1.5, f"{pay.hours}", 11)
    s.text(212, y, "@ $", 9.5)
    pen.write(s, 232, y - 1.5, f"{pay.rate:.2f}", 11)
    s.line(430, y + 2, 516, y + 2, 0.5, 0.3)
    pen.write(s, 512, y - 1.5, money(cents(pay.hours * pay.rate)), 11, "r")
    y += 22
    line("Tips reported (charged & cash)", money(pay.tips), w=420, right=True)
    y += 22
    line("GROSS WAGES", money(stub.gross), w=420, right=True)
    y += 32
    s.text(96, y, "DEDUCTIONS", 9.5, "sans-b")
    y += 20
    labels = {"Federal Income Tax": "Fed. income tax withheld", "Social Security": "Social Security (FICA)",
              "Medicare": "Medicare", "State Income Tax": "State income tax"}
    for label, current, _ in stub.deductions:
        line(labels.get(label, label), money(current), w=420, right=True)
        y += 20
    y += 8
    line("NET PAY", money(stub.net), w=420, right=True)
    s.rect(92, y - 14, 428, 20, width=1.0, stroke=0.2)
    y += 32
    line("Gross to date this year", money(stub.ytd_gross) if stub.ytd_gross else "", w=420, right=True)
    y += 28
    s.text(306, y, "Count your money before leaving. Report any error to the manager at once.", 8, "sans-i", 0.35,
           "c")
    s.text(306, y + 12, "WEEKLY PAYROLL", 7.5, "sans-b", 0.45, "c")
    return s


def stub_soe(stub: Stub, rng: random.Random, department: str) -> Sheet:
    """A large company's "Statement of Earnings and Deductions": employee and period facts in a bordered grid of
    labelled cells, Earnings / Taxes / Deductions tables with Current and YTD, and a TOTAL GROSS ... NET PAY grid."""
    s = Sheet()
    factor = (stub.ytd_gross / stub.gross) if stub.ytd_gross else None
    s.text(40, 50, stub.employer, 14, "sans-b")
    s.text(40, 63, f"{stub.employer_address.street}, {stub.employer_address.last_line}", 8, "sans", 0.3)
    s.text(572, 50, "Statement of Earnings and Deductions", 11.5, "sans-b", align="r")
    s.text(572, 63, f"Advice #{rng.randint(10000000, 99999999)}", 8, "sans", 0.3, "r")
    grid = [[("Employee Name", stub.employee.name, 2), ("Employee ID", f"{rng.randint(100000, 999999)}", 1),
             ("Department", department, 1)],
            [("Pay Begin Date", us(stub.period_start), 1), ("Pay End Date", us(stub.period_end), 1),
             ("Check Date", us(stub.pay_date), 1), ("Pay Frequency", "Biweekly", 1)],
            [("Home Address", f"{stub.employee_address.street}, {stub.employee_address.last_line}", 3),
             ("Pay Group", f"HR{rng.randint(10, 99)} {EM} Hourly", 1)]]
    y = 78
    unit = 532 / 4
    for row in grid:
        x = 40.0
        for label, value, span in row:
            s.rect(x, y, unit * span, 30, width=0.7)
            s.text(x + 4, y + 9, label.upper(), 6.5, "sans-b", 0.35)
            s.text(x + 6, y + 23, value, 9.5)
            x += unit * span
        y += 30
    y += 18

    def table(x: float, y: float, w: float, title: str, heads: Sequence[tuple[float, str]],
              rows: Sequence[Sequence[str]]) -> float:
        s.rect(x, y, w, 16, stroke=0.0, fill=0.2, width=0.7)
        s.text(x + 4, y + 11.5, title, 8.5, "sans-b", 1.0)
        y += 16
        s.rect(x, y, w, 14, width=0.5, fill=0.9)
        for dx, label in heads:
            s.text(x + dx, y + 10, label, 7.5, "sans-b", 0.0, "l" if dx < 40 else "r")
        y += 14
        top = y
        for row in rows:
            for (dx, _), value in zip(heads, row, strict=True):
                s.text(x + dx, y + 12, value, 8.5, "sans", 0.0, "l" if dx < 40 else "r")
            y += 15
        s.rect(x, top, w, max(y - top, 15) + 4, width=0.5)
        return y + 4

    hours = stub.hours or Decimal(80)
    rate = stub.rate or stub.gross / hours
    earn_rows = [["Regular Earnings", f"{rate:.4f}", f"{hours:.2f}", money(stub.gross),
                  money(stub.ytd_gross) if stub.ytd_gross else ""]]
    end_e = table(40, y, 532, "EARNINGS", [(4, "Description"), (260, "Rate"), (330, "Hours"), (430, "Current"),
                                          (528, "YTD")], earn_rows)
    taxes = stub.deductions[:4]
    extra = stub.deductions[4:]
    names = {"Federal Income Tax": "Fed Withholdng", "Social Security": "Fed OASDI/EE", "Medicare": "Fed MED/EE",
             "State Income Tax": f"{stub.employee_address.state} Withholdng"}
    tax_rows = [[names.get(label, label), money(cur), money(ytd) if factor else ""] for label, cur, ytd in taxes]
    ded_rows = [[label, money(cur), money(ytd) if factor else ""] for label, cur, ytd in extra]
    end_t = table(40, end_e + 10, 262, "TAXES", [(4, "Description"), (180, "Current"), (258, "YTD")], tax_rows)
    end_d = table(310, end_e + 10, 262, "DEDUCTIONS", [(4, "Description"), (180, "Current"), (258, "YTD")], ded_rows)
    y = max(end_t, end_d) + 16
    pre_tax = sum((c for label, c, _ in extra if "Pre-Tax" in label or "401" in label), Decimal(0))
    tax_total = sum((c for _, c, _ in taxes), Decimal(0))
    ded_total = sum((c for _, c, _ in extra), Decimal(0))
    heads = ["", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES", "TOTAL DEDUCTIONS", "NET PAY"]
    widths = [72, 92, 92, 92, 92, 92]
    values = {"Current": [stub.gross, stub.gross - pre_tax, tax_total, ded_total, stub.net]}
    if factor:
        values["YTD"] = [v * factor for v in values["Current"]]
    for r, label in enumerate(["", *values]):
        x = 40.0
        for c, w in enumerate(widths):
            s.rect(x, y, w, 18, width=0.6, fill=0.9 if r == 0 else None)
            text = heads[c] if r == 0 else (label if c == 0 else money(values[label][c - 1]))
            s.text(x + (4 if c == 0 else w - 4), y + 12.5, text, 7.5 if r == 0 else 9, "sans-b" if r == 0 or c == 0
                   else "sans", 0.0, "l" if c == 0 else "r")
            x += w
        y += 18
    y += 24
    s.text(40, y, f"Net Pay Distribution: Advice #{rng.randint(100000, 999999)} {EM} Checking ****"
                  f"{rng.randint(1000, 9999)}  {money(stub.net)}", 8.5)
    s.text(306, 730, "NON-NEGOTIABLE  \u2014  THIS IS NOT A CHECK", 10, "sans-b", 0.55, "c")
    return s


# --- bank statements -------------------------------------------------------------------------------------------


def statement_foxglove(st: Statement) -> list[Sheet]:
    """A national bank's one-page statement: a four-cell balance strip at the top, then Date / Transaction Detail /
    Debit / Credit / Balance with debits and credits in separate columns."""
    s = Sheet()
    s.text(40, 52, st.bank.upper(), 16, "serif-b")
    s.text(40, 65, f"foxglovebank.example  {DOT}  Customer Care 1-800-555-0139  {DOT}  Member FDIC", 7.5, "sans",
           0.35)
    s.text(572, 52, "Personal Checking Statement", 11, "sans-b", align="r")
    y = 100
    for line in (st.holder.name, st.home.street, st.home.last_line):
        s.text(40, y, line, 10)
        y += 13
    s.text(340, 100, "Account Number:", 8.5, "sans-b")
    s.text(440, 100, f"**** **** {st.last4}", 9)
    s.text(340, 113, "Statement Period:", 8.5, "sans-b")
    s.text(440, 113, f"{us(st.start)} through {us(st.end)}", 9)
    s.text(340, 126, "Product:", 8.5, "sans-b")
    s.text(440, 126, "Everyday Checking", 9)
    y = 156
    cells = [("Previous Balance", st.begin), ("Credits (+)", st.deposits), ("Debits (-)", st.debits),
             ("Ending Balance", st.ending)]
    for i, (label, value) in enumerate(cells):
        x = 40 + i * 133
        s.rect(x, y, 133, 40, width=0.7, fill=0.94)
        s.text(x + 66.5, y + 14, label, 8, "sans", 0.3, "c")
        s.text(x + 66.5, y + 31, f"${money(value)}", 11, "sans-b", 0.0, "c")
    y += 64
    cols = [(44, "Date", "l"), (100, "Transaction Detail", "l"), (400, "Debit", "r"), (480, "Credit", "r"),
            (568, "Balance", "r")]
    s.line(40, y, 572, y, 1.0)
    for x, label, align in cols:
        s.text(x, y + 12, label, 8.5, "sans-b", 0.0, align)
    s.line(40, y + 17, 572, y + 17, 0.5)
    y += 30
    for x, value, align in ((44, us(st.start), "l"), (100, "Beginning Balance", "l"), (568, money(st.begin), "r")):
        s.text(x, y, value, 8.5, "sans", 0.0, align)
    y += 14
    for d, desc, amount, bal in st.rows:
        row = [us(d), desc, money(-amount) if amount < 0 else "", money(amount) if amount > 0 else "", money(bal)]
        for (x, _, align), value in zip(cols, row, strict=True):
            s.text(x, y, value, 8.5, "sans", 0.0, align)
        y += 14
    for x, value, align in ((44, us(st.end), "l"), (100, "Ending Balance", "l"), (568, money(st.ending), "r")):
        s.text(x, y, value, 8.5, "sans-b", 0.0, align)
    s.line(40, y + 6, 572, y + 6, 0.5)
    s.wrap(40, 720, "Questions about an electronic transfer? Call Customer Care or write to us no later than 60 days "
           "after the statement on which the error appeared.", 532, 7.5, "sans-i", 10, 0.35)
    return [s]


def statement_brightwater(st: Statement, per_first_page: int = 14) -> list[Sheet]:
    """A savings and loan's two-page statement: the activity listed with signed amounts and no running balance,
    and the account summary (balance forward, deposits, withdrawals, closing balance) only at the bottom of the
    last page."""
    p1, p2 = Sheet(), Sheet()
    for page, s in ((1, p1), (2, p2)):
        s.text(40, 50, st.bank, 15, "serif-b")
        s.text(40, 62, f"Since 1921  {DOT}  88 Water St  {DOT}  Equal Housing Lender  {DOT}  Insured by FDIC", 7.5,
               "serif", 0.35)
        s.text(572, 50, "STATEMENT OF ACCOUNT", 10.5, "sans-b", align="r")
        s.text(572, 62, f"Page {page} of 2", 8, "sans", 0.3, "r")
        s.line(40, 70, 572, 70, 0.6)
    y = 96
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(40, y, line, 9.5, "mono")
        y += 12
    p1.text(340, 96, "Homeowner Checking", 9.5, "sans-b")
    p1.text(340, 109, f"Account {st.last4[:1]}-{st.last4[1:]}  (ending {st.last4})", 9)
    p1.text(340, 122, f"{long_date(st.start)} to {long_date(st.end)}", 9)
    p2.text(40, 90, f"{st.holder.name}  {DOT}  account ending {st.last4}  {DOT}  {long_date(st.start)} to "
                    f"{long_date(st.end)}", 8.5, "sans", 0.3)

    def head(s: Sheet, y: float) -> float:
        s.text(40, y, "ACCOUNT ACTIVITY", 10, "sans-b")
        s.line(40, y + 5, 572, y + 5, 0.8)
        for x, label, align in ((44, "Posted", "l"), (110, "Description", "l"), (568, "Amount", "r")):
            s.text(x, y + 18, label, 8, "sans-b", 0.3, align)
        return y + 34

    def rows(s: Sheet, y: float, items: Sequence[tuple[date, str, Decimal, Decimal]]) -> float:
        for d, desc, amount, _ in items:
            s.text(44, y, f"{d:%m-%d}", 9, "mono")
            s.text(110, y, desc, 9)
            s.text(568, y, f"{money(-amount)}-" if amount < 0 else money(amount), 9, "mono", align="r")
            y += 14
        return y

    y = rows(p1, head(p1, 160), st.rows[:per_first_page])
    p1.text(568, y + 8, "(continued)", 7.5, "sans-i", 0.35, "r")
    y = rows(p2, head(p2, 112), st.rows[per_first_page:]) + 20
    p2.rect(40, y, 532, 104, width=1.0)
    p2.rect(40, y, 532, 18, stroke=None, fill=0.85)
    p2.text(48, y + 13, "ACCOUNT SUMMARY", 9.5, "sans-b")
    n_in = sum(1 for _, _, a, _ in st.rows if a > 0)
    for i, (label, value) in enumerate(((f"Balance forward {long_date(st.start)}", money(st.begin)),
                                        (f"{n_in} deposits and credits", money(st.deposits)),
                                        (f"{len(st.rows) - n_in} withdrawals and debits", f"{money(st.debits)}-"),
                                        (f"Closing balance {long_date(st.end)}", money(st.ending)))):
        bold = "sans-b" if i == 3 else "sans"
        p2.text(56, y + 36 + i * 17, label, 9.5, bold)
        p2.text(560, y + 36 + i * 17, value, 9.5, "mono-b" if i == 3 else "mono", 0.0, "r")
    p2.wrap(40, y + 130, "Brightwater Savings & Loan will never ask for your password by e-mail or text. Report "
            "unauthorized transactions within 60 days.", 532, 7.5, "sans-i", 10, 0.35)
    return [p1, p2]


# --- letters, certificates and other papers ------------------------------------------------------------------------


def ssdi_award(person_: Person, ssn4: str, home: Address, when: date, monthly: Decimal, rng: random.Random) -> Doc:
    """Social Security's disability notice of award: a table of what is paid from when, the monthly amount and its
    frequency, and the note that the benefit may be taxable income."""
    s = Sheet()
    s.text(40, 48, "SOCIAL SECURITY ADMINISTRATION", 12, "sans-b")
    s.text(40, 61, "Retirement, Survivors and Disability Insurance", 9, "sans", 0.3)
    s.text(572, 48, "Notice of Award", 12, "sans-b", align="r")
    s.text(572, 61, f"Office of Disability Operations {DOT} Baltimore, MD 21241", 8, "sans", 0.3, "r")
    s.text(572, 90, long_date(when), 10, align="r")
    s.text(572, 103, f"Claim Number: XXX-XX-{ssn4}HA", 9, align="r")
    y = 90
    for line in (person_.name, home.street, home.last_line):
        s.text(40, y, line, 10)
        y += 13
    y = 160
    y = s.wrap(40, y, "We are writing to tell you that you are entitled to monthly disability benefits beginning "
               f"{hp.add_months(when, -4):%B %Y}. We found that you became disabled under our rules on "
               f"{long_date(when - timedelta(days=rng.randint(200, 320)))}.", 532, 10.5, "sans", 14) + 10
    s.text(40, y, "Your Benefits", 11, "sans-b")
    y += 12
    heads = ["Beginning", "Benefit Amount", "Medicare Deduction", "Amount We Pay"]
    xs = [40, 170, 300, 430]
    s.rect(40, y, 532, 16, stroke=None, fill=0.88)
    for x, head_ in zip(xs, heads, strict=True):
        s.text(x + 4, y + 11.5, head_, 8.5, "sans-b")
    y += 30
    for when_, amount in ((hp.add_months(when, -4), monthly - Decimal("24.00")), (hp.add_months(when, -1), monthly)):
        row = [f"{when_:%B %Y}", f"${money(amount)}", "$0.00", f"${money(amount)}"]
        for x, value in zip(xs, row, strict=True):
            s.text(x + 4, y, value, 9.5)
        y += 15
    y += 14
    y = s.wrap(40, y, f"Your monthly payment will be ${money(monthly)}, paid each month on the second Wednesday by "
               "direct deposit. The amount changes only with a cost-of-living adjustment or if your situation "
               "changes.", 532, 10.5, "sans", 14) + 8
    y = s.wrap(40, y, "Part of your Social Security benefits may be taxable income. In January of each year we will "
               "mail you a Form SSA-1099 showing the benefits paid to you the year before.", 532, 10.5, "sans",
               14) + 8
    s.wrap(40, y, "If you disagree with this decision you have 60 days to ask for an appeal.", 532, 10.5, "sans", 14)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_taxable"}, [s])


def survivor_award(person_: Person, deceased: Person, home: Address, when: date, monthly: Decimal,
                   rng: random.Random) -> Doc:
    """A union pension fund's award of a surviving spouse's pension: a letter with the facts in a ruled list."""
    s = Sheet()
    fund = "Laborers' & Hod Carriers' Pension Trust Fund"
    s.text(306, 56, fund, 14, "serif-b", align="c")
    s.text(306, 70, f"Trust Office {DOT} 2200 Union Plaza {DOT} Cleveland, OH 44114 {DOT} (216) 555-0130", 8,
           "serif", 0.3, "c")
    s.line(60, 80, 552, 80, 1.5)
    s.text(60, 112, long_date(when), 11, "serif")
    y = 140
    for line in (person_.name, home.street, home.last_line):
        s.text(60, y, line, 11, "serif")
        y += 14
    y += 18
    s.text(60, y, f"RE: Surviving Spouse Pension {EM} Participant {deceased.name}", 11, "serif-b")
    y += 26
    y = s.wrap(60, y, f"Dear {person_.first} {person_.last}:", 492, 11, "serif", 15) + 4
    y = s.wrap(60, y, f"Please accept the Trustees' sympathy on the death of {deceased.first}. Your application for "
               "the surviving spouse pension under the Plan has been approved as follows:", 492, 11, "serif",
               15) + 8
    for label, value in (("Participant", deceased.name), ("Pension form", "50% Joint and Survivor"),
                         ("Monthly benefit", f"${money(monthly)}"), ("Frequency", "Paid monthly, on the first"),
                         ("First payment", long_date(hp.add_months(when, 1))),
                         ("Federal tax", "Withheld at 10% unless you elect otherwise")):
        s.text(80, y, label, 10.5, "serif-b")
        s.text(250, y, value, 10.5, "serif")
        s.line(80, y + 4, 532, y + 4, 0.3, 0.6)
        y += 19
    y += 10
    y = s.wrap(60, y, "This pension is taxable income and will be reported to you on Form 1099-R each January. It is "
               "payable for the rest of your life.", 492, 11, "serif", 15) + 20
    s.text(60, y, "For the Board of Trustees,", 11, "serif")
    s.signature(rng, 70, y + 36, 150, 20, gray=0.12)
    s.text(60, y + 52, "Fund Administrator", 11, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_taxable"}, [s])


def death_certificate(deceased: Person, spouse: Person, home: Address, died: date, rng: random.Random) -> Doc:
    """A certified copy of a state death certificate: numbered boxes in a ruled grid, the registrar's seal."""
    s = Sheet()
    state = hb.STATES.get(home.state, home.state).upper()
    s.rect(30, 30, 552, 700, width=2.0)
    s.rect(34, 34, 544, 692, width=0.6)
    s.text(306, 62, f"STATE OF {state}", 11, "serif-b", align="c")
    s.text(306, 78, "DEPARTMENT OF HEALTH  \u2014  VITAL RECORDS", 9, "serif", 0.3, "c")
    s.text(306, 104, "CERTIFICATE OF DEATH", 18, "serif-b", align="c")
    s.text(540, 62, f"State File No. {died.year}-{rng.randint(100000, 999999)}", 8, "sans", 0.2, "r")
    age = rng.randint(48, 71)
    born = date(died.year - age, rng.randint(1, 12), rng.randint(1, 28))
    boxes = [[("1. DECEDENT'S LEGAL NAME (First, Middle, Last)", deceased.name.upper(), 3), ("2. SEX", "MALE", 1)],
             [("3. DATE OF BIRTH", us(born), 1), ("4. AGE", str(age), 1),
              ("5. DATE OF DEATH", us(died), 1), ("6. SOCIAL SECURITY NO.", "XXX-XX-XXXX", 1)],
             [("7. RESIDENCE (Street, City, State, ZIP)", home.one_line.upper(), 4)],
             [("8. MARITAL STATUS AT TIME OF DEATH", "MARRIED", 2), ("9. SURVIVING SPOUSE'S NAME", spouse.name.upper(),
                                                                     2)],
             [("10. PLACE OF DEATH", "HOSPITAL \u2014 INPATIENT", 2), ("11. COUNTY OF DEATH",
                                                                     f"{home.city.upper()} COUNTY", 2)],
             [("12. INFORMANT'S NAME AND RELATIONSHIP", f"{spouse.name.upper()} \u2014 SPOUSE", 4)],
             [("13. MANNER OF DEATH", "NATURAL", 2), ("14. METHOD OF DISPOSITION", "BURIAL", 2)],
             [("15. FUNERAL HOME", f"{rng.choice(['Whitfield', 'Greenlawn', 'Harmon & Sons'])} Funeral Home", 2),
              ("16. DATE FILED BY REGISTRAR", us(died + timedelta(days=rng.randint(4, 10))), 2)]]
    y = 130
    unit = 512 / 4
    for row in boxes:
        x = 50.0
        for label, value, span in row:
            s.rect(x, y, unit * span, 40, width=0.6)
            s.text(x + 4, y + 10, label, 6.5, "sans-b", 0.3)
            s.text(x + 8, y + 30, value, 10.5, "mono")
            x += unit * span
        y += 40
    y += 30
    s.wrap(60, y, "I CERTIFY THAT THIS IS A TRUE AND CORRECT COPY OF THE OFFICIAL RECORD FILED WITH THE STATE OFFICE "
           "OF VITAL RECORDS.", 490, 9, "serif-b", 13)
    s.circle(470, y + 110, 44, width=1.2)
    s.circle(470, y + 110, 38, width=0.5)
    s.text(470, y + 106, "OFFICIAL", 8, "serif-b", 0.3, "c")
    s.text(470, y + 118, "SEAL", 8, "serif-b", 0.3, "c")
    s.signature(rng, 80, y + 100, 170, 20, gray=0.15)
    s.line(70, y + 104, 290, y + 104, 0.6)
    s.text(70, y + 116, "State Registrar", 8.5, "serif")
    s.text(306, 716, "WARNING: A REPRODUCTION OF THIS DOCUMENT RENDERS IT VOID AND INVALID", 7.5, "sans-b", 0.4, "c")
    return Doc("death_certificate", {}, [s])


def profit_loss_monthly(owner: Person, business: str, months: Sequence[date], revenue: Sequence[Decimal],
                        expenses: Sequence[tuple[str, Sequence[Decimal]]], signed_on: date,
                        rng: random.Random) -> Doc:
    """A bookkeeper's year-to-date profit and loss with one column a month and a "Total" column, signed by the
    owner. Net income is the Total column's last line."""
    s = Sheet()
    start, end = months[0], hp.month_end(months[-1].year, months[-1].month)
    s.text(40, 52, business, 15, "sans-b")
    s.text(40, 68, "Profit and Loss", 12, "sans")
    s.text(40, 82, f"{start:%B} {start.day} {EN} {end:%B} {end.day}, {end.year}  (year to date, cash basis)", 9,
           "sans", 0.3)
    s.text(572, 52, f"Prepared by Quarry Lane Bookkeeping {DOT} {us(signed_on - timedelta(days=2))}", 7.5, "sans",
           0.35, "r")
    width = 532 - 200
    ncol = len(months) + 1
    xs = [200 + width * (i + 1) / ncol for i in range(ncol)]
    y = 112
    s.line(40, y + 5, 572, y + 5, 0.8)
    for x, m in zip(xs, months, strict=False):
        s.text(x, y, f"{m:%b} {m.year}", 8.5, "sans-b", align="r")
    s.text(xs[-1], y, "Total", 8.5, "sans-b", align="r")
    y += 22

    def row(label: str, values: Sequence[Decimal], bold: bool = False, indent: float = 0) -> None:
        nonlocal y
        font = "sans-b" if bold else "sans"
        s.text(44 + indent, y, label, 9, font)
        for x, v in zip(xs, [*values, sum(values, Decimal(0))], strict=True):
            s.text(x, y, money(v), 9, font, align="r")
        y += 15

    s.text(44, y, "Income", 9.5, "sans-b")
    y += 15
    row("Sales / contract income", revenue, indent=12)
    row("Total Income", revenue, bold=True)
    y += 8
    s.text(44, y, "Expenses", 9.5, "sans-b")
    y += 15
    for label, values in expenses:
        row(label, values, indent=12)
    totals = [sum((v[i] for _, v in expenses), Decimal(0)) for i in range(len(months))]
    row("Total Expenses", totals, bold=True)
    y += 6
    s.line(200, y - 10, 572, y - 10, 0.5)
    net = [r - t for r, t in zip(revenue, totals, strict=True)]
    row("Net Income", net, bold=True)
    s.line(200, y - 10, 572, y - 10, 0.5)
    s.line(200, y - 8, 572, y - 8, 0.5)
    y += 30
    y = s.wrap(40, y, "I certify that this profit and loss statement is true and correct and was prepared from the "
               "business's own books and bank records.", 532, 9.5, "sans", 13) + 36
    s.line(40, y, 300, y, 0.7)
    s.line(340, y, 480, y, 0.7)
    s.signature(rng, 60, y - 2, 180, 20, gray=0.1)
    s.text(350, y - 4, us(signed_on), 11, "pen", 0.15)
    s.text(40, y + 12, f"Owner: {owner.name}", 8.5)
    s.text(340, y + 12, "Date", 8.5)
    total_net = sum(net, Decimal(0))
    return Doc("profit_and_loss_statement", {"period_start": start, "period_end": end, "net_income": total_net,
                                             "signed": True}, [s])


def dissolution_judgment(petitioner: Person, respondent: Person, home: Address, when: date,
                         rng: random.Random) -> Doc:
    """A superior court's judgment of dissolution of marriage: caption box, numbered findings and orders."""
    s = Sheet()
    county = rng.choice(["Fairview", "Lincoln", "Madison", "Orange Grove"])
    s.text(306, 58, "SUPERIOR COURT OF THE STATE OF " + hb.STATES.get(home.state, home.state).upper(), 11.5, "serif-b",
           align="c")
    s.text(306, 73, f"IN AND FOR THE COUNTY OF {county.upper()}", 10.5, "serif-b", align="c")
    s.rect(60, 92, 300, 110, width=0.6)
    s.text(68, 112, "In re the Marriage of:", 10.5, "serif")
    s.text(80, 134, f"Petitioner: {petitioner.name}", 10.5, "serif")
    s.text(80, 150, "and", 10.5, "serif")
    s.text(80, 166, f"Respondent: {respondent.name}", 10.5, "serif")
    s.text(372, 120, f"Case No. FL-{when.year - 1}-{rng.randint(10000, 99999)}", 10.5, "serif")
    s.text(372, 150, "JUDGMENT OF DISSOLUTION", 11, "serif-b")
    s.text(372, 165, "OF MARRIAGE", 11, "serif-b")
    y = 232
    for number, paragraph in enumerate((
            "The Court has jurisdiction over the parties and the subject matter. The marriage is irretrievably "
            "broken.",
            f"The marriage of {petitioner.name} and {respondent.name} is dissolved, and the parties are restored to "
            "the status of unmarried persons.",
            f"The real property at {home.one_line} is awarded to Petitioner as sole and separate property. "
            "Respondent shall sign a quitclaim deed to Petitioner within thirty (30) days.",
            "Respondent shall pay child support as set out in the attached support order, by wage withholding, "
            "beginning the first day of the month after entry of this judgment.",
            "Each party keeps the vehicles, accounts and personal property in his or her own name."), start=1):
        y = s.wrap(72, y, f"{number}. {paragraph}", 468, 11, "serif", 15) + 8
    y += 20
    s.text(72, y, f"Dated: {long_date(when)}", 11, "serif")
    s.signature(rng, 340, y + 36, 170, 20, gray=0.1)
    s.line(330, y + 40, 540, y + 40, 0.6)
    s.text(330, y + 54, "Judge of the Superior Court", 10, "serif")
    s.text(72, y + 100, "ENTERED", 12, "sans-b", 0.4)
    s.text(72, y + 114, us(when + timedelta(days=rng.randint(1, 5))), 10, "sans", 0.4)
    return Doc("divorce_decree", {}, [s])


def hardship_letter(app: FApplication, when: date, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A typed hardship letter with the writer's name as a centred letterhead, a "RE:" block naming the loan."""
    s = Sheet()
    s.text(306, 62, app.borrower.name, 16, "serif-b", align="c")
    s.text(306, 78, f"{app.address.one_line}  {DOT}  {app.phone}  {DOT}  {app.email}", 8.5, "serif", 0.3, "c")
    s.line(72, 88, 540, 88, 0.6)
    s.text(72, 118, long_date(when), 11, "serif")
    y = 146
    for line in (HARROW[0], "Homeowner Assistance Unit", "PO Box 4471", "Harrisburg, PA 17111"):
        s.text(72, y, line, 11, "serif")
        y += 14
    y += 16
    s.text(72, y, f"RE: Loan {app.loan} \u2014 statement of hardship", 11, "serif-b")
    y += 26
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 11, "serif", 15) + 8
    s.text(72, y + 10, "Thank you,", 11, "serif")
    s.signature(rng, 80, y + 48, 160, 22, gray=0.1)
    s.text(72, y + 64, app.borrower.name, 11, "serif")
    if app.co_borrower:
        s.text(300, y + 64, app.co_borrower.name, 11, "serif")
        s.signature(rng, 308, y + 48, 150, 22, gray=0.1)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def fax_transmittal(sender: Person, phone: str, to: tuple[str, str], when: date, pages: int, loan: str) -> Doc:
    """A fax cover from an office-supply pad: a "FACSIMILE TRANSMITTAL" grid filled in by hand, not listed."""
    s = Sheet()
    rng = random.Random(loan)
    pen = hb.Pen(rng, hand=True, gray=0.1)
    s.text(306, 80, "FACSIMILE TRANSMITTAL", 22, "serif-b", align="c")
    s.line(60, 92, 552, 92, 2.0)
    rows = [("TO", to[0], "FAX", to[1]), ("FROM", sender.name, "PHONE", phone),
            ("DATE", _short(when), "PAGES (incl. cover)", str(pages)), ("RE", f"Loan # {loan} - mortgage help", "", "")]
    y = 120
    for left, lv, right, rv in rows:
        s.rect(60, y, 492, 34, width=0.6)
        s.text(66, y + 12, left, 7.5, "sans-b", 0.3)
        pen.write(s, 72, y + 28, lv, 11, fit=230 if right else 460)
        if right:
            s.line(310, y, 310, y + 34, 0.6)
            s.text(316, y + 12, right, 7.5, "sans-b", 0.3)
            pen.write(s, 322, y + 28, rv, 11, fit=220)
        y += 34
    y += 24
    for i, (label, chosen) in enumerate((("Urgent", False), ("For review", True), ("Please reply", False),
                                         ("Please call", False))):
        x = 60 + i * 124
        s.rect(x, y - 9, 10, 10, width=0.7)
        if chosen:
            pen_cross(s, rng, x, y - 9, 10)
        s.text(x + 16, y, label, 10)
    y += 34
    s.text(60, y, "COMMENTS:", 9, "sans-b")
    pen.write(s, 72, y + 24, "Application + my P&L and tax form. Call me w/ questions.", 11)
    s.text(306, 700, "The information in this facsimile is confidential and meant only for the addressee.", 8,
           "sans-i", 0.35, "c")
    return Doc("fax_cover", {}, [s], listed=False)


# --- delivery ----------------------------------------------------------------------------------------------------


@dataclass
class PhotoDoc(Doc):
    """Sheets photographed one by one with a phone: each turned a few degrees on a dark table, lit from a window,
    a little soft; the phone app then saved the photos as one PDF."""

    seed: int = 0

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for n, page in enumerate(super().images(dpi)):
            rng = random.Random(self.seed * 53 + n)
            angle = rng.uniform(1.2, 3.2) * rng.choice([-1, 1])
            w, h = page.size
            margin = round(max(w, h) * 0.05)
            paper = page.convert("L").point(lambda v: round(v * 236 / 255))
            turned = paper.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
            mask = Image.new("L", page.size, 255).rotate(angle, expand=True, fillcolor=0)
            size = (turned.width + 2 * margin, turned.height + 2 * margin)
            grain = np.random.default_rng(self.seed + n).normal(0, 10, (size[1] // 6 + 1, size[0] // 6 + 1)) + 64
            photo = Image.fromarray(grain.clip(0, 255).astype(np.uint8)).resize(size).filter(
                ImageFilter.GaussianBlur(2))
            photo.paste(turned, (margin, margin), mask)
            yy, xx = np.mgrid[0:size[1], 0:size[0]].astype(np.float32)
            light = 1.06 - 0.26 * np.hypot((xx - size[0] * 0.8) / size[0], (yy - size[1] * 0.1) / size[1])
            arr = np.asarray(photo, dtype=np.float32) * light
            out.append(Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7)))
        return out


def photographed(doc: Doc, seed: int) -> PhotoDoc:
    return PhotoDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, seed=seed)


class SidewaysDoc(Doc):
    """A sheet laid on the glass turned a quarter: its image lies rotated 90 degrees in the scan."""

    def images(self, dpi: int) -> list[Image.Image]:
        return [img.rotate(-90, expand=True) for img in super().images(dpi)]

    def digital(self) -> bytes:
        raise ValueError("a sideways page is only delivered scanned")


def sideways(doc: Doc) -> SidewaysDoc:
    return SidewaysDoc(doc.type, doc.fields, doc.sheets, facts=doc.facts)


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_e's writer (fax header lines, JPEG recompression of phone photos) into root/<packet>."""
    return he.write_packet(packet, root)


# --- self-check ----------------------------------------------------------------------------------------------------


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_f's check, with names and addresses written part by part under captions checked by part."""
    problems = hf.check(packet, expected)
    app = packet.app
    if app is None or not app.facts.get("split"):
        return problems
    text = hc._text(next(d for d in packet.docs if d.type == "mortgage_assistance_application"))
    split = {app.borrower.name: app.borrower, **({app.co_borrower.name: app.co_borrower} if app.co_borrower else {})}
    kept = []
    for problem in problems:
        whole = next((n for n in split if problem == f"application value {n!r} not printed"), None)
        if whole is None:
            kept.append(problem)
            continue
        person_ = split[whole]
        kept += [f"application name part {part!r} not printed" for part in (person_.first, person_.middle,
                                                                              person_.last)
                 if part and not hc._printed(part, text)]
    for part in (app.address.street, app.address.city, app.address.state, app.address.zip):
        if not hc._printed(part, text):
            kept.append(f"application address part {part!r} not printed")
    return kept


# --- packets -------------------------------------------------------------------------------------------------------

AEROSTRUCTURES = "Consolidated Aerostructures Corporation"
DEPARTMENTS = ["Final Assembly 4-12", "Composite Fabrication", "Quality Assurance", "Tooling & Maintenance"]
RESTAURANTS = ["Luigi & Rosa's Trattoria", "The Salt & Ember Grill", "O'Doyle's Public House"]


def received_on(rng: random.Random) -> date:
    """A weekday between early March and late May 2027 (a year-to-date profit and loss has at least two months)."""
    return hp.weekday_on_or_before(date(2027, 3, 8) + timedelta(days=rng.randint(0, 80)))


def _email(person_: Person, rng: random.Random) -> str:
    return hf._email(person_, rng)


def _money_text(rng: random.Random, low: int, high: int) -> str:
    return f"${money(Decimal(rng.randrange(low, high)) / 100)}"


def _soe_stub(rng: random.Random, employee: Person, home: Address, received: date, days_back: int) -> Stub:
    """A bi-weekly hourly stub from the aerostructures plant, its period ending on a Saturday."""
    end = hc._saturday_on_or_before(received - timedelta(days=days_back))
    gross = cents(Decimal(80) * Decimal(rng.randrange(2450, 4150)) / 100)
    stub = hp.make_stub(rng, AEROSTRUCTURES, employee, home, "biweekly", gross, end, pay_lag=6, hourly=True)
    return hc._not_after(stub, received - timedelta(days=1))


def _envelope_stub(rng: random.Random, employee: Person, home: Address, received: date, days_back: int,
                   employer: str, with_ytd: bool) -> tuple[Stub, Envelope]:
    """A weekly restaurant stub whose gross is hours at the rate plus reported tips."""
    pay = Envelope(Decimal(rng.choice(["31.50", "34.25", "38.00", "41.75"])), Decimal(rng.choice(["9.25", "11.50",
                                                                                                   "13.00"])),
                   Decimal(rng.randrange(18000, 52000)) / 100)
    end = hf._sunday_on_or_before(received - timedelta(days=days_back))
    stub = hp.make_stub(rng, employer, employee, home, "weekly", pay.gross, end, with_ytd=with_ytd, pay_lag=3)
    return hc._not_after(stub, received - timedelta(days=1)), pay


def packet_form_a_digital_folder(seed: int) -> Packet:
    """Harrow & Vale's request typed in its word-processor version (\u2612 boxes) and signed by both homeowners; the
    borrower's aerostructures pay statement, the co-borrower's Social Security disability award, a typed hardship
    letter carrying & < > " ' and one national-bank statement, born digital in a folder named after the loan.
    Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Ana\u00efs", None, "Lef\u00e8vre-Dubois")
    co = Person("Jean-Baptiste", "R.", "Lef\u00e8vre")
    home = hp.address(rng)
    stub = _soe_stub(rng, borrower, home, received, rng.randint(4, 12))
    ssdi = Decimal(rng.randrange(110000, 230000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B"), ("benefits_taxable", ssdi, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(150, 300)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(split="1", mortgage=_money_text(rng, 110000, 240000), cash=_money_text(rng, 30000, 300000),
                     story="Jean-Baptiste's heart condition ended his work as an electrician; he now receives "
                           "disability benefits and I care for him, so I work fewer shifts.")
    app_doc = Doc("mortgage_assistance_application", {}, form_a(app, "typed", rng))
    stub_doc = stub.doc([stub_soe(stub, rng, rng.choice(DEPARTMENTS))])
    award = ssdi_award(co, app.co_ssn4 or "", home, received - timedelta(days=rng.randint(20, 70)), ssdi, rng)
    letter = hardship_letter(app, signed_on, [
        "To the Homeowner Assistance Unit at Harrow & Vale,",
        "In the spring my husband had a heart attack & could not return to his job. His doctors say he cannot do "
        "physical work again. His Social Security disability award is enclosed.",
        "I cut my hours at the plant to drive him to cardiac rehab three days a week, so our income is < what it was "
        "and our savings are gone. The payment is > 40% of what we bring in now.",
        "When I called, the agent read my name back as \"Anais Lefevre Dubois\" and my husband's as 'J.B.'. Please "
        "spell our names as signed below on every letter you send.",
        "We want to keep our home and ask to be considered for a modification."], rng)
    last4 = hp.digits(rng, 4)
    month = hp.add_months(received, -1)
    st = hf.statements(rng, "Foxglove National Bank", borrower, home, [month], last4, lambda start: [
        (rng.randint(3, 6), "CONSOLIDATED AERO DIR DEP", stub.net),
        (rng.randint(17, 20), "CONSOLIDATED AERO DIR DEP", stub.net),
        (rng.randint(8, 12), "SSA TREAS 310 XXSOC SEC", ssdi)])[0]
    statement_doc = st.doc(statement_foxglove(st))
    docs = [app_doc, stub_doc, award, letter, statement_doc]
    files = [EFile(f"{loan}/Homeowner Assistance Request.pdf", [app_doc]),
             EFile(f"{loan}/Earnings statement {stub.pay_date:%m-%d-%Y}.pdf", [stub_doc]),
             EFile(f"{loan}/SSA award letter - J-B.pdf", [award]),
             EFile(f"{loan}/hardship letter.pdf", [letter]),
             EFile(f"{loan}/Foxglove {month:%B %Y}.pdf", [statement_doc])]
    return Packet("g1-classic-form-typed-digital-folder-co-borrower-ssdi-award", received, app, docs, files, loan, [])


def packet_form_b_phone_photos(seed: int) -> Packet:
    """Meridian Trust's landscape worksheet printed blank and filled in by hand by a widow, photographed page by page
    with a phone with her restaurant pay envelope (no gross-to-date line), her husband's death certificate and the
    pension fund's surviving-spouse award, saved as one colour PDF. Incomplete: income_doc:wages."""
    rng = random.Random(seed * 7919 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Mary", "Kate", "D'Angelo")
    husband = Person("Vincent", "P.", "D'Angelo")
    home = hp.address(rng)
    employer = RESTAURANTS[0]
    stub, pay = _envelope_stub(rng, borrower, home, received, rng.randint(3, 10), employer, with_ytd=False)
    pension = Decimal(rng.randrange(70000, 160000)) / 100
    died = received - timedelta(days=rng.randint(100, 200))
    signed_on = received - timedelta(days=rng.randint(1, 5))
    app = g_app([("wages", cents(stub.gross * 52 / 12), "B"), ("benefits_taxable", pension, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["death"], hardship_start=died, signed=True, signed_on=signed_on, phone=hp.phone(rng))
    app.facts.update(mortgage=_money_text(rng, 90000, 200000), cash=_money_text(rng, 10000, 90000),
                     story="My husband Vince died this winter. His pay was most of our income. I wait tables and get "
                           "his union pension now.")
    app_doc = photographed(Doc("mortgage_assistance_application", {}, pdf=form_b(app, "hand", rng)), seed + 11)
    stub_doc = photographed(stub.doc([stub_envelope(stub, pay, rng)]), seed + 12)
    cert = photographed(death_certificate(husband, borrower, home, died, rng), seed + 13)
    award = photographed(survivor_award(borrower, husband, home, died + timedelta(days=rng.randint(40, 80)), pension,
                                        rng), seed + 14)
    docs = [app_doc, stub_doc, cert, award]
    photo = Scan(150, noise=0.0, blur=0.0, paper=255, seed=seed + 15)
    files = [EFile(f"Scanned_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", docs, photo, jpeg=72, tint=True)]
    return Packet("g2-landscape-affidavit-handfilled-phone-photos-envelope-no-ytd-death", received, app, docs, files,
                  loan, ["income_doc:wages"])


def packet_form710_hand_fax(seed: int) -> Packet:
    """The real Form 710 printed blank and filled in by hand by a self-employed tile setter, faxed at 200 dpi behind
    a handwritten transmittal cover with the machine's header line, with his bookkeeper's year-to-date profit and
    loss (signed) and a signed 4506-C. Complete."""
    rng = random.Random(seed * 7919 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Ciar\u00e1n", None, "O'Sullivan")
    home = hp.address(rng)
    business = "O'Sullivan Tile & Stone"
    months = [date(received.year, m, 1) for m in range(1, received.month)]
    revenue = [Decimal(rng.randrange(620000, 1150000)) / 100 for _ in months]
    expenses = [(label, [Decimal(rng.randrange(low, high)) / 100 for _ in months])
                for label, low, high in (("Materials", 150000, 320000), ("Vehicle & fuel", 30000, 70000),
                                         ("Insurance", 28000, 28001), ("Phone & software", 9000, 16000),
                                         ("Subcontract labor", 60000, 180000))]
    net = sum(revenue, Decimal(0)) - sum((sum(v, Decimal(0)) for _, v in expenses), Decimal(0))
    monthly = cents(net / len(months))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("self_employment", monthly, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["reduction_in_income", "disaster"],
                hardship_start=received - timedelta(days=rng.randint(70, 160)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng))
    app.facts.update(cash=_money_text(rng, 50000, 400000))
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710_by_hand(app, rng))
    pnl = profit_loss_monthly(borrower, business, months, revenue, expenses, signed_on - timedelta(days=1), rng)
    irs = hp.form_4506c(borrower, app.ssn4, home, signed_on, rng, received.year - 1)
    docs = [app_doc, pnl, irs]
    cover = fax_transmittal(borrower, app.phone, ("Loss Mitigation", "(877) 555-0160"), received, 7, loan)
    fax = Scan(200, skew=0.45, noise=0.0008, blur=0.4, fax=True, seed=seed + 31)
    header = (f"{received:%m/%d/%Y} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}  FROM: {app.phone}  "
              "TO: 18775550160  P.{page:03d}/{pages:03d}")
    files = [EFile(f"fax_in_{received:%Y%m%d}_{rng.randint(1000, 9999)}.pdf", [cover, *docs], fax, header=header)]
    return Packet("g3-form710-handfilled-fax-cover-self-employed-monthly-pnl-4506c", received, app, docs, files,
                  loan, [])


def packet_form_a_hand_sideways(seed: int) -> Packet:
    """Harrow & Vale's request printed blank and filled in by hand, the co-homeowner named but never signing; the
    borrower's pay statement fed in sideways, two savings-and-loan statements carrying the pay and the rent, one
    240 dpi scan with no loan number in its name. Incomplete: application_signature, irs_form_4506c."""
    rng = random.Random(seed * 7919 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Jos\u00e9", "Luis", "Pe\u00f1a-Ib\u00e1\u00f1ez")
    co = Person("Marta", None, "Ib\u00e1\u00f1ez Ruiz")
    home = hp.address(rng)
    stub = _soe_stub(rng, borrower, home, received, rng.randint(4, 14))
    rent = Decimal(rng.randrange(900, 1600, 25))
    net_rent = rent - Decimal(rng.choice([100, 150, 200]))
    signed_on = received - timedelta(days=rng.randint(2, 7))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B"), ("rental", net_rent, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 180)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False, co_signed_on=None, phone=hp.phone(rng),
                email=_email(borrower, rng))
    app.facts.update(split="1", mortgage=_money_text(rng, 120000, 260000), cash=_money_text(rng, 20000, 150000),
                     story="Our escrow went up $410 a month after the reassessment and the insurance renewal.")
    app_doc = Doc("mortgage_assistance_application", {}, form_a(app, "hand", rng))
    stub_doc = sideways(stub.doc([stub_soe(stub, rng, rng.choice(DEPARTMENTS))]))
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = hf.statements(rng, "Brightwater Savings & Loan", borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(2, 6), "CONSOLIDATED AERO PAYROLL", stub.net),
        (rng.randint(16, 20), "CONSOLIDATED AERO PAYROLL", stub.net),
        (rng.randint(1, 5), "MOBILE DEPOSIT RENT UNIT B", rent)], n_debits=16)
    statement_docs = [st.doc(statement_brightwater(st)) for st in sts]
    docs = [app_doc, stub_doc, *statement_docs]
    scan = Scan(240, skew=0.35, noise=0.0005, blur=0.45, paper=243, seed=seed + 41)
    files = [EFile(f"Scan_{received:%Y-%m-%d}_{rng.randint(80000, 175959):06d}.pdf", docs, scan)]
    return Packet("g4-classic-form-handfilled-240dpi-stub-sideways-co-unsigned-rental-no-4506c", received, app, docs,
                  files, loan, ["application_signature", "irs_form_4506c"])


def packet_form_b_separator(seed: int) -> Packet:
    """Meridian Trust's worksheet typed, printed, then signed and dated in pen by both borrowers, the hardship date
    left empty and "Something else" explained only on the form (with & < > " '); the co-borrower's aerostructures
    pay statement and one savings-and-loan statement, scanned at 300 dpi behind a barcode separator sheet.
    Incomplete: application_field:hardship_start_date, hardship_doc:other."""
    rng = random.Random(seed * 7919 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Bj\u00f6rn", None, "H\u00e5kansson")
    co = Person("Wei", None, "Li-H\u00e5kansson")
    home = hp.address(rng)
    stub = _soe_stub(rng, co, home, received, rng.randint(4, 12))
    weekly = Decimal(rng.randrange(380, 640))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    other = 'Laid off & my "severance" was < 2 weeks; our roof leak cost > $6,000 (insurer\'s denial attached later)'
    app = g_app([("unemployment", cents(weekly * 52 / 12), "B"), ("wages", cents(stub.gross * 26 / 12), "C")],
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["unemployment", "other"], hardship_start=None, signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng), other_hardship_text=other)
    app.facts.update(mortgage=_money_text(rng, 120000, 230000), cash=_money_text(rng, 20000, 120000), duration="short")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form_b(app, "typed-ink", rng))
    stub_doc = stub.doc([stub_soe(stub, rng, rng.choice(DEPARTMENTS))])
    st = hf.statements(rng, "Brightwater Savings & Loan", borrower, home, [hp.add_months(received, -1)],
                       hp.digits(rng, 4), lambda start: [
                           (rng.randint(2, 6), "CONSOLIDATED AERO PAYROLL", stub.net),
                           (rng.randint(16, 20), "CONSOLIDATED AERO PAYROLL", stub.net),
                           (rng.randint(7, 12), f"{home.state} DEPT LABOR UI BENEFIT", weekly * 2)], n_debits=15)[0]
    statement_doc = st.doc(statement_brightwater(st))
    docs = [app_doc, stub_doc, statement_doc]
    scan = Scan(300, skew=-0.3, noise=0.0003, blur=0.5, paper=246, seed=seed + 51)
    files = [EFile(f"SEP_{received:%y%m%d}_{rng.randint(1, 60):03d}.pdf", [hf.separator(loan), *docs], scan)]
    return Packet("g5-landscape-affidavit-typed-ink-separator-no-hardship-date-other-unexplained", received, app, docs,
                  files, loan, ["application_field:hardship_start_date", "hardship_doc:other"])


def packet_form_b_loose_named(seed: int) -> Packet:
    """Meridian Trust's worksheet typed into its PDF and signed with a drawn signature by a divorced mother; her
    restaurant pay envelope (gross to date kept) scanned at 200 dpi, two consecutive national-bank statements
    carrying her pay and the child support, and the judgment of dissolution, loose files each with the loan number
    in its name. Complete."""
    rng = random.Random(seed * 7919 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 12, 3)
    borrower = Person("Chlo\u00e9", "M.", "St. John-Okonkwo")
    ex = Person("Emeka", None, "Okonkwo")
    home = hp.address(rng)
    employer = RESTAURANTS[2]
    stub, pay = _envelope_stub(rng, borrower, home, received, rng.randint(3, 9), employer, with_ytd=True)
    support = Decimal(rng.randrange(450, 1200, 25))
    signed_on = received - timedelta(days=rng.randint(1, 5))
    app = g_app([("wages", cents(stub.gross * 52 / 12), "B"), ("other", support, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["divorce_or_separation", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(120, 260)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts.update(mortgage=_money_text(rng, 100000, 210000), cash=_money_text(rng, 15000, 90000),
                     story="Divorce final this year; I kept the house and the kids but lost the second income.")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form_b(app, "typed", rng))
    stub_doc = stub.doc([stub_envelope(stub, pay, rng)])
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = hf.statements(rng, "Foxglove National Bank", borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 4), f"ACH {home.state} CHILD SUPPORT SDU", support),
        *[(day, f"{employer.upper()[:18]} PAYROLL", stub.net) for day in (4, 11, 18, 25)]], n_debits=11)
    statement_docs = [st.doc(statement_foxglove(st)) for st in sts]
    judgment = dissolution_judgment(borrower, ex, home, received - timedelta(days=rng.randint(60, 140)), rng)
    docs = [app_doc, stub_doc, *statement_docs, judgment]
    scan = Scan(200, skew=0.6, noise=0.0006, blur=0.4, paper=240, seed=seed + 61)
    files = [EFile(f"{loan} hardship affidavit.pdf", [app_doc]),
             EFile(f"{loan}_pay_envelope.pdf", [stub_doc], scan),
             EFile(f"{loan}-bank-{months[0]:%Y-%m}.pdf", [statement_docs[0]]),
             EFile(f"{loan}-bank-{months[1]:%Y-%m}.pdf", [statement_docs[1]]),
             EFile(f"Loan {loan} - divorce judgment.pdf", [judgment])]
    return Packet("g6-landscape-affidavit-typed-loose-loan-named-envelope-ytd-child-support-divorce", received, app,
                  docs, files, loan, [])


PACKETS = (packet_form_a_digital_folder, packet_form_b_phone_photos, packet_form710_hand_fax,
           packet_form_a_hand_sideways, packet_form_b_separator, packet_form_b_loose_named)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 7710, write_packet, check)


if __name__ == "__main__":
    main()
