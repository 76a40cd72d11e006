"""A third holdout set of borrower packets (c1..c6), laid out unlike the shared samples and unlike the h and b
sets, to gauge how the service's reading holds on layouts nobody tuned it to.

    python benchmarks/holdout_packets_c.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a
servicer's "Request for Mortgage Assistance" (RMA) with numbered questions answered on underlines - typed in
its Word version with "[X]" / "[ ]" choices and e-signed through an envelope service, typed and signed in
ink then scanned, or printed blank and filled and ticked by hand; Form 710 filled through its AcroForm,
printed and scanned at 200 dpi a few degrees askew, and a copy of Form 710 without fields typed over in a
PDF editor; an ADP-style earnings statement (regular and overtime lines), a Gusto-style stub ("Pay period:
Mar 1 - Mar 15, 2025"); a big bank's two-page statement ("Beginning balance on March 1, 2025", "Account ending
in 1234") and a credit union share draft statement ("Previous Balance" / "New Balance", "XXXX-XXXX-1234",
trailing minus signs); a spreadsheet profit and loss printed landscape and fed in sideways, a VA benefits
summary letter, a pension payment confirmation, typed hardship letters, a word-processor fax cover, a blank
page inside a scan. Delivered as a loan folder, a combined fax without separator, files named by a scanner
or a phone app, a combined 300 dpi scan, and loose files named with the loan number.

The drawing primitives, the people, scanning and the checklist (`missing_codes`, shared/spec/checklist.md)
are holdout_packets.py's, so expected status and missing codes follow from the values drawn. `--check` also
confirms that every expected value is printed on its document and that the rules give the scenario's codes.
"""

from __future__ import annotations

import io
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageFilter, ImageOps
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
from holdout_packets import (
    Address,
    Application,
    Doc,
    Packet,
    Person,
    Scan,
    Sheet,
    Statement,
    Stub,
    cents,
    long_date,
    money,
    us,
)
from holdout_packets_b import BFile, Hourly, Pen

import pdf_factory as pf

BALLOT, BALLOT_X = "\u2610", "\u2612"


def short_month_day(d: date) -> str:
    """ "Mar 1": how payroll portals print a day without its year."""
    return f"{d:%b} {d.day}"


def _hex_id(rng: random.Random, groups: Sequence[int]) -> str:
    """An envelope or document id; never five digits in a row, so nothing in it reads as a loan number."""
    while True:
        value = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in groups)
        if not re.search(r"\d{5,}", value):
            return value


# --- the application's answers --------------------------------------------------------------------------------

# RMA income lines: key, checklist income code, label as printed
RMA_ROWS = [
    ("wages", "wages", "Gross wages and salary (before taxes)"),
    ("overtime", "wages", "Overtime, commissions, bonuses and tips"),
    ("self_employment", "self_employment", "Self-employment income (net of business expenses)"),
    ("unemployment", "unemployment", "Unemployment benefits"),
    ("benefits_taxable", "benefits_taxable", "Social Security, pension, annuity or disability (taxable)"),
    ("benefits_nontaxable", "benefits_nontaxable", "Non-taxable Social Security, SSI or VA disability"),
    ("rental", "rental", "Rental income (rents received less expenses)"),
    ("investment", "investment", "Interest, dividends or insurance income"),
    ("support", "other", "Child support, alimony or separate maintenance"),
    ("other", "other", "Other income"),
]
RMA_CODE = {key: code for key, code, _ in RMA_ROWS}


@dataclass
class CApplication(Application):
    """The answers, plus the income as written line by line (wages and overtime are two lines of one code)."""

    rows: dict[str, Decimal] = field(default_factory=dict)
    facts: dict[str, str] = field(default_factory=dict)


def c_app(rows: dict[str, Decimal], **answers: Any) -> CApplication:
    lines = [(RMA_CODE[key], amount, "B") for key, amount in rows.items() if amount]
    return CApplication(income_lines=lines, rows=rows, **answers)


# --- application 1: a servicer's Request for Mortgage Assistance -----------------------------------------------

RMA_HARDSHIPS = [
    ("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income or hours"),
    ("increase_in_housing_expenses", "Increase in housing expenses"), ("disaster", "Natural or man-made disaster"),
    ("disability_or_illness", "Disability or serious illness"), ("divorce_or_separation", "Divorce or separation"),
    ("separation_unmarried", "Separation of unmarried borrowers"), ("death", "Death of a borrower or wage earner"),
    ("relocation", "Distant employment transfer"), ("other", "Other (explain below)"),
]


