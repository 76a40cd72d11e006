"""A twenty-fifth holdout set of borrower packets (y1..y6), laid out unlike the shared samples and unlike the a
(first), b, c, ... w and x sets, written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_y.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs or plain scans, and the hand-written parts are signatures and dates.

Applications: the real Form 710 (April 2023) typed through its AcroForm in three packets - with a signature drawn
on the screen and the date typed, e-mailed (y1); printed, signed in ink with the date written by hand and scanned
(y3); typed and e-mailed with the signature and date lines both left empty (y5). Two servicers' own forms: Halyard
Point Mortgage Servicing's two-page "Homeowner Assistance Request" (Form HP-310: a navy logo block, an "Account No."
box at the top right, "PART 1 - WHO IS APPLYING" tabs, an "Applicant 1 | Applicant 2 (if any)" table, answers in a
typewriter face, "Street address" and "City / State / ZIP" on separate rows, square boxes filled solid when chosen,
its own wording - "Applicant(s) live here year-round", "Less pay or fewer hours", "Death of a wage earner in the
household", "Problem started on", income by source in two applicant columns with a "TOTAL MONTHLY INCOME (both
applicants)" row), typed, printed, signed and dated in ink by both spouses and scanned (y2) or by one borrower
(y6); Keystone Valley Home Finance's "Mortgage Relief Request" (KV-44: a ruled grid of numbered rows 1a..5c with
grey label cells, occupancy given as a one-letter code "P / S / I", each hardship reason answered "Y" or "N" in its
own cell, a "Monthly gross" column with a TOTAL row, "Mortgage account #", "Date signed"), typed in its PDF and
signed on the screen (y4).

Pay: a diagnostic laboratory's bi-weekly "Earnings Statement" printed by a payroll bureau (PayHarbor; Rate / Hours /
This Period / Year to Date, a Gross / Taxes / Deductions / Net strip) also used for a freight broker's monthly
salary; a millwork shop's weekly "PAY RECORD" with a boxed employee strip ("Week ending", "Paid on") also used for a
sign shop's semi-monthly pay; a veterinary clinic's semi-monthly "Statement of Pay" with earnings and deductions
side by side ("Pay date", "Pay period 06/16/2028 to 06/30/2028") also used for an aquatics center's bi-weekly pay.
Every year-to-date figure is the sum of that year's checks. Statements: a savings bank's two-page statement
("Statement Period: February 1, 2028 - February 29, 2028", "Previous statement balance" / "Balance this
statement", a running balance) and a credit union's one-page member statement ("From 04/01/2028 thru 04/30/2028",
"Starting Balance" / "Ending Balance", "Account ending NNNN", signed amounts). Letters and papers: typed hardship
letters (signed in ink when scanned), a carpenters' pension fund's benefit payment confirmation (taxable,
monthly), and an insurer's claim acknowledgment ("other"). A co-borrower in y2.

Deliveries: a folder named after the loan holding e-mailed born-digital files (y1); one 300 dpi grey scan of the
whole packet behind a Code 128 separator sheet ("LOAN <number>") under the scanner's name (y2); one 240 dpi grey
scan of the whole packet without a separator, its name carrying the loan number (y3); loose born-digital files named
"<loan>_..." (y4); loose born-digital files named "<Surname> <loan> - ..." (y5); a folder named after the loan
holding a 200 dpi scan of the application and born-digital stub, statement and letter (y6). Every scan is tilted
0.3 to 1.5 degrees, on off-white paper, blurred a little, noisy and JPEG-compressed; no scan carries a text layer.

Complete: y1 (a fresh bi-weekly stub with year-to-date pay; a reduction in income needs no papers), y2 (the
husband's fresh weekly stubs; the wife's unemployment income and both hardships - unemployment, higher housing
costs - need nothing), y3 (a fresh stub, the pension fund's letter giving amount and frequency, a hardship letter
for the illness). Incomplete: y4 the monthly salary stubs were paid in April and May and the packet arrived in
September, more than 90 days later, and only August's statement came - not two consecutive (income_doc:wages); y5
Form 710's borrower signature and date lines are empty (application_signature); y6 the death of the husband is
claimed with a letter but no death certificate or obituary, and alimony is claimed with nothing showing its amount
and frequency - a single bank statement is not two (hardship_doc:death, income_doc:other).

This set is standalone: people, pens (a quick joined signature drawn as strokes; dates written with a system font
jittered glyph by glyph), printer/scanner and the checklist (`missing_codes`, shared/spec/checklist.md) are written
here; only tests/pdf_factory.py's Form 710 filler and barcode maker and tests/sample_compare.py are borrowed.
Expected status and codes follow from the values drawn and must equal each scenario's intended codes; a different
seed changes names, amounts and noise but never the scenario. `--check` confirms expected.json's keys and per-type
fields, the codes, income totals, that every file opens and every page belongs to exactly one document (separator
aside), that `scanned` matches the pages' text layers, that born-digital documents print their money values, that
the separator barcode still reads after scanning, and that expected.json scores perfectly against itself through
tests/sample_compare.compare. Received dates fall in 2028. All people, employers, banks and servicers are fictional.
"""

from __future__ import annotations

import argparse
import calendar
import contextlib
import datetime as dt
import io
import itertools
import json
import random
import shutil
import sys
import time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pdf_factory  # noqa: E402
import sample_compare  # noqa: E402

W, H = letter
D = dt.date
FONTS = "/usr/share/fonts/truetype/"
PEN_FONTS = [
    FONTS + "liberation2/LiberationSans-Italic.ttf",
    FONTS + "dejavu/DejaVuSans-Oblique.ttf",
    FONTS + "liberation2/LiberationSerif-Italic.ttf",
]
FIXED_DATE = time.gmtime(1830340800)
FOOT = "Synthetic test document - fictional people and companies"

FIRST_M = ["Dorian", "Malcolm", "Terrence", "Everett", "Quentin", "Rafael", "Desmond", "Lionel", "Harlan", "Caleb"]
FIRST_F = ["Rosalind", "Imogen", "Beatriz", "Colette", "Marisol", "Yvonne", "Leticia", "Harriet", "Noreen", "Odette"]
MIDDLE = ["A.", "J.", "L.", "R.", "T.", "M.", "E.", "K."]
LAST = [
    "Pemberton",
    "Okonkwo",
    "Villanueva",
    "Lindqvist",
    "Abernathy",
    "Castellanos",
    "Whitcombe",
    "Radcliffe",
    "Nakashima",
    "Delacroix",
    "Brannigan",
    "Szymanski",
    "Fairweather",
    "Holloway",
    "Kowalczyk",
    "Esterhazy",
]
STREETS = [
    "Larchmont Way",
    "Quarry Hill Rd",
    "Bittersweet Ln",
    "Osage Trail",
    "Kestrel Ct",
    "Millrace Dr",
    "Tamarack St",
    "Foxglove Ave",
    "Juniper Knoll Rd",
    "Lantern Sq",
]
CITIES = [
    ("Port Adelle", "OR", "97"),
    ("Brenton Falls", "WI", "53"),
    ("Marrowbrook", "PA", "17"),
    ("Cedar Bluff", "KS", "66"),
    ("Ellisford", "NC", "27"),
    ("Wexham", "MN", "55"),
    ("Salt Reed", "UT", "84"),
]


def money(v: Decimal | float) -> str:
    return f"{Decimal(v):,.2f}"


def q2(v) -> Decimal:
    return Decimal(v).quantize(Decimal("0.01"), ROUND_HALF_UP)


def us(d: dt.date | None) -> str:
    return d.strftime("%m/%d/%Y") if d else ""


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def month_end(y: int, m: int) -> dt.date:
    return D(y, m, calendar.monthrange(y, m)[1])


def prev_business(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


# --------------------------------------------------------------------------------------------------- people


def person(rng: random.Random, female: bool) -> dict:
    first = rng.choice(FIRST_F if female else FIRST_M)
    return {
        "first": first,
        "middle": rng.choice(MIDDLE),
        "last": rng.choice(LAST),
        "ssn4": f"{rng.randrange(0, 10000):04d}",
        "phone": f"({rng.randrange(201, 989)}) 555-{rng.randrange(100, 9999):04d}",
    }


def full(p: dict) -> str:
    return f"{p['first']} {p['middle']} {p['last']}"


def address(rng: random.Random) -> dict:
    city, st, z = rng.choice(CITIES)
    return {
        "street": f"{rng.randrange(12, 9899)} {rng.choice(STREETS)}",
        "city": city,
        "state": st,
        "zip": f"{z}{rng.randrange(100, 999)}",
    }


def one_line(a: dict) -> str:
    return f"{a['street']}, {a['city']}, {a['state']} {a['zip']}"


# --------------------------------------------------------------------------------------------------- pay engine

PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def pay_schedule(freq: str, year: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay_date, period_start, period_end) of every check paid in `year`."""
    out = []
    if freq in ("weekly", "biweekly"):
        step = 7 if freq == "weekly" else 14
        pay = D(year, 1, 7)  # a Friday in 2028
        while pay.weekday() != 4:
            pay += dt.timedelta(days=1)
        while pay.year == year:
            end = pay - dt.timedelta(days=6)
            out.append((pay, end - dt.timedelta(days=step - 1), end))
            pay += dt.timedelta(days=step)
    elif freq == "semimonthly":
        for m in range(1, 13):
            for s, e in ((D(year, m, 1), D(year, m, 15)), (D(year, m, 16), month_end(year, m))):
                out.append((prev_business(e), s, e))
    else:
        for m in range(1, 13):
            out.append((prev_business(month_end(year, m)), D(year, m, 1), month_end(year, m)))
    return out


def make_stubs(rng: random.Random, freq: str, annual: int, pay_dates: list[dt.date], ot: bool) -> list[dict]:
    year = pay_dates[0].year
    base = q2(Decimal(annual) / PERIODS[freq])
    hours = {"weekly": 40, "biweekly": 80, "semimonthly": Decimal("86.67"), "monthly": Decimal("173.33")}[freq]
    rate = q2(base / Decimal(hours))
    base = q2(rate * Decimal(hours))
    ytd = Decimal(0)
    stubs = []
    for pay, start, end in pay_schedule(freq, year):
        ot_hours = Decimal(rng.choice([0, 0, 2, 3.5, 4, 6, 7.5])) if ot else Decimal(0)
        ot_pay = q2(rate * Decimal("1.5") * ot_hours)
        gross = base + ot_pay
        ytd += gross
        fed = q2(gross * Decimal("0.094"))
        ss = q2(gross * Decimal("0.062"))
        med = q2(gross * Decimal("0.0145"))
        state = q2(gross * Decimal("0.041"))
        health = q2(Decimal({"weekly": 38.5, "biweekly": 77, "semimonthly": 83.42, "monthly": 166.83}[freq]))
        ret = q2(gross * Decimal("0.04"))
        stub = {
            "pay_date": pay,
            "period_start": start,
            "period_end": end,
            "frequency": freq,
            "rate": rate,
            "hours": Decimal(hours),
            "ot_hours": ot_hours,
            "ot_pay": ot_pay,
            "base": base,
            "gross": gross,
            "ytd": ytd,
            "fed": fed,
            "ss": ss,
            "med": med,
            "state": state,
            "health": health,
            "ret": ret,
            "net": gross - fed - ss - med - state - health - ret,
            "monthly": q2(gross * PERIODS[freq] / 12),
        }
        stub["ytd_net"] = sum((s["net"] for s in stubs), Decimal(0)) + stub["net"]
        stubs.append(stub)
    return [s for s in stubs if s["pay_date"] in pay_dates]


def stub_fields(s: dict, employer: str, employee: str) -> dict:
    return {
        "employer": employer,
        "employee_name": employee,
        "pay_date": s["pay_date"].isoformat(),
        "period_start": s["period_start"].isoformat(),
        "period_end": s["period_end"].isoformat(),
        "frequency": s["frequency"],
        "gross_current": float(s["gross"]),
        "gross_ytd": float(s["ytd"]),
        "net_current": float(s["net"]),
        "monthly_gross": float(s["monthly"]),
    }


def make_statement(rng: random.Random, y: int, m: int, begin: Decimal, deposits: list[tuple[dt.date, str, Decimal]]):
    start, end = D(y, m, 1), month_end(y, m)
    rows = [(d, t, a) for d, t, a in deposits if start <= d <= end]
    payees = [
        f"GROCERY OUTLET #{rng.randrange(100, 999)}",
        "CITY WATER UTIL",
        "PHONE CO AUTOPAY",
        f"FUEL STOP {rng.randrange(10, 99)}",
        f"PHARMACY #{rng.randrange(1000, 9999)}",
        "AUTO INS PREM",
        "ATM WITHDRAWAL",
        "ELECTRIC CO-OP",
        "DEBIT CARD PURCHASE",
    ]
    for _i in range(rng.randrange(9, 14)):
        d = start + dt.timedelta(days=rng.randrange(0, end.day))
        rows.append((d, rng.choice(payees), -q2(rng.uniform(18, 260))))
    rows.sort(key=lambda r: (r[0], r[1]))
    bal = begin
    out = []
    for d, t, a in rows:
        bal += a
        out.append((d, t, a, bal))
    return {"start": start, "end": end, "begin": begin, "end_bal": bal, "rows": out}


def statement_fields(st: dict, bank: str, last4: str) -> dict:
    return {
        "bank_name": bank,
        "account_last4": last4,
        "period_start": st["start"].isoformat(),
        "period_end": st["end"].isoformat(),
        "beginning_balance": float(st["begin"]),
        "ending_balance": float(st["end_bal"]),
    }


# --------------------------------------------------------------------------------------------------- canvas helpers


def new_pdf():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("document")
    return buf, c


def finish(buf, c) -> bytes:
    c.save()
    return buf.getvalue()


def foot(c):
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.6)
    c.drawString(36, 14, FOOT)
    c.setFillGray(0)


def text(c, x, y, s, font="Helvetica", size=9.5, align="l", gray=0.0):
    c.setFont(font, size)
    c.setFillGray(gray)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)
    c.setFillGray(0)


def paragraph(c, x, y, s, width, font="Helvetica", size=10, lead=13.5) -> float:
    c.setFont(font, size)
    words, line = s.split(), ""
    for w in words:
        trial = (line + " " + w).strip()
        if c.stringWidth(trial, font, size) > width:
            c.drawString(x, y, line)
            y -= lead
            line = w
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


def strokes(rng: random.Random, name: str, width: float, height: float) -> list[list[tuple[float, float]]]:
    """A quick joined signature: smooth random loops, one stroke per word, in a width x height box (y up)."""
    words = name.split()
    words = [words[0], words[-1]] if len(words) > 1 else words
    total = sum(len(w) for w in words) + 2
    x = rng.uniform(0, width * 0.05)
    out = []
    for w in words:
        pts = []
        slant = rng.uniform(0.15, 0.45)
        for i, ch in enumerate(w):
            step = width * 0.9 / total * rng.uniform(0.8, 1.2)
            base_y = height * 0.3 + rng.uniform(-0.05, 0.05) * height
            if i == 0:  # a big capital loop
                shape = [(0, 0), (0.5, 0.95), (0.1, 0.7), (0.8, 0.1)]
            elif ch.lower() in "bdfhklt":
                shape = [(0, 0), (0.45, 0.75), (0.25, 0.6), (0.7, 0.05)]
            elif ch.lower() in "gjpqy":
                shape = [(0, 0.15), (0.4, 0.0), (0.45, -0.3), (0.3, -0.2), (0.8, 0.1)]
            elif rng.random() < 0.3:
                shape = [(0, 0), (0.6, 0.05)]
            else:
                shape = [(0, 0), (0.3, rng.uniform(0.2, 0.4)), (0.6, 0.02), (0.9, rng.uniform(0.15, 0.3))]
            for fx, fy in shape:
                ly = fy * height * rng.uniform(0.85, 1.1)
                pts.append((x + fx * step + ly * slant, base_y + ly))
            x += step
        pts.append((x + width * 0.04, height * 0.3 + rng.uniform(-0.15, 0.05) * height))
        for _ in range(3):  # Chaikin smoothing
            sm = [pts[0]]
            for (x0, y0), (x1, y1) in itertools.pairwise(pts):
                sm += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
            sm.append(pts[-1])
            pts = sm
        out.append(pts)
        x += width * 0.9 / total
    tail = [(width * 0.05, height * 0.08), (x * 0.6, height * 0.02), (min(x, width), height * 0.1)]
    out.append(tail)
    return out


def esign(c, rng, name, x, y, w=150, h=22):
    """A signature drawn with a mouse or finger on the screen, as vector strokes on a born-digital page."""
    c.setStrokeColorRGB(0.05, 0.1, 0.35)
    c.setLineWidth(1.1)
    for pts in strokes(rng, name, w, h):
        p = c.beginPath()
        p.moveTo(x + pts[0][0], y + pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(x + px, y + py)
        c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)


# --------------------------------------------------------------------------------------------------- documents


def form710(values: dict, esig: tuple | None = None) -> bytes:
    data = pdf_factory.form710_filled(values)
    if not esig:
        return data
    rng, name = esig
    buf, c = new_pdf()
    esign(c, rng, name, 150, 346, 200, 20)
    c.showPage()
    overlay = PdfReader(io.BytesIO(finish(buf, c))).pages[0]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.pages[3].merge_page(overlay)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def f710_values(loan, b, co, addr, hardships, start, income, date_signed=None) -> dict:
    hb = {
        "unemployment": 41,
        "reduction_in_income": 42,
        "increase_in_housing_expenses": 43,
        "disaster": 44,
        "disability_or_illness": 45,
        "divorce_or_separation": 46,
        "separation_unmarried": 47,
        "death": 48,
        "relocation": 49,
        "other": 50,
    }
    ib = {
        "wages": 2,
        "self_employment": 3,
        "unemployment": 4,
        "benefits_taxable": 5,
        "benefits_nontaxable": 6,
        "rental": 7,
        "investment": 8,
        "other": 9,
    }
    v = {
        "Text_1": loan,
        "Text_2": full(b),
        "Text_3": b["ssn4"],
        "US_Phone_Number_1": b["phone"],
        "Checkbox_1": True,
        "Text_6": one_line(addr),
        "Checkbox_24": True,
        "Checkbox_27": True,
        "Checkbox_30": True,
        "Checkbox_35": True,
        "Checkbox_37": True,
        "Checkbox_23": True,
        "Date_1": us(start),
        "Checkbox_39": True,
        "Number_10": "640.00",
    }
    if co:
        v.update({"Text_4": full(co), "Text_5": co["ssn4"], "US_Phone_Number_3": co["phone"], "Checkbox_9": True})
    for h in hardships:
        v[f"Checkbox_{hb[h]}"] = True
    for k, a in income.items():
        v[f"Number_{ib[k]}"] = f"{a:.2f}"
    if date_signed:
        v["Date_3"] = us(date_signed)
    return v


def halyard_form(c, loan, b, co, addr, occ, hardships, start, inc1, inc2, total):
    """Halyard Point Mortgage Servicing, Form HP-310: 2 pages. Returns signature/date spots (page, x, y)."""
    navy = (0.08, 0.16, 0.36)

    def header(page):
        c.setFillColorRGB(*navy)
        c.rect(36, 726, 150, 40, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        text(c, 46, 748, "HALYARD POINT", "Helvetica-Bold", 14)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica", 8)
        c.drawString(46, 734, "MORTGAGE SERVICING")
        c.setFillColorRGB(0, 0, 0)
        text(c, 200, 752, "Homeowner Assistance Request", "Helvetica-Bold", 15)
        text(c, 200, 737, f"Form HP-310 (rev. 01/2028)   -   page {page} of 2", "Helvetica", 8)
        c.rect(450, 728, 126, 34)
        text(c, 454, 753, "Account No.", "Helvetica", 7)
        text(c, 456, 735, loan, "Courier-Bold", 11)
        foot(c)

    def tab(y, title):
        c.setFillColorRGB(*navy)
        c.rect(36, y, 540, 15, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(42, y + 4, title)
        c.setFillColorRGB(0, 0, 0)

    def box(x, y, on):
        c.rect(x, y, 8, 8)
        if on:
            c.rect(x + 1.5, y + 1.5, 5, 5, fill=1, stroke=0)

    header(1)
    text(
        c, 36, 708, "Please answer every question. Type or print clearly in ink. Return with your documents.", size=8.5
    )
    tab(685, "PART 1 - WHO IS APPLYING")
    y = 668
    text(c, 200, y, "Applicant 1", "Helvetica-Bold", 8.5)
    text(c, 400, y, "Applicant 2 (if any)", "Helvetica-Bold", 8.5)
    for label, k in (("Full name", "name"), ("SSN - last four", "ssn4"), ("Daytime phone", "phone")):
        y -= 22
        text(c, 42, y + 3, label, size=9)
        c.line(196, y, 386, y)
        c.line(396, y, 576, y)
        v1 = full(b) if k == "name" else b[k]
        text(c, 200, y + 3, v1, "Courier", 10)
        if co:
            text(c, 400, y + 3, full(co) if k == "name" else co[k], "Courier", 10)
    tab(575, "PART 2 - THE HOME")
    y = 552
    for label, val in (
        ("Street address", addr["street"]),
        ("City / State / ZIP", f"{addr['city']}, {addr['state']} {addr['zip']}"),
    ):
        text(c, 42, y + 3, label, size=9)
        c.line(196, y, 576, y)
        text(c, 200, y + 3, val, "Courier", 10)
        y -= 24
    text(c, 42, y, "How is the home used? (choose one)", size=9)
    opts = [
        ("primary_residence", "Applicant(s) live here year-round"),
        ("second_home", "Seasonal / vacation home"),
        ("investment_property", "Rented out to tenants"),
    ]
    x = 42
    y -= 18
    for code, lab in opts:
        box(x, y - 1, occ == code)
        text(c, x + 12, y, lab, size=9)
        x += c.stringWidth(lab, "Helvetica", 9) + 32
    tab(445, "PART 3 - WHAT HAPPENED")
    text(c, 42, 428, "Mark each reason that applies to your household:", size=9)
    reasons = [
        ("unemployment", "Lost job / laid off"),
        ("reduction_in_income", "Less pay or fewer hours"),
        ("increase_in_housing_expenses", "Housing costs went up (taxes, insurance, HOA)"),
        ("disaster", "Fire, flood, storm or other disaster"),
        ("disability_or_illness", "Illness or disability"),
        ("divorce_or_separation", "Divorce or legal separation"),
        ("separation_unmarried", "Co-owner moved out (not married)"),
        ("death", "Death of a wage earner in the household"),
        ("relocation", "Job moved far away"),
        ("other", "Something else (please explain in a letter)"),
    ]
    for i, (code, lab) in enumerate(reasons):
        x = 42 if i % 2 == 0 else 312
        y = 408 - (i // 2) * 19
        box(x, y - 1, code in hardships)
        text(c, x + 12, y, lab, size=9)
    text(c, 42, 300, "Problem started on (mm/dd/yyyy)", size=9)
    c.line(196, 297, 330, 297)
    text(c, 200, 300, us(start), "Courier", 10)
    text(c, 42, 270, "Do you expect the problem to last more than 6 months?", size=9)
    box(300, 269, True)
    text(c, 312, 270, "Yes", size=9)
    box(345, 269, False)
    text(c, 357, 270, "No", size=9)
    c.showPage()

    header(2)
    tab(700, "PART 4 - MONTHLY INCOME (before taxes and deductions)")
    rows = [
        ("wages", "Paycheck earnings (wages, overtime, tips)"),
        ("self_employment", "Own business (net)"),
        ("unemployment", "Unemployment compensation"),
        ("benefits_taxable", "Social Security / pension / disability (taxable)"),
        ("benefits_nontaxable", "Non-taxable Social Security or disability"),
        ("rental", "Rent from tenants (net)"),
        ("investment", "Investments / insurance payments"),
        ("other", "Alimony, child support, other"),
    ]
    y = 680
    text(c, 360, y, "Applicant 1", "Helvetica-Bold", 8.5, "r")
    text(c, 480, y, "Applicant 2", "Helvetica-Bold", 8.5, "r")
    for code, lab in rows:
        y -= 21
        text(c, 42, y + 3, lab, size=9)
        c.line(290, y, 370, y)
        c.line(410, y, 490, y)
        text(c, 282, y + 3, "$", size=9)
        text(c, 402, y + 3, "$", size=9)
        if code in inc1:
            text(c, 368, y + 3, money(inc1[code]), "Courier", 10, "r")
        if code in inc2:
            text(c, 488, y + 3, money(inc2[code]), "Courier", 10, "r")
    y -= 28
    c.setLineWidth(1.4)
    c.rect(36, y - 6, 540, 22)
    c.setLineWidth(1)
    text(c, 42, y + 1, "TOTAL MONTHLY INCOME (both applicants)", "Helvetica-Bold", 9.5)
    text(c, 488, y + 1, "$ " + money(total), "Courier-Bold", 10.5, "r")
    tab(y - 40, "PART 5 - SIGNATURES")
    yy = paragraph(
        c,
        42,
        y - 58,
        "By signing, each applicant certifies that the information in this request is true and "
        "complete, agrees to provide the documents Halyard Point asks for, and authorizes Halyard Point to "
        "obtain a credit report and to verify income and employment.",
        520,
        size=8.5,
        lead=11,
    )
    spots = {}
    for i, who in enumerate(("Applicant 1", "Applicant 2")):
        ys = yy - 40 - i * 46
        c.line(42, ys, 330, ys)
        c.line(380, ys, 520, ys)
        text(c, 42, ys - 10, f"{who} signature", size=7.5)
        text(c, 380, ys - 10, "Date", size=7.5)
        spots[i] = {"sig": (1, 48, ys + 2, 230), "date": (1, 386, ys + 3)}
    c.showPage()
    return spots


def keystone_form(c, rng, loan, b, addr, occ, hardships, start, income, total, signed_on, name_to_sign):
    """Keystone Valley Home Finance KV-44: a ruled grid of numbered rows, grey label cells, 2 pages."""
    green = (0.1, 0.32, 0.22)

    def head(page):
        text(c, 36, 752, "KEYSTONE VALLEY", "Times-Bold", 18)
        text(c, 36, 738, "HOME FINANCE", "Times-Roman", 10)
        c.setStrokeColorRGB(*green)
        c.setLineWidth(3)
        c.line(36, 730, 576, 730)
        c.setLineWidth(1)
        c.setStrokeColorRGB(0, 0, 0)
        text(c, 576, 752, "MORTGAGE RELIEF REQUEST", "Helvetica-Bold", 13, "r")
        text(c, 576, 739, f"KV-44   Sheet {page} of 2", "Helvetica", 8, "r")
        foot(c)

    def row(y, code, label, value, h=20, lw=200):
        c.setFillGray(0.88)
        c.rect(36, y, lw, h, fill=1, stroke=1)
        c.setFillGray(0)
        c.rect(36 + lw, y, 540 - lw, h)
        text(c, 40, y + 6, code, "Helvetica-Bold", 8)
        text(c, 58, y + 6, label, "Helvetica", 8.5)
        if value:
            text(c, 42 + lw, y + 6, value, "Helvetica", 10)

    def band(y, title):
        c.setFillColorRGB(*green)
        c.rect(36, y, 540, 14, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y + 4, title)
        c.setFillColorRGB(0, 0, 0)

    head(1)
    band(700, "1   ACCOUNT AND BORROWER")
    y = 680
    for code, lab, val in (
        ("1a", "Mortgage account #", loan),
        ("1b", "Full legal name (first, middle, last)", full(b)),
        ("1c", "Social Security # (last 4 only)", b["ssn4"]),
        ("1d", "Best phone", b["phone"]),
        ("1e", "Co-borrower full name (if any)", ""),
    ):
        row(y, code, lab, val)
        y -= 20
    band(y - 6, "2   PROPERTY")
    y -= 26
    row(y, "2a", "Property street address", addr["street"])
    row(y - 20, "2b", "City, State, ZIP", f"{addr['city']}, {addr['state']} {addr['zip']}")
    row(
        y - 48,
        "2c",
        "S = second home, I = investment / rental)",
        {"primary_residence": "P", "second_home": "S", "investment_property": "I"}[occ],
        h=28,
    )
    text(c, 58, y - 48 + 17, "Occupancy code (P = principal residence,", size=8.5)
    y -= 78
    band(y, "3   HARDSHIP  -  answer Y or N for each reason")
    reasons = [
        ("unemployment", "Unemployment"),
        ("reduction_in_income", "Reduced income (hours, pay or overtime cut)"),
        ("increase_in_housing_expenses", "Higher housing expenses"),
        ("disaster", "Natural or man-made disaster"),
        ("disability_or_illness", "Disability or serious illness"),
        ("divorce_or_separation", "Divorce / legal separation"),
        ("separation_unmarried", "Separation of unmarried co-borrowers"),
        ("death", "Death of a borrower or wage earner"),
        ("relocation", "Distant employment transfer"),
        ("other", "Other (attach an explanation)"),
    ]
    y -= 18
    for i, (code, lab) in enumerate(reasons):
        c.setFillGray(0.88)
        c.rect(36, y, 440, 17, fill=1, stroke=1)
        c.setFillGray(0)
        c.rect(476, y, 100, 17)
        text(c, 40, y + 5, f"3{chr(97 + i)}", "Helvetica-Bold", 8)
        text(c, 58, y + 5, lab, size=8.5)
        text(c, 526, y + 5, "Y" if code in hardships else "N", "Helvetica-Bold", 10, "c")
        y -= 17
    row(y - 3, "3k", "Date the hardship began (mm/dd/yyyy)", us(start))
    c.showPage()

    head(2)
    band(700, "4   MONTHLY HOUSEHOLD INCOME")
    rows = [
        ("wages", "Gross wages, salary, overtime, tips"),
        ("self_employment", "Self-employment (net)"),
        ("unemployment", "Unemployment benefits"),
        ("benefits_taxable", "Taxable SS / pension / disability"),
        ("benefits_nontaxable", "Non-taxable SS / disability"),
        ("rental", "Net rental income"),
        ("investment", "Investment / insurance income"),
        ("other", "Alimony / child support / other"),
    ]
    y = 680
    text(c, 520, y + 4, "Monthly gross", "Helvetica-Bold", 8, "c")
    for i, (code, lab) in enumerate(rows):
        y -= 20
        row(y, f"4{chr(97 + i)}", lab, "", lw=400)
        if code in income:
            text(c, 570, y + 6, "$" + money(income[code]), "Helvetica", 10, "r")
    y -= 22
    c.setLineWidth(1.5)
    c.rect(36, y, 540, 20)
    c.setLineWidth(1)
    text(c, 58, y + 6, "TOTAL", "Helvetica-Bold", 9)
    text(c, 570, y + 6, "$" + money(total), "Helvetica-Bold", 10, "r")
    band(y - 30, "5   CERTIFICATION")
    yy = paragraph(
        c,
        40,
        y - 46,
        "I certify that the information in this request is accurate and that my hardship "
        "contributed to my need for relief. I authorize Keystone Valley Home Finance to verify it and to "
        "obtain a credit report.",
        530,
        size=8.5,
        lead=11,
    )
    ys = yy - 30
    row(ys, "5a", "Borrower's signature", "", h=30)
    if name_to_sign:
        esign(c, rng, name_to_sign, 250, ys + 4, 170, 22)
    row(ys - 20, "5b", "Date signed", us(signed_on))
    row(ys - 40, "5c", "Co-borrower's signature (if any)", "")
    c.showPage()


def stub_earnings_statement(c, s, employer, emp_addr, employee, ee_addr, emp_id, provider):
    """Layout S1: PayHarbor 'Earnings Statement' with Rate/Hours/This Period/Year to Date."""
    text(c, 36, 750, employer, "Helvetica-Bold", 13)
    text(c, 36, 737, emp_addr, size=8.5)
    text(c, 576, 750, "Earnings Statement", "Helvetica-Bold", 14, "r")
    text(c, 576, 736, f"Processed by {provider}", "Helvetica-Oblique", 7.5, "r")
    c.rect(36, 650, 540, 70)
    for i, (lab, val) in enumerate(
        (
            ("Employee", employee),
            ("Employee ID", emp_id),
            ("Pay Period", f"{us(s['period_start'])} - {us(s['period_end'])}"),
            ("Pay Date", us(s["pay_date"])),
        )
    ):
        x = 44 + (i % 2) * 270
        y = 702 - (i // 2) * 30
        text(c, x, y + 8, lab, size=7, gray=0.35)
        text(c, x, y - 4, val, "Helvetica-Bold", 10)
    text(c, 44, 630, ee_addr, size=8.5)
    y = 600
    c.setFillGray(0.9)
    c.rect(36, y - 4, 540, 16, fill=1, stroke=0)
    c.setFillGray(0)
    for x, h in ((44, "Earnings"), (250, "Rate"), (320, "Hours"), (440, "This Period"), (570, "Year to Date")):
        text(c, x, y, h, "Helvetica-Bold", 8.5, "l" if x < 200 else "r")
    rows = [("Regular", s["rate"], s["hours"], s["base"], None)]
    if s["ot_pay"]:
        rows.append(("Overtime", s["rate"] * Decimal("1.5"), s["ot_hours"], s["ot_pay"], None))
    for lab, r, h, cur, _ in rows:
        y -= 16
        text(c, 44, y, lab)
        text(c, 250, y, money(r), align="r")
        text(c, 320, y, f"{h:.2f}", align="r")
        text(c, 440, y, money(cur), align="r")
    y -= 20
    text(c, 44, y, "Gross Pay", "Helvetica-Bold")
    text(c, 440, y, money(s["gross"]), "Helvetica-Bold", align="r")
    text(c, 570, y, money(s["ytd"]), "Helvetica-Bold", align="r")
    y -= 30
    c.setFillGray(0.9)
    c.rect(36, y - 4, 540, 16, fill=1, stroke=0)
    c.setFillGray(0)
    text(c, 44, y, "Taxes and Deductions", "Helvetica-Bold", 8.5)
    text(c, 440, y, "This Period", "Helvetica-Bold", 8.5, "r")
    for lab, k in (
        ("Federal Income Tax", "fed"),
        ("Social Security", "ss"),
        ("Medicare", "med"),
        ("State Income Tax", "state"),
        ("Medical Plan (pre-tax)", "health"),
        ("403(b) Retirement", "ret"),
    ):
        y -= 15
        text(c, 44, y, lab)
        text(c, 440, y, money(s[k]), align="r")
    y -= 40
    c.rect(36, y - 10, 540, 34)
    taxes = s["fed"] + s["ss"] + s["med"] + s["state"]
    for i, (lab, val) in enumerate(
        (("Gross", s["gross"]), ("Taxes", taxes), ("Deductions", s["health"] + s["ret"]), ("Net Pay", s["net"]))
    ):
        x = 44 + i * 135
        text(c, x, y + 12, lab, size=7, gray=0.35)
        text(c, x, y - 2, "$" + money(val), "Helvetica-Bold", 11)
    foot(c)
    c.showPage()


def stub_pay_record(c, s, employer, emp_addr, employee, dept, check_no):
    """Layout S2: 'PAY RECORD' with a boxed employee strip (Week ending / Paid on) and two columns."""
    c.setLineWidth(2)
    c.rect(36, 505, 540, 255)
    c.setLineWidth(1)
    text(c, 48, 740, employer.upper(), "Times-Bold", 14)
    text(c, 48, 727, emp_addr, "Times-Roman", 9)
    text(c, 564, 740, "PAY RECORD", "Helvetica-Bold", 12, "r")
    text(c, 564, 727, f"Check No. {check_no}", size=8.5, align="r")
    c.rect(48, 680, 516, 36)
    labels = [
        ("Employee", employee),
        ("Dept.", dept),
        (
            "Week ending" if s["frequency"] == "weekly" else "Period",
            us(s["period_end"]) if s["frequency"] == "weekly" else f"{us(s['period_start'])}-{us(s['period_end'])}",
        ),
        ("Paid on", us(s["pay_date"])),
    ]
    xs = [52, 230, 320, 470]
    for x, (lab, val) in zip(xs, labels, strict=False):
        text(c, x, 706, lab, size=7)
        text(c, x, 688, val, "Helvetica-Bold", 9.5)
    if s["frequency"] == "weekly":
        text(c, 320, 672, f"Week {us(s['period_start'])} to {us(s['period_end'])}", size=7)
    y = 655
    text(c, 52, y, "EARNINGS", "Helvetica-Bold", 8.5)
    text(c, 210, y, "Hrs", "Helvetica-Bold", 8.5, "r")
    text(c, 270, y, "Current", "Helvetica-Bold", 8.5, "r")
    text(c, 310, y, "WITHHOLDINGS", "Helvetica-Bold", 8.5)
    text(c, 560, y, "Current", "Helvetica-Bold", 8.5, "r")
    left = [("Regular " + money(s["rate"]), f"{s['hours']:.2f}", s["base"])]
    if s["ot_pay"]:
        left.append(("Overtime", f"{s['ot_hours']:.2f}", s["ot_pay"]))
    right = [
        ("Fed W/H", s["fed"]),
        ("FICA", s["ss"]),
        ("Medicare", s["med"]),
        ("State W/H", s["state"]),
        ("Health Ins", s["health"]),
        ("401k", s["ret"]),
    ]
    for i, (lab, h, v) in enumerate(left):
        text(c, 52, y - 15 - i * 14, lab, size=9)
        text(c, 210, y - 15 - i * 14, h, size=9, align="r")
        text(c, 270, y - 15 - i * 14, money(v), size=9, align="r")
    for i, (lab, v) in enumerate(right):
        text(c, 310, y - 15 - i * 14, lab, size=9)
        text(c, 560, y - 15 - i * 14, money(v), size=9, align="r")
    c.line(48, 548, 564, 548)
    text(c, 52, 532, f"GROSS {money(s['gross'])}", "Helvetica-Bold", 9.5)
    text(c, 200, 532, f"YTD GROSS {money(s['ytd'])}", "Helvetica-Bold", 9.5)
    text(c, 560, 532, f"NET PAY {money(s['net'])}", "Helvetica-Bold", 10.5, "r")
    text(c, 52, 516, f"YTD NET {money(s['ytd_net'])}", size=7.5)
    foot(c)
    c.showPage()


def stub_statement_of_pay(c, s, employer, emp_addr, employee, ee_addr, position):
    """Layout S3: 'Statement of Pay' with earnings and deductions side by side."""
    c.setFillColorRGB(0.42, 0.12, 0.16)
    c.rect(0, 742, W, 50, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, 760, employer)
    c.setFont("Helvetica", 8.5)
    c.drawString(36, 748, emp_addr)
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(576, 760, "Statement of Pay")
    c.setFillColorRGB(0, 0, 0)
    text(c, 36, 712, employee, "Helvetica-Bold", 11)
    text(c, 36, 699, ee_addr, size=8.5)
    text(c, 36, 686, position, size=8.5)
    text(c, 400, 712, "Pay date", size=8.5)
    text(c, 576, 712, us(s["pay_date"]), "Helvetica-Bold", 9.5, "r")
    text(c, 400, 698, "Pay period", size=8.5)
    text(c, 576, 698, f"{us(s['period_start'])} to {us(s['period_end'])}", size=9, align="r")
    text(c, 400, 684, "Pay frequency", size=8.5)
    text(
        c,
        576,
        684,
        {"semimonthly": "Semi-monthly", "biweekly": "Every two weeks"}.get(s["frequency"], s["frequency"]),
        size=9,
        align="r",
    )
    y = 650
    c.line(36, y + 12, 576, y + 12)
    for x, h, a in (
        (36, "Earnings", "l"),
        (170, "Current", "r"),
        (240, "YTD", "r"),
        (300, "Deductions", "l"),
        (500, "Current", "r"),
    ):
        text(c, x, y, h, "Helvetica-Bold", 8.5, a)
    c.line(36, y - 4, 576, y - 4)
    earn = [("Salary", s["base"]), ("Overtime", s["ot_pay"])] if s["ot_pay"] else [("Salary", s["base"])]
    for i, (lab, v) in enumerate(earn):
        text(c, 36, y - 18 - i * 14, lab, size=9)
        text(c, 170, y - 18 - i * 14, money(v), size=9, align="r")
    text(c, 36, y - 18 - 3 * 14, "Total gross", "Helvetica-Bold", 9)
    text(c, 170, y - 18 - 3 * 14, money(s["gross"]), "Helvetica-Bold", 9, "r")
    text(c, 240, y - 18 - 3 * 14, money(s["ytd"]), "Helvetica-Bold", 9, "r")
    deds = [
        ("Federal withholding", "fed"),
        ("OASDI", "ss"),
        ("Medicare", "med"),
        ("State withholding", "state"),
        ("Dental/medical", "health"),
        ("Retirement", "ret"),
    ]
    for i, (lab, k) in enumerate(deds):
        text(c, 300, y - 18 - i * 14, lab, size=9)
        text(c, 500, y - 18 - i * 14, money(s[k]), size=9, align="r")
    c.line(36, y - 110, 576, y - 110)
    c.setFillGray(0.93)
    c.rect(400, y - 150, 176, 30, fill=1, stroke=1)
    c.setFillGray(0)
    text(c, 408, y - 138, "Net pay", "Helvetica-Bold", 10)
    text(c, 570, y - 138, "$" + money(s["net"]), "Helvetica-Bold", 12, "r")
    text(c, 36, y - 138, "Net pay deposited by direct deposit to your checking account.", size=8)
    foot(c)
    c.showPage()


def statement_savings_bank(c, st, bank, holder, holder_addr, acct, page_total=2):
    """Bank layout B1: two pages, 'Previous statement balance' / 'Balance this statement', running balance."""
    rows = st["rows"]
    per = [rows[:10], rows[10:]]
    for p in range(2):
        text(c, 36, 750, bank, "Times-Bold", 16)
        text(c, 36, 737, "Member FDIC  |  1-800-555-0146  |  harborstone.example", size=7.5)
        text(c, 576, 750, f"Page {p + 1} of 2", size=8.5, align="r")
        if p == 0:
            text(c, 36, 700, holder.upper(), "Helvetica-Bold", 10)
            for i, ln in enumerate(holder_addr):
                text(c, 36, 687 - i * 12, ln.upper(), size=9)
            text(c, 340, 700, "Statement Period:", "Helvetica-Bold", 9)
            text(c, 340, 687, f"{long_date(st['start'])} - {long_date(st['end'])}", size=9)
            text(c, 340, 670, "Account Number:", "Helvetica-Bold", 9)
            text(c, 340, 657, "*" * 6 + acct[-4:], size=9)
            text(c, 340, 640, "Account Type: Everyday Savings Checking", size=9)
            y = 600
            c.rect(36, y - 50, 540, 66)
            credits = sum((r[2] for r in rows if r[2] > 0), Decimal(0))
            debits = -sum((r[2] for r in rows if r[2] < 0), Decimal(0))
            for i, (lab, v) in enumerate(
                (
                    ("Previous statement balance", st["begin"]),
                    ("Deposits and credits", credits),
                    ("Withdrawals and debits", debits),
                    ("Balance this statement", st["end_bal"]),
                )
            ):
                text(c, 46, y - i * 15, lab, "Helvetica-Bold" if i in (0, 3) else "Helvetica", 9)
                text(c, 300, y - i * 15, "$" + money(v), "Helvetica-Bold" if i in (0, 3) else "Helvetica", 9, "r")
            y = 520
        else:
            text(c, 36, 712, f"Account ending {acct[-4:]} - continued", size=9)
            y = 690
        c.setFillGray(0.9)
        c.rect(36, y - 4, 540, 15, fill=1, stroke=0)
        c.setFillGray(0)
        for x, h, a in (
            (40, "Date", "l"),
            (90, "Description", "l"),
            (400, "Withdrawals", "r"),
            (480, "Deposits", "r"),
            (570, "Balance", "r"),
        ):
            text(c, x, y, h, "Helvetica-Bold", 8.5, a)
        for d, t, a, bal in per[p]:
            y -= 15
            text(c, 40, y, d.strftime("%m/%d"), size=8.5)
            text(c, 90, y, t, size=8.5)
            text(c, 480 if a > 0 else 400, y, money(abs(a)), size=8.5, align="r")
            text(c, 570, y, money(bal), size=8.5, align="r")
        if p == 1:
            text(c, 40, y - 25, f"Ending balance on {us(st['end'])}: ${money(st['end_bal'])}", "Helvetica-Bold", 9)
        foot(c)
        c.showPage()


def statement_credit_union(c, st, bank, holders, holder_addr, acct, member_no):
    """Bank layout B2: credit union member statement, one page, 'Starting Balance' / 'Ending Balance'."""
    c.setFillColorRGB(0.85, 0.55, 0.1)
    c.circle(52, 752, 14, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    text(c, 74, 754, bank, "Helvetica-Bold", 13)
    text(c, 74, 742, "Your member-owned cooperative", "Helvetica-Oblique", 8)
    text(c, 576, 754, "MEMBER STATEMENT", "Helvetica-Bold", 11, "r")
    text(c, 576, 741, f"From {us(st['start'])} thru {us(st['end'])}", size=9, align="r")
    text(c, 576, 728, f"Member No. {member_no}", size=9, align="r")
    for i, ln in enumerate(list(holders) + list(holder_addr)):
        text(c, 60, 700 - i * 12, ln, size=9.5)
    y = 620
    text(c, 36, y, f"CHECKING  -  Account ending {acct[-4:]}", "Helvetica-Bold", 10)
    c.line(36, y - 5, 576, y - 5)
    text(c, 40, y - 20, "Starting Balance", size=9)
    text(c, 250, y - 20, money(st["begin"]), size=9, align="r")
    text(c, 320, y - 20, "Ending Balance", size=9)
    text(c, 560, y - 20, money(st["end_bal"]), "Helvetica-Bold", 9, "r")
    y -= 48
    for x, h, a in ((40, "Posted", "l"), (100, "Transaction", "l"), (470, "Amount", "r"), (560, "Balance", "r")):
        text(c, x, y, h, "Helvetica-Bold", 8.5, a)
    c.line(36, y - 4, 576, y - 4)
    for d, t, a, bal in st["rows"]:
        y -= 14
        text(c, 40, y, us(d)[:5], size=8.5)
        text(c, 100, y, t, size=8.5)
        text(c, 470, y, ("+" if a > 0 else "-") + money(abs(a)), size=8.5, align="r")
        text(c, 560, y, money(bal), size=8.5, align="r")
    text(c, 40, y - 24, "Dividends year to date: 0.41.   Questions? Call Member Services 1-888-555-0192.", size=7.5)
    foot(c)
    c.showPage()


def letter_page(c, sender_lines, date, to_lines, re_line, body, closing, signer, typed_sig=True):
    y = 740
    for ln in sender_lines:
        text(c, 72, y, ln, "Times-Roman", 11)
        y -= 14
    y -= 14
    text(c, 72, y, long_date(date), "Times-Roman", 11)
    y -= 28
    for ln in to_lines:
        text(c, 72, y, ln, "Times-Roman", 11)
        y -= 14
    y -= 14
    text(c, 72, y, re_line, "Times-Bold", 11)
    y -= 28
    for para in body:
        y = paragraph(c, 72, y, para, 468, "Times-Roman", 11, 14.5) - 8
    text(c, 72, y - 4, closing, "Times-Roman", 11)
    sig_y = y - 40
    for i, s in enumerate(signer):
        text(c, 72 + i * 240, sig_y - 18, s, "Times-Roman", 11)
    foot(c)
    c.showPage()
    return sig_y


# --------------------------------------------------------------------------------------------------- pens and scanner


def pen_text(img: Image.Image, rng: random.Random, x: int, y: int, s: str, px: int, ink=35):
    """Hand-written characters: a system italic jittered glyph by glyph (size, slant, baseline)."""
    path = rng.choice(PEN_FONTS)
    draw = ImageDraw.Draw(img)
    for ch in s:
        size = int(px * rng.uniform(0.9, 1.12))
        font = ImageFont.truetype(path, size)
        tile = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text((size // 2, size // 3), ch, fill=255, font=font)
        tile = tile.rotate(rng.uniform(-7, 7), resample=Image.Resampling.BILINEAR)
        dy = int(rng.uniform(-0.08, 0.08) * px)
        img.paste(Image.new("L", tile.size, ink), (x - size // 2, y - size + dy), tile)
        x += int(draw.textlength(ch, font=font) * rng.uniform(0.92, 1.08)) + 1
    return x


def pen_signature(img: Image.Image, rng: random.Random, x: int, y: int, name: str, w: int, h: int, ink=30):
    draw = ImageDraw.Draw(img)
    lw = max(2, h // 14)
    for pts in strokes(rng, name, w, h):
        draw.line([(x + px, y - py) for px, py in pts], fill=ink, width=lw, joint="curve")


def render(born: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(born)
    with contextlib.suppress(Exception):
        doc.init_forms()
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L"))
    doc.close()
    return out


def scan_defects(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32) / 255.0
    paper = rng.uniform(228, 246)
    arr = 18 + arr * (paper - 18)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr += nrng.normal(0, rng.uniform(3, 7), arr.shape)
    shade = np.linspace(rng.uniform(-6, 0), rng.uniform(0, 6), arr.shape[1])[None, :]
    arr = np.clip(arr + shade, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8) * dpi / 300))
    angle = rng.choice([-1, 1]) * rng.uniform(0.3, 1.5)
    out = out.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=int(paper) - 4)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=rng.randrange(55, 80))
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def images_to_pdf(images: list[Image.Image], dpi: int) -> bytes:
    buf = io.BytesIO()
    first, *rest = images
    first.save(
        buf,
        "PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=rest,
        quality=72,
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
        producer="KM-C3350 Scan",
        title="scan",
    )
    return buf.getvalue()


class Ink:
    """Marks made in pen on a printed page before it is scanned: ('sig', page, x_pt, y_pt, w_pt, name) or
    ('date', page, x_pt, y_pt, text), with y measured from the page's bottom as in PDF."""

    def __init__(self):
        self.marks = []

    def sig(self, page, x, y, w, name):
        self.marks.append(("sig", page, x, y, w, name))

    def write(self, page, x, y, s):
        self.marks.append(("date", page, x, y, s))


def print_and_scan(born: bytes, rng: random.Random, dpi: int, ink: Ink | None = None) -> list[Image.Image]:
    pages = render(born, dpi)
    k = dpi / 72
    for m in ink.marks if ink else []:
        img = pages[m[1]]
        if m[0] == "sig":
            _, _, x, y, w, name = m
            pen_signature(img, rng, int(x * k), int((H - y) * k), name, int(w * k), int(26 * k))
        else:
            _, _, x, y, s = m
            pen_text(img, rng, int(x * k), int((H - y) * k), s, int(13 * k))
    return [scan_defects(p, rng, dpi) for p in pages]


def separator_scan(loan: str, rng: random.Random, dpi: int) -> Image.Image:
    buf, c = new_pdf()
    text(c, 72, 700, "LOSS MITIGATION - DOCUMENT SEPARATOR", "Helvetica-Bold", 15)
    text(c, 72, 680, "Mailroom: place this sheet in front of each borrower packet.", size=10)
    text(c, 72, 480, f"LOAN {loan}", "Courier-Bold", 14)
    c.showPage()
    img = render(finish(buf, c), dpi)[0]
    code = pdf_factory.barcode_image(f"LOAN {loan}", scale=max(2, dpi // 75))
    img.paste(code, (dpi, int(2.9 * dpi)))
    return scan_defects(img, rng, dpi)


# --------------------------------------------------------------------------------------------------- checklist


def missing_codes(sc: dict) -> list[str]:
    """shared/spec/checklist.md applied to the scenario's values."""
    app = sc["app"]
    recv = D.fromisoformat(sc["received_on"])
    fresh = lambda d: d is not None and (recv - d).days <= 90  # noqa: E731
    codes = []
    if app is None:
        return ["application"]
    if not (app["signed"]) or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        codes.append("application_signature")
    for k in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_start_date"):
        if not app[k]:
            codes.append(f"application_field:{k}")
    if not app["hardship_types"]:
        codes.append("application_field:hardship_types")
    income = {k: v for k, v in app["income"].items() if k != "total" and v > 0}
    if not income:
        codes.append("application_field:income")
    docs = sc["docs"]
    by = lambda t: [d for d in docs if d["type"] == t]  # noqa: E731
    stmts = by("bank_statement")
    two_stmts = False
    for a in stmts:
        for b in stmts:
            f, g = a["fields"], b["fields"]
            if (
                f["account_last4"] == g["account_last4"]
                and f["bank_name"] == g["bank_name"]
                and D.fromisoformat(g["period_start"]) == D.fromisoformat(f["period_end"]) + dt.timedelta(days=1)
                and fresh(D.fromisoformat(g["period_end"]))
                and fresh(D.fromisoformat(f["period_end"]))
            ):
                two_stmts = True
    stub_ok = any(fresh(D.fromisoformat(d["fields"]["pay_date"])) and d["fields"]["gross_ytd"] for d in by("pay_stub"))
    for code in income:
        if code == "unemployment":
            continue
        ok = two_stmts
        if code == "wages":
            ok = ok or stub_ok
        if code in ("benefits_taxable", "benefits_nontaxable"):
            ok = ok or any(
                fresh(D.fromisoformat(d["fields"]["letter_date"])) and d["fields"]["benefit_type"] == code
                for d in by("benefit_award_letter")
            )
        if code == "self_employment":
            ok = ok or any(d["fields"].get("signed") for d in by("profit_and_loss_statement"))
        if code == "other":
            ok = ok or bool(sc.get("other_income_doc"))
        if not ok:
            codes.append(f"income_doc:{code}")
    need = {
        "disability_or_illness": ("hardship_letter", "medical_statement"),
        "divorce_or_separation": ("divorce_decree", "quitclaim_deed"),
        "separation_unmarried": ("quitclaim_deed",),
        "death": ("death_certificate", "obituary"),
        "relocation": ("military_pcs_orders", "employer_relocation_letter"),
        "other": ("hardship_letter",),
    }
    for h in app["hardship_types"]:
        if h in need and not any(by(t) for t in need[h]):
            codes.append(f"hardship_doc:{h}")
    if ("self_employment" in income or "rental" in income) and not any(
        d["fields"].get("signed") for d in by("irs_form_4506c")
    ):
        codes.append("irs_form_4506c")
    return sorted(codes)


# --------------------------------------------------------------------------------------------------- packets


class Packet:
    def __init__(self, name, out: Path, received: dt.date, intended: list[str]):
        self.name, self.received, self.intended = name, received, intended
        self.root = out / name
        self.inbox = self.root / "inbox"
        self.docs: list[dict] = []
        self.app = None
        self.other_income_doc = False
        self.separators: list[tuple[str, int]] = []

    def write(self, rel: str, data: bytes):
        p = self.inbox / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    def doc(self, dtype, rel, pages, scanned, fields=None):
        self.docs.append(
            {
                "type": dtype,
                "scanned": scanned,
                "pages": [{"file": rel, "page": p} for p in pages],
                "fields": fields or {},
            }
        )

    def expected(self) -> dict:
        sc = {
            "received_on": self.received.isoformat(),
            "app": self.app,
            "docs": self.docs,
            "other_income_doc": self.other_income_doc,
        }
        missing = missing_codes(sc)
        if missing != sorted(self.intended):
            raise SystemExit(f"{self.name}: checklist gives {missing}, scenario intends {self.intended}")
        docs = [{"id": f"D{i + 1:02d}", **d} for i, d in enumerate(self.docs)]
        return {
            "loan_number": self.app["loan_number"],
            "received_on": self.received.isoformat(),
            "status": "complete" if not missing else "incomplete",
            "missing": missing,
            "application": self.app,
            "documents": docs,
        }


def app_answers(loan, b, co, addr, occ, hardships, start, income: dict, signed_on, co_signed, total=None):
    inc = {k: float(v) for k, v in income.items() if v > 0}
    inc["total"] = float(total if total is not None else sum(income.values(), Decimal(0)))
    return {
        "loan_number": loan,
        "borrower_name": full(b),
        "co_borrower_name": full(co) if co else None,
        "ssn_last4": b["ssn4"],
        "property_address": one_line(addr),
        "occupancy": occ,
        "hardship_types": sorted(hardships),
        "hardship_start_date": start.isoformat() if start else None,
        "income": inc,
        "signed": signed_on is not None,
        "signed_on": signed_on.isoformat() if signed_on else None,
        "co_borrower_signed": (co_signed if co else None),
    }


def loan_no(rng):
    return "00" + str(rng.randrange(10**7, 10**8))


def hardship_text(kind: str, b: dict, extra: str = "") -> list[str]:
    t = {
        "reduction": [
            "I am writing to ask for help with my mortgage payment. In the fall the laboratory where I work "
            "cut every technician's schedule, and my regular hours and overtime have both gone down.",
            "Our monthly budget no longer covers the full payment along with groceries, the car and "
            "utilities. I have fallen two payments behind and I want to catch up and keep my home.",
            "I am enclosing my application, my most recent pay stub and my bank statement. Please "
            "review me for a loan modification or any other option that fits.",
        ],
        "unemployment": [
            "My wife was laid off from her job at the distribution center in the spring and is now "
            "receiving unemployment benefits while she looks for work. At the same time our county "
            "reassessed the house and our escrow payment went up by more than two hundred dollars.",
            "With one paycheck and a higher payment we could not keep up. We are asking for a "
            "modification so that we can stay in our home. My pay stubs and our bank statement are "
            "enclosed.",
        ],
        "illness": [
            "I was diagnosed with a serious illness earlier this year and have been in treatment since. "
            "I went from full-time to part-time hours at the clinic while I recover, and my medical bills "
            "have been high.",
            "I also receive a monthly pension from my years as a union carpenter, but it is not enough to "
            "cover the mortgage on its own. I am asking to be considered for a modification so I can "
            "keep my home while I get well.",
        ],
        "death": [
            "My husband passed away this fall after a short illness. He earned most of our household "
            "income, and since then I have been paying the mortgage on my salary alone together with "
            "the support payments I receive from my former husband.",
            "I want to stay in the house with my children. I am asking for a modification or any other "
            "help you can offer. I will send any other papers you need.",
        ],
    }[kind]
    return t


def build(out: Path, seed: int) -> list[Packet]:
    packets = []
    base = random.Random(f"y-{seed}")

    # ---------------- y1: Form 710 e-signed, loan folder of born-digital files; complete ----------------
    rng = random.Random(base.random())
    p = Packet("y1", out, D(2028, 3, 20), [])
    loan, b, addr = loan_no(rng), person(rng, rng.random() < 0.5), address(rng)
    employer, provider = "Marlowe Diagnostic Laboratories", "PayHarbor Payroll Services"
    stubs = make_stubs(rng, "biweekly", rng.randrange(52, 71) * 1000, [D(2028, 3, 3)], ot=True)
    s = stubs[0]
    wages = q2(s["base"] * 26 / 12)
    start = D(2027, 11, rng.randrange(1, 28))
    signed = D(2028, 3, 14)
    form = form710(
        f710_values(loan, b, None, addr, ["reduction_in_income"], start, {"wages": wages}, signed), (rng, full(b))
    )
    folder = loan
    p.write(f"{folder}/Mortgage Assistance Application.pdf", form)
    p.doc("mortgage_assistance_application", f"{folder}/Mortgage Assistance Application.pdf", [1, 2, 3, 4], False)
    p.app = app_answers(
        loan, b, None, addr, "primary_residence", ["reduction_in_income"], start, {"wages": wages}, signed, None
    )
    buf, c = new_pdf()
    stub_earnings_statement(
        c,
        s,
        employer,
        "4400 Research Pkwy, Port Adelle, OR 97120",
        full(b),
        one_line(addr),
        f"E{rng.randrange(10000, 99999)}",
        provider,
    )
    p.write(f"{folder}/paystub_{s['pay_date'].isoformat()}.pdf", finish(buf, c))
    p.doc(
        "pay_stub", f"{folder}/paystub_{s['pay_date'].isoformat()}.pdf", [1], False, stub_fields(s, employer, full(b))
    )
    acct = str(rng.randrange(10**9, 10**10))
    bank = "Harborstone Savings Bank"
    st = make_statement(
        rng,
        2028,
        2,
        q2(rng.uniform(700, 2400)),
        [
            (x["pay_date"], f"PAYROLL DEP {employer[:14].upper()}", x["net"])
            for x in make_stubs(random.Random(1), "biweekly", 60000, [D(2028, 2, 4), D(2028, 2, 18)], False)
        ],
    )
    buf, c = new_pdf()
    statement_savings_bank(
        c, st, bank, full(b), [addr["street"], f"{addr['city']}, {addr['state']} {addr['zip']}"], acct
    )
    p.write(f"{folder}/Statement_Feb2028.pdf", finish(buf, c))
    p.doc("bank_statement", f"{folder}/Statement_Feb2028.pdf", [1, 2], False, statement_fields(st, bank, acct[-4:]))
    buf, c = new_pdf()
    letter_page(
        c,
        [full(b), addr["street"], f"{addr['city']}, {addr['state']} {addr['zip']}"],
        signed,
        ["Loss Mitigation Department", "Mortgage Servicing Center"],
        f"RE: Loan number {loan}",
        hardship_text("reduction", b),
        "Sincerely,",
        [full(b)],
    )
    p.write(f"{folder}/hardship letter.pdf", finish(buf, c))
    p.doc("hardship_letter", f"{folder}/hardship letter.pdf", [1], False, {"letter_date": signed.isoformat()})
    packets.append(p)

    # ---------------- y2: Halyard Point form, co-borrower, one scan behind a barcode separator; complete -------
    rng = random.Random(base.random())
    p = Packet("y2", out, D(2028, 5, 8), [])
    loan, b, co, addr = loan_no(rng), person(rng, False), person(rng, True), address(rng)
    co["last"] = b["last"]
    employer = "Fenwick Millwork Co."
    stubs = make_stubs(rng, "weekly", rng.randrange(44, 58) * 1000, [D(2028, 4, 21), D(2028, 4, 28)], ot=True)
    wages = q2(stubs[0]["base"] * 52 / 12)
    unemp = q2(Decimal(rng.randrange(380, 520)) * 52 / 12)
    hard = ["increase_in_housing_expenses", "unemployment"]
    start = D(2028, 2, rng.randrange(1, 28))
    signed = D(2028, 5, 2)
    total = wages + unemp
    buf, c = new_pdf()
    spots = halyard_form(
        c, loan, b, co, addr, "primary_residence", hard, start, {"wages": wages}, {"unemployment": unemp}, total
    )
    app_pdf = finish(buf, c)
    ink = Ink()
    for i, who in ((0, b), (1, co)):
        pg, x, y, w = spots[i]["sig"]
        ink.sig(pg, x, y, w, full(who))
        pg, x, y = spots[i]["date"]
        ink.write(pg, x, y, us(signed) if rng.random() < 0.5 else signed.strftime("%-m/%-d/%y"))
    dpi = 300
    pages = [separator_scan(loan, rng, dpi)]
    pages += print_and_scan(app_pdf, rng, dpi, ink)
    p.app = app_answers(
        loan,
        b,
        co,
        addr,
        "primary_residence",
        hard,
        start,
        {"wages": wages, "unemployment": unemp},
        signed,
        True,
        total,
    )
    fname = "SCAN_20280506_081544.pdf"
    p.separators.append((fname, 1))
    p.doc("mortgage_assistance_application", fname, [2, 3], True)
    for s in stubs:
        buf, c = new_pdf()
        stub_pay_record(
            c,
            s,
            employer,
            "88 Sawmill Rd, Brenton Falls, WI 53012",
            full(b),
            "Assembly",
            str(40000 + rng.randrange(1000, 9999)),
        )
        pages += print_and_scan(finish(buf, c), rng, dpi)
        p.doc("pay_stub", fname, [len(pages)], True, stub_fields(s, employer, full(b)))
    bank = "Prairie Lantern Federal Credit Union"
    acct = str(rng.randrange(10**7, 10**8)) + "7730"
    acct = acct[:-4] + f"{rng.randrange(1000, 9999)}"
    deps = [
        (x["pay_date"], "ACH DEPOSIT FENWICK MILLWORK PAYROLL", x["net"])
        for x in make_stubs(rng, "weekly", 50000, [D(2028, 4, d) for d in (7, 14, 21, 28)], False)
    ]
    deps.append((D(2028, 4, 11), "STATE UI BENEFIT DEPOSIT", q2(unemp * 12 / 52 * 2)))
    st = make_statement(rng, 2028, 4, q2(rng.uniform(300, 1500)), deps)
    buf, c = new_pdf()
    statement_credit_union(
        c,
        st,
        bank,
        [full(b).upper(), full(co).upper()],
        [addr["street"].upper(), f"{addr['city']} {addr['state']} {addr['zip']}".upper()],
        acct,
        str(rng.randrange(100000, 999999)),
    )
    pages += print_and_scan(finish(buf, c), rng, dpi)
    p.doc("bank_statement", fname, [len(pages)], True, statement_fields(st, bank, acct[-4:]))
    buf, c = new_pdf()
    sig_y = letter_page(
        c,
        [f"{full(b)} and {full(co)}", addr["street"], f"{addr['city']}, {addr['state']} {addr['zip']}"],
        signed,
        ["Halyard Point Mortgage Servicing", "Attn: Homeowner Assistance"],
        f"Re: Account No. {loan}",
        hardship_text("unemployment", b),
        "Respectfully,",
        [full(b), full(co)],
    )
    ink = Ink()
    ink.sig(0, 72, sig_y, 150, full(b))
    ink.sig(0, 312, sig_y, 150, full(co))
    pages += print_and_scan(finish(buf, c), rng, dpi, ink)
    p.doc("hardship_letter", fname, [len(pages)], True, {"letter_date": signed.isoformat()})
    p.write(fname, images_to_pdf(pages, dpi))
    packets.append(p)

    # ---------------- y3: Form 710 ink-signed, one scan of the packet without separator; complete ----------
    rng = random.Random(base.random())
    p = Packet("y3", out, D(2028, 7, 17), [])
    loan, b, addr = loan_no(rng), person(rng, True), address(rng)
    employer = "Ashgrove Veterinary Clinic"
    stubs = make_stubs(rng, "semimonthly", rng.randrange(30, 41) * 1000, [D(2028, 6, 30)], ot=False)
    s = stubs[0]
    wages = q2(s["gross"] * 24 / 12)
    pension = q2(Decimal(rng.randrange(900, 1900)) + Decimal(rng.choice([0, 25, 50, 75])) / 100)
    hard = ["disability_or_illness", "reduction_in_income"]
    start = D(2028, 1, rng.randrange(5, 28))
    signed = D(2028, 7, 10)
    form = form710(f710_values(loan, b, None, addr, hard, start, {"wages": wages, "benefits_taxable": pension}))
    ink = Ink()
    ink.sig(3, 150, 347, 200, full(b))
    ink.write(3, 432, 347, us(signed))
    dpi = 240
    pages = print_and_scan(form, rng, dpi, ink)
    fname = f"{loan}_packet.pdf"
    p.doc("mortgage_assistance_application", fname, [1, 2, 3, 4], True)
    p.app = app_answers(
        loan,
        b,
        None,
        addr,
        "primary_residence",
        hard,
        start,
        {"wages": wages, "benefits_taxable": pension},
        signed,
        None,
    )
    buf, c = new_pdf()
    stub_statement_of_pay(
        c, s, employer, "1207 Meadowlark Rd, Marrowbrook, PA 17011", full(b), one_line(addr), "Veterinary Technician II"
    )
    pages += print_and_scan(finish(buf, c), rng, dpi)
    p.doc("pay_stub", fname, [len(pages)], True, stub_fields(s, employer, full(b)))
    letter_d = D(2028, 6, rng.randrange(1, 20))
    buf, c = new_pdf()
    c.setFillColorRGB(0.2, 0.3, 0.5)
    c.rect(72, 730, 40, 40, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    text(c, 122, 756, "Upper Midwest Carpenters Pension Fund", "Helvetica-Bold", 13)
    text(c, 122, 742, "Benefits Office - 700 Union Hall Drive - Wexham, MN 55410", size=8.5)
    text(c, 72, 700, long_date(letter_d), size=10.5)
    for i, ln in enumerate(
        [full(b).upper(), addr["street"].upper(), f"{addr['city']} {addr['state']} {addr['zip']}".upper()]
    ):
        text(c, 72, 670 - i * 13, ln, size=10)
    text(c, 72, 610, "BENEFIT PAYMENT CONFIRMATION", "Helvetica-Bold", 12)
    text(c, 72, 594, f"Participant ID: UMC-{rng.randrange(100000, 999999)}", size=9.5)
    y = paragraph(c, 72, 570, f"Dear {b['first']} {b['last']}:", 470)
    y = paragraph(
        c,
        72,
        y - 6,
        "As you requested, this letter confirms the retirement benefit you receive from the "
        "Upper Midwest Carpenters Pension Fund. Your benefit is paid by direct deposit on the first "
        "business day of each month and will continue for your lifetime.",
        470,
    )
    c.rect(72, y - 70, 468, 62)
    for i, (lab, val) in enumerate(
        (
            ("Benefit type", "Normal retirement - single life annuity"),
            ("Gross monthly benefit", "$" + money(pension)),
            ("Payment frequency", "Monthly"),
            ("Federal income tax", "Taxable; withholding elected"),
        )
    ):
        text(c, 82, y - 22 - i * 13, lab, size=9.5)
        text(c, 260, y - 22 - i * 13, val, "Helvetica-Bold", 9.5)
    y = paragraph(
        c,
        72,
        y - 96,
        "This benefit is reported to you each January on Form 1099-R. If you have "
        "questions, please call the Benefits Office at 1-800-555-0117.",
        470,
    )
    text(c, 72, y - 20, "Sincerely,", size=10)
    text(c, 72, y - 50, "Pension Benefits Administrator", size=10)
    foot(c)
    c.showPage()
    pages += print_and_scan(finish(buf, c), rng, dpi)
    p.doc(
        "benefit_award_letter",
        fname,
        [len(pages)],
        True,
        {"letter_date": letter_d.isoformat(), "monthly_amount": float(pension), "benefit_type": "benefits_taxable"},
    )
    buf, c = new_pdf()
    sig_y = letter_page(
        c,
        [full(b), addr["street"], f"{addr['city']}, {addr['state']} {addr['zip']}"],
        signed,
        ["To whom it may concern"],
        f"Loan #{loan} - hardship letter",
        hardship_text("illness", b),
        "Thank you,",
        [full(b)],
    )
    ink = Ink()
    ink.sig(0, 72, sig_y, 160, full(b))
    pages += print_and_scan(finish(buf, c), rng, dpi, ink)
    p.doc("hardship_letter", fname, [len(pages)], True, {"letter_date": signed.isoformat()})
    p.write(fname, images_to_pdf(pages, dpi))
    packets.append(p)

    # ---------------- y4: Keystone Valley KV-44 e-signed; stale monthly stubs, one statement ---------------
    rng = random.Random(base.random())
    p = Packet("y4", out, D(2028, 9, 11), ["income_doc:wages"])
    loan, b, addr = loan_no(rng), person(rng, rng.random() < 0.5), address(rng)
    employer = "Calloway Freight Brokerage"
    stubs = make_stubs(rng, "monthly", rng.randrange(48, 66) * 1000, [D(2028, 4, 28), D(2028, 5, 31)], ot=False)
    wages = stubs[-1]["gross"]
    hard = ["reduction_in_income"]
    start = D(2028, 3, rng.randrange(1, 28))
    signed = D(2028, 9, 5)
    buf, c = new_pdf()
    keystone_form(c, rng, loan, b, addr, "primary_residence", hard, start, {"wages": wages}, wages, signed, full(b))
    p.write(f"{loan}_KV44_application.pdf", finish(buf, c))
    p.doc("mortgage_assistance_application", f"{loan}_KV44_application.pdf", [1, 2], False)
    p.app = app_answers(loan, b, None, addr, "primary_residence", hard, start, {"wages": wages}, signed, None, wages)
    buf, c = new_pdf()
    for s in stubs:
        stub_earnings_statement(
            c,
            s,
            employer,
            "2150 Terminal Ave, Cedar Bluff, KS 66010",
            full(b),
            one_line(addr),
            f"CFB-{rng.randrange(1000, 9999)}",
            "PayHarbor Payroll Services",
        )
    p.write(f"{loan}_paystubs.pdf", finish(buf, c))
    for i, s in enumerate(stubs):
        p.doc("pay_stub", f"{loan}_paystubs.pdf", [i + 1], False, stub_fields(s, employer, full(b)))
    bank = "Harborstone Savings Bank"
    acct = str(rng.randrange(10**9, 10**10))
    later = make_stubs(rng, "monthly", 50000, [D(2028, 7, 31)], False)
    st = make_statement(
        rng, 2028, 8, q2(rng.uniform(900, 2500)), [(D(2028, 8, 31), "DIRECT DEP CALLOWAY FREIGHT", later[0]["net"])]
    )
    buf, c = new_pdf()
    statement_savings_bank(
        c, st, bank, full(b), [addr["street"], f"{addr['city']}, {addr['state']} {addr['zip']}"], acct
    )
    p.write(f"{loan}_bank_statement_aug.pdf", finish(buf, c))
    p.doc("bank_statement", f"{loan}_bank_statement_aug.pdf", [1, 2], False, statement_fields(st, bank, acct[-4:]))
    packets.append(p)

    # ---------------- y5: Form 710 typed, signature and date empty; loose born-digital files ------------
    rng = random.Random(base.random())
    p = Packet("y5", out, D(2028, 10, 23), ["application_signature"])
    loan, b, addr = loan_no(rng), person(rng, rng.random() < 0.5), address(rng)
    employer = "Brightwater Aquatics Center"
    stubs = make_stubs(rng, "biweekly", rng.randrange(36, 50) * 1000, [D(2028, 10, 13)], ot=True)
    s = stubs[0]
    wages = q2(s["base"] * 26 / 12)
    hard = ["disaster"]
    start = D(2028, 8, rng.randrange(1, 28))
    form = form710(f710_values(loan, b, None, addr, hard, start, {"wages": wages}))
    surname = b["last"]
    f_app = f"{surname} {loan} - application.pdf"
    p.write(f_app, form)
    p.doc("mortgage_assistance_application", f_app, [1, 2, 3, 4], False)
    p.app = app_answers(loan, b, None, addr, "primary_residence", hard, start, {"wages": wages}, None, None)
    buf, c = new_pdf()
    stub_statement_of_pay(
        c, s, employer, "310 Lakeshore Blvd, Ellisford, NC 27301", full(b), one_line(addr), "Aquatics Supervisor"
    )
    p.write(f"{surname} {loan} - pay stub.pdf", finish(buf, c))
    p.doc("pay_stub", f"{surname} {loan} - pay stub.pdf", [1], False, stub_fields(s, employer, full(b)))
    claim_d = D(2028, 9, rng.randrange(1, 28))
    buf, c = new_pdf()
    text(c, 72, 750, "Granite Shield Mutual Insurance", "Helvetica-Bold", 14)
    text(c, 72, 737, "Property Claims  |  P.O. Box 4410  |  Salt Reed, UT 84101", size=8.5)
    text(c, 72, 700, long_date(claim_d), size=10.5)
    for i, ln in enumerate([full(b), addr["street"], f"{addr['city']}, {addr['state']} {addr['zip']}"]):
        text(c, 72, 672 - i * 13, ln, size=10)
    text(
        c,
        72,
        620,
        f"Claim number: GS-{rng.randrange(1000000, 9999999)}      Policy: HO3-{rng.randrange(100000, 999999)}",
        "Helvetica-Bold",
        10,
    )
    text(c, 72, 604, f"Date of loss: {us(start)}      Type of loss: Flood / water intrusion", size=10)
    y = paragraph(c, 72, 575, f"Dear {full(b)}:", 468)
    y = paragraph(
        c,
        72,
        y - 6,
        "We have received your claim for damage to the property named above. An adjuster "
        "inspected the home and our review of the covered items is under way. Please keep receipts for "
        "any temporary repairs and living expenses. We will write to you when our review is complete.",
        468,
    )
    text(c, 72, y - 30, "Claims Department", size=10)
    foot(c)
    c.showPage()
    p.write(f"{surname} {loan} - insurance.pdf", finish(buf, c))
    p.doc("other", f"{surname} {loan} - insurance.pdf", [1], False)
    packets.append(p)

    # ---------------- y6: Halyard Point form ink-signed & scanned; death without papers; alimony undocumented ---
    rng = random.Random(base.random())
    p = Packet("y6", out, D(2028, 12, 4), ["hardship_doc:death", "income_doc:other"])
    loan, b, addr = loan_no(rng), person(rng, True), address(rng)
    employer = "Quillon Print & Signage"
    stubs = make_stubs(rng, "semimonthly", rng.randrange(38, 52) * 1000, [D(2028, 11, 15)], ot=True)
    s = stubs[0]
    wages = q2(s["base"] * 24 / 12)
    alimony = Decimal(rng.randrange(4, 13) * 100)
    hard = ["death"]
    start = D(2028, 9, rng.randrange(1, 28))
    signed = D(2028, 11, 27)
    total = wages + alimony
    buf, c = new_pdf()
    spots = halyard_form(
        c, loan, b, None, addr, "primary_residence", hard, start, {"wages": wages, "other": alimony}, {}, total
    )
    ink = Ink()
    pg, x, y, w = spots[0]["sig"]
    ink.sig(pg, x, y, w, full(b))
    pg, x, y = spots[0]["date"]
    ink.write(pg, x, y, us(signed))
    dpi = 200
    folder = loan
    p.write(f"{folder}/scan0007.pdf", images_to_pdf(print_and_scan(finish(buf, c), rng, dpi, ink), dpi))
    p.doc("mortgage_assistance_application", f"{folder}/scan0007.pdf", [1, 2], True)
    p.app = app_answers(
        loan, b, None, addr, "primary_residence", hard, start, {"wages": wages, "other": alimony}, signed, None, total
    )
    buf, c = new_pdf()
    stub_pay_record(
        c, s, employer, "19 Foundry St, Salt Reed, UT 84104", full(b), "Prepress", str(rng.randrange(10000, 99999))
    )
    p.write(f"{folder}/Paystub Nov 15.pdf", finish(buf, c))
    p.doc("pay_stub", f"{folder}/Paystub Nov 15.pdf", [1], False, stub_fields(s, employer, full(b)))
    bank = "Prairie Lantern Federal Credit Union"
    acct = str(rng.randrange(10**9, 10**10))
    deps = [
        (x["pay_date"], "PAYROLL QUILLON PRINT", x["net"])
        for x in make_stubs(rng, "semimonthly", 45000, [D(2028, 10, 13), D(2028, 10, 31)], False)
    ]
    deps.append((D(2028, 10, 5), "MOBILE DEPOSIT", alimony))
    st = make_statement(rng, 2028, 10, q2(rng.uniform(400, 1800)), deps)
    buf, c = new_pdf()
    statement_credit_union(
        c,
        st,
        bank,
        [full(b).upper()],
        [addr["street"].upper(), f"{addr['city']} {addr['state']} {addr['zip']}".upper()],
        acct,
        str(rng.randrange(100000, 999999)),
    )
    p.write(f"{folder}/October statement.pdf", finish(buf, c))
    p.doc("bank_statement", f"{folder}/October statement.pdf", [1], False, statement_fields(st, bank, acct[-4:]))
    buf, c = new_pdf()
    letter_page(
        c,
        [full(b), addr["street"], f"{addr['city']}, {addr['state']} {addr['zip']}"],
        signed,
        ["Halyard Point Mortgage Servicing"],
        f"Account No. {loan}",
        hardship_text("death", b),
        "Sincerely,",
        [full(b)],
    )
    p.write(f"{folder}/letter to Halyard.pdf", finish(buf, c))
    p.doc("hardship_letter", f"{folder}/letter to Halyard.pdf", [1], False, {"letter_date": signed.isoformat()})
    packets.append(p)
    return packets


# --------------------------------------------------------------------------------------------------- check

APP_KEYS = [
    "loan_number",
    "borrower_name",
    "co_borrower_name",
    "ssn_last4",
    "property_address",
    "occupancy",
    "hardship_types",
    "hardship_start_date",
    "income",
    "signed",
    "signed_on",
    "co_borrower_signed",
]
FIELDS = {
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
    "mortgage_assistance_application": set(),
    "other": set(),
}


def check(out: Path, packets: list[Packet]) -> list[str]:
    errors = []
    for p in packets:
        exp = json.loads((p.root / "expected.json").read_text())
        if list(exp) != ["loan_number", "received_on", "status", "missing", "application", "documents"]:
            errors.append(f"{p.name}: top-level keys {list(exp)}")
        if list(exp["application"]) != APP_KEYS:
            errors.append(f"{p.name}: application keys")
        inc = exp["application"]["income"]
        if abs(sum(v for k, v in inc.items() if k != "total") - inc["total"]) > 0.005:
            errors.append(f"{p.name}: income total")
        if sorted(exp["missing"]) != sorted(p.intended) or (exp["status"] == "complete") != (not p.intended):
            errors.append(f"{p.name}: codes/status")
        seen = {}
        for d in exp["documents"]:
            if set(d["fields"]) != FIELDS[d["type"]]:
                errors.append(f"{p.name}: {d['id']} fields {sorted(d['fields'])}")
            for pg in d["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    errors.append(f"{p.name}: page {key} in two documents")
                seen[key] = d
        for f in sorted(x for x in p.inbox.rglob("*") if x.is_file()):
            rel = f.relative_to(p.inbox).as_posix()
            reader = PdfReader(str(f))
            pdf = pdfium.PdfDocument(str(f))
            for i in range(len(reader.pages)):
                key = (rel, i + 1)
                has_text = bool(pdf[i].get_textpage().get_text_range().strip())
                if key in p.separators:
                    img = pdf[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
                    import zxingcpp

                    if not any(r.text == f"LOAN {exp['loan_number']}" for r in zxingcpp.read_barcodes(img)):
                        errors.append(f"{p.name}: separator barcode unreadable")
                    continue
                if key not in seen:
                    errors.append(f"{p.name}: page {key} in no document")
                    continue
                d = seen[key]
                if has_text == d["scanned"]:
                    errors.append(f"{p.name}: {key} scanned={d['scanned']} but text layer={has_text}")
            pdf.close()
            for d in exp["documents"]:
                if d["scanned"] or d["pages"][0]["file"] != rel or d["type"] == "mortgage_assistance_application":
                    continue
                txt = " ".join(reader.pages[pg["page"] - 1].extract_text() for pg in d["pages"])
                for k, v in d["fields"].items():
                    if isinstance(v, float) and k != "monthly_gross" and money(Decimal(str(v))) not in txt:
                        errors.append(f"{p.name}: {d['id']} {k}={v} not printed")
        for k in seen:
            if not (p.inbox / k[0]).is_file():
                errors.append(f"{p.name}: missing file {k[0]}")
        case = dict(exp)
        case["missing"] = [{"code": m} for m in exp["missing"]]
        cmp = sample_compare.compare(exp, case)
        if cmp.wrong():
            errors.append(f"{p.name}: self-compare {cmp.wrong()[:3]}")
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    a.out.mkdir(parents=True, exist_ok=True)
    for name in ("y1", "y2", "y3", "y4", "y5", "y6"):
        if (a.out / name).exists():
            shutil.rmtree(a.out / name)
    packets = build(a.out, a.seed)
    for p in packets:
        (p.root / "expected.json").write_text(json.dumps(p.expected(), indent=1) + "\n")
        print(f"{p.name}: {p.expected()['status']:<10} {','.join(p.expected()['missing']) or '-'}")
    if a.check:
        errors = check(a.out, packets)
        for e in errors:
            print("CHECK:", e)
        print("check:", "FAILED" if errors else "ok")
        if errors:
            return 1
    print(f"done in {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