def rma_form(app: CApplication, servicer: tuple[str, str, str], fill: str, rng: random.Random) -> list[Sheet]:
    """The servicer's RMA as a word-processor document: numbered questions with answer underlines.

    fill "esign": typed into the Word version ("[X]" choices) and signed through an envelope service;
    "typed-ink": typed the same way, printed and signed and dated in pen; "hand": printed blank (square boxes)
    and filled, ticked, signed by hand."""
    name, street, contact = servicer
    typed = fill != "hand"
    pen = Pen(rng, hand=not typed, gray=0.15, typed_font="sans")
    ink = Pen(rng, hand=True, gray=0.12)
    when = (lambda d: us(d)) if typed else (lambda d: f"{d.month}/{d.day}/{d.year}")
    envelope = _hex_id(rng, (8, 4, 4, 4, 12)) if fill == "esign" else ""
    na = "N/A" if fill == "hand" else ""  # the instructions ask for "N/A" where a question does not apply
    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        if envelope:
            sheet.text(30, 22, f"Docusign Envelope ID: {envelope}", 7.5, "sans", 0.1)
        sheet.text(54, 52, name, 15, "serif-b")
        sheet.text(54, 65, street, 8.5, "serif", 0.2)
        sheet.text(558, 52, "RMA-3 (Rev. 08/2024)", 7.5, "serif", 0.25, "r")
        sheet.text(558, 65, contact, 8.5, "serif", 0.2, "r")
        sheet.line(54, 73, 558, 73, 0.9)
        sheet.text(306, 764, f"Page {page} of 2", 8.5, "serif", 0.2, "c")

    def ask(sheet: Sheet, y: float, label: str, value: str, x: float = 54, x_end: float = 558) -> None:
        sheet.text(x, y, label, 10, "serif")
        start = x + hp.text_width(label, "serif", 10) + 5
        sheet.line(start, y + 2.5, x_end, y + 2.5, 0.5)
        pen.write(sheet, start + 4, y - 0.5, value, 10, fit=x_end - start - 8)

    def choice(sheet: Sheet, x: float, y: float, chosen: bool, label: str) -> float:
        if typed:
            sheet.text(x, y, "[X]" if chosen else "[ ]", 10, "serif")
            lx = x + hp.text_width("[X]", "serif", 10) + 4
        else:
            sheet.box(x, y - 8.5, False, 9)
            if chosen:
                pen.tick(sheet, x, y - 8.5)
            lx = x + 14
        sheet.text(lx, y, label, 10, "serif")
        return lx + hp.text_width(label, "serif", 10) + 12

    def part(sheet: Sheet, y: float, title: str) -> float:
        sheet.text(54, y, title, 10.5, "serif-b")
        sheet.line(54, y + 2, 54 + hp.text_width(title, "serif-b", 10.5), y + 2, 0.7)
        return y + 24

    co = app.co_borrower
    p1.text(306, 98, "REQUEST FOR MORTGAGE ASSISTANCE (RMA)", 14, "serif-b", align="c")
    y = p1.wrap(54, 116, "Complete all six parts of this form and return it, signed, with the documents listed on the "
                "enclosed checklist. Answer every question; write \u201cN/A\u201d where a question does not apply. "
                "Incomplete requests may delay our review.", 504, 9, "serif-i", 12)
    y = part(p1, y + 12, "PART 1.  BORROWER INFORMATION")
    ask(p1, y, "1.  Loan number:", app.loan, x_end=300)
    ask(p1, y, "2.  Number of people in household:", str(rng.randint(1, 5)), x=320)
    y += 24
    ask(p1, y, "3.  Borrower's name (first, middle, last):", app.borrower.name)
    y += 24
    ask(p1, y, "4.  Last four digits of borrower's SSN:", app.ssn4, x_end=300)
    ask(p1, y, "5.  Phone:", app.phone, x=320)
    y += 24
    ask(p1, y, "6.  Borrower's e-mail address:", app.email or na)
    y += 24
    ask(p1, y, "7.  Co-borrower's name (first, middle, last):", co.name if co else na)
    y += 24
    ask(p1, y, "8.  Last four digits of co-borrower's SSN:", app.co_ssn4 or na, x_end=300)
    ask(p1, y, "9.  Phone:", app.facts.get("co_phone", na) if co else na, x=320)
    y = part(p1, y + 30, "PART 2.  PROPERTY")
    ask(p1, y, "10. Property address (number and street):", app.address.street)
    y += 24
    ask(p1, y, "      City:", app.address.city, x_end=290)
    ask(p1, y, "State:", app.address.state, x=300, x_end=390)
    ask(p1, y, "ZIP code:", app.address.zip, x=400)
    y += 24
    ask(p1, y, "11. Mailing address, if different:", app.mailing.one_line if app.mailing else na)
    y += 24
    p1.text(54, y, "12. The property is currently:", 10, "serif")
    x = 190
    for code, label in (("primary_residence", "My primary residence"), ("second_home", "A second home"),
                        ("investment_property", "An investment property")):
        x = choice(p1, x, y, app.occupancy == code, label)
    y += 24
    p1.text(54, y, "13. Is the property listed for sale?", 10, "serif")
    x = choice(p1, 232, y, False, "Yes")
    choice(p1, x, y, True, "No")
    p1.text(316, y, "14. Have you filed for bankruptcy?", 10, "serif")
    x = choice(p1, 472, y, False, "Yes")
    choice(p1, x, y, True, "No")
    y = part(p1, y + 30, "PART 3.  HARDSHIP")
    p1.text(54, y, "15. I am (we are) having difficulty making the monthly payment because of (check all that apply):",
            10, "serif")
    y += 20
    for i, (code, label) in enumerate(RMA_HARDSHIPS):
        choice(p1, 74 if i % 2 == 0 else 320, y + (i // 2) * 18, code in app.hardships, label)
    y += 5 * 18 + 8
    ask(p1, y, "16. If other, explain:", app.other_hardship_text or (na if fill == "hand" else ""))
    y += 24
    ask(p1, y, "17. Date the hardship began (MM/DD/YYYY):", when(app.hardship_start) if app.hardship_start else "",
        x_end=400)
    y += 24
    p1.text(54, y, "18. The hardship is:", 10, "serif")
    x = choice(p1, 150, y, False, "short-term (under 6 months)")
    choice(p1, x, y, True, "long-term or permanent")

    y = part(p2, 104, "PART 4.  MONTHLY HOUSEHOLD INCOME (all borrowers, gross before taxes)")
    for number, (key, _, label) in enumerate(RMA_ROWS, start=19):
        lead = f"{number}. {label}"
        p2.text(54, y, lead, 10, "serif")
        dots_from = 54 + hp.text_width(lead, "serif", 10) + 4
        p2.text(dots_from, y, "." * max(0, int((420 - dots_from) / hp.text_width(".", "serif", 10))), 10, "serif",
                0.45)
        p2.text(428, y, "$", 10, "serif")
        p2.line(438, y + 2.5, 558, y + 2.5, 0.5)
        amount = app.rows.get(key, Decimal(0))
        if amount:
            pen.write(p2, 446 if not typed else 552, y - 0.5, money(amount), 10, "l" if not typed else "r")
        y += 21
    p2.text(54, y + 4, "29. TOTAL GROSS MONTHLY HOUSEHOLD INCOME", 10, "serif-b")
    p2.text(428, y + 4, "$", 10, "serif-b")
    p2.line(438, y + 6.5, 558, y + 6.5, 1.0)
    pen.write(p2, 446 if not typed else 552, y + 3.5, money(app.total), 10, "l" if not typed else "r")
    y = part(p2, y + 36, "PART 5.  MONTHLY HOUSING EXPENSES")
    for number, label, amount in ((30, "First mortgage payment (principal, interest, taxes, insurance)",
                                   rng.randrange(950, 2700)),
                                  (31, "Homeowner's association dues", rng.choice([0, 0, 35, 85, 150]))):
        p2.text(54, y, f"{number}. {label}", 10, "serif")
        p2.text(428, y, "$", 10, "serif")
        p2.line(438, y + 2.5, 558, y + 2.5, 0.5)
        pen.write(p2, 446 if not typed else 552, y - 0.5, money(Decimal(amount)) if amount else na, 10,
                  "l" if not typed else "r")
        y += 21
    y = part(p2, y + 14, "PART 6.  ACKNOWLEDGMENT AND AGREEMENT")
    for paragraph in ("I certify that all of the information in this Request for Mortgage Assistance is truthful and "
                      "that the hardship I have identified contributed to my need for mortgage relief. Knowingly "
                      "submitting false information may violate federal law.",
                      "I understand that the servicer will use this information to evaluate my eligibility for "
                      "assistance, may verify it, and may obtain a credit report on each borrower named above."):
        y = p2.wrap(54, y, paragraph, 504, 9, "serif", 12) + 6
    y += 40
    signers = [("Borrower signature", app.signed, app.signed_on),
               ("Co-borrower signature", co is not None and app.co_signed, app.co_signed_on if co else None)]
    for label, signed, signed_on in signers:
        p2.line(54, y, 340, y, 0.7)
        p2.line(380, y, 558, y, 0.7)
        p2.text(54, y + 11, label, 8, "serif", 0.2)
        p2.text(380, y + 11, "Date", 8, "serif", 0.2)
        if signed and fill == "esign":  # the envelope service's stamp: a bracket, its label, the signer's id
            p2.path([(134, y - 34), (130, y - 34), (130, y + 16), (134, y + 16)], 0.8, 0.3)
            p2.text(136, y - 31.5, "DocuSigned by:", 6.5, "sans", 0.25)
            p2.signature(rng, 140, y - 4, 150, 18, gray=0.1)
            p2.text(136, y + 14, _hex_id(rng, (15,)), 6, "sans", 0.35)
        elif signed:
            p2.signature(rng, 80, y - 2, 190, 22, gray=0.12)
        if signed_on:
            if fill == "esign":
                p2.text(390, y - 4, f"{signed_on.month}/{signed_on.day}/{signed_on.year}", 10, "sans")
            elif fill == "typed-ink":
                ink.write(p2, 392, y - 3, f"{signed_on.month}/{signed_on.day}/{signed_on.year}", 11)
            else:
                pen.write(p2, 392, y - 3, when(signed_on), 11)
        y += 58
    return [p1, p2]


# --- application 2: Form 710 without fields, typed over in a PDF editor ------------------------------------------

F710_HARDSHIP = {"unemployment": 41, "reduction_in_income": 42, "increase_in_housing_expenses": 43, "disaster": 44,
                 "disability_or_illness": 45, "divorce_or_separation": 46, "separation_unmarried": 47, "death": 48,
                 "relocation": 49, "other": 50}
F710_INCOME = {code: n for n, code in enumerate(hp.INCOME_CODES, start=2)}
F710_OCCUPANCY = {"primary_residence": 24, "second_home": 25, "investment_property": 26}


@cache
def form710_paper() -> tuple[bytes, dict[str, tuple[int, tuple[float, float, float, float]]]]:
    """The blank Form 710 as printed on paper (its fields gone) and where each field's widget was."""
    reader = PdfReader(pf.FORM710_BLANK)
    rects: dict[str, tuple[int, tuple[float, float, float, float]]] = {}
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/T"):
                x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
                rects[str(widget["/T"])] = (index, (x0, y0, x1, y1))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        annots = page.get("/Annots")
        if annots is not None:
            kept = [a for a in annots.get_object() if a.get_object().get("/Subtype") != "/Widget"]
            page[NameObject("/Annots")] = ArrayObject(kept)
    if "/AcroForm" in writer.root_object:
        del writer.root_object["/AcroForm"]
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue(), rects


def form710_typed_over(app: Application, rng: random.Random) -> bytes:
    """A copy of Form 710 whose fields were flattened away (as servicers' re-issued copies often are), the
    answers typed on top with a PDF editor's text tool and a drawn signature placed on page 4."""
    paper, rects = form710_paper()
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address.one_line, f"Checkbox_{F710_OCCUPANCY[app.occupancy]}": True,
        "Checkbox_27" if app.occupancy == "primary_residence" else "Checkbox_28": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Checkbox_39": True,
        "Number_10": money(Decimal(rng.randrange(150, 3200))),
    }
    if app.mailing:
        values["Text_7"] = app.mailing.one_line
    if app.co_borrower:
        values |= {"Text_4": app.co_borrower.name, "Text_5": app.co_ssn4 or ""}
    if app.hardship_start:
        values["Date_1"] = us(app.hardship_start)
    for code in app.hardships:
        values[f"Checkbox_{F710_HARDSHIP[code]}"] = True
    if app.other_hardship_text:
        values["Text_9"] = app.other_hardship_text
    for code in app.claimed:
        values[f"Number_{F710_INCOME[code]}"] = f"${money(app.income(code))}"
    if app.signed_on:
        values["Date_3"] = us(app.signed_on)
    if app.co_signed_on:
        values["Date_4"] = us(app.co_signed_on)
    overlays: dict[int, Sheet] = {i: Sheet() for i in range(len(PdfReader(io.BytesIO(paper)).pages))}
    for name, value in values.items():
        index, (x0, y0, x1, y1) = rects[name]
        sheet = overlays[index]
        if value is True:
            sheet.text((x0 + x1) / 2, hp.PAGE_H - y0 - 1.2, "X", 9.5, "sans-b", align="c")
        elif value:
            sheet.text(x0 + 3, hp.PAGE_H - y1 + 11.5, str(value), 10, "sans", 0.05)
    if app.signed:  # Signature_1's rectangle: x 145-396, y 343-367 (PDF, bottom-up)
        overlays[3].signature(rng, 170, hp.PAGE_H - 346, 190, 20, gray=0.1)
    if app.co_borrower and app.co_signed:
        overlays[3].signature(rng, 180, hp.PAGE_H - 308, 180, 20, gray=0.1)
    return hp.overlay_pdf(paper, overlays)


# --- pay stubs ----------------------------------------------------------------------------------------------

TAX_LABELS = {"Federal Income Tax": "Federal Income Tax", "Social Security": "Social Security Tax",
              "Medicare": "Medicare Tax"}


def _ytd_factor(stub: Stub) -> Decimal | None:
    return (stub.ytd_gross / stub.gross) if stub.ytd_gross else None


def stub_adp(stub: Stub, rng: random.Random, pay: Hourly | None) -> Sheet:
    """Payroll layout E: an ADP-style "Earnings Statement" - company codes in the corner, Period Beginning /
    Period Ending / Pay Date, an earnings grid (rate, hours, this period, year to date), statutory deductions as
    negatives, "Net Pay", and a non-negotiable deposit advice under a perforation."""
    s = Sheet()
    factor = _ytd_factor(stub)
    state = stub.employee_address.state
    codes = [("CO.", "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3))),
             ("FILE", f"{rng.randint(100, 999)}{rng.randint(100, 999)}"), ("DEPT.", f"{rng.randint(1000, 9999)}"),
             ("CLOCK", f"{rng.randint(10, 99)}"), ("VCHR. NO.", f"{rng.randint(10000, 99999)}"), ("", "1")]
    x = 40
    for label, value in codes:
        s.text(x, 42, label, 6.5, "sans", 0.25)
        s.text(x, 52, value, 7.5, "mono")
        x += max(hp.text_width(label, "sans", 6.5), hp.text_width(value, "mono", 7.5)) + 12
    s.text(40, 74, stub.employer.upper(), 9.5, "sans-b")
    s.text(40, 85, stub.employer_address.street.upper(), 8.5)
    s.text(40, 96, stub.employer_address.last_line.upper(), 8.5)
    s.text(340, 52, "Earnings Statement", 17, "sans-b")
    for i, (label, value) in enumerate((("Period Beginning:", us(stub.period_start)),
                                        ("Period Ending:", us(stub.period_end)), ("Pay Date:", us(stub.pay_date)))):
        s.text(340, 72 + i * 12, label, 8.5)
        s.text(440, 72 + i * 12, value, 8.5)
    for i, line in enumerate(("Taxable Marital Status: " + rng.choice(["Single", "Married"]), "Exemptions/Allowances:",
                              f"    Federal: {rng.randint(0, 3)}", f"    {state}: {rng.randint(0, 3)}")):
        s.text(40, 124 + i * 11, line, 8)
    for i, line in enumerate((stub.employee.upper, stub.employee_address.street.upper(),
                              stub.employee_address.last_line.upper())):
        s.text(358, 132 + i * 13, line, 10, "sans-b" if i == 0 else "sans")
    y = 190
    cols = ((40, "Earnings", "l"), (150, "rate", "r"), (196, "hours", "r"), (262, "this period", "r"),
            (336, "year to date", "r"))
    for x, label, align in cols:
        s.text(x, y, label, 8.5, "sans-b", align=align)
    s.line(40, y + 4, 340, y + 4, 0.6)
    y += 17
    lines = ([("Regular", f"{pay.rate:.4f}", f"{pay.hours:.2f}", pay.regular),
              ("Overtime", f"{cents(pay.rate * Decimal('1.5')):.4f}", f"{pay.ot_hours:.2f}", pay.overtime)]
             if pay else [("Regular", "", "80.00" if stub.frequency == "biweekly" else "", stub.gross)])
    for label, rate, hours, current in lines:
        if not current:
            continue
        for (x, _, align), value in zip(cols, (label, rate, hours, money(current),
                                               money(current * factor) if factor else ""), strict=True):
            s.text(x + (8 if x == 40 else 0), y, value, 8.5, align=align)
        y += 12
    y += 4
    s.text(90, y, "Gross Pay", 9, "sans-b")
    s.text(262, y, f"${money(stub.gross)}", 9, "sans-b", align="r")
    s.text(336, y, money(stub.ytd_gross) if stub.ytd_gross else "", 9, "sans-b", align="r")
    y += 24
    s.text(40, y, "Deductions", 8.5, "sans-b")
    s.text(96, y, "Statutory", 8.5, "sans-b")
    y += 13
    taxes, other = stub.deductions[:-1], stub.deductions[-1]
    for label, current, ytd in taxes:
        shown = TAX_LABELS.get(label, f"{state} State Income Tax")
        s.text(104, y, shown, 8.5)
        s.text(262, y, f"-{money(current)}", 8.5, align="r")
        s.text(336, y, money(ytd) if factor else "", 8.5, align="r")
        y += 12
    s.text(96, y + 2, "Other", 8.5, "sans-b")
    y += 15
    s.text(104, y, other[0], 8.5)
    s.text(262, y, f"-{money(other[1])}*", 8.5, align="r")
    s.text(336, y, money(other[2]) if factor else "", 8.5, align="r")
    y += 22
    s.text(90, y, "Net Pay", 10, "sans-b")
    s.text(262, y, f"${money(stub.net)}", 10, "sans-b", align="r")
    y += 16
    s.text(90, y, "* Excluded from federal taxable wages", 7.5, "sans-i", 0.3)
    s.text(90, y + 11, f"Your federal taxable wages this period are ${money(stub.gross - other[1])}", 7.5,
           "sans-i", 0.3)
    ry = 190
    s.text(372, ry, "Other Benefits and", 8.5, "sans-b")
    s.text(372, ry + 11, "Information", 8.5, "sans-b")
    s.text(500, ry + 11, "this period", 8, "sans-b", align="r")
    s.text(572, ry + 11, "total to date", 8, "sans-b", align="r")
    ry += 26
    hours_total = (pay.hours + pay.ot_hours) if pay else Decimal(80)
    benefits = (("Totl Hrs Worked", f"{hours_total:.2f}", ""), ("Vac Hrs", "", f"{rng.randint(8, 80)}.00"),
                ("Sick Hrs", "", f"{rng.randint(4, 40)}.00"))
    for label, now, total in benefits:
        s.text(380, ry, label, 8.5)
        s.text(500, ry, now, 8.5, align="r")
        s.text(572, ry, total, 8.5, align="r")
        ry += 12
    ry += 14
    s.text(372, ry, "Important Notes", 8.5, "sans-b")
    s.text(380, ry + 12, f"COMPANY PH#: {hp.phone(rng)}", 8)
    s.text(380, ry + 23, f"BASIS OF PAY: {'HOURLY' if pay else 'SALARIED'}", 8)
    y = max(y + 40, 470)
    for x in range(30, 584, 7):
        s.line(x, y, x + 3.5, y, 0.5, 0.45)
    y += 34
    s.text(40, y, stub.employer.upper(), 9.5, "sans-b")
    s.text(40, y + 11, stub.employer_address.street.upper(), 8)
    s.text(40, y + 21, stub.employer_address.last_line.upper(), 8)
    s.text(400, y, "Advice number:", 8.5)
    s.text(572, y, f"{rng.randint(10000, 99999)}", 8.5, align="r")
    s.text(400, y + 12, "Pay date:", 8.5)
    s.text(572, y + 12, us(stub.pay_date), 8.5, align="r")
    y += 50
    s.text(40, y, "Deposited to the account of", 8, "sans", 0.3)
    s.text(40, y + 13, stub.employee.upper, 9.5)
    for x, label, value in ((260, "account number", f"xxxxxx{rng.randint(1000, 9999)}"),
                            (380, "transit ABA", "xxxx xxxx"), (572, "amount", f"${money(stub.net)}")):
        s.text(x, y, label, 8, "sans", 0.3, "r" if x > 500 else "l")
        s.text(x, y + 13, value, 9.5, align="r" if x > 500 else "l")
    s.text(306, y + 58, "NON-NEGOTIABLE", 24, "sans-b", 0.82, "c")
    return s


def stub_gusto(stub: Stub, rng: random.Random) -> Sheet:
    """Payroll layout F: a payroll app's stub - "Pay period: Mar 1 - Mar 15, 2025" and "Pay Day" as text, the
    net pay in a box, earnings, taxes, deductions and a summary each in its own light table."""
    s = Sheet()
    factor = _ytd_factor(stub)
    state = stub.employee_address.state
    s.text(48, 60, stub.employer, 16, "sans-b")
    s.text(48, 75, f"{stub.employer_address.street}, {stub.employer_address.last_line}", 8.5, "sans", 0.35)
    s.text(48, 108, "Employee", 8, "sans-b", 0.45)
    s.text(48, 122, stub.employee.name, 10.5, "sans-b")
    s.text(48, 135, stub.employee_address.street, 9)
    s.text(48, 147, stub.employee_address.last_line, 9)
    period = f"{short_month_day(stub.period_start)} - {short_month_day(stub.period_end)}, {stub.period_end.year}"
    s.text(250, 122, f"Pay period: {period}", 9.5)
    s.text(250, 136, f"Pay Day: {short_month_day(stub.pay_date)}, {stub.pay_date.year}", 9.5)
    s.text(250, 150, f"Check number: DD-{rng.randint(1000, 9999)}", 9, "sans", 0.35)
    s.rect(440, 100, 124, 52, width=0.6, stroke=0.7, fill=0.95)
    s.text(452, 118, "Net Pay", 8.5, "sans-b", 0.4)
    s.text(452, 140, f"${money(stub.net)}", 16, "sans-b")

    def table(y: float, title: str, heads: Sequence[tuple[float, str, str]],
              rows: Sequence[Sequence[str]], bold_last: bool = False) -> float:
        s.text(48, y, title, 11, "sans-b")
        y += 8
        s.rect(48, y, 516, 16, stroke=None, fill=0.93)
        for x, label, align in heads:
            s.text(x, y + 11.5, label, 8, "sans-b", 0.3, align)
        y += 16
        for i, row in enumerate(rows):
            bold = bold_last and i == len(rows) - 1
            for (x, _, align), value in zip(heads, row, strict=True):
                s.text(x, y + 12, value, 9, "sans-b" if bold else "sans", align=align)
            s.line(48, y + 17, 564, y + 17, 0.4, 0.82)
            y += 17
        return y + 22

    heads5 = ((54, "Description", "l"), (300, "Rate", "r"), (370, "Hours", "r"), (460, "Current", "r"),
              (558, "Year-To-Date", "r"))
    y = table(184, "Employee Gross Earnings", heads5,
              [("Salary", "", "", money(stub.gross), money(stub.ytd_gross) if stub.ytd_gross else ""),
               ("Gross Earnings", "", "", money(stub.gross), money(stub.ytd_gross) if stub.ytd_gross else "")],
              bold_last=True)
    heads3 = ((54, "Description", "l"), (460, "Current", "r"), (558, "Year-To-Date", "r"))
    taxes, other = stub.deductions[:-1], stub.deductions[-1]
    y = table(y, "Employee Taxes Withheld", heads3,
              [(label if label in TAX_LABELS else f"{state} Withholding Tax", money(current),
                money(ytd) if factor else "") for label, current, ytd in taxes])
    y = table(y, "Employee Deductions", ((54, "Description", "l"), (300, "Type", "l"), (460, "Current", "r"),
                                          (558, "Year-To-Date", "r")),
              [(other[0], "Pre-Tax", money(other[1]), money(other[2]) if factor else "")])
    tax_now = sum((c for _, c, _ in taxes), Decimal(0))
    tax_ytd = sum((t for _, _, t in taxes), Decimal(0))
    ytd = (lambda v: money(v)) if factor else (lambda v: "")
    y = table(y, "Summary", heads3,
              [("Gross Earnings", money(stub.gross), ytd(stub.ytd_gross or 0)),
               ("Pre-Tax Deductions/Contributions", money(other[1]), ytd(other[2])),
               ("Taxes", money(tax_now), ytd(tax_ytd)), ("Post-Tax Deductions/Contributions", "0.00", ytd(0)),
               ("Net Pay", money(stub.net), ytd((stub.ytd_gross or 0) - other[2] - tax_ytd)),
               ("Total Reimbursements", "0.00", ytd(0))])
    s.text(48, y, "Payment Details", 11, "sans-b")
    s.text(54, y + 18, f"Direct Deposit  \u00b7  Checking ******{rng.randint(1000, 9999)}", 9)
    s.text(558, y + 18, f"${money(stub.net)}", 9, align="r")
    s.text(306, 744, "Payroll processed by Ledgerly Payroll  \u00b7  questions? ask your employer", 7.5, "sans", 0.45,
           "c")
    return s


# --- bank statements ----------------------------------------------------------------------------------------


def _daily_balances(st: Statement) -> list[tuple[date, Decimal]]:
    balances: dict[date, Decimal] = {}
    for day, _, _, balance in st.rows:
        balances[day] = balance
    return sorted(balances.items())


def statement_meridian(st: Statement) -> list[Sheet]:
    """Bank layout R: a big bank's two pages - "Account ending in 1234", a summary with "Beginning balance on
    March 1, 2025" and "Ending balance on ...", deposits, withdrawals and checks in separate lists without a
    running balance, then the daily ledger balances."""
    period = f"{long_date(st.start)} to {long_date(st.end)}"
    checks = [r for r in st.rows if r[1].startswith("CHECK")]
    withdrawals = [r for r in st.rows if r[2] < 0 and not r[1].startswith("CHECK")]
    deposits = [r for r in st.rows if r[2] > 0]
    total_checks = -sum((r[2] for r in checks), Decimal(0))
    total_withdrawals = -sum((r[2] for r in withdrawals), Decimal(0))
    days = (st.end - st.start).days + 1
    p1, p2 = Sheet(), Sheet()
    for page, s in ((1, p1), (2, p2)):
        s.rect(40, 34, 20, 20, stroke=None, fill=0.18)
        s.path([(44, 50), (50, 39), (56, 50)], 1.6, 1.0)
        s.text(66, 50, "Meridian National Bank", 15, "sans-b", 0.12)
        s.text(40, 68, "P.O. Box 25118  \u00b7  Charlotte, NC 28229-5118", 7.5, "sans", 0.35)
        s.text(572, 760, f"Page {page} of 2", 8, "sans", 0.3, "r")
        s.text(40, 760, "Meridian National Bank, N.A.  Member FDIC", 7, "sans", 0.4)
    s = p1
    for i, line in enumerate((st.holder.upper, st.home.street.upper(), st.home.last_line.upper())):
        s.text(58, 112 + i * 12, line, 9.5)
    s.rect(368, 86, 204, 78, width=0.6, stroke=0.5)
    s.text(376, 100, "Customer service information", 8.5, "sans-b")
    for i, line in enumerate(("Customer service: 1.800.555.0142", "TDD/TTY users only: 1.800.555.0199",
                              "En Espa\u00f1ol: 1.800.555.0143", "meridianbank.example",
                              "P.O. Box 25118, Charlotte, NC 28229")):
        s.text(376, 114 + i * 10.5, line, 7.8)
    s.text(40, 196, "Your Meridian Everyday Checking", 13, "sans-b")
    s.text(40, 211, f"for {period}", 9.5)
    s.text(572, 196, f"Account ending in {st.last4}", 9.5, "sans-b", align="r")
    y = 230
    s.rect(40, y, 532, 104, width=0.6, stroke=0.55)
    s.text(48, y + 16, "Account summary", 10.5, "sans-b")
    summary = [(f"Beginning balance on {long_date(st.start)}", f"${money(st.begin)}"),
               ("Deposits and other additions", money(st.deposits)),
               ("Withdrawals and other subtractions", f"-{money(total_withdrawals)}"),
               ("Checks", f"-{money(total_checks)}"), ("Service fees", "-0.00"),
               (f"Ending balance on {long_date(st.end)}", f"${money(st.ending)}")]
    for i, (label, value) in enumerate(summary):
        bold = i in (0, len(summary) - 1)
        s.text(48, y + 32 + i * 12, label, 8.8, "sans-b" if bold else "sans")
        s.text(330, y + 32 + i * 12, value, 8.8, "sans-b" if bold else "sans", align="r")
    average = sum((b for _, b in _daily_balances(st)), Decimal(0)) / max(1, len(_daily_balances(st)))
    for i, (label, value) in enumerate((("# of deposits/credits:", str(len(deposits))),
                                        ("# of withdrawals/debits:", str(len(withdrawals) + len(checks))),
                                        ("# of days in cycle:", str(days)),
                                        ("Average ledger balance:", f"${money(cents(average))}"))):
        s.text(360, y + 32 + i * 12, label, 8.5)
        s.text(564, y + 32 + i * 12, value, 8.5, align="r")
    y += 130

    def listing(sheet: Sheet, y: float, title: str, rows: Sequence[tuple[date, str, Decimal, Decimal]],
                total_label: str, total: str) -> float:
        sheet.text(40, y, title, 10.5, "sans-b")
        y += 16
        for x, label, align in ((44, "Date", "l"), (110, "Description", "l"), (568, "Amount", "r")):
            sheet.text(x, y, label, 8, "sans-b", 0.3, align)
        sheet.line(40, y + 4, 572, y + 4, 0.5)
        y += 16
        for day, desc, amount, _ in rows:
            sheet.text(44, y, day.strftime("%m/%d/%y"), 8.5)
            sheet.text(110, y, desc, 8.5)
            sheet.text(568, y, money(amount) if amount > 0 else f"-{money(-amount)}", 8.5, align="r")
            y += 13
        sheet.line(40, y - 7, 572, y - 7, 0.4, 0.6)
        sheet.text(44, y + 5, total_label, 8.8, "sans-b")
        sheet.text(568, y + 5, total, 8.8, "sans-b", align="r")
        return y + 34

    listing(s, y, "Deposits and other additions", deposits, "Total deposits and other additions",
            f"${money(st.deposits)}")
    s = p2
    s.text(40, 92, f"{st.holder.upper}  |  Account ending in {st.last4}  |  {period}", 8.5, "sans", 0.3)
    y = listing(s, 118, "Withdrawals and other subtractions", withdrawals, "Total withdrawals and other subtractions",
                f"-${money(total_withdrawals)}")
    if checks:
        y = listing(s, y, "Checks", checks, "Total checks", f"-${money(total_checks)}")
    s.text(40, y, "Daily ledger balances", 10.5, "sans-b")
    y += 16
    balances = _daily_balances(st)
    per_column = (len(balances) + 2) // 3
    for i, (day, balance) in enumerate(balances):
        col, row = divmod(i, per_column)
        s.text(44 + col * 180, y + row * 12, day.strftime("%m/%d"), 8.5)
        s.text(190 + col * 180, y + row * 12, money(balance), 8.5, align="r")
    return [p1, p2]


def statement_tririvers(st: Statement) -> list[Sheet]:
    """Bank layout S: a credit union's one-page share draft statement - member number "XXXX-XXXX-1234", a
    horizontal summary (Previous Balance, Deposits & Credits, Withdrawals & Debits, Dividends, New Balance),
    the detail opened and closed by balance lines and withdrawals printed with a trailing minus."""
    s = Sheet()
    for i in range(3):
        s.path([(40 + k * 3, 46 + i * 6 + 2.2 * ((k % 4) in (1, 2)) * (1 if k % 8 < 4 else -1)) for k in range(10)],
               1.4, 0.2)
    s.text(78, 52, "TRI-RIVERS COMMUNITY CREDIT UNION", 13, "sans-b")
    s.text(78, 64, "PO Box 3390  \u00b7  Kenosha, WI 53141  \u00b7  (262) 555-0166  \u00b7  Federally insured by NCUA",
           7.5, "sans", 0.3)
    s.rect(372, 86, 200, 58, width=0.7)
    s.text(380, 100, "STATEMENT OF ACCOUNT", 9.5, "sans-b")
    for i, (label, value) in enumerate((("Statement Period:", f"{us(st.start)} - {us(st.end)}"),
                                        ("Account Number:", f"XXXX-XXXX-{st.last4}"), ("Page:", "1 of 1"))):
        s.text(380, 114 + i * 12, label, 8.3)
        s.text(564, 114 + i * 12, value, 8.3, align="r")
    for i, line in enumerate((st.holder.upper, st.home.street.upper(), st.home.last_line.upper())):
        s.text(58, 112 + i * 12, line, 9.5, "mono")
    y = 172
    heads = [(44, "Account Description", "l"), (250, "Previous Balance", "r"), (335, "Deposits & Credits", "r"),
             (425, "Withdrawals & Debits", "r"), (485, "Dividends", "r"), (568, "New Balance", "r")]
    s.rect(40, y, 532, 15, stroke=None, fill=0.85)
    for x, label, align in heads:
        s.text(x, y + 10.5, label, 7.5, "sans-b", align=align)
    values = ["SHARE DRAFT CHECKING", money(st.begin), money(st.deposits), money(st.debits), "0.00",
              money(st.ending)]
    for (x, _, align), value in zip(heads, values, strict=True):
        s.text(x, y + 28, value, 8.5, align=align)
    s.line(40, y + 34, 572, y + 34, 0.5)
    y += 60
    s.rect(40, y, 532, 15, stroke=None, fill=0.2)
    s.text(46, y + 10.5, "SHARE DRAFT CHECKING     ID 10", 8.5, "sans-b", 1.0)
    y += 30
    for x, label, align in ((44, "Eff Date", "l"), (100, "Transaction Description", "l"), (470, "Amount", "r"),
                            (568, "Balance", "r")):
        s.text(x, y, label, 8, "sans-b", 0.25, align)
    s.line(40, y + 4, 572, y + 4, 0.5)
    y += 17
    lines: list[tuple[date, str, str, Decimal]] = [(st.start, "Previous Balance", "", st.begin)]
    for day, desc, amount, balance in st.rows:
        text = desc.replace("CHECK ", "SHARE DRAFT #") if desc.startswith("CHECK") else desc
        lines.append((day, text, money(amount) if amount > 0 else f"{money(-amount)}-", balance))
    lines.append((st.end, "New Balance", "", st.ending))
    for day, desc, amount, balance in lines:
        bold = not amount
        s.text(44, y, day.strftime("%m/%d"), 8.5, "mono")
        s.text(100, y, desc, 8.5, "mono-b" if bold else "mono")
        s.text(470, y, amount, 8.5, "mono", align="r")
        s.text(568, y, money(balance), 8.5, "mono-b" if bold else "mono", align="r")
        y += 13
    y += 14
    s.text(44, y, "Annual Percentage Yield Earned 0.05%   Dividends paid year to date 0.00", 8, "sans", 0.3)
    s.text(44, y + 24, "Questions or errors? Call us or write to the address above within 60 days of this statement.",
           7.5, "sans-i", 0.35)
    return [s]


# --- a profit and loss printed landscape ---------------------------------------------------------------------


class LandscapeDoc(Doc):
    """A document printed in landscape and fed into the scanner upright: its page images lie turned 90
    degrees. Drawn on a 792 x 612 sheet; only ever scanned."""

    def images(self, dpi: int) -> list[Image.Image]:
        return [_landscape_image(sheet, dpi) for sheet in self.sheets]

    def digital(self) -> bytes:
        raise ValueError("a landscape printout is only delivered scanned")


def _landscape_image(sheet: Sheet, dpi: int) -> Image.Image:
    """hp.sheet_image paints on the module's page size; a landscape printout swaps it for one painting."""
    saved = hp.PAGE_W, hp.PAGE_H
    hp.PAGE_W, hp.PAGE_H = saved[1], saved[0]
    try:
        image = hp.sheet_image(sheet, dpi)
    finally:
        hp.PAGE_W, hp.PAGE_H = saved
    return image.rotate(90, expand=True)


def pnl_spreadsheet(owner: Person, business: str, end: date, monthly_net: Decimal, signed_on: date | None,
                    rng: random.Random) -> LandscapeDoc:
    """A bookkeeping program's "Profit & Loss" by month, January through the last closed month, printed
    landscape; signed and dated in pen under the printout."""
    s = Sheet()
    start = date(end.year, 1, 1)
    months = [date(end.year, m, 1) for m in range(1, end.month + 1)]
    revenue_names = ["Contract Revenue", "Materials Billed"]
    expense_names = ["Advertising", "Auto and Truck", "Insurance", "Job Supplies", "Subcontractors",
                     "Telephone"]
    shares = {"Advertising": (1, 3), "Auto and Truck": (5, 9), "Insurance": (3, 6), "Job Supplies": (8, 14),
              "Subcontractors": (6, 12), "Telephone": (1, 2)}
    income: dict[str, list[Decimal]] = {name: [] for name in revenue_names}
    expense: dict[str, list[Decimal]] = {name: [] for name in expense_names}
    for _ in months:
        gross = cents(monthly_net * Decimal(rng.randrange(150, 175)) / 100)
        materials = cents(gross * Decimal(rng.randrange(10, 18)) / 100)
        income["Contract Revenue"].append(gross - materials)
        income["Materials Billed"].append(materials)
        for name in expense_names:
            low, high = shares[name]
            expense[name].append(cents(gross * Decimal(rng.randint(low, high)) / 100))
    total_income = [sum(col, Decimal(0)) for col in zip(*income.values(), strict=True)]
    total_expense = [sum(col, Decimal(0)) for col in zip(*expense.values(), strict=True)]
    net = [a - b for a, b in zip(total_income, total_expense, strict=True)]
    printed = end + timedelta(days=rng.randint(1, 4))
    if signed_on:
        printed = min(printed, signed_on)
    s.text(30, 40, f"{rng.randint(8, 11)}:{rng.randint(10, 59)} AM", 8, "sans-b")
    s.text(30, 51, printed.strftime("%m/%d/%y"), 8, "sans-b")
    s.text(30, 62, "Accrual Basis", 8, "sans-b")
    s.text(396, 42, business, 13, "sans-b", align="c")
    s.text(396, 59, "Profit & Loss", 12, "sans-b", align="c")
    s.text(396, 73, f"{start:%B} {start.day} through {long_date(end)}", 9.5, "sans-b", align="c")
    label_w = 170
    width = min(66, (760 - label_w) / (len(months) + 1))
    col_x = [30 + label_w + width * (i + 1) for i in range(len(months) + 1)]  # right edges
    y = 100
    for x, m in zip(col_x, [*months, None], strict=True):
        s.text(x - 2, y, f"{m:%b} {m:%y}" if m else "TOTAL", 8, "sans-b", align="r")
    s.line(30, y + 4, col_x[-1], y + 4, 0.8)
    y += 18

    def row(label: str, indent: int, values: Sequence[Decimal] | None, bold: bool = False,
            rule: bool = False) -> None:
        nonlocal y
        if rule:
            for x in col_x:
                s.line(x - width + 8, y - 9, x, y - 9, 0.5)
        s.text(30 + indent * 9, y, label, 8, "sans-b" if bold else "sans")
        if values is not None:
            for x, v in zip(col_x, [*values, sum(values, Decimal(0))], strict=True):
                s.text(x - 2, y, money(v), 8, "sans-b" if bold else "sans", align="r")
        y += 12.5

    row("Ordinary Income/Expense", 0, None, bold=True)
    row("Income", 1, None, bold=True)
    for name in revenue_names:
        row(name, 2, income[name])
    row("Total Income", 1, total_income, bold=True, rule=True)
    row("Gross Profit", 0, total_income, bold=True)
    row("Expense", 1, None, bold=True)
    for name in expense_names:
        row(name, 2, expense[name])
    row("Total Expense", 1, total_expense, bold=True, rule=True)
    row("Net Ordinary Income", 0, net, bold=True, rule=True)
    y += 4
    row("Net Income", 0, net, bold=True, rule=True)
    for x in col_x:
        s.line(x - width + 8, y - 8, x, y - 8, 0.5)
        s.line(x - width + 8, y - 6.5, x, y - 6.5, 0.5)
    s.text(30, 580, "Page 1 of 1", 7.5, "sans", 0.3)
    pen = Pen(rng, hand=True, gray=0.14)
    sig_y = max(y + 70, 480)
    pen.write(s, 60, sig_y - 36, "I certify this profit & loss is true and correct.", 11)
    if signed_on:
        s.signature(rng, 70, sig_y, 170, 24, gray=0.12)
        pen.write(s, 300, sig_y - 2, f"{signed_on.month}/{signed_on.day}/{signed_on.year}", 12)
    pen.write(s, 70, sig_y + 22, owner.name, 11)
    total_net = sum(net, Decimal(0))
    return LandscapeDoc("profit_and_loss_statement", {"period_start": start, "period_end": end,
                                                      "net_income": total_net, "signed": signed_on is not None},
                        [s])


# --- letters and other papers -------------------------------------------------------------------------------


def va_benefit_letter(veteran: Person, home: Address, when: date, monthly: Decimal, rng: random.Random) -> Doc:
    """A VA benefits summary letter: the monthly award amount, the date of its last change, the combined
    evaluation, a service table."""
    s = Sheet()
    s.circle(306, 52, 22, 1.0)
    s.circle(306, 52, 17, 0.6)
    s.text(306, 56.5, "VA", 12, "serif-b", align="c")
    s.text(306, 92, "DEPARTMENT OF VETERANS AFFAIRS", 12.5, "serif-b", align="c")
    s.text(306, 105, "Veterans Benefits Administration  \u00b7  Regional Office", 9, "serif", 0.25, "c")
    s.text(540, 136, long_date(when), 10.5, "serif", align="r")
    y = 160
    for line in (veteran.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10.5, "serif")
        y += 13
    s.text(400, 184, "In Reply Refer To: 27/CS", 9, "serif")
    y += 28
    s.text(72, y, f"Dear {veteran.first} {veteran.last}:", 10.5, "serif")
    y = s.wrap(72, y + 20, "This letter is a summary of benefits you currently receive from the Department of "
               "Veterans Affairs (VA). We are providing this letter to disabled Veterans to use in applying for "
               "benefits such as state or local property or vehicle tax relief, civil service preference, to obtain "
               "housing entitlements, or any other program or entitlement in which verification of VA benefits is "
               "required. Please safeguard this important document.", 468, 10.5, "serif", 14)
    y += 10
    s.text(72, y, "Military Information", 11, "serif-b")
    y += 18
    entered = date(when.year - rng.randint(18, 30), rng.randint(1, 12), rng.randint(1, 28))
    released = date(entered.year + rng.randint(4, 10), rng.randint(1, 12), rng.randint(1, 28))
    xs = (72, 190, 320, 430)
    for x, label in zip(xs, ("Branch of Service", "Character of Service", "Entered Active Duty",
                             "Released/Discharged"), strict=True):
        s.text(x, y, label, 9, "serif-b")
    s.line(72, y + 4, 540, y + 4, 0.5)
    for x, value in zip(xs, (rng.choice(["Army", "Navy", "Air Force", "Marine Corps"]), "Honorable",
                             long_date(entered), long_date(released)), strict=True):
        s.text(x, y + 18, value, 9.5, "serif")
    y += 46
    s.text(72, y, "Your VA Benefits Summary", 11, "serif-b")
    y += 20
    effective = hp.add_months(when, -rng.randint(2, 9))
    for label, value in (("Your current monthly award amount is:", f"${money(monthly)}"),
                         ("The effective date of the last change to your current award was:", long_date(effective)),
                         ("Your combined service-connected evaluation is:", f"{rng.choice([50, 60, 70, 80])}%")):
        s.text(90, y, label, 10.5, "serif")
        s.text(540, y, value, 10.5, "serif-b", align="r")
        y += 17
    y += 8
    y = s.wrap(72, y, "Disability compensation is a tax-free monetary benefit paid to Veterans with disabilities "
               "that are the result of a disease or injury incurred or aggravated during active military service. "
               "It is paid monthly.", 468, 10.5, "serif", 14)
    y += 8
    s.text(72, y, "How You Can Contact Us", 11, "serif-b")
    y = s.wrap(72, y + 18, "If you need general information about benefits and eligibility, please visit us on the "
               "web or call us toll-free at 1-800-555-0101.", 468, 10.5, "serif", 14)
    s.text(72, y + 20, "Sincerely Yours,", 10.5, "serif")
    s.text(72, y + 50, "Regional Office Director", 10.5, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_nontaxable"}, [s])


def pension_confirmation(retiree: Person, home: Address, when: date, gross: Decimal, rng: random.Random) -> Doc:
    """A private pension plan's payment confirmation: form of payment, gross monthly benefit, withholding, net."""
    s = Sheet()
    plan = "Harlan Steel Works Retirement Plan"
    s.rect(54, 40, 504, 3, stroke=None, fill=0.35)
    s.text(54, 66, plan, 14, "serif-b")
    s.text(54, 80, "c/o Benefit Services Center  \u00b7  PO Box 9450  \u00b7  Lincolnshire, IL 60069  \u00b7  "
           "1-877-555-0134", 8.5, "serif", 0.3)
    s.text(558, 110, f"Date: {us(when)}", 10, "sans", align="r")
    y = 120
    for line in (retiree.name, home.street, home.last_line):
        s.text(72, y, line, 10.5)
        y += 13.5
    y += 26
    s.text(306, y, "PENSION PAYMENT CONFIRMATION", 13, "sans-b", align="c")
    y += 26
    y = s.wrap(72, y, f"Dear {retiree.first} {retiree.last}, this letter confirms the monthly pension you receive "
               f"from the {plan}. Payments are deposited on the first business day of each month.", 468, 10.5,
               "sans", 14.5)
    y += 10
    federal = cents(gross * Decimal("0.10"))
    state = cents(gross * Decimal("0.04"))
    rows = [("Form of payment", "Joint and 50% Survivor Annuity"),
            ("Benefit commencement date", us(hp.add_months(when, -rng.randint(14, 60)))),
            ("Payment frequency", "Monthly"), ("Gross monthly benefit", f"${money(gross)}"),
            ("Federal income tax withheld", f"${money(federal)}"), ("State income tax withheld", f"${money(state)}"),
            ("Net monthly payment", f"${money(gross - federal - state)}")]
    s.rect(72, y, 468, len(rows) * 19 + 10, width=0.7)
    for i, (label, value) in enumerate(rows):
        s.text(84, y + 20 + i * 19, label, 10)
        s.text(528, y + 20 + i * 19, value, 10, "sans-b" if "Gross" in label else "sans", align="r")
    y += len(rows) * 19 + 34
    y = s.wrap(72, y, "Your pension is taxable income. Each January we will send you Form 1099-R showing the gross "
               "amount paid and the taxes withheld in the prior year. To change your withholding or your bank "
               "account, call the Benefit Services Center.", 468, 10.5, "sans", 14.5)
    s.text(72, y + 24, "Benefit Services Center", 10.5)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


def hardship_letter_titled(app: Application, when: date, servicer: str, paragraphs: Sequence[str],
                           rng: random.Random, both_sign: bool = False) -> Doc:
    """A typed hardship letter from a common template: a "HARDSHIP LETTER" title, a block of the loan's facts,
    the explanation, and the borrowers' signatures."""
    s = Sheet()
    s.text(306, 82, "HARDSHIP LETTER", 15, "sans-b", align="c")
    y = 118
    borrowers = app.borrower.name + (f" and {app.co_borrower.name}" if app.co_borrower else "")
    for label, value in (("Date:", long_date(when)), ("Loan Number:", app.loan), ("Borrower(s):", borrowers),
                         ("Property Address:", app.address.one_line)):
        s.text(72, y, label, 10.5, "sans-b")
        s.text(180, y, value, 10.5)
        y += 15
    y += 18
    s.text(72, y, f"To: {servicer}, Loss Mitigation Department", 10.5)
    y += 26
    s.text(72, y, "To Whom It May Concern:", 10.5)
    y += 22
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, leading=15) + 9
    s.text(72, y + 8, "Sincerely,", 10.5)
    signers = [app.borrower] + ([app.co_borrower] if both_sign and app.co_borrower else [])
    for i, who in enumerate(signers):
        x = 72 + i * 250
        s.signature(rng, x + 6, y + 48, 140, 20, gray=0.12)
        s.line(x, y + 52, x + 190, y + 52, 0.6)
        s.text(x, y + 64, who.name, 10)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def fax_cover_template(sender: Person, sender_phone: str, to: str, to_fax: str, loan: str, when: date,
                       pages: int) -> Doc:
    """A word processor's fax cover template: "Fax" in large type, a To/From grid and ballot-box choices."""
    s = Sheet()
    s.text(72, 110, "Fax", 54, "serif", 0.25)
    s.text(540, 84, sender.name, 11, "sans-b", align="r")
    s.text(540, 98, sender_phone, 9.5, "sans", 0.3, "r")
    y = 160
    grid = [(("To:", to), ("From:", sender.name)), (("Fax:", to_fax), ("Pages:", str(pages))),
            (("Phone:", ""), ("Date:", us(when))), (("Re:", f"Loan # {loan}"), ("CC:", ""))]
    for left, right in grid:
        for x, (label, value) in ((72, left), (320, right)):
            s.text(x, y, label, 10.5, "sans-b")
            s.text(x + 48, y, value, 10.5)
        s.line(72, y + 8, 540, y + 8, 0.4, 0.6)
        y += 26
    y += 12
    x = 72
    for label, chosen in (("Urgent", False), ("For Review", True), ("Please Comment", False),
                          ("Please Reply", False), ("Please Recycle", False)):
        s.text(x, y, BALLOT_X if chosen else BALLOT, 11, "glyph")
        s.text(x + 14, y, label, 9.5)
        x += 14 + hp.text_width(label, "sans", 9.5) + 16
    y += 40
    s.text(72, y, "Comments:", 10.5, "sans-b")
    s.wrap(72, y + 20, "Attached is my Request for Mortgage Assistance with my pay stub, my VA award letter and a "
           "letter explaining my situation. Please call me if anything else is needed.", 468, 10.5, leading=15)
    return Doc("fax_cover", {}, [s], listed=False)


class BlankDoc(Doc):
    """An empty sheet that went through the scanner (a stray back side): no ink, not a document."""

    def images(self, dpi: int) -> list[Image.Image]:
        return [Image.new("L", (round(hp.PAGE_W * dpi / 72), round(hp.PAGE_H * dpi / 72)), 255)]

    @staticmethod
    def seen_through(front: Image.Image) -> Image.Image:
        """The sheet before it, mirrored, diffused and barely visible: its ink through the paper."""
        ghost = ImageOps.mirror(front.convert("L")).filter(ImageFilter.GaussianBlur(front.width / 850))
        return ghost.point(lambda v: 255 - round((255 - v) * 0.035))


def blank_page() -> BlankDoc:
    return BlankDoc("blank_page", {}, [Sheet()], listed=False)


# --- packets ------------------------------------------------------------------------------------------------


def _saturday_on_or_before(d: date) -> date:
    return d - timedelta(days=(d.weekday() - 5) % 7)


def _not_after(stub: Stub, latest: date) -> Stub:
    return replace(stub, pay_date=latest) if stub.pay_date > latest else stub


def _email(person_: Person, rng: random.Random) -> str:
    domain = rng.choice(["mail.example", "inbox.example", "post.example"])
    return f"{person_.first.lower()}.{person_.last.lower().replace('-', '')}{rng.randint(1, 99)}@{domain}"


def packet_rma_esigned_folder(seed: int) -> Packet:
    """The servicer's RMA typed in its Word version and e-signed by the borrower only; the co-borrower is named
    but never signed. An ADP-style stub with overtime, the co-borrower's payroll-app stub, one big-bank
    statement and a typed hardship letter, born digital in a folder named after the loan."""
    rng = random.Random(seed * 7901 + 1)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = hp.person(rng)
    co = hp.person(rng, borrower.last, avoid=[borrower.first])
    home = hp.address(rng)
    employer_b, employer_c = rng.sample(hp.EMPLOYERS, 2)
    pay = Hourly(Decimal(rng.randrange(1900, 3200)) / 100, Decimal(80), Decimal(rng.choice(["6.5", "8", "9.25"])))
    salary_c = Decimal(rng.randrange(2400, 4600, 25))
    signed_on = received - timedelta(days=rng.randint(3, 9))
    app = c_app({"wages": cents(pay.regular * 26 / 12) + salary_c, "overtime": cents(pay.overtime * 26 / 12)},
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income"], hardship_start=received - timedelta(days=rng.randint(70, 200)),
                signed=True, signed_on=signed_on, co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=False,
                co_signed_on=None, phone=hp.phone(rng), email=_email(borrower, rng))
    app.facts["co_phone"] = hp.phone(rng)
    servicer = ("Stonebridge Mortgage Servicing", "1400 Gateway Blvd, Suite 300  \u00b7  Columbus, OH 43215",
                "Fax 614-555-0178  \u00b7  help@stonebridge.example")
    app_doc = Doc("mortgage_assistance_application", {}, rma_form(app, servicer, "esign", rng))
    end_b = _saturday_on_or_before(received - timedelta(days=rng.randint(8, 13)))
    stub_b = hb.hourly_stub(rng, employer_b, borrower, home, "biweekly", pay, end_b, pay_lag=6)
    doc_b = stub_b.doc([stub_adp(stub_b, rng, pay)])
    end_c = hp._semimonthly_end_before(received - timedelta(days=rng.randint(5, 12)))
    stub_c = _not_after(hp.make_stub(rng, employer_c, co, home, "semimonthly", salary_c / 2, end_c, pay_lag=5),
                        received - timedelta(days=1))
    doc_c = stub_c.doc([stub_gusto(stub_c, rng)])
    month = hp.add_months(received, -1)
    net_b, net_c = cents(pay.gross * Decimal("0.74")), cents(salary_c / 2 * Decimal("0.78"))
    deposits = [(4, f"{employer_b.upper()[:20]} DIR DEP", net_b), (18, f"{employer_b.upper()[:20]} DIR DEP", net_b),
                (14, f"{employer_c.upper()[:20]} PAYROLL", net_c), (29, f"{employer_c.upper()[:20]} PAYROLL", net_c)]
    st = hp.make_statement(rng, "Meridian National Bank", borrower, home, hp.digits(rng, 4), month,
                           hp.month_end(month.year, month.month), Decimal(rng.randrange(40000, 250000)) / 100,
                           deposits, n_debits=16)
    statement = st.doc(statement_meridian(st))
    letter = hardship_letter_titled(app, signed_on - timedelta(days=1), servicer[0], [
        f"In {app.hardship_start:%B %Y} my employer cut the scheduled hours at our plant and most of the overtime "
        "I relied on ended. Our household income dropped by several hundred dollars a month.",
        "We have kept up with the utilities and the car, but we fell behind on the mortgage. We would like to be "
        "considered for a loan modification so that the payment fits what we earn now."], rng)
    docs = [app_doc, doc_b, doc_c, statement, letter]
    files = [BFile(f"{loan}/RMA - completed.pdf", [app_doc]), BFile(f"{loan}/paystub {borrower.first}.pdf", [doc_b]),
             BFile(f"{loan}/paystub {co.first}.pdf", [doc_c]),
             BFile(f"{loan}/Meridian {month:%b %Y} statement.pdf", [statement]),
             BFile(f"{loan}/hardship letter.pdf", [letter])]
    return Packet("c1-rma-typed-esigned-folder-co-borrower-unsigned", received, app, docs, files, loan,
                  ["application_signature"])


def packet_rma_handwritten_fax(seed: int) -> Packet:
    """The RMA printed blank, filled and ticked by hand ("N/A" where nothing applies), faxed in one file with a
    word-processor cover sheet, a payroll-app stub from months ago, a VA benefits summary letter and a typed
    hardship letter; every page carries the fax machine's header line."""
    rng = random.Random(seed * 7901 + 2)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 1)
    veteran = hp.person(rng)
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    salary = Decimal(rng.randrange(1600, 3200, 25))
    va = Decimal(rng.randrange(110000, 260000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = c_app({"wages": salary, "benefits_nontaxable": va}, loan=loan, borrower=veteran, ssn4=hp.digits(rng, 4),
                address=home, occupancy="primary_residence", hardships=["disability_or_illness"],
                hardship_start=received - timedelta(days=rng.randint(60, 180)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email="")
    servicer = ("Fairhaven Loan Servicing", "PO Box 60211  \u00b7  Tampa, FL 33660",
                "Fax (813) 555-0154  \u00b7  (813) 555-0150")
    app_doc = Doc("mortgage_assistance_application", {}, rma_form(app, servicer, "hand", rng))
    end = hp._semimonthly_end_before(received - timedelta(days=rng.randint(100, 125)))
    stub = hp.make_stub(rng, employer, veteran, home, "semimonthly", salary / 2, end, pay_lag=5)
    stub_doc = stub.doc([stub_gusto(stub, rng)])
    award = va_benefit_letter(veteran, home, received - timedelta(days=rng.randint(20, 60)), va, rng)
    letter = hardship_letter_titled(app, signed_on, servicer[0], [
        "Last year I was diagnosed with a serious illness that has been aggravated by my service-connected "
        "disability. Since then I have only been able to work part time and my pay has dropped.",
        "My VA compensation helps, but it does not cover the full mortgage payment together with my reduced "
        "wages. I am asking for a modification or another option that would let me stay in my home."], rng)
    docs = [app_doc, stub_doc, award, letter]
    cover = fax_cover_template(veteran, app.phone, servicer[0], "(813) 555-0154", loan, received,
                               1 + sum(d.page_count for d in docs))
    fax = Scan(200, skew=0.45, noise=0.0015, blur=0.35, fax=True, seed=seed + 201)
    sent = f"{received:%m/%d/%Y} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    header = f"{sent}  {app.phone}  {veteran.last.upper()}" + "        PAGE {page:02d}/{pages:02d}"
    files = [BFile(f"efax_{received:%b%d}_{rng.randint(100, 999)}.pdf", [cover, app_doc, stub_doc, award, letter],
                   fax, header=header)]
    return Packet("c2-rma-handwritten-fax-cover-stale-stub-va-award", received, app, docs, files, loan,
                  ["income_doc:wages"])


def packet_form710_skewed_scans(seed: int) -> Packet:
    """Form 710 filled through its AcroForm, printed and scanned at 200 dpi a few degrees askew; a self-employed
    contractor's landscape P&L fed in sideways, signed in pen, and two consecutive credit union statements in a
    second scan; the files keep the scanner's names; no 4506-C."""
    rng = random.Random(seed * 7901 + 3)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 1)
    owner = hp.person(rng)
    home = hp.address(rng)
    monthly = Decimal(rng.randrange(3400, 7200, 100))
    signed_on = received - timedelta(days=rng.randint(3, 8))
    app = c_app({"self_employment": monthly}, loan=loan, borrower=owner, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(90, 260)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=_email(owner, rng))
    app_doc = Doc("mortgage_assistance_application", {}, pdf=hp.form710(app, rng, "%m/%d/%Y"))
    closed = hp.add_months(received - timedelta(days=10), -1)  # the last month the books were closed for
    pl_end = hp.month_end(closed.year, closed.month)
    pl_signed = min(pl_end + timedelta(days=rng.randint(3, 8)), received - timedelta(days=1))
    business = f"{owner.last} {rng.choice(['Roofing & Siding', 'Electric LLC', 'Custom Cabinets', 'Plumbing'])}"
    pnl = pnl_spreadsheet(owner, business, pl_end, monthly, pl_signed, rng)
    last4 = hp.digits(rng, 4)
    balance = Decimal(rng.randrange(60000, 320000)) / 100
    statements = []
    for back in (2, 1):
        month = hp.add_months(received, -back)
        deposits = [(rng.randint(2, 8), "REMOTE DEPOSIT CAPTURE", cents(monthly * Decimal("0.55"))),
                    (rng.randint(12, 18), "ACH CREDIT CLIENT PMT", cents(monthly * Decimal("0.5"))),
                    (rng.randint(20, 27), "REMOTE DEPOSIT CAPTURE", cents(monthly * Decimal("0.4")))]
        st = hp.make_statement(rng, "Tri-Rivers Community Credit Union", owner, home, last4, month,
                               hp.month_end(month.year, month.month), balance, deposits, n_debits=13)
        statements.append(st.doc(statement_tririvers(st)))
        balance = st.ending
    docs = [app_doc, pnl, *statements]
    files = [BFile("SCN_0001.pdf", [app_doc], Scan(200, skew=2.4, noise=0.0008, blur=0.45, paper=242,
                                                   seed=seed + 301)),
             BFile("SCN_0002.pdf", [pnl, *statements], Scan(200, skew=-0.6, noise=0.0008, blur=0.45, paper=244,
                                                            seed=seed + 302))]
    return Packet("c3-form710-printed-skewed-scanner-names-landscape-pnl-no-4506c", received, app, docs, files,
                  loan, ["irs_form_4506c"])


def packet_rma_typed_ink_combined_scan(seed: int) -> Packet:
    """The RMA typed ("[X]" choices), printed, signed and dated in pen, scanned at 300 dpi in one file with a
    blank sheet behind it and two consecutive big-bank statements that document the wages. Complete."""
    rng = random.Random(seed * 7901 + 4)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10)
    borrower = hp.person(rng)
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    salary = Decimal(rng.randrange(3600, 7000, 50))
    signed_on = received - timedelta(days=rng.randint(3, 9))
    app = c_app({"wages": salary}, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["disaster"],
                hardship_start=received - timedelta(days=rng.randint(40, 150)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng))
    servicer = ("Stonebridge Mortgage Servicing", "1400 Gateway Blvd, Suite 300  \u00b7  Columbus, OH 43215",
                "Fax 614-555-0178  \u00b7  help@stonebridge.example")
    app_doc = Doc("mortgage_assistance_application", {}, rma_form(app, servicer, "typed-ink", rng))
    last4 = hp.digits(rng, 4)
    balance = Decimal(rng.randrange(30000, 200000)) / 100
    statements = []
    for back in (2, 1):
        month = hp.add_months(received, -back)
        net = cents(salary / 2 * Decimal("0.77"))
        deposits = [(14, f"{employer.upper()[:20]} DIR DEP", net), (29, f"{employer.upper()[:20]} DIR DEP", net)]
        st = hp.make_statement(rng, "Meridian National Bank", borrower, home, last4, month,
                               hp.month_end(month.year, month.month), balance, deposits, n_debits=17)
        statements.append(st.doc(statement_meridian(st)))
        balance = st.ending
    docs = [app_doc, *statements]
    scan = Scan(300, skew=0.4, noise=0.0006, blur=0.55, paper=245, seed=seed + 401)
    files = [BFile(f"{loan} mortgage assistance package.pdf", [app_doc, blank_page(), *statements], scan)]
    return Packet("c4-rma-typed-ink-signed-combined-300dpi-blank-page-complete", received, app, docs, files, loan,
                  [])


def packet_form710_typed_over_loose(seed: int) -> Packet:
    """A fieldless copy of Form 710 typed over in a PDF editor, for a rental property the borrower does not live
    in (wages and rent); a payroll-app stub, one credit union statement (the month before is missing) and a
    signed 4506-C, born digital, loose files named with the loan number."""
    rng = random.Random(seed * 7901 + 5)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 11, 2)
    borrower = hp.person(rng)
    home = hp.address(rng)
    lives = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    salary = Decimal(rng.randrange(3200, 6400, 25))
    rent = Decimal(rng.randrange(900, 2100, 25))
    signed_on = received - timedelta(days=rng.randint(3, 9))
    app = c_app({"wages": salary, "rental": rent}, loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4),
                address=home, occupancy="investment_property", hardships=["increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 240)), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=_email(borrower, rng), mailing=lives)
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710_typed_over(app, rng))
    end = hp._semimonthly_end_before(received - timedelta(days=rng.randint(5, 12)))
    stub = _not_after(hp.make_stub(rng, employer, borrower, lives, "semimonthly", salary / 2, end, pay_lag=5),
                      received - timedelta(days=1))
    stub_doc = stub.doc([stub_gusto(stub, rng)])
    month = hp.add_months(received, -1)
    net = cents(salary / 2 * Decimal("0.76"))
    deposits = [(rng.randint(1, 4), "MOBILE DEP RENT", rent), (14, "ACH PAYROLL", net), (29, "ACH PAYROLL", net)]
    st = hp.make_statement(rng, "Tri-Rivers Community Credit Union", borrower, lives, hp.digits(rng, 4), month,
                           hp.month_end(month.year, month.month), Decimal(rng.randrange(50000, 250000)) / 100,
                           deposits, n_debits=14)
    statement = st.doc(statement_tririvers(st))
    irs = hp.form_4506c(borrower, app.ssn4, lives, signed_on, rng, received.year - 1)
    docs = [app_doc, stub_doc, statement, irs]
    files = [BFile(f"{loan} - Form 710.pdf", [app_doc]), BFile(f"{loan} - paystub.pdf", [stub_doc]),
             BFile(f"{loan} - bank statement {month:%b}.pdf", [statement]), BFile(f"{loan} - 4506-C.pdf", [irs])]
    return Packet("c5-form710-typed-over-loose-rental-one-statement", received, app, docs, files, loan,
                  ["income_doc:rental"])


def packet_rma_phone_scans_folder(seed: int) -> Packet:
    """The RMA filled by hand by a retired borrower and a working co-borrower, both signed, captured with a phone
    scanning app at 250 dpi (the app names the files by date) into a folder named after the loan: a pension
    payment confirmation, the co-borrower's ADP-style salaried stub, a typed hardship letter. Complete."""
    rng = random.Random(seed * 7901 + 6)
    received = hp.received_date(rng)
    loan = hp.digits(rng, 10, 3)
    borrower = hp.person(rng)
    co = hp.person(rng, borrower.last, avoid=[borrower.first])
    home = hp.address(rng)
    employer = rng.choice(hp.EMPLOYERS)
    pension = Decimal(rng.randrange(90000, 240000)) / 100
    salary_c = Decimal(rng.randrange(2600, 5200, 25))
    biweekly = cents(salary_c * 12 / 26)
    signed_on = received - timedelta(days=rng.randint(3, 8))
    app = c_app({"wages": cents(biweekly * 26 / 12), "benefits_taxable": pension}, loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "other"],
                hardship_start=received - timedelta(days=rng.randint(50, 200)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email="", other_hardship_text="Medical bills for our grandson")
    app.facts["co_phone"] = hp.phone(rng)
    servicer = ("Fairhaven Loan Servicing", "PO Box 60211  \u00b7  Tampa, FL 33660",
                "Fax (813) 555-0154  \u00b7  (813) 555-0150")
    app_doc = Doc("mortgage_assistance_application", {}, rma_form(app, servicer, "hand", rng))
    letter_date = received - timedelta(days=rng.randint(20, 75))
    award = pension_confirmation(borrower, home, letter_date, pension, rng)
    end = _saturday_on_or_before(received - timedelta(days=rng.randint(8, 13)))
    stub = hp.make_stub(rng, employer, co, home, "biweekly", biweekly, end, pay_lag=6)
    stub_doc = stub.doc([stub_adp(stub, rng, None)])
    letter = hardship_letter_titled(app, signed_on, servicer[0], [
        f"Since {app.hardship_start:%B %Y} {co.first}'s employer has cut back to a four-day week, and at the same "
        "time we have been paying the hospital bills for our grandson, who lives with us, out of pocket.",
        "My pension does not change, so the mortgage payment has become too much for us. We are asking for a "
        "modification that brings the payment down."], rng, both_sign=True)
    docs = [app_doc, award, stub_doc, letter]
    scan = Scan(250, skew=0.8, noise=0.0004, blur=0.4, paper=250, seed=seed + 601)
    stamp = f"{received:%b} {received.day}, {received.year}"
    files = [BFile(f"{loan}/Adobe Scan {stamp}.pdf", [app_doc], scan),
             BFile(f"{loan}/Adobe Scan {stamp} (1).pdf", [award, stub_doc], scan),
             BFile(f"{loan}/Adobe Scan {stamp} (2).pdf", [letter], scan)]
    return Packet("c6-rma-handwritten-phone-scans-folder-pension-complete", received, app, docs, files, loan, [])


PACKETS = (packet_rma_esigned_folder, packet_rma_handwritten_fax, packet_form710_skewed_scans,
           packet_rma_typed_ink_combined_scan, packet_form710_typed_over_loose, packet_rma_phone_scans_folder)


# --- writing ------------------------------------------------------------------------------------------------


# --- self-check: every expected value is printed on its document ----------------------------------------------


INFERRED = "(inferred)"


def _renderings(name: str, value: Any) -> list[str]:
    """The ways a value may be printed; the check passes when any of them is on the page."""
    if isinstance(value, date):
        d = value
        return [d.strftime(f) for f in ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d")] + [
            long_date(d), f"{d.month}/{d.day}/{d.year}", f"{d.month}/{d.day}/{d:%y}", f"{d:%B} {d.day}",
            short_month_day(d)]
    if isinstance(value, Decimal):
        return [money(value)]
    if isinstance(value, bool):
        return [INFERRED]
    if name == "frequency":
        return [{"weekly": "weekly", "biweekly": "bi-weekly", "semimonthly": "semi-monthly",
                 "monthly": "monthly"}[value], INFERRED]
    if name == "benefit_type":
        return {"benefits_nontaxable": ["tax-free", "non-taxable", "not taxable"],
                "benefits_taxable": ["taxable income"], "unemployment": ["unemployment"]}[value]
    return [str(value)]


def _printed(option: str, text: str) -> bool:
    """`option` on the page, not as the head of a longer number ("3/1/2025" is not in "3/15/2025")."""
    return option == INFERRED or re.search(re.escape(option.lower()) + r"(?!\d)", text) is not None


def _text(doc: Doc) -> str:
    if doc.pdf is not None:
        reader = PdfReader(io.BytesIO(doc.pdf))
        fields = [str(f.get("/V", "")) for f in (reader.get_fields() or {}).values()]
        return "\n".join([page.extract_text() or "" for page in reader.pages] + fields).lower()
    return "\n".join(op[3] for sheet in doc.sheets for op in sheet.ops if op[0] == "text").lower()


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """Values of expected.json not printed on their document, and scenarios the checklist does not bear out."""
    problems = []
    if sorted(expected["missing"]) != sorted(packet.intent):
        problems.append(f"missing {expected['missing']} but the scenario meant {packet.intent}")
    for doc, want in zip(packet.docs, expected["documents"], strict=True):
        text = _text(doc)
        for name, value in doc.fields.items():
            if value is None or name == "monthly_gross":
                continue
            if not any(_printed(o, text) for o in _renderings(name, value)):
                problems.append(f"{want['id']} {doc.type}.{name}={value!r} not printed")
    app = packet.app
    app_doc = next(d for d in packet.docs if d.type == "mortgage_assistance_application")
    if app is not None:
        text = _text(app_doc)
        wanted: list[list[str]] = [[app.loan], [app.borrower.name], [app.ssn4], [app.address.street],
                                   [app.address.city], [app.address.zip]]
        wanted += [[money(app.income(c)), f"{app.income(c):.0f}"] for c in app.claimed
                   if not isinstance(app, CApplication) or app_doc.pdf is not None]
        if isinstance(app, CApplication) and app_doc.pdf is None:
            wanted += [[money(a)] for a in app.rows.values() if a] + [[money(app.total)]]
        if app.co_borrower:
            wanted.append([app.co_borrower.name])
        wanted += [_renderings("date", d) for d in (app.hardship_start, app.signed_on, app.co_signed_on) if d]
        problems += [f"application value {w[0]!r} not printed" for w in wanted
                     if not any(_printed(o, text) for o in w)]
    return problems


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 2710, hb.write_packet, check)


if __name__ == "__main__":
    main()
