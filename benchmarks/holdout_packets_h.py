"""An eighth holdout set of borrower packets (h1..h6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f and g sets, written without looking at the service's code, rules or tests, to gauge honestly how it
reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_h.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. New here: a credit
union's "Loss Mitigation Application" (Keystone Heritage FCU) whose Borrower and Co-Borrower answers stand side by
side in two columns around one grey spine of row labels (name, SSN last 4, date of birth, phones, employer, each
income source, signature, date), its other answers written on lines with the label printed to the RIGHT of the line
("0012345678 ____ Mortgage loan number   48213 ____ Member number"), choices as filled squares \u25a0 / \u25a1 when
typed or hand-crossed boxes, the hardship date in words ("March 3, 2027") or with dashes ("3-3-27"); a bilingual
Spanish / English servicer's "Solicitud de Asistencia Hipotecaria / Mortgage Assistance Application" (Alameda Crest)
whose every label is printed UNDER its answer line in two languages ("Nombre del prestatario / Borrower's name",
"Ingreso mensual bruto / Gross monthly wages"), occupancy asked as "\u00bfVive en la propiedad como residencia
principal? / Sí / Yes", hardship reasons in its own bilingual words, the hardship start asked as "Mes/año / Month/
year" (mm/yyyy; the report's date is the month's first day), boxes filled in by hand with a scribble. A small
business's QuickBooks-style direct-deposit voucher (a non-negotiable check on top, the same stub printed twice
below the perforations, "Earnings | Hours | Rate | Current | YTD", no printed pay frequency), a federal "Earnings
and Leave Statement" (LAST, FIRST name, pay period number, annual salary and leave hours beside the pay), a school
district's monthly payroll advice printed all in capitals in a fixed-width font, a home-care agency's weekly
caregiver statement itemised visit by visit; an online bank's statement grouped under date headings with a balance
after every line and "+ / -" amounts, and a credit union's member statement (two-digit-year dates "06/01/27 thru
06/30/27", posting and effective dates, the share draft account first and the share savings after it); a
Railroad Retirement annuity award (Tier I / Tier II), a municipal retirement fund's survivor benefit award, a
state's "Notice of Financial Determination" with base-period quarters, a clinic's work status report (medical
statement), a recorded quitclaim deed with the recorder's stamp, a hardship letter handwritten in Spanish ("12 de
julio de 2027") and a housing counselor's bilingual fax cover. Names with apostrophes, hyphens and accents,
co-borrowers in two packets. Delivered as a born-digital loan folder, a 200 dpi fax sent by a housing counselor
with the receiving fax server's "Page x of y" stamp at the foot of every page and no separator sheet, a skewed grey
300 dpi combined scan, phone photos saved as one JPEG PDF, loose files named only by the borrower's name (the case
must be found by the loan number or name inside), and a combined scan with the application's second page upside
down.

The people's parts, drawing primitives, pens, scanning, writing, `--check` machinery and the checklist
(`missing_codes`, shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and
missing codes follow from the values drawn. `--check` also confirms that every expected value is printed on its
document and that the rules give each scenario's codes.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2
from PIL import Image, ImageDraw
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_e as he
import holdout_packets_f as hf
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_b import BOX_EMPTY, BOX_FILLED, Pen
from holdout_packets_e import EFile
from holdout_packets_f import Item
from holdout_packets_g import GApplication, g_app, pen_cross

import pdf_factory as pf

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

EM, EN, DOT = "\u2014", "\u2013", "\u00b7"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def _dashed(d: date) -> str:
    return f"{d.month}-{d.day}-{d:%y}"


def _short(d: date) -> str:
    return f"{d.month}/{d.day}/{d:%y}"


def _month_year(d: date) -> str:
    return f"{d:%m/%Y}"


def _es_long(d: date) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def _yy(d: date) -> str:
    return f"{d:%m/%d/%y}"


def scribble(sheet: Sheet, rng: random.Random, x: float, y: float, size: float, gray: float = 0.15) -> None:
    """A box whose top-left is (x, y) filled in by hand: a zigzag of pen strokes from edge to edge."""
    points = []
    for i in range(7):
        yy = y + 1.2 + i * (size - 2.4) / 6
        points += [(x + 1 + rng.uniform(-0.6, 0.4), yy + rng.uniform(-0.3, 0.3)),
                   (x + size - 1 + rng.uniform(-0.4, 0.6), yy + rng.uniform(0.2, 0.9))]
    sheet.path(points, 1.3, gray)


def glyph_box(sheet: Sheet, x: float, y: float, chosen: bool, size: float = 11) -> None:
    """A typed choice: a filled square for the chosen option, an empty one otherwise; (x, y) is the glyph's baseline
    origin."""
    sheet.text(x, y, BOX_FILLED if chosen else BOX_EMPTY, size, "glyph")


# --- application A: Keystone Heritage FCU's Loss Mitigation Application (two answer columns around a spine) ------

KEYSTONE = ("Keystone Heritage Federal Credit Union",
            f"Member Solutions {DOT} Real Estate Loan Servicing {DOT} 400 Market St, Lancaster, PA 17603 {DOT} "
            f"fax (717) 555-0142 {DOT} (717) 555-0140")
SPINE_HARDSHIPS = [
    ("unemployment", "Laid off / lost job"), ("reduction_in_income", "Reduction in hours or pay"),
    ("increase_in_housing_expenses", "Higher taxes, insurance or HOA dues"),
    ("disaster", "Natural disaster (fire, flood, storm)"), ("disability_or_illness", "Illness, injury or disability"),
    ("divorce_or_separation", "Divorce / legal separation"),
    ("separation_unmarried", "Unmarried co-owners have separated"), ("death", "Death of a borrower or earner"),
    ("relocation", "Job moved far from home"), ("other", "Other (describe below)"),
]
SPINE_INCOME = [
    ("wages", "Gross pay from a job"), ("self_employment", "Self-employment (net)"),
    ("unemployment", "Unemployment compensation"), ("benefits_taxable", "Social Security / pension / annuity"),
    ("benefits_nontaxable", "SSI / VA disability (tax-free)"), ("rental", "Net rent received"),
    ("investment", "Interest, dividends, insurance"), ("other", "Alimony / child support / other"),
]
SPINE_OCCUPANCY = [("primary_residence", "Our home (owner-occupied)"), ("second_home", "Second / vacation home"),
                   ("investment_property", "Rental / investment")]
L0, L1, C0, C1, R0, R1 = 40.0, 234.0, 240.0, 372.0, 378.0, 572.0  # left answers, spine labels, right answers


def spine_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """Keystone Heritage's two-page application. fill "typed": typed into its PDF (\u25a0 / \u25a1 choices, a pasted
    signature, dates as mm/dd/yyyy); "typed-ink": typed, printed, then signed and dated in pen; "hand": printed
    blank and written in pen, boxes crossed, dates with dashes."""
    typed = fill != "hand"
    pen = Pen(rng, hand=not typed, gray=0.12)
    signer = pen if fill != "typed-ink" else Pen(rng, hand=True, gray=0.1)
    name, contact = KEYSTONE
    co = app.co_borrower
    p1, p2 = Sheet(), Sheet()
    for page, s in ((1, p1), (2, p2)):
        s.circle(62, 60, 19, width=2.0)
        s.text(62, 65, "KH", 14, "serif-b", align="c")
        s.text(90, 56, name, 14, "serif-b")
        s.text(90, 69, contact, 6.8, "sans", 0.3)
        s.line(40, 86, 572, 86, 0.8)
        s.text(40, 764, f"Form KH-LM1 (06/2027)  {DOT}  Real estate loans secured by the member's home", 7, "sans",
               0.35)
        s.text(572, 764, f"Page {page} of 2", 7.5, "sans", 0.35, "r")
    p1.text(306, 108, "LOSS MITIGATION APPLICATION", 15, "sans-b", align="c")
    p1.text(306, 121, "Members on the same loan answer side by side: the borrower in the left column, the co-borrower "
            "in the right.", 7.8, "sans-i", 0.3, "c")

    def right_label(s: Sheet, x0: float, x1: float, y: float, value: str, label: str, width: float = 110) -> None:
        """An answer on a line from x0 to x1, its label printed after the line."""
        s.line(x0, y + 2, x1, y + 2, 0.6)
        pen.write(s, x0 + 4, y - 2, value, 10.5, fit=x1 - x0 - 8)
        s.wrap(x1 + 6, y - (4 if hp.text_width(label, "sans-b", 7.8) > width else 0), label, width, 7.8, "sans-b",
               9, 0.2)

    def bar(s: Sheet, y: float, title: str) -> float:
        s.rect(40, y, 532, 16, stroke=None, fill=0.22)
        s.text(46, y + 11.5, title, 9, "sans-b", 1.0)
        return y + 22

    def head(s: Sheet, y: float, left: str, mid: str, right: str) -> float:
        for x0, x1, text, fill_ in ((L0, L1, left, 0.35), (C0, C1, mid, 0.6), (R0, R1, right, 0.35)):
            s.rect(x0, y, x1 - x0, 15, stroke=None, fill=fill_)
            s.text((x0 + x1) / 2, y + 10.8, text, 8, "sans-b", 1.0, "c")
        return y + 15

    def row(s: Sheet, y: float, label: str, left: str, right: str, h: float = 20, amounts: bool = False,
            bold: bool = False) -> float:
        s.rect(C0, y, C1 - C0, h, stroke=None, fill=0.88 if bold else 0.93)
        s.text(306, y + h / 2 + 3, label, 8, "sans-b" if bold else "sans", 0.1, "c")
        for x0, x1, value in ((L0, L1, left), (R0, R1, right)):
            s.line(x0, y + h - 3, x1, y + h - 3, 0.4, 0.55)
            if amounts:
                s.text(x0 + 2, y + h - 6, "$", 9, "sans", 0.3)
                if value:
                    pen.write(s, x1 - 6, y + h - 6, value, 10.5, "r")
            else:
                pen.write(s, x0 + 4, y + h - 6, value, 10.5, fit=x1 - x0 - 8)
        return y + h

    def box(s: Sheet, x: float, y: float, chosen: bool) -> None:
        """A choice whose box sits with its baseline at y, left edge at x."""
        if typed:
            glyph_box(s, x, y + 1, chosen)
        else:
            s.rect(x + 0.5, y - 8, 9, 9, width=0.7)
            if chosen:
                pen_cross(s, rng, x + 0.5, y - 8, 9)

    def options(s: Sheet, x: float, y: float, items: Sequence[tuple[str, bool]], gap: float = 20) -> None:
        for label, chosen in items:
            box(s, x, y, chosen)
            s.text(x + 14, y, label, 8.8)
            x += 14 + hp.text_width(label, "sans", 8.8) + gap

    right_label(p1, 40, 196, 146, app.loan, "Mortgage loan number")
    right_label(p1, 330, 450, 146, app.facts.get("member", ""), "Member number")
    y = bar(p1, 160, f"SECTION A  {DOT}  APPLICANTS")
    y = head(p1, y, "BORROWER", "", "CO-BORROWER")
    facts = app.facts
    for label, left, right in (
            ("Full legal name", app.borrower.name, co.name if co else ""),
            ("SSN (last 4 digits only)", app.ssn4, (app.co_ssn4 or "") if co else ""),
            ("Date of birth", facts.get("dob", ""), facts.get("co_dob", "")),
            ("Home phone", facts.get("home_phone", ""), facts.get("co_home_phone", "")),
            ("Cell phone", app.phone, facts.get("co_phone", "")),
            ("E-mail address", app.email, facts.get("co_email", "")),
            ("Employer (or \"retired\")", facts.get("employer", ""), facts.get("co_employer", "")),
            ("Position / years there", facts.get("position", ""), facts.get("co_position", ""))):
        y = row(p1, y, label, left, right)
    y = bar(p1, y + 14, f"SECTION B  {DOT}  THE PROPERTY")
    y += 10
    right_label(p1, 40, 420, y, app.address.one_line, "Property address (street, city, state, ZIP)", 140)
    y += 28
    right_label(p1, 40, 420, y, app.mailing.one_line if app.mailing else "",
                "Mailing address, only if you do not live there", 140)
    y += 26
    p1.text(40, y, "The property is:", 8.8, "sans-b")
    options(p1, 126, y, [(label, app.occupancy == code) for code, label in SPINE_OCCUPANCY], 16)
    y += 20
    p1.text(40, y, "Listed for sale?", 8.8, "sans-b")
    options(p1, 126, y, [("Yes", False), ("No", True)])
    p1.text(300, y, "Any member on active military duty?", 8.8, "sans-b")
    options(p1, 470, y, [("Yes", False), ("No", True)])
    y = bar(p1, y + 14, f"SECTION C  {DOT}  HARDSHIP")
    p1.text(40, y + 4, "What caused the hardship? Mark every reason that applies.", 8.8, "sans-b")
    y += 22
    for i, (code, label) in enumerate(SPINE_HARDSHIPS):
        x, yy = (48 if i % 2 == 0 else 312), y + (i // 2) * 17
        box(p1, x, yy, code in app.hardships)
        p1.text(x + 14, yy, label, 8.8)
    y += 5 * 17 + 10
    start = app.hardship_start
    right_label(p1, 40, 220, y, (long_date(start) if typed else _dashed(start)) if start else "",
                "Date the hardship began", 120)
    p1.text(372, y, "It will last:", 8.8, "sans-b")
    long_term = facts.get("duration", "long") == "long"
    options(p1, 430, y, [("6 months or less", not long_term), ("Longer", long_term)], 10)
    y += 22
    p1.text(40, y, "Tell us briefly what happened:", 8.8, "sans-b")
    story = app.other_hardship_text or facts.get("story", "")
    lines = hf._lines(story, 520, 10.5 if typed else 12)
    for i in range(2):
        p1.line(40, y + 18 + i * 18, 572, y + 18 + i * 18, 0.5, 0.4)
    for i, line in enumerate(lines[:2]):
        pen.write(p1, 44, y + 15 + i * 18, line, 10, fit=524)

    right_label(p2, 40, 196, 110, app.loan, "Mortgage loan number")
    y = bar(p2, 124, f"SECTION D  {DOT}  MONTHLY INCOME BEFORE TAXES")
    y = head(p2, y, "BORROWER  ($ per month)", "Source of income", "CO-BORROWER  ($ per month)")

    def amount(value: Decimal | None) -> str:
        return money(value) if value else ""

    for code, label in SPINE_INCOME:
        y = row(p2, y, label, amount(app.rows.get(f"{code}|B")), amount(app.rows.get(f"{code}|C")), amounts=True)
    y = row(p2, y, "Total for each applicant", amount(app.income_of("B")), amount(app.income_of("C")) if co else "",
            h=22, amounts=True, bold=True)
    y += 22
    p2.text(40, y, "$", 10, "sans-b")
    right_label(p2, 50, 196, y, money(app.total), "Combined household monthly income (both totals added)", 200)
    y = bar(p2, y + 18, f"SECTION E  {DOT}  HOUSING COST AND SAVINGS")
    y += 14
    right_label(p2, 40, 196, y, facts.get("mortgage", ""), "Monthly mortgage payment (with escrow)", 110)
    right_label(p2, 330, 450, y, facts.get("cash", ""), "Checking and savings on hand", 110)
    y = bar(p2, y + 22, f"SECTION F  {DOT}  AGREEMENT AND SIGNATURES")
    for paragraph in (
            "Each member who signs below certifies that the information in this application is true and complete, "
            "that the hardship described is the reason help is requested, and that Keystone Heritage may verify "
            "income, employment and assets and obtain a credit report for each applicant.",
            "Each member agrees to send any further document the credit union asks for and understands that knowingly "
            "giving false information to obtain mortgage relief may be a federal crime."):
        y = p2.wrap(40, y + 2, paragraph, 532, 8.6, "sans", 11.5) + 2
    y = head(p2, y + 8, "BORROWER", "", "CO-BORROWER")
    p2.rect(C0, y, C1 - C0, 34, stroke=None, fill=0.93)
    p2.text(306, y + 20, "Signature", 8, "sans", 0.1, "c")
    for x0, x1, person_, signed in ((L0, L1, app.borrower, app.signed), (R0, R1, co, app.co_signed)):
        p2.line(x0, y + 31, x1, y + 31, 0.4, 0.55)
        if person_ is not None and signed:
            p2.signature(rng, x0 + 16, y + 29, 150, 22, gray=0.1)
    y += 34
    p2.rect(C0, y, C1 - C0, 20, stroke=None, fill=0.93)
    p2.text(306, y + 13, "Date signed", 8, "sans", 0.1, "c")
    for x0, x1, person_, on in ((L0, L1, app.borrower, app.signed_on), (R0, R1, co, app.co_signed_on)):
        p2.line(x0, y + 17, x1, y + 17, 0.4, 0.55)
        if person_ is not None and on:
            text = us(on) if fill == "typed" else _short(on) if fill == "typed-ink" else _dashed(on)
            signer.write(p2, x0 + 4, y + 14, text, 10.5)
    y += 20
    y = row(p2, y, "Printed name", app.borrower.name, co.name if co else "")
    p2.wrap(40, y + 22, f"Return both pages with your documents to {name}, Member Solutions, by fax or mail, or bring "
            "them to any branch. Write the loan number on every page you send. We will acknowledge your application "
            "in writing within five business days.", 532, 7.8, "sans-i", 10, 0.35)
    return [p1, p2]


# --- application B: Alameda Crest's bilingual Solicitud de Asistencia Hipotecaria (labels under the lines) -----

ALAMEDA = ("Alameda Crest Mortgage Servicing",
           f"Mitigaci\u00f3n de P\u00e9rdidas / Loss Mitigation {DOT} PO Box 22870, San Antonio, TX 78265 {DOT} "
           f"fax 1-866-555-0176 {DOT} 1-866-555-0175 (se habla espa\u00f1ol)")
BI_HARDSHIPS = [
    ("unemployment", "P\u00e9rdida de empleo", "Job loss"),
    ("reduction_in_income", "Reducci\u00f3n de horas o de salario", "Reduction in hours or pay"),
    ("increase_in_housing_expenses", "Aumento de impuestos, seguro o cuotas", "Higher taxes, insurance or dues"),
    ("disaster", "Desastre natural", "Natural disaster"),
    ("disability_or_illness", "Enfermedad o discapacidad", "Illness or disability"),
    ("divorce_or_separation", "Divorcio o separaci\u00f3n legal", "Divorce or legal separation"),
    ("separation_unmarried", "Separaci\u00f3n de co-propietarios no casados", "Unmarried co-owners separated"),
    ("death", "Fallecimiento de un prestatario o de quien aporta ingresos", "Death of a borrower or wage earner"),
    ("relocation", "Traslado de empleo lejano", "Distant job transfer"),
    ("other", "Otra raz\u00f3n (explique abajo)", "Other (explain below)"),
]
BI_INCOME = [
    ("wages", "Salario mensual bruto", "Gross monthly wages"),
    ("self_employment", "Trabajo por cuenta propia (neto)", "Self-employment income (net)"),
    ("unemployment", "Beneficios de desempleo", "Unemployment benefits"),
    ("benefits_taxable", "Seguro Social, pensi\u00f3n o incapacidad (tributable)",
     "Social Security, pension, disability (taxable)"),
    ("benefits_nontaxable", "Seguro Social o incapacidad no tributable", "Non-taxable Social Security or disability"),
    ("rental", "Ingreso neto de alquiler", "Net rental income"),
    ("investment", "Inversiones o seguros", "Investment or insurance income"),
    ("other", "Pensi\u00f3n alimenticia, manutenci\u00f3n u otro", "Alimony, child support or other"),
]


def bilingual_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """Alameda Crest's two-page bilingual application: every answer on a line with its Spanish label (bold) and
    English label (italic) printed under the line. fill "typed": typed into the PDF (\u25a0 / \u25a1) with a pasted
    signature; "typed-ink": typed, printed, signed and dated in pen; "hand": printed blank and written in pen,
    chosen boxes filled in with a scribble."""
    typed = fill != "hand"
    pen = Pen(rng, hand=not typed, gray=0.12)
    signer = pen if fill != "typed-ink" else Pen(rng, hand=True, gray=0.1)
    name, contact = ALAMEDA
    co = app.co_borrower
    p1, p2 = Sheet(), Sheet()
    for page, s in ((1, p1), (2, p2)):
        s.rect(40, 36, 6, 44, stroke=None, fill=0.25)
        s.text(54, 50, name.upper(), 12, "sans-b")
        s.text(54, 62, contact, 6.8, "sans", 0.3)
        s.text(54, 78, "Solicitud de Asistencia Hipotecaria", 13, "serif-b")
        s.text(270, 78, "/  Mortgage Assistance Application", 12, "serif-i", 0.25)
        s.text(572, 50, "Formulario AC-710 E/S", 8, "sans-b", 0.3, "r")
        s.text(572, 62, "(rev. 05/2027)", 7.5, "sans", 0.3, "r")
        s.line(40, 88, 572, 88, 1.0)
        s.text(572, 764, f"P\u00e1gina {page} de 2 / Page {page} of 2", 7.5, "sans", 0.35, "r")
        s.text(40, 764, "Escriba con letra de molde / Please print", 7, "sans-i", 0.4)

    def field(s: Sheet, x: float, y: float, w: float, es: str, en: str, value: str, size: float = 10.5) -> None:
        s.line(x, y + 3, x + w, y + 3, 0.6)
        pen.write(s, x + 4, y, value, size, fit=w - 8)
        s.text(x, y + 12.5, es, 7.3, "sans-b", 0.15)
        s.text(x, y + 21, en, 6.8, "sans-i", 0.4)

    def section(s: Sheet, y: float, number: int, es: str, en: str) -> float:
        s.rect(40, y, 532, 17, width=0.6, fill=0.9)
        s.text(46, y + 12, f"{number}.  {es}", 9.5, "sans-b")
        s.text(52 + hp.text_width(f"{number}.  {es}", "sans-b", 9.5), y + 12, f"/  {en}", 9, "sans-i", 0.3)
        return y + 40

    def box(s: Sheet, x: float, y: float, chosen: bool) -> None:
        if typed:
            glyph_box(s, x, y + 1, chosen, 10.5)
        else:
            s.rect(x + 0.5, y - 7.5, 8.5, 8.5, width=0.7)
            if chosen:
                scribble(s, rng, x + 0.5, y - 7.5, 8.5)

    def choices(s: Sheet, x: float, y: float, items: Sequence[tuple[str, bool]]) -> None:
        for label, chosen in items:
            box(s, x, y, chosen)
            s.text(x + 13, y, label, 8.6)
            x += 13 + hp.text_width(label, "sans", 8.6) + 18

    y = p1.wrap(40, 104, "Complete todas las secciones que le correspondan y env\u00edela con los documentos "
                "solicitados. Llene cada l\u00ednea sobre su t\u00edtulo.", 532, 8, "sans", 10, 0.2)
    y = p1.wrap(40, y, "Complete every section that applies and send it with the documents requested. Write each "
                "answer above its title.", 532, 7.8, "sans-i", 10, 0.35) + 2
    y = section(p1, y, 1, "Informaci\u00f3n del prestatario", "Borrower information")
    field(p1, 40, y, 200, "N\u00famero de pr\u00e9stamo", "Loan number", app.loan)
    field(p1, 256, y, 140, "Tel\u00e9fono", "Phone number", app.phone)
    field(p1, 412, y, 160, "Correo electr\u00f3nico", "E-mail", app.email)
    y += 38
    field(p1, 40, y, 380, "Nombre del prestatario", "Borrower's name", app.borrower.name)
    field(p1, 436, y, 136, "\u00daltimos 4 del Seguro Social", "SSN (last 4 digits)", app.ssn4)
    y += 38
    field(p1, 40, y, 380, "Nombre del co-prestatario (si hay)", "Co-borrower's name (if any)", co.name if co else "")
    field(p1, 436, y, 136, "\u00daltimos 4 del Seguro Social", "SSN (last 4 digits)",
          (app.co_ssn4 or "") if co else "")
    y = section(p1, y + 30, 2, "La propiedad", "The property")
    field(p1, 40, y, 532, "Direcci\u00f3n de la propiedad (calle, ciudad, estado, c\u00f3digo postal)",
          "Property address (street, city, state, ZIP)", app.address.one_line)
    y += 38
    field(p1, 40, y, 532, "Direcci\u00f3n postal, si es diferente", "Mailing address, if different",
          app.mailing.one_line if app.mailing else "")
    y += 40
    p1.text(40, y, "\u00bfVive en la propiedad como su residencia principal?", 8.6, "sans-b")
    p1.text(40, y + 10, "Do you live in the property as your primary residence?", 7.8, "sans-i", 0.35)
    choices(p1, 330, y + 4, [("S\u00ed / Yes", app.occupancy == "primary_residence"),
                             ("No", app.occupancy != "primary_residence")])
    y += 26
    p1.text(40, y, "Si contest\u00f3 No, la propiedad es:", 8.6, "sans-b")
    p1.text(40, y + 10, "If No, the property is:", 7.8, "sans-i", 0.35)
    choices(p1, 210, y + 4, [("Segunda vivienda / Second home", app.occupancy == "second_home"),
                             ("Propiedad de alquiler / Rental property", app.occupancy == "investment_property")])
    y += 26
    p1.text(40, y, "\u00bfEst\u00e1 la propiedad a la venta?", 8.6, "sans-b")
    p1.text(40, y + 10, "Is the property for sale?", 7.8, "sans-i", 0.35)
    choices(p1, 330, y + 4, [("S\u00ed / Yes", False), ("No", True)])
    y = section(p1, y + 22, 3, "Dificultad econ\u00f3mica", "Hardship")
    p1.text(40, y - 8, "Marque todas las que apliquen / Mark all that apply", 8, "sans-i", 0.25)
    y += 8
    for i, (code, es, en) in enumerate(BI_HARDSHIPS):
        x, yy = (44 if i % 2 == 0 else 310), y + (i // 2) * 24
        box(p1, x, yy, code in app.hardships)
        p1.text(x + 14, yy, es, 8.4)
        p1.text(x + 14, yy + 9, en, 7.4, "sans-i", 0.35)
    y += 5 * 24 + 12
    start = app.hardship_start
    field(p1, 40, y, 150, "Mes/a\u00f1o en que comenz\u00f3 (mm/aaaa)", "Month/year it began (mm/yyyy)",
          _month_year(start) if start else "")
    p1.text(230, y - 6, "Duraci\u00f3n / Duration:", 8.4, "sans-b")
    long_term = app.facts.get("duration", "long") == "long"
    choices(p1, 330, y - 6, [("Temporal / Temporary", not long_term), ("A largo plazo / Long-term", long_term)])
    y += 40
    story = app.other_hardship_text or app.facts.get("story", "")
    lines = hf._lines(story, 520, 10.5 if typed else 12)
    for i in range(2):
        p1.line(40, y + 3 + i * 18, 572, y + 3 + i * 18, 0.5)
    for i, line in enumerate(lines[:2]):
        pen.write(p1, 44, y + i * 18, line, 10, fit=524)
    p1.text(40, y + 30, "Explique brevemente su situaci\u00f3n", 7.3, "sans-b", 0.15)
    p1.text(40, y + 38.5, "Briefly explain your situation", 6.8, "sans-i", 0.4)

    y = section(p2, 104, 4, "Ingresos mensuales antes de impuestos", "Monthly income before taxes")

    def amount_field(s: Sheet, x: float, y: float, w: float, es: str, en: str, value: Decimal | None,
                     bold: bool = False) -> None:
        s.text(x, y, "$", 10, "sans-b" if bold else "sans")
        s.line(x + 9, y + 3, x + w, y + 3, 0.9 if bold else 0.6)
        if value:
            pen.write(s, x + w - 4, y, money(value), 10.5, "r")
        s.text(x, y + 12.5, es, 7.3, "sans-b", 0.15)
        s.text(x, y + 21, en, 6.8, "sans-i", 0.4)

    for i, (code, es, en) in enumerate(BI_INCOME):
        x, yy = (40 if i % 2 == 0 else 316), y + (i // 2) * 40
        amount_field(p2, x, yy, 256, es, en, app.income(code))
    y += 4 * 40 + 4
    amount_field(p2, 40, y, 256, "INGRESO MENSUAL TOTAL", "Total monthly income", app.total, bold=True)
    y = section(p2, y + 34, 5, "Gastos y ahorros", "Expenses and savings")
    field(p2, 40, y, 256, "Pago mensual de la hipoteca", "Monthly mortgage payment", app.facts.get("mortgage", ""))
    field(p2, 316, y, 256, "Saldo en cuentas de cheques y ahorros", "Checking and savings balance",
          app.facts.get("cash", ""))
    y = section(p2, y + 32, 6, "Certificaci\u00f3n y firmas", "Certification and signatures")
    y = p2.wrap(40, y - 10, "Certifico que la informaci\u00f3n en esta solicitud es verdadera y completa, que la "
                "dificultad descrita es la raz\u00f3n por la que pido ayuda, y autorizo a Alameda Crest a "
                "verificarla y a obtener mi informe de cr\u00e9dito.", 532, 8.2, "sans", 10.5) + 2
    y = p2.wrap(40, y, "I certify that the information in this application is true and complete, that the hardship "
                "described is why I am asking for help, and I authorize Alameda Crest to verify it and to obtain my "
                "credit report. Knowingly false statements may be a federal crime.", 532, 7.8, "sans-i", 10,
                0.35) + 34
    for person_, signed, on, es, en in (
            (app.borrower, app.signed, app.signed_on, "Firma del prestatario", "Borrower's signature"),
            (co, app.co_signed, app.co_signed_on, "Firma del co-prestatario", "Co-borrower's signature")):
        p2.line(40, y + 3, 360, y + 3, 0.7)
        p2.text(40, y + 12.5, es, 7.3, "sans-b", 0.15)
        p2.text(40, y + 21, en, 6.8, "sans-i", 0.4)
        p2.line(390, y + 3, 572, y + 3, 0.7)
        p2.text(390, y + 12.5, "Fecha (mm/dd/aaaa)", 7.3, "sans-b", 0.15)
        p2.text(390, y + 21, "Date (mm/dd/yyyy)", 6.8, "sans-i", 0.4)
        if person_ is not None:
            if signed:
                p2.signature(rng, 70, y + 1, 170, 22, gray=0.1)
            if on:
                signer.write(p2, 396, y, us(on) if fill == "typed" else _short(on), 10.5)
        y += 54
    p2.wrap(40, y + 4, f"Env\u00ede las dos p\u00e1ginas y sus documentos a {name} por fax o correo. Send both pages "
            "and your documents by fax or mail. Le avisaremos por escrito en cinco d\u00edas h\u00e1biles si "
            "falta algo / We will tell you in writing within five business days if anything is missing.", 532, 7.6,
            "sans-i", 10, 0.35)
    return [p1, p2]


# --- pay stubs ---------------------------------------------------------------------------------------------------


def _periods(stub: Stub) -> Decimal:
    """Pay periods elapsed this year (the year-to-date figures are the current ones times this)."""
    return stub.ytd_gross / stub.gross if stub.ytd_gross else Decimal(1)


def _amount_words(value: Decimal) -> str:
    dollars = int(value)
    words = hb.words(dollars)
    return f"{words[0].upper()}{words[1:]} and {round((value - dollars) * 100):02d}/100"


def stub_voucher(stub: Stub, items: Sequence[Item], number: int, bank: str, rng: random.Random) -> Sheet:
    """A small business's QuickBooks-style direct deposit voucher: a non-negotiable check at the top, then the same
    stub twice below the perforations ("Earnings | Hours | Rate | Current | YTD", taxes beside it), no frequency."""
    s = Sheet()
    periods = _periods(stub)
    firm = stub.employer_address
    s.text(44, 52, stub.employer, 11, "sans-b")
    s.text(44, 64, firm.street, 8.5)
    s.text(44, 75, firm.last_line, 8.5)
    s.text(318, 52, bank, 8.5, "sans-b", 0.25, "c")
    s.text(318, 63, "Member FDIC", 7, "sans", 0.35, "c")
    s.text(568, 52, str(number), 11, "sans-b", align="r")
    s.text(440, 98, "DATE", 7, "sans", 0.35)
    s.text(470, 98, us(stub.pay_date), 10)
    s.text(44, 126, "PAY", 7.5, "sans-b", 0.35)
    words = _amount_words(stub.net)
    s.text(70, 126, words + " " + "*" * max(0, int((380 - hp.text_width(words, "sans", 9.5)) / 5.3)), 9.5)
    s.rect(466, 113, 102, 18, width=0.7)
    s.text(562, 126, f"**{money(stub.net)}", 10.5, "sans-b", align="r")
    s.text(44, 152, "TO THE", 6.8, "sans-b", 0.35)
    s.text(44, 160, "ORDER OF", 6.8, "sans-b", 0.35)
    for i, line in enumerate((stub.employee.name, stub.employee_address.street, stub.employee_address.last_line)):
        s.text(92, 154 + i * 12, line, 9.5)
    s.text(440, 188, "NON-NEGOTIABLE", 16, "sans-b", 0.72, "c")
    s.line(380, 214, 568, 214, 0.6)
    s.text(474, 223, "AUTHORIZED SIGNATURE", 6.5, "sans", 0.35, "c")
    s.text(44, 214, f"DIRECT DEPOSIT {EM} THIS IS NOT A CHECK", 7.5, "sans-b", 0.35)
    taxes = stub.deductions[:4]
    others = stub.deductions[4:]
    tax_names = {"Federal Income Tax": "Federal Withholding", "Social Security": "Social Security Employee",
                 "Medicare": "Medicare Employee", "State Income Tax": f"{stub.employee_address.state} - Withholding"}

    def copy(y0: float, caption: str) -> None:
        x = 40.0
        while x < 572:  # the perforation
            s.line(x, y0 - 12, x + 4, y0 - 12, 0.6, 0.4)
            x += 7
        s.text(44, y0 + 10, stub.employer, 9.5, "sans-b")
        s.text(568, y0 + 10, caption, 7.5, "sans-i", 0.35, "r")
        for x, label, value in ((44, "Employee", stub.employee.name), (250, "Pay Period",
                                                                        f"{us(stub.period_start)} - "
                                                                        f"{us(stub.period_end)}"),
                                (410, "Pay Date", us(stub.pay_date)), (490, "Check No.", str(number))):
            s.text(x, y0 + 26, label, 7.5, "sans-b", 0.35)
            s.text(x, y0 + 38, value, 9)
        s.text(44, y0 + 49, f"{stub.employee_address.street}, {stub.employee_address.last_line}", 7.5, "sans", 0.3)
        y = y0 + 68
        heads = [(44, "Earnings", "l"), (168, "Hours", "r"), (216, "Rate", "r"), (272, "Current", "r"),
                 (330, "YTD", "r")]
        theads = [(350, "Taxes", "l"), (502, "Current", "r"), (566, "YTD", "r")]
        for x, label, align in [*heads, *theads]:
            s.text(x, y, label, 8, "sans-b", 0.0, align)
        s.line(44, y + 4, 330, y + 4, 0.6)
        s.line(350, y + 4, 566, y + 4, 0.6)
        yy = y + 16
        for item in items:
            for (x, _, align), value in zip(heads, (item.label, item.units, item.rate, money(item.amount),
                                                    money(item.amount * periods)), strict=True):
                s.text(x, yy, value, 8.5, "sans", 0.0, align)
            yy += 12
        yy += 6
        s.text(44, yy, "Other Pay / Deductions", 8, "sans-b")
        s.line(44, yy + 4, 330, yy + 4, 0.6)
        yy += 16
        for label, current, ytd in others:
            s.text(44, yy, label, 8.5)
            s.text(272, yy, f"-{money(current)}", 8.5, align="r")
            s.text(330, yy, f"-{money(ytd)}", 8.5, align="r")
            yy += 12
        ty = y + 16
        for label, current, ytd in taxes:
            s.text(350, ty, tax_names.get(label, label), 8.5)
            s.text(502, ty, f"-{money(current)}", 8.5, align="r")
            s.text(566, ty, f"-{money(ytd)}", 8.5, align="r")
            ty += 12
        yb = max(yy, ty) + 10
        s.line(44, yb - 8, 566, yb - 8, 0.4, 0.5)
        net_ytd = stub.net * periods
        for x, label, current, ytd in ((44, "Gross Pay", stub.gross, stub.gross * periods),
                                       (350, "Net Pay", stub.net, net_ytd)):
            s.text(x, yb + 4, label, 9, "sans-b")
            s.text(272 if x == 44 else 502, yb + 4, money(current), 9, "sans-b", 0.0, "r")
            s.text(330 if x == 44 else 566, yb + 4, money(ytd), 9, "sans-b", 0.0, "r")

    copy(262, "Employer copy")
    copy(530, "Employee copy")
    return s


def stub_les(stub: Stub, agency: tuple[str, str], grade: tuple[str, Decimal], leave: Sequence[Decimal],
             rng: random.Random) -> Sheet:
    """A federal employee's "Earnings and Leave Statement": the name LAST, FIRST in the facts strip, pay period
    number, grade and annual salary, Current / Year to Date pay and deductions, leave hours, the mailing block."""
    s = Sheet()
    periods = _periods(stub)
    department, bureau = agency
    plan, salary = grade
    s.text(40, 48, stub.employer.upper(), 11, "sans-b")
    s.text(40, 60, bureau, 9, "sans", 0.25)
    s.text(572, 48, "EARNINGS AND LEAVE STATEMENT", 12, "sans-b", align="r")
    s.text(572, 60, f"For pay period ending {us(stub.period_end)}", 9, "sans", 0.25, "r")
    s.line(40, 68, 572, 68, 1.4)
    first = stub.employee
    middle = f" {first.middle.rstrip('.').upper()}" if first.middle else ""
    filed = f"{first.last.upper()}, {first.first.upper()}{middle}"
    cells = [("NAME", filed, 170), ("PAY PERIOD", str(int(periods)), 62), ("PAY DATE", us(stub.pay_date), 74),
             ("PERIOD BEGIN", us(stub.period_start), 74), ("PERIOD END", us(stub.period_end), 74),
             ("FREQUENCY", "BI-WEEKLY", 78)]
    cells2 = [("SERVICE COMP DATE", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2004, 2019)}",
               110), ("PAY PLAN / GRADE / STEP", plan, 120), ("ANNUAL SALARY", f"${money(salary)}", 100),
             ("HOURLY RATE", f"{stub.gross / 80:.2f}", 80), ("DUTY STATION", bureau.split(",")[-1].strip()[:18], 122)]
    y = 78
    for row in (cells, cells2):
        x = 40.0
        for label, value, w in row:
            s.rect(x, y, w, 30, width=0.6)
            s.text(x + 4, y + 9, label, 6.2, "sans-b", 0.35)
            s.text(x + 5, y + 23, value, 9, "mono")
            x += w
        y += 30
    y += 18
    s.text(40, y, "YOUR PAY CONSISTS OF", 9, "sans-b")
    s.text(430, y, "CURRENT", 8, "sans-b", align="r")
    s.text(566, y, "YEAR TO DATE", 8, "sans-b", align="r")
    s.line(40, y + 4, 572, y + 4, 0.6)
    deduction_total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    y += 17
    for label, current in (("GROSS PAY", stub.gross), ("TOTAL DEDUCTIONS", deduction_total), ("NET PAY", stub.net)):
        bold = "mono-b" if label == "NET PAY" else "mono"
        s.text(48, y, label, 9, bold)
        s.text(430, y, money(current), 9, bold, align="r")
        s.text(566, y, money(current * periods), 9, bold, align="r")
        y += 14
    y += 14
    s.text(40, y, "DEDUCTIONS", 9, "sans-b")
    s.text(430, y, "CURRENT", 8, "sans-b", align="r")
    s.text(566, y, "YEAR TO DATE", 8, "sans-b", align="r")
    s.line(40, y + 4, 572, y + 4, 0.6)
    y += 17
    names = {"Federal Income Tax": "FEDERAL TAX", "Social Security": "OASDI", "Medicare": "MEDICARE",
             "State Income Tax": f"STATE TAX {stub.employee_address.state}", "Medical Pre-Tax": "FEHB",
             "Dental/Vision": "FEDVIP DENTAL", "401(k) 4%": "TSP"}
    for code, (label, current, ytd) in zip(("01", "02", "03", "04", "16"), stub.deductions, strict=False):
        s.text(48, y, code, 9, "mono")
        s.text(80, y, names.get(label, label.upper()), 9, "mono")
        s.text(430, y, money(current), 9, "mono", align="r")
        s.text(566, y, money(ytd), 9, "mono", align="r")
        y += 14
    y += 14
    s.text(40, y, "LEAVE STATUS (HOURS)", 9, "sans-b")
    heads = ["BEG BALANCE", "EARNED", "USED", "END BALANCE"]
    for i, h in enumerate(heads):
        s.text(250 + i * 95, y, h, 7.5, "sans-b", 0.0, "r")
    s.line(40, y + 4, 572, y + 4, 0.6)
    y += 17
    for label, begin in zip(("ANNUAL", "SICK"), leave, strict=True):
        earned = Decimal("6.00") if label == "ANNUAL" else Decimal("4.00")
        used = Decimal(rng.choice([0, 0, 4, 8]))
        s.text(48, y, label, 9, "mono")
        for i, v in enumerate((begin, earned, used, begin + earned - used)):
            s.text(250 + i * 95, y, f"{v:.2f}", 9, "mono", align="r")
        y += 14
    y += 16
    s.text(40, y, "REMARKS", 9, "sans-b")
    s.line(40, y + 4, 572, y + 4, 0.6)
    s.wrap(48, y + 18, "Your TSP contribution election is now processed online. Review your beneficiary designations "
           "once a year. Direct deposit made to your account of record.", 520, 8.5, "mono", 11)
    y += 70
    s.text(40, y, f"{department} {DOT} Payroll services provided by the Federal Shared Payroll Center, Denver, CO",
           7.5, "sans", 0.35)
    y += 40
    for i, line in enumerate((stub.employee.name, stub.employee_address.street, stub.employee_address.last_line)):
        s.text(72, y + i * 13, line, 10, "mono")
    return s


def stub_district(stub: Stub, position: str, rng: random.Random) -> Sheet:
    """A school district's monthly payroll advice from its old payroll system: everything in capitals in a
    fixed-width font, dashed rules, CURRENT and Y-T-D columns, the employee's address block for a window
    envelope."""
    s = Sheet()
    periods = _periods(stub)
    firm = stub.employer_address
    mono, size = "mono", 8.8
    step = 11.5

    def line(y: float, left: str, right: str = "", bold: bool = False) -> None:
        s.text(44, y, left, size, "mono-b" if bold else mono)
        if right:
            s.text(568, y, right, size, "mono-b" if bold else mono, align="r")

    def rule(y: float) -> None:
        s.text(44, y, "-" * 84, size, mono, 0.3)

    y = 56.0
    line(y, stub.employer.upper(), "PAYROLL ADVICE", True)
    y += step
    line(y, f"{firm.street.upper()}  {firm.last_line.upper()}", f"ADVICE NO {rng.randint(100000, 999999)}")
    y += step
    rule(y)
    y += step
    filed = f"{stub.employee.last}, {stub.employee.first} {(stub.employee.middle or '')[:1]}".upper().strip()
    line(y, f"EMPLOYEE: {filed}", f"EMP ID: {rng.randint(1000, 9999):06d}")
    y += step
    line(y, f"POSITION: {position.upper()}", "PAY FREQ: MONTHLY")
    y += step
    line(y, f"PERIOD:   {us(stub.period_start)} - {us(stub.period_end)}", f"CHECK DATE: {us(stub.pay_date)}")
    y += step
    rule(y)
    y += step
    s.text(44, y, "EARNINGS", size, "mono-b")
    for x, label in ((300, "HOURS"), (380, "RATE"), (470, "CURRENT"), (568, "Y-T-D")):
        s.text(x, y, label, size, "mono-b", align="r")
    y += step
    hours = Decimal(rng.choice([168, 172, 176]))
    for label, h, rate, current in (("REGULAR SALARY", f"{hours:.2f}", f"{stub.gross / hours:.4f}", stub.gross),):
        s.text(44, y, label, size, mono)
        s.text(300, y, h, size, mono, align="r")
        s.text(380, y, rate, size, mono, align="r")
        s.text(470, y, money(current), size, mono, align="r")
        s.text(568, y, money(current * periods), size, mono, align="r")
        y += step
    s.text(44, y, "GROSS EARNINGS", size, "mono-b")
    s.text(470, y, money(stub.gross), size, "mono-b", align="r")
    s.text(568, y, money(stub.ytd_gross or stub.gross), size, "mono-b", align="r")
    y += step * 1.5
    s.text(44, y, "DEDUCTIONS", size, "mono-b")
    y += step
    names = {"Federal Income Tax": "FED W/H", "Social Security": "FICA-OASDI", "Medicare": "FICA-MED",
             "State Income Tax": "STATE W/H", "Medical Pre-Tax": "MEDICAL PLAN", "Dental/Vision": "DENTAL/VISION",
             "401(k) 4%": "403(B) PLAN"}
    for label, current, ytd in stub.deductions:
        s.text(60, y, names.get(label, label.upper()), size, mono)
        s.text(470, y, money(current), size, mono, align="r")
        s.text(568, y, money(ytd), size, mono, align="r")
        y += step
    s.text(44, y, "TOTAL DEDUCTIONS", size, "mono-b")
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    s.text(470, y, money(total), size, "mono-b", align="r")
    s.text(568, y, money(total * periods), size, "mono-b", align="r")
    y += step
    rule(y)
    y += step
    line(y, "NET PAY", money(stub.net), True)
    y += step
    line(y, f"DIRECT DEPOSIT  CHK ACCT XXXXX{rng.randint(1000, 9999)}", money(stub.net))
    y += step
    rule(y)
    y += step * 2
    s.text(44, y, "LEAVE BALANCES:  SICK 64.00   PERSONAL 16.00   VACATION 40.00", size, mono, 0.25)
    y += step * 4
    for i, text in enumerate((stub.employee.name.upper(), stub.employee_address.street.upper(),
                              stub.employee_address.last_line.upper())):
        s.text(86, y + i * 13, text, 10, mono)
    s.text(306, 720, "*** RETAIN THIS ADVICE FOR YOUR RECORDS ***", size, mono, 0.3, "c")
    return s


def stub_care(stub: Stub, visits: Sequence[tuple[date, str, Item]], rng: random.Random) -> Sheet:
    """A home-care agency's weekly "Caregiver Earnings Statement": every client visit on its own line (date,
    client initials, service, hours, rate, amount), then the week's gross, the year's gross, taxes and net."""
    s = Sheet()
    periods = _periods(stub)
    firm = stub.employer_address
    s.rect(40, 36, 532, 50, stroke=None, fill=0.93)
    s.text(52, 58, stub.employer, 14, "serif-b")
    s.text(52, 72, f"{firm.street} {DOT} {firm.last_line} {DOT} Cuidando con cari\u00f1o desde 2009", 7.5, "sans",
           0.3)
    s.text(560, 58, "Caregiver Earnings Statement", 11, "sans-b", align="r")
    s.text(560, 72, "Weekly payroll", 8.5, "sans", 0.3, "r")
    y = 108
    for label, value, x in (("Caregiver", stub.employee.name, 44), ("Employee #", f"HC-{rng.randint(1000, 9999)}",
                                                                       300), ("Pay date", us(stub.pay_date), 440)):
        s.text(x, y, label, 7.5, "sans-b", 0.35)
        s.text(x, y + 12, value, 10)
    y += 32
    s.text(44, y, "Work week", 7.5, "sans-b", 0.35)
    s.text(44, y + 12, f"{stub.period_start:%a} {us(stub.period_start)} {EN} {stub.period_end:%a} "
                       f"{us(stub.period_end)}", 10)
    s.text(300, y, "Pay frequency", 7.5, "sans-b", 0.35)
    s.text(300, y + 12, "Weekly", 10)
    s.text(440, y, "Address", 7.5, "sans-b", 0.35)
    s.text(440, y + 12, stub.employee_address.street, 8.5)
    s.text(440, y + 22, stub.employee_address.last_line, 8.5)
    y += 48
    heads = [(44, "Date", "l"), (110, "Client", "l"), (180, "Service", "l"), (400, "Hours", "r"), (470, "Rate", "r"),
             (566, "Amount", "r")]
    s.rect(40, y - 11, 532, 16, stroke=None, fill=0.3)
    for x, label, align in heads:
        s.text(x, y, label, 8.5, "sans-b", 1.0, align)
    y += 18
    for when, client, item in visits:
        for (x, _, align), value in zip(heads, (f"{when:%m/%d}", client, item.label, item.units, item.rate,
                                                money(item.amount)), strict=True):
            s.text(x, y, value, 9, "sans", 0.0, align)
        s.line(40, y + 5, 572, y + 5, 0.3, 0.75)
        y += 16
    hours = sum((Decimal(i.units) for _, _, i in visits if i.units), Decimal(0))
    s.text(180, y + 2, "Total hours this week", 9, "sans-b")
    s.text(400, y + 2, f"{hours:.2f}", 9, "sans-b", align="r")
    y += 30
    x0 = 300
    s.rect(x0, y - 12, 272, 20 + 14 * (len(stub.deductions) + 3), width=0.8)
    rows = [("Gross earnings this week", stub.gross, True), ("Gross earnings year to date", stub.gross * periods,
                                                               False)]
    rows += [(label, -current, False) for label, current, _ in stub.deductions]
    for label, value, bold in rows:
        s.text(x0 + 8, y + 2, label, 9, "sans-b" if bold else "sans")
        s.text(x0 + 264, y + 2, money(value) if value >= 0 else f"({money(-value)})", 9,
               "sans-b" if bold else "sans", 0.0, "r")
        y += 14
    s.line(x0 + 8, y - 6, x0 + 264, y - 6, 0.6)
    s.text(x0 + 8, y + 6, "Net pay (direct deposit)", 10, "sans-b")
    s.text(x0 + 264, y + 6, money(stub.net), 10, "sans-b", align="r")
    s.wrap(44, y - 60, "Visit hours come from the EVV phone check-in and check-out. Mileage between clients is paid "
           "monthly on a separate reimbursement. Questions about your hours: call the scheduler before Tuesday noon.",
           240, 8, "sans-i", 10.5, 0.35)
    return s


# --- bank statements -----------------------------------------------------------------------------------------------


def statement_lumen(st: Statement) -> list[Sheet]:
    """An online bank's statement: four summary tiles, then activity grouped under date headings, each line with a
    "+" or "-" amount and the balance after it."""
    s = Sheet()
    s.text(40, 58, "Lumen", 22, "sans-b")
    s.text(40 + hp.text_width("Lumen", "sans-b", 22) + 4, 58, "Direct Bank", 11, "sans", 0.35)
    s.text(572, 48, "Checking statement", 12, "sans-b", align="r")
    s.text(572, 62, f"{st.start:%b} {st.start.day}, {st.start.year} {EN} {st.end:%b} {st.end.day}, {st.end.year}", 9.5,
           "sans", 0.25, "r")
    s.text(40, 96, st.holder.name, 10, "sans-b")
    s.text(40, 109, st.home.street, 9)
    s.text(40, 121, st.home.last_line, 9)
    s.text(340, 96, "Account", 8, "sans", 0.4)
    s.text(400, 96, f"Spend Account  \u2022\u2022{st.last4}", 9.5)
    s.text(340, 109, "Issued by", 8, "sans", 0.4)
    s.text(400, 109, "Lumen Direct Bank, N.A.", 9.5)
    s.text(340, 122, "Help", 8, "sans", 0.4)
    s.text(400, 122, "Chat in the app, or call 1-888-555-0163", 9.5)
    y = 142
    for i, (label, value, sign) in enumerate((("Starting balance", st.begin, ""), ("Money in", st.deposits, "+"),
                                              ("Money out", st.debits, "-"), ("Ending balance", st.ending, ""))):
        x = 40 + i * 134
        s.rect(x, y, 128, 46, width=0.5, stroke=0.75, fill=0.96)
        s.text(x + 10, y + 16, label, 8, "sans", 0.4)
        s.text(x + 10, y + 35, f"{sign}${money(value)}", 13, "sans-b" if i == 3 else "sans")
    y += 74
    s.text(40, y, "Activity", 13, "sans-b")
    s.text(572, y, "Balance after", 8, "sans", 0.4, "r")
    y += 14
    current: date | None = None
    for d, desc, amount, bal in st.rows:
        if d != current:
            current = d
            s.rect(40, y, 532, 14, stroke=None, fill=0.92)
            s.text(46, y + 10, f"{d:%a}, {d:%b} {d.day}", 8.5, "sans-b", 0.2)
            y += 19
        s.text(52, y + 6, desc.title(), 9)
        s.text(470, y + 6, f"+{money(amount)}" if amount > 0 else f"-{money(-amount)}", 9,
               "sans-b" if amount > 0 else "sans", 0.0, "r")
        s.text(572, y + 6, money(bal), 9, "sans", 0.3, "r")
        y += 15
    s.line(40, y + 4, 572, y + 4, 0.5, 0.6)
    s.text(52, y + 18, f"Ending balance on {st.end:%b} {st.end.day}", 9, "sans-b")
    s.text(572, y + 18, money(st.ending), 9, "sans-b", align="r")
    s.wrap(40, 730, "Lumen Direct Bank, N.A. Member FDIC. Found something that looks wrong? Tell us in the app within "
           "60 days of this statement.", 532, 7.5, "sans", 10, 0.4)
    return [s]


def statement_member(st: Statement, member: str, savings: Decimal, dividend: Decimal,
                     per_first_page: int = 12) -> list[Sheet]:
    """A credit union's member statement: dates with two-digit years ("06/01/27 thru 06/30/27"), an account summary
    box, the share draft (checking) account first with posting and effective dates and a trailing-minus amount
    column, continued on page 2, and the share savings account after it."""
    pages = [Sheet(), Sheet()]
    period = f"{_yy(st.start)} thru {_yy(st.end)}"
    for i, s in enumerate(pages):
        s.circle(56, 56, 14, width=1.6)
        s.text(56, 60.5, "KH", 10, "serif-b", align="c")
        s.text(78, 54, st.bank, 12, "serif-b")
        s.text(78, 66, "Federally insured by NCUA  \u00b7  400 Market St, Lancaster, PA 17603", 7.5, "sans", 0.35)
        s.text(572, 50, "MEMBER STATEMENT", 10, "sans-b", align="r")
        s.text(572, 62, f"Statement Period {period}", 8.5, "sans", 0.0, "r")
        s.text(572, 74, f"Member No. {member}   Page {i + 1} of 2", 8, "sans", 0.3, "r")
        s.line(40, 82, 572, 82, 0.8)
    p1, p2 = pages
    y = 104
    for line in (st.holder.upper, st.home.street.upper(), st.home.last_line.upper()):
        p1.text(60, y, line, 9.5)
        y += 12
    p1.rect(340, 96, 232, 62, width=0.7)
    p1.text(348, 108, "SUMMARY OF YOUR ACCOUNTS", 8, "sans-b")
    for j, (label, value) in enumerate(((f"Share Draft Checking ****{st.last4}", st.ending),
                                        ("Regular Share Savings  S00", savings + dividend),
                                        ("Total of all shares", st.ending + savings + dividend))):
        p1.text(348, 123 + j * 12, label, 8, "sans-b" if j == 2 else "sans")
        p1.text(564, 123 + j * 12, money(value), 8, "sans-b" if j == 2 else "sans", 0.0, "r")
    heads = [(44, "Post", "l"), (84, "Eff", "l"), (124, "Description", "l"), (470, "Amount", "r"),
             (566, "Balance", "r")]

    def section(s: Sheet, y: float, title: str) -> float:
        s.rect(40, y, 532, 15, stroke=None, fill=0.25)
        s.text(46, y + 11, title, 8.5, "sans-b", 1.0)
        y += 28
        for x, label, align in heads:
            s.text(x, y, label, 7.5, "sans-b", 0.35, align)
        return y + 14

    def row(s: Sheet, y: float, d: date, desc: str, amount: Decimal | None, bal: Decimal, lag: int = 0) -> float:
        """A posted line; a card purchase took effect the day before it posted (never before the period)."""
        s.text(44, y, f"{d:%m/%d}", 8.5)
        s.text(84, y, f"{max(d - timedelta(days=lag), st.start):%m/%d}", 8.5, "sans", 0.4)
        s.text(124, y, desc, 8.5)
        if amount is not None:
            s.text(470, y, f"{money(-amount)}-" if amount < 0 else money(amount), 8.5, "mono", align="r")
        s.text(566, y, money(bal), 8.5, "mono", align="r")
        return y + 13

    title = f"SHARE DRAFT CHECKING  {DOT}  Suffix D10  {DOT}  Account ending {st.last4}"
    y = section(p1, 178, title)
    y = row(p1, y, st.start, "PREVIOUS BALANCE", None, st.begin)
    for d, desc, amount, bal in st.rows[:per_first_page]:
        y = row(p1, y, d, desc, amount, bal, 1 if desc.startswith("POS") else 0)
    p1.text(566, y + 6, "(continued on page 2)", 7.5, "sans-i", 0.35, "r")
    p1.rect(40, 600, 532, 84, width=0.6, fill=0.95)
    p1.text(52, 620, "MEMBER NEWS", 9, "sans-b")
    p1.wrap(52, 638, "Skip-A-Pay is back: members in good standing may skip one consumer loan payment this season for "
            "a $35 fee (mortgage loans not eligible). Our annual meeting is the third Thursday of October at the "
            "Market Street branch. Having trouble with your mortgage payment? Call Member Solutions before you fall "
            "behind; we can help.", 508, 8.5, "sans", 11.5, 0.2)
    y = section(p2, 100, f"{title}  (continued)")
    for d, desc, amount, bal in st.rows[per_first_page:]:
        y = row(p2, y, d, desc, amount, bal, 1 if desc.startswith("POS") else 0)
    y = row(p2, y, st.end, "NEW BALANCE", None, st.ending)
    n_in = sum(1 for *_, a, _ in st.rows if a > 0)
    p2.text(124, y + 6, f"{n_in} deposits totaling {money(st.deposits)}   {len(st.rows) - n_in} withdrawals totaling "
                        f"{money(st.debits)}", 8, "sans", 0.3)
    y = section(p2, y + 26, f"REGULAR SHARE SAVINGS  {DOT}  Suffix S00")
    y = row(p2, y, st.start, "PREVIOUS BALANCE", None, savings)
    y = row(p2, y, st.end, "DIVIDEND  APY EARNED 0.05%", dividend, savings + dividend)
    y = row(p2, y, st.end, "NEW BALANCE", None, savings + dividend)
    p2.wrap(40, y + 24, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS call Member Solutions at (717) "
            "555-0140 or write to us as soon as you can, no later than 60 days after we sent the first statement on "
            "which the problem appeared.", 532, 7.5, "sans", 10, 0.3)
    return pages


# --- letters, notices and other papers -----------------------------------------------------------------------------


def rrb_award(annuitant: Person, home: Address, when: date, tier1: Decimal, tier2: Decimal,
              rng: random.Random) -> Doc:
    """A railroad retirement notice of annuity award: Tier I and Tier II rates, the total, the Medicare deduction and
    what is paid, monthly."""
    s = Sheet()
    total = tier1 + tier2
    medicare = Decimal("202.90")
    s.text(40, 50, "RAILROAD RETIREMENT BOARD", 13, "serif-b")
    s.text(40, 63, "844 North Rush Street, Chicago, IL 60611-1275", 8.5, "serif", 0.3)
    s.text(572, 50, "NOTICE OF ANNUITY AWARD", 11, "sans-b", align="r")
    s.text(572, 63, f"Claim number: A-{rng.randint(100000, 999999)}", 8.5, "sans", 0.3, "r")
    s.line(40, 72, 572, 72, 1.0)
    s.text(40, 96, f"Date of this notice: {long_date(when)}", 10)
    y = 122
    for line in (annuitant.upper, home.street.upper(), home.last_line.upper()):
        s.text(60, y, line, 10)
        y += 13
    y += 20
    y = s.wrap(40, y, f"We have approved your application for an employee annuity under the Railroad Retirement Act. "
               f"Your annuity begins {long_date(hp.add_months(when, -2))}. The amounts below are the monthly rates "
               "before and after deductions.", 532, 10, "serif", 14) + 8
    rows = [("Tier I (social security equivalent)", tier1), ("Tier II (railroad industry)", tier2),
            ("Total monthly annuity rate", total), ("Less Medicare Part B premium", -medicare),
            ("Net monthly payment", total - medicare)]
    s.rect(60, y, 492, 16, stroke=None, fill=0.88)
    s.text(68, y + 11.5, "Component", 8.5, "sans-b")
    s.text(544, y + 11.5, "Monthly rate", 8.5, "sans-b", align="r")
    y += 16
    for label, value in rows:
        bold = "sans-b" if "Total" in label or "Net" in label else "sans"
        s.rect(60, y, 492, 18, width=0.4)
        s.text(68, y + 12.5, label, 9.5, bold)
        s.text(544, y + 12.5, f"${money(value)}" if value >= 0 else f"-${money(-value)}", 9.5, bold, 0.0, "r")
        y += 18
    y += 16
    y = s.wrap(40, y, "Your annuity is paid once a month, on the first business day, by direct deposit to the account "
               "you named. Part of your annuity is taxable income; each January we will mail you Forms RRB-1099 and "
               "RRB-1099-R for your tax return.", 532, 10, "serif", 14) + 8
    y = s.wrap(40, y, "If you do not agree with this decision, you may ask for reconsideration within 60 days of the "
               "date of this notice.", 532, 10, "serif", 14) + 30
    s.text(40, y, "Director of Retirement and Survivor Benefits", 9.5, "serif-i", 0.3)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": total,
                                        "benefit_type": "benefits_taxable"}, [s])


def survivor_award(widow: Person, deceased: Person, home: Address, when: date, monthly: Decimal,
                   rng: random.Random) -> Doc:
    """A municipal employees' retirement fund's survivor benefit determination: a boxed summary and a Spanish line for
    help."""
    s = Sheet()
    fund = "Osceola Municipal Employees' Retirement Fund"
    s.rect(40, 36, 532, 58, stroke=None, fill=0.9)
    s.text(306, 60, fund, 14, "serif-b", align="c")
    s.text(306, 76, f"Pension Office {DOT} 1 Courthouse Sq, Suite 220, Kissimmee, FL 34741 {DOT} (407) 555-0188", 8,
           "serif", 0.3, "c")
    s.text(572, 120, long_date(when), 10.5, "serif", 0.0, "r")
    y = 120
    for line in (widow.name, home.street, home.last_line):
        s.text(40, y, line, 10.5, "serif")
        y += 14
    y += 20
    s.text(40, y, f"Survivor Benefit Determination {EM} Member: {deceased.name}", 11, "serif-b")
    y += 24
    y = s.wrap(40, y, f"Dear {widow.first} {widow.last}: the Board of Trustees offers its condolences on the passing "
               f"of {deceased.first}, a member of the Fund through the City's Public Works Department. As his "
               "designated beneficiary you are entitled to the survivor benefit summarised below.", 532, 10.5,
               "serif", 15) + 10
    s.rect(60, y, 492, 112, width=0.8)
    for i, (label, value) in enumerate((("Beneficiary", widow.name), ("Benefit", "Joint & survivor, 75% continuation"),
                                        ("Monthly survivor benefit", f"${money(monthly)}"),
                                        ("Payment frequency", "Monthly, last business day of the month"),
                                        ("First payment", long_date(hp.add_months(when, 1) - timedelta(days=1))))):
        s.text(72, y + 20 + i * 20, label, 10, "serif-b")
        s.text(250, y + 20 + i * 20, value, 10, "serif")
    y += 132
    y = s.wrap(40, y, "This benefit is taxable income. Federal income tax will be withheld unless you file a new "
               "withholding form; a Form 1099-R will be mailed each January.", 532, 10.5, "serif", 15) + 8
    y = s.wrap(40, y, "Si necesita esta carta en espa\u00f1ol o ayuda para entenderla, llame a la Oficina de Pensiones "
               "al (407) 555-0188.", 532, 10, "serif-i", 14, 0.25) + 26
    s.text(40, y, "Sincerely,", 10.5, "serif")
    s.signature(rng, 48, y + 34, 150, 20, gray=0.12)
    s.text(40, y + 50, "Pension Administrator", 10.5, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_taxable"}, [s])


def financial_determination(claimant: Person, ssn4: str, home: Address, when: date, weekly: Decimal,
                            rng: random.Random) -> Doc:
    """A state's unemployment compensation "Notice of Financial Determination": base-period quarters with wages, the
    weekly benefit rate, the partial benefit credit and the maximum."""
    s = Sheet()
    s.text(306, 50, "COMMONWEALTH OF PENNSYLVANIA", 11, "serif-b", align="c")
    s.text(306, 63, "Department of Labor & Industry  \u00b7  Office of Unemployment Compensation Benefits", 8.5,
           "serif", 0.25, "c")
    s.text(306, 92, "NOTICE OF FINANCIAL DETERMINATION", 14, "sans-b", align="c")
    cells = [("CLAIMANT", claimant.name), ("SSN", f"XXX-XX-{ssn4}"), ("MAILING DATE", us(when)),
             ("APPLICATION FILED", us(when - timedelta(days=rng.randint(6, 12))))]
    x = 40.0
    for label, value in cells:
        w = 196 if label == "CLAIMANT" else 112
        s.rect(x, 104, w, 30, width=0.6)
        s.text(x + 4, 113, label, 6.5, "sans-b", 0.35)
        s.text(x + 5, 127, value, 9.5)
        x += w
    y = 160
    for line in (claimant.upper, home.street.upper(), home.last_line.upper()):
        s.text(60, y, line, 10)
        y += 13
    y += 18
    s.text(40, y, "BASE YEAR WAGES REPORTED BY YOUR EMPLOYERS", 9, "sans-b")
    y += 8
    year = when.year - 1
    quarters = [(f"{m} {year}", Decimal(rng.randrange(900000, 1500000)) / 100)
                for m in ("Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec")]
    s.rect(60, y, 492, 15, stroke=None, fill=0.88)
    s.text(68, y + 11, "Quarter", 8.5, "sans-b")
    s.text(544, y + 11, "Wages", 8.5, "sans-b", align="r")
    y += 15
    for label, value in quarters:
        s.rect(60, y, 492, 16, width=0.4)
        s.text(68, y + 11.5, label, 9)
        s.text(544, y + 11.5, money(value), 9, align="r")
        y += 16
    total = sum((v for _, v in quarters), Decimal(0))
    s.text(68, y + 12, "Total base year wages", 9, "sans-b")
    s.text(544, y + 12, money(total), 9, "sans-b", align="r")
    y += 36
    for label, value in (("Weekly Benefit Rate", f"${money(weekly)}"),
                         ("Partial Benefit Credit", f"${money(cents(weekly * Decimal('0.4')))}"),
                         ("Maximum Benefit Amount", f"${money(weekly * 26)}"),
                         ("Benefit Year Begins", us(when - timedelta(days=rng.randint(8, 14))))):
        s.text(68, y, label, 10, "sans-b")
        s.text(300, y, value, 10)
        y += 16
    y += 12
    y = s.wrap(40, y, "You are FINANCIALLY ELIGIBLE for Unemployment Compensation. File your bi-weekly claims online "
               "to be paid. Benefits are paid weekly and are subject to federal income tax.", 532, 10, "sans", 13) + 8
    s.wrap(40, y, "APPEAL RIGHTS: if you disagree with this determination, you must file an appeal within 21 days of "
           "the mailing date shown above.", 532, 9, "sans", 12, 0.25)
    return Doc("unemployment_benefit_letter", {"letter_date": when, "benefit_type": "unemployment"}, [s])


def work_status_report(patient: Person, when: date, hours: int, rng: random.Random) -> Doc:
    """A community clinic's work status report (a medical statement): checked duty status, restrictions with their
    dates, no diagnosis, the provider's signature."""
    s = Sheet()
    s.text(40, 52, "Valle del Sol Community Health Center", 14, "sans-b")
    s.text(40, 65, "Family Medicine  \u00b7  2210 Montana Ave, El Paso, TX 79903  \u00b7  (915) 555-0121", 8, "sans",
           0.3)
    s.text(572, 52, "WORK STATUS REPORT", 12, "sans-b", align="r")
    s.text(572, 65, "Reporte de estado laboral", 9, "sans-i", 0.3, "r")
    s.line(40, 74, 572, 74, 1.0)
    born = date(when.year - rng.randint(38, 58), rng.randint(1, 12), rng.randint(1, 28))
    chart = f"VDS-{rng.randint(100000, 999999)}"
    for i, (label, value) in enumerate((("Patient", patient.name), ("Date of birth", us(born)),
                                        ("Date of visit", us(when)), ("Chart no.", chart))):
        x = 40 + (i % 2) * 270
        y = 98 + (i // 2) * 22
        s.text(x, y, label, 8.5, "sans-b", 0.35)
        s.text(x + 80, y, value, 10)
    y = 160
    s.text(40, y, "Work status as of the date of visit:", 10, "sans-b")
    y += 20
    for label, chosen in (("Full duty, no restrictions", False), ("Modified duty with the restrictions below", True),
                          ("Off work", False)):
        s.box(52, y - 8, chosen)
        s.text(68, y, label, 10)
        y += 17
    y += 10
    s.text(40, y, "Restrictions:", 10, "sans-b")
    y += 18
    for line in (f"Work no more than {hours} hours per week; no shifts longer than 6 hours.",
                 "No lifting over 20 lb. Seated breaks every 2 hours.",
                 f"Effective {us(when)} until re-evaluated (expected duration: more than 6 months)."):
        s.text(60, y, f"\u2022  {line}", 10)
        y += 16
    y += 16
    y = s.wrap(40, y, "This report states the patient's work capacity only. Diagnosis and treatment details are "
               "protected health information and are not disclosed without a separate written authorization.", 532,
               9, "sans-i", 12, 0.3) + 40
    s.signature(rng, 60, y, 170, 22, gray=0.1)
    s.line(40, y + 4, 300, y + 4, 0.6)
    s.text(40, y + 15, "Provider signature", 8, "sans", 0.35)
    s.text(330, y, us(when), 10.5, "pen", 0.15)
    s.line(320, y + 4, 450, y + 4, 0.6)
    s.text(320, y + 15, "Date", 8, "sans", 0.35)
    s.text(40, y + 40, rng.choice(["Elena R. Castillo, MD", "Samuel Ortiz-Pe\u00f1a, DO", "Grace Lin, FNP-C"]), 10)
    return Doc("medical_statement", {"letter_date": when}, [s])


def quitclaim_deed(grantor: Person, grantee: Person, home: Address, recorded: date, rng: random.Random) -> Doc:
    """A recorded quitclaim deed: "prepared by / return to" block, the recorder's stamp box, the conveyance, the
    grantor's signature and a notary's acknowledgment."""
    s = Sheet()
    s.text(40, 44, "Prepared by and return to:", 7.5, "sans-b", 0.3)
    for i, line in enumerate((grantee.name, home.street, home.last_line)):
        s.text(40, 55 + i * 10, line, 8)
    s.rect(372, 34, 200, 74, width=0.9)
    number = f"{recorded.year}{rng.randint(1000000, 9999999)}"
    hour = rng.randint(8, 15)
    clock = f"{hour if hour <= 12 else hour - 12}:{rng.randint(10, 59)} {'AM' if hour < 12 else 'PM'}"
    for i, line in enumerate(("LEHIGH COUNTY RECORDER OF DEEDS", f"Instrument # {number}",
                              f"Recorded {us(recorded)} {clock}",
                              f"Fees $ {rng.choice(['86.75', '92.25', '104.50'])}   Pages 1",
                              "Recorder: digital stamp")):
        s.text(380, 48 + i * 13, line, 8 if i else 8.5, "mono-b" if i == 0 else "mono")
    s.text(40, 104, f"Parcel ID: {rng.randint(540000, 549999)}{rng.randint(1000, 9999)} 0001", 8, "sans", 0.3)
    s.text(306, 140, "QUITCLAIM DEED", 18, "serif-b", align="c")
    y = 170
    plan = rng.choice(["Cedar Crest", "Mountainville", "Ritter Farms"])
    paragraphs = [
        f"THIS QUITCLAIM DEED is made on {long_date(recorded - timedelta(days=rng.randint(3, 10)))}, between "
        f"{grantor.name.upper()}, an unmarried man, of {home.city}, {home.state} (\"Grantor\"), and "
        f"{grantee.name.upper()}, an unmarried woman (\"Grantee\").",
        "WITNESSETH, that the Grantor, for and in consideration of the sum of One Dollar ($1.00) and pursuant to the "
        "property settlement incident to the parties' divorce, does hereby remise, release and forever QUITCLAIM "
        "unto the Grantee, her heirs and assigns, all of the Grantor's right, title and interest in the following "
        "real property:",
        f"ALL THAT CERTAIN lot or piece of ground situate in the City of {home.city}, County of Lehigh, Commonwealth "
        f"of Pennsylvania, being Lot No. {rng.randint(2, 90)} on the plan of {plan} "
        f"recorded in Plan Book Volume {rng.randint(10, 60)}, page {rng.randint(1, 90)}, and known as {home.one_line}.",
        "TO HAVE AND TO HOLD the same, with all appurtenances, unto the Grantee forever, so that neither the Grantor "
        "nor anyone claiming under him shall have any right or title to the property."]
    for paragraph in paragraphs:
        y = s.wrap(60, y, paragraph, 492, 10.5, "serif", 14.5) + 8
    y += 14
    s.text(60, y, "IN WITNESS WHEREOF, the Grantor has signed this deed.", 10.5, "serif")
    y += 40
    s.signature(rng, 80, y, 170, 22, gray=0.1)
    s.line(60, y + 4, 300, y + 4, 0.6)
    s.text(60, y + 16, f"{grantor.name}, Grantor", 9.5, "serif")
    y += 40
    s.rect(60, y, 492, 96, width=0.6)
    s.text(68, y + 16, "COMMONWEALTH OF PENNSYLVANIA, COUNTY OF LEHIGH, ss.", 9, "serif-b")
    s.wrap(68, y + 32, f"On this day the above-named {grantor.name} personally appeared before me, a Notary Public, "
           "known to me to be the person whose name is subscribed to the within instrument, and acknowledged that he "
           "executed the same for the purposes therein contained.", 476, 9, "serif", 12)
    s.signature(rng, 340, y + 88, 150, 18, gray=0.15)
    s.circle(120, y + 76, 16, width=0.8)
    s.text(120, y + 79, "SEAL", 6.5, "sans-b", 0.3, "c")
    return Doc("quitclaim_deed", {}, [s])


def carta_a_mano(app: GApplication, when: date, paragraphs: Sequence[str], rng: random.Random) -> Doc:
    """A hardship letter handwritten in Spanish on ruled paper: the date in words ("12 de julio de 2027"), the loan
    number, the story, a signature and the printed name."""
    s = Sheet()
    pen = Pen(rng, hand=True, gray=0.14, font="pen-serif")
    for i in range(34):
        s.line(48, 84 + i * 19.5, 564, 84 + i * 19.5, 0.35, 0.75)
    s.line(80, 40, 80, 760, 0.5, 0.6)
    pen.write(s, 380, 80, _es_long(when), 11.5)
    pen.write(s, 90, 119, f"Pr\u00e9stamo n\u00fam. {app.loan}", 11.5)
    pen.write(s, 90, 138.5, "Alameda Crest Mortgage Servicing", 11.5)
    pen.write(s, 90, 177.5, "Estimados se\u00f1ores:", 11.5)
    row = 7
    for paragraph in paragraphs:
        for line in hf._lines(paragraph, 450, 12.5, "pen-serif"):
            pen.write(s, 90, 84 + row * 19.5 - 2, line, 11.5)
            row += 1
        row += 1
    pen.write(s, 90, 84 + row * 19.5 - 2, "Atentamente,", 11.5)
    s.signature(rng, 100, 84 + (row + 2) * 19.5, 150, 22, gray=0.12)
    pen.write(s, 90, 84 + (row + 3) * 19.5 - 2, app.borrower.name, 11.5)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def counselor_cover(client: Person, loan: str, when: date, pages: int, rng: random.Random) -> Doc:
    """A HUD-approved housing counseling agency's bilingual fax cover (not listed)."""
    s = Sheet()
    s.text(40, 60, "Casa Esperanza Housing Counseling", 15, "sans-b")
    s.text(40, 74, "HUD-approved housing counseling agency  \u00b7  1901 E Paisano Dr, El Paso, TX 79901", 8.5,
           "sans", 0.3)
    s.text(572, 60, "FAX / PORTADA DE FAX", 14, "sans-b", align="r")
    s.line(40, 84, 572, 84, 1.5)
    rows = [("To / Para", "Alameda Crest Mortgage Servicing \u2014 Loss Mitigation"),
            ("Fax", "1-866-555-0176"),
            ("From / De", f"{rng.choice(['Lupe Arriaga', 'Daniel Esparza', 'Karina Villalobos'])}, housing counselor"),
            ("Client / Cliente", client.name), ("Loan / Pr\u00e9stamo", loan), ("Date / Fecha", us(when)),
            ("Pages / P\u00e1ginas", f"{pages} including this cover / incluyendo esta portada")]
    y = 112
    for label, value in rows:
        s.rect(40, y, 532, 26, width=0.5)
        s.rect(40, y, 130, 26, stroke=None, fill=0.9)
        s.text(48, y + 17, label, 9.5, "sans-b")
        s.text(180, y + 17, value, 10.5)
        y += 26
    y += 24
    s.text(40, y, "Message / Mensaje:", 10, "sans-b")
    s.wrap(40, y + 18, "Attached: our client's mortgage assistance application, her last two weekly pay statements and "
           "a work status report from her doctor. Our third-party authorization signed by the client is already on "
           "file with you. Please call me with any questions. / Adjunto la solicitud y los documentos de la "
           "clienta.", 532, 10.5, "sans", 15)
    s.wrap(40, 700, "CONFIDENTIAL: this fax holds private information for the addressee only. If you received it in "
           "error, call (915) 555-0190 and destroy it.", 532, 7.5, "sans-i", 10, 0.35)
    return Doc("fax_cover", {}, [s], listed=False)


# --- delivery ------------------------------------------------------------------------------------------------------


@dataclass
class TurnedPageDoc(Doc):
    """A document one of whose sheets went through the scanner the wrong way round (turned 180 degrees)."""

    turned: tuple[int, ...] = ()

    def images(self, dpi: int) -> list[Image.Image]:
        return [img.rotate(180) if i in self.turned else img for i, img in enumerate(super().images(dpi))]

    def digital(self) -> bytes:
        raise ValueError("a turned page is only delivered scanned")


def turned(doc: Doc, *pages: int) -> TurnedPageDoc:
    return TurnedPageDoc(doc.type, doc.fields, doc.sheets, facts=doc.facts, turned=pages)


@dataclass
class HFile(EFile):
    """A file as dropped in the inbox; `stamp` is the receiving fax server's line printed at the foot of every page
    ("{page}" and "{pages}" filled in)."""

    stamp: str = ""


def _stamp(path: Path, dpi: int, template: str) -> None:
    """Print the fax server's receive line at the bottom left of every page of a received fax."""
    document = pypdfium2.PdfDocument(path.read_bytes())
    pages = [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    document.close()
    out = []
    for number, page in enumerate(pages, start=1):
        draw = ImageDraw.Draw(page)
        draw.text((round(0.35 * dpi), page.height - round(0.12 * dpi)),
                  template.format(page=number, pages=len(pages)), fill=0,
                  font=hp._pil_font("mono", round(7.5 * dpi / 72)), anchor="ls")
        out.append(page.point(lambda v: 255 if v > 150 else 0).convert("1"))
    pf.images_pdf(out, dpi, path)


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_e's writer (JPEG recompression of phone photos), then the fax server's stamps."""
    expected = he.write_packet(packet, root)
    for file in packet.files:
        if isinstance(file, HFile) and file.stamp and file.scan is not None:
            _stamp(root / packet.name / "inbox" / file.name, file.scan.dpi, file.stamp)
    return expected


# --- self-check ----------------------------------------------------------------------------------------------------


def _renderings(name: str, value: Any) -> list[str]:
    """holdout_packets_f's renderings plus this set's dates: with dashes, in Spanish words, and month/year for a date
    asked as mm/yyyy (the first of the month)."""
    out = hf._renderings(name, value)
    if isinstance(value, date):
        out += [_dashed(value), _es_long(value)]
        if value.day == 1:
            out += [_month_year(value)]
    return out


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_f's check, with this set's renderings of dates."""
    return hf.check(packet, expected, _renderings)


# --- packets -------------------------------------------------------------------------------------------------------

PA_PLACES = [("Lancaster", "PA", "176"), ("Lititz", "PA", "175"), ("Ephrata", "PA", "175"), ("Reading", "PA", "196"),
             ("York", "PA", "174"), ("Columbia", "PA", "175")]
LEHIGH_PLACES = [("Allentown", "PA", "181"), ("Whitehall", "PA", "180"), ("Emmaus", "PA", "180")]
BORDER_PLACES = [("El Paso", "TX", "799"), ("Socorro", "TX", "799"), ("Horizon City", "TX", "799")]
OSCEOLA_PLACES = [("Kissimmee", "FL", "347"), ("St. Cloud", "FL", "347"), ("Poinciana", "FL", "347")]
CALLES = ["Paseo del Sol Dr", "Camino Alto Ave", "Mesquite Bend Rd", "Las Palmas Ct", "Old Mission Rd",
          "Sierra Vista Ln", "Rio Grande Ave"]


def received_on(rng: random.Random) -> date:
    """A weekday between early June and early September 2027."""
    return hp.weekday_on_or_before(date(2027, 6, 7) + timedelta(days=rng.randint(0, 95)))


def _address(rng: random.Random, places: Sequence[tuple[str, str, str]], streets: Sequence[str] = hp.STREETS
             ) -> Address:
    city, state, zip3 = rng.choice(places)
    street = f"{rng.randint(12, 4999)} {rng.choice(streets)}"
    return Address(street, city, state, f"{zip3}{rng.randint(10, 99)}")


def _money_text(rng: random.Random, low: int, high: int) -> str:
    return f"${money(Decimal(rng.randrange(low, high)) / 100)}"


def _statements(rng: random.Random, bank: str, holder: Person, home: Address, months: Sequence[date], last4: str,
                deposits: Any, n_debits: int, opening: tuple[int, int]) -> list[Statement]:
    """Statements of one account for consecutive months, opening with a balance (in cents, drawn from `opening`) the
    month's bills can bear before the pay arrives."""
    balance = Decimal(rng.randrange(*opening)) / 100
    out: list[Statement] = []
    for start in months:
        out.append(hp.make_statement(rng, bank, holder, home, last4, start, hp.month_end(start.year, start.month),
                                     balance, deposits(start), n_debits=n_debits))
        balance = out[-1].ending
    return out


def _dob(rng: random.Random, received: date, low: int, high: int) -> str:
    return us(date(received.year - rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28)))


def _voucher_stub(rng: random.Random, employer: str, employee: Person, home: Address, received: date,
                  overtime: bool) -> tuple[Stub, list[Item]]:
    """A bi-weekly hourly stub of a small business, its period ending on a Saturday, paid the Friday after."""
    rate = Decimal(rng.randrange(1850, 3200)) / 100
    items = [Item("Hourly Rate", "80.00", f"{rate:.2f}", cents(80 * rate))]
    if overtime:
        hours = Decimal(rng.choice(["3.50", "5.00", "6.25", "8.00"]))
        items.append(Item("Overtime Rate", f"{hours:.2f}", f"{rate * Decimal('1.5'):.2f}",
                          cents(hours * rate * Decimal("1.5"))))
    end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(6, 16)))
    stub = hf.stub_from_items(rng, employer, employee, home, "biweekly", items, end, 6, received)
    return replace(stub, employer_address=OFFICES[employer]), items


def _les_stub(rng: random.Random, employer: str, employee: Person, home: Address, end: date, received: date,
              ) -> tuple[Stub, tuple[str, Decimal]]:
    """A federal General Schedule employee's bi-weekly pay: 80 hours at the grade's hourly rate."""
    grade, step = rng.choice([("GS", 7), ("GS", 9), ("GS", 11)]), rng.randint(2, 8)
    hourly = Decimal(rng.randrange(2350, 3650)) / 100
    salary = cents(hourly * 2087).quantize(Decimal(1))
    stub = hp.make_stub(rng, employer, employee, home, "biweekly", cents(hourly * 80), end, pay_lag=6)
    office = Address("7301 W Mansfield Ave", "Denver", "CO", "80235")
    return replace(hc._not_after(stub, received - timedelta(days=1)), employer_address=office), (
        f"{grade[0]}-{grade[1]:02d} / {step:02d}", salary)


def _monthly_stub(rng: random.Random, employer: str, employee: Person, home: Address, received: date) -> Stub:
    """A salaried monthly stub for last month, paid on the month's last weekday."""
    month = hp.add_months(received, -1)
    end = hp.month_end(month.year, month.month)
    gross = Decimal(rng.randrange(280000, 460000)) / 100
    semi = hp.make_stub(rng, employer, employee, home, "semimonthly", gross, end)
    deductions = [(label, current, current * month.month) for label, current, _ in semi.deductions]
    return replace(semi, period_start=month, frequency="monthly", pay_date=hp.weekday_on_or_before(end),
                   ytd_gross=gross * month.month, deductions=deductions, employer_address=OFFICES[employer])


def _care_stub(rng: random.Random, employee: Person, home: Address, end: date, received: date
               ) -> tuple[Stub, list[tuple[date, str, Item]]]:
    """A caregiver's week: five to eight client visits, each hours at the service's rate."""
    services = [("Personal care", Decimal("15.75")), ("Homemaker / companion", Decimal("14.50")),
                ("Respite care", Decimal("16.25"))]
    clients = ["R.M.", "J.T.", "A.G.", "E.L.", "S.P."]
    start = end - timedelta(days=6)
    visits: list[tuple[date, str, Item]] = []
    total = Decimal(0)
    while total < 20:  # the doctor's limit is 24 hours a week
        label, rate = rng.choice(services)
        hours = Decimal(rng.choice(["2.00", "2.50", "3.00", "3.75", "4.00"]))
        total += hours
        visits.append((start + timedelta(days=rng.randint(0, 6)), rng.choice(clients),
                       Item(label, f"{hours:.2f}", f"{rate:.2f}", cents(hours * rate))))
    visits.sort(key=lambda v: v[0])
    stub = hf.stub_from_items(rng, CARE, employee, home, "weekly", [v[2] for v in visits], end, 5, received)
    return replace(stub, employer_address=OFFICES[CARE]), visits


CARE = "Manos Amigas Home Care, LLC"
OFFICES = {"Brandywine Millwork & Stair LLC": Address("1180 Mill Race Rd", "Downingtown", "PA", "19335"),
           "Schuylkill Dental Lab, Inc.": Address("22 N Centre St", "Pottsville", "PA", "17901"),
           "Lehigh Gap Area School District": Address("1250 Academy Rd", "Whitehall", "PA", "18052"),
           CARE: Address("1711 N Zaragoza Rd, Suite 104", "El Paso", "TX", "79936")}


def packet_spine_typed_folder(seed: int) -> Packet:
    """Keystone Heritage's application typed into its PDF and signed by both members; the borrower's millwork-shop
    direct deposit voucher with overtime, the co-borrower's railroad retirement annuity award and one online-bank
    statement, born digital in a folder named after the loan. Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Declan", "P.", "O'Rourke")
    co = Person("Siobh\u00e1n", None, "O'Rourke-Baptiste")
    home = _address(rng, PA_PLACES)
    employer = "Brandywine Millwork & Stair LLC"
    stub, items = _voucher_stub(rng, employer, borrower, home, received, overtime=True)
    tier1, tier2 = Decimal(rng.randrange(140000, 210000)) / 100, Decimal(rng.randrange(60000, 120000)) / 100
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B"), ("benefits_taxable", tier1 + tier2, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(60, 180)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng), email=hf._email(borrower, rng))
    app.facts.update(member=str(rng.randint(20000, 89999)), dob=_dob(rng, received, 44, 58),
                     co_dob=_dob(rng, received, 62, 70), home_phone=hp.phone(rng), co_phone=hp.phone(rng),
                     co_email=hf._email(co, rng), employer=employer, position="Stair builder / 11 yrs",
                     co_employer="Retired (railroad)", co_position="Conductor, ret. 2026",
                     mortgage=_money_text(rng, 120000, 210000), cash=_money_text(rng, 40000, 260000),
                     story="The shop cut Declan's overtime in half, and the school tax reassessment raised our escrow "
                           "payment by $286 a month.")
    app_doc = Doc("mortgage_assistance_application", {}, spine_form(app, "typed", rng))
    stub_doc = stub.doc([stub_voucher(stub, items, rng.randint(4100, 4999), "Conestoga Community Bank", rng)])
    award = rrb_award(co, home, received - timedelta(days=rng.randint(20, 60)), tier1, tier2, rng)
    month = hp.add_months(received, -1)
    st = _statements(rng, "Lumen Direct Bank", borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 3), "RRB ANNUITY TREAS 310", tier1 + tier2 - Decimal("202.90")),
        (rng.randint(4, 9), "BRANDYWINE MILLWORK DIR DEP", stub.net),
        (rng.randint(18, 23), "BRANDYWINE MILLWORK DIR DEP", stub.net)], 11, (150000, 400000))[0]
    statement_doc = st.doc(statement_lumen(st))
    docs = [app_doc, stub_doc, award, statement_doc]
    files = [EFile(f"{loan}/Loss Mitigation Application - O'Rourke.pdf", [app_doc]),
             EFile(f"{loan}/paystub {stub.pay_date:%m.%d.%y}.pdf", [stub_doc]),
             EFile(f"{loan}/RRB annuity award.pdf", [award]),
             EFile(f"{loan}/Lumen statement {month:%Y-%m}.pdf", [statement_doc])]
    return Packet("h1-credit-union-spine-typed-digital-folder-co-borrower-voucher-rrb-annuity", received, app, docs,
                  files, loan, [])


def packet_bilingual_hand_fax(seed: int) -> Packet:
    """Alameda Crest's bilingual application printed blank and filled in by hand (boxes scribbled in, the hardship
    month as mm/yyyy), dated but never signed; two weekly caregiver statements and a clinic's work status report,
    faxed at 200 dpi by a housing counselor behind her bilingual cover, the fax server's "Page x of y" stamp at the
    foot of every page, no separator sheet. Incomplete: application_signature."""
    rng = random.Random(seed * 7919 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Marisela", None, "Ocampo-D\u00edaz")
    home = _address(rng, BORDER_PLACES, CALLES)
    end = hf._sunday_on_or_before(received - timedelta(days=rng.randint(4, 9))) - timedelta(days=1)  # a Saturday
    first, visits1 = _care_stub(rng, borrower, home, end - timedelta(days=7), received)
    second, visits2 = _care_stub(rng, borrower, home, end, received)
    start = hp.add_months(received, -rng.randint(4, 8))
    app = g_app([("wages", cents(second.gross * 52 / 12), "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness", "reduction_in_income"], hardship_start=start, signed=False,
                signed_on=received - timedelta(days=rng.randint(2, 5)), phone=hp.phone(rng),
                email=hf._email(borrower, rng))
    app.facts.update(mortgage=_money_text(rng, 90000, 160000), cash=_money_text(rng, 5000, 60000),
                     story="Por mi diabetes el doctor me limit\u00f3 a 24 horas por semana. Ya no alcanza para el "
                           "pago completo.")
    app_doc = Doc("mortgage_assistance_application", {}, bilingual_form(app, "hand", rng))
    stub_docs = [first.doc([stub_care(first, visits1, rng)]), second.doc([stub_care(second, visits2, rng)])]
    report = work_status_report(borrower, received - timedelta(days=rng.randint(15, 50)), 24, rng)
    docs = [app_doc, *stub_docs, report]
    cover = counselor_cover(borrower, loan, received, 1 + sum(d.page_count for d in docs), rng)
    fax = Scan(200, skew=0.5, noise=0.0006, blur=0.45, fax=True, seed=seed + 21)
    stamp = (f"RECEIVED {received:%m/%d/%Y} {rng.randint(9, 16)}:{rng.randint(10, 59)} FaxServ ID "
             f"{rng.randint(10000, 99999)}  Page {{page}} of {{pages}}")
    files = [HFile(f"FAX_{received:%Y%m%d}_{rng.randint(100000, 999999)}.pdf", [cover, *docs], fax, stamp=stamp)]
    return Packet("h2-bilingual-form-handfilled-counselor-fax-page-stamps-unsigned-caregiver-stubs", received, app,
                  docs, files, loan, ["application_signature"])


def packet_spine_hand_grey_scan(seed: int) -> Packet:
    """Keystone Heritage's application printed blank and filled in by hand by both members (dates with dashes, boxes
    crossed); the borrower's four-month-old federal Earnings and Leave Statement, the co-borrower's notice of
    financial determination and one credit-union member statement just as old, one skewed grey 300 dpi scan.
    Incomplete: income_doc:wages."""
    rng = random.Random(seed * 7919 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10)
    borrower = Person("Kwame", "A.", "Mensah-Bartlett")
    co = Person("Ilse", None, "D'Souza-Mensah")
    home = _address(rng, PA_PLACES)
    old_end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(112, 140)))
    stub, grade = _les_stub(rng, "U.S. Department of Agriculture", borrower, home, old_end, received)
    weekly = Decimal(rng.randrange(420, 640))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B"), ("unemployment", cents(weekly * 52 / 12), "C")],
                loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["unemployment", "reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(45, 110)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on,
                phone=hp.phone(rng))
    app.facts.update(member=str(rng.randint(20000, 89999)), dob=_dob(rng, received, 35, 50),
                     co_dob=_dob(rng, received, 33, 48), co_phone=hp.phone(rng), employer="USDA Forest Service",
                     position="Forestry technician / 6 yrs", co_employer="(laid off)",
                     co_position="Warehouse lead", mortgage=_money_text(rng, 110000, 190000),
                     cash=_money_text(rng, 10000, 90000),
                     story="Ilse's warehouse closed in the spring and my seasonal hours were cut until fire season.")
    app_doc = Doc("mortgage_assistance_application", {}, spine_form(app, "hand", rng))
    les = stub.doc([stub_les(stub, ("U.S. Department of Agriculture", "Forest Service, Allegheny NF, Warren PA"),
                             grade, [Decimal(rng.randrange(40, 200)), Decimal(rng.randrange(60, 400))], rng)])
    notice = financial_determination(co, app.co_ssn4 or "", home, received - timedelta(days=rng.randint(30, 80)),
                                     weekly, rng)
    month = hp.add_months(received, -4)
    savings = Decimal(rng.choice(["25.00", "50.00", "112.40"]))
    st = _statements(rng, KEYSTONE[0], borrower, home, [month], hp.digits(rng, 4), lambda start: [
        (rng.randint(4, 8), "ACH DEP USDA FS PAYROLL", stub.net),
        (rng.randint(18, 22), "ACH DEP USDA FS PAYROLL", stub.net)], 14, (120000, 300000))[0]
    statement_doc = st.doc(statement_member(st, app.facts["member"], savings, Decimal("0.01")))
    docs = [app_doc, les, notice, statement_doc]
    scan = Scan(300, skew=1.1, noise=0.0004, blur=0.55, paper=214, seed=seed + 31)
    files = [EFile(f"DOC{received:%m%d%y}_{rng.randint(1000, 9999)}.pdf", docs, scan)]
    return Packet("h3-credit-union-spine-handfilled-grey-skewed-scan-co-borrower-stale-les-and-statement", received,
                  app, docs, files, loan, ["income_doc:wages"])


def packet_bilingual_photos(seed: int) -> Packet:
    """Alameda Crest's bilingual application typed, printed and signed in pen by a divorced mother; her school
    district's monthly payroll advice, two consecutive online-bank statements carrying her pay and the child
    support, and the recorded quitclaim deed from her former husband, photographed page by page with a phone and
    saved as one JPEG PDF. Complete."""
    rng = random.Random(seed * 7919 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 12, 2)
    borrower = Person("Rosa", "Elena", "Villase\u00f1or-Ortiz")
    ex = Person("H\u00e9ctor", None, "Qui\u00f1ones Ruiz")
    home = _address(rng, LEHIGH_PLACES)
    stub = _monthly_stub(rng, "Lehigh Gap Area School District", borrower, home, received)
    support = Decimal(rng.randrange(400, 1100, 25))
    app = g_app([("wages", stub.gross, "B"), ("other", support, "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["divorce_or_separation"], hardship_start=hp.add_months(received, -rng.randint(5, 10)),
                signed=True, signed_on=received - timedelta(days=rng.randint(2, 5)), phone=hp.phone(rng),
                email=hf._email(borrower, rng))
    app.facts.update(mortgage=_money_text(rng, 100000, 180000), cash=_money_text(rng, 20000, 120000),
                     story="Nos divorciamos y ahora pago la casa con un solo sueldo m\u00e1s la manutenci\u00f3n de "
                           "los ni\u00f1os. / Divorced; one income plus child support.")
    app_doc = Doc("mortgage_assistance_application", {}, bilingual_form(app, "typed-ink", rng))
    stub_doc = stub.doc([stub_district(stub, "Cafeteria Manager II", rng)])
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = _statements(rng, "Lumen Direct Bank", borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(2, 6), "PA SCDU CHILD SUPPORT PMT", support),
        (31, "LEHIGH GAP ASD PAYROLL", stub.net)], 12, (180000, 350000))
    statement_docs = [st.doc(statement_lumen(st)) for st in sts]
    deed = quitclaim_deed(ex, borrower, home, received - timedelta(days=rng.randint(40, 120)), rng)
    docs = [app_doc, stub_doc, *statement_docs, deed]
    shots = [he.photographed(d, seed * 13 + i) for i, d in enumerate(docs)]
    photo = Scan(160, noise=0.0, blur=0.0, paper=255, seed=seed + 41)
    files = [EFile(f"Adobe Scan {received:%b} {received.day}, {received.year}.pdf", shots, photo, jpeg=62,
                   tint=True)]
    return Packet("h4-bilingual-form-typed-ink-phone-photos-monthly-district-stub-child-support-quitclaim", received,
                  app, shots, files, loan, [])


def packet_spine_ink_named_files(seed: int) -> Packet:
    """Keystone Heritage's application typed, printed and signed in pen by a single member, "Other" and a flood
    explained only on the form; her dental lab's direct deposit voucher and two consecutive member statements
    carrying the pay and the basement tenant's rent, loose files named only with her name (the application is a
    200 dpi grey scan, the rest born digital). Incomplete: hardship_doc:other, irs_form_4506c."""
    rng = random.Random(seed * 7919 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 11, 3)
    borrower = Person("Adaeze", None, "Nkemelu-Haverford")
    home = _address(rng, PA_PLACES)
    employer = "Schuylkill Dental Lab, Inc."
    stub, items = _voucher_stub(rng, employer, borrower, home, received, overtime=False)
    rent = Decimal(rng.randrange(750, 1150, 25))
    net_rent = rent - Decimal(rng.choice([75, 100, 125]))
    other = ("Tenant stopped paying for 2 months after the flood; I paid the cleanup & the deductible myself.")
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B"), ("rental", net_rent, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disaster", "other"], hardship_start=received - timedelta(days=rng.randint(50, 120)),
                signed=True, signed_on=received - timedelta(days=rng.randint(1, 4)), phone=hp.phone(rng),
                email=hf._email(borrower, rng), other_hardship_text=other)
    app.facts.update(member=str(rng.randint(20000, 89999)), dob=_dob(rng, received, 30, 45),
                     home_phone=hp.phone(rng), employer=employer, position="Dental technician / 4 yrs",
                     mortgage=_money_text(rng, 130000, 200000), cash=_money_text(rng, 15000, 80000), duration="short")
    app_doc = Doc("mortgage_assistance_application", {}, spine_form(app, "typed-ink", rng))
    stub_doc = stub.doc([stub_voucher(stub, items, rng.randint(2100, 2999), "Fulton Street Bank", rng)])
    months = [hp.add_months(received, -2), hp.add_months(received, -1)]
    sts = _statements(rng, KEYSTONE[0], borrower, home, months, hp.digits(rng, 4), lambda start: [
        (rng.randint(1, 5), "SHARE DRAFT DEP MOBILE RENT UNIT B", rent),
        (rng.randint(6, 10), "ACH DEP SCHUYLKILL DENTAL PAYROLL", stub.net),
        (rng.randint(20, 24), "ACH DEP SCHUYLKILL DENTAL PAYROLL", stub.net)], 13, (150000, 350000))
    savings = Decimal(rng.choice(["25.00", "310.55", "1020.00"]))
    statement_docs = [st.doc(statement_member(st, app.facts["member"], savings, Decimal("0.01") * (i + 1)))
                      for i, st in enumerate(sts)]
    docs = [app_doc, stub_doc, *statement_docs]
    scan = Scan(200, skew=-0.4, noise=0.0003, blur=0.4, paper=238, seed=seed + 51)
    files = [EFile("Adaeze Nkemelu-Haverford application.pdf", [app_doc], scan),
             EFile("Nkemelu-Haverford paystub.pdf", [stub_doc]),
             EFile(f"ADAEZE NKEMELU HAVERFORD stmt {months[0]:%B}.pdf", [statement_docs[0]]),
             EFile(f"ADAEZE NKEMELU HAVERFORD stmt {months[1]:%B}.pdf", [statement_docs[1]])]
    return Packet("h5-credit-union-spine-typed-ink-loose-files-named-by-borrower-rent-no-4506c-other-unexplained",
                  received, app, docs, files, loan, ["hardship_doc:other", "irs_form_4506c"])


def packet_bilingual_typed_upside_down(seed: int) -> Packet:
    """Alameda Crest's bilingual application typed into its PDF with a pasted signature by a widow, printed and
    scanned with her federal Earnings and Leave Statement, the retirement fund's survivor benefit award and her
    hardship letter handwritten in Spanish, one combined 250 dpi scan whose application page 2 went through the
    feeder upside down; no death certificate or obituary. Incomplete: hardship_doc:death."""
    rng = random.Random(seed * 7919 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Luc\u00eda", None, "O'Farrill Betancourt")
    husband = Person("Ernesto", "J.", "O'Farrill")
    home = _address(rng, OSCEOLA_PLACES, CALLES)
    end = hc._saturday_on_or_before(received - timedelta(days=rng.randint(8, 20)))
    stub, grade = _les_stub(rng, "U.S. Department of Veterans Affairs", borrower, home, end, received)
    survivor = Decimal(rng.randrange(90000, 190000)) / 100
    died = received - timedelta(days=rng.randint(90, 170))
    signed_on = received - timedelta(days=rng.randint(1, 4))
    app = g_app([("wages", cents(stub.gross * 26 / 12), "B"), ("benefits_taxable", survivor, "B")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["death"], hardship_start=died.replace(day=1), signed=True, signed_on=signed_on,
                phone=hp.phone(rng), email=hf._email(borrower, rng))
    app.facts.update(mortgage=_money_text(rng, 120000, 220000), cash=_money_text(rng, 30000, 150000),
                     story="Mi esposo Ernesto falleci\u00f3. Su sueldo pagaba la mitad de la hipoteca. / My husband "
                           "died; his pay covered half the mortgage.")
    app_doc = Doc("mortgage_assistance_application", {}, bilingual_form(app, "typed", rng))
    les = stub.doc([stub_les(stub, ("U.S. Department of Veterans Affairs", "Veterans Health Administration, "
                                                                           "Orlando FL"),
                             grade, [Decimal(rng.randrange(40, 240)), Decimal(rng.randrange(80, 500))], rng)])
    award = survivor_award(borrower, husband, home, received - timedelta(days=rng.randint(20, 60)), survivor, rng)
    letter = carta_a_mano(app, signed_on, [
        f"Les escribo para explicar por qu\u00e9 me atras\u00e9 con los pagos. Mi esposo, {husband.first}, "
        f"falleci\u00f3 el {_es_long(died)} despu\u00e9s de una enfermedad corta.",
        "\u00c9l trabajaba para la ciudad y su sueldo pagaba la mitad de la casa. Ahora recibo una pensi\u00f3n de "
        "viuda y mi sueldo del hospital de veteranos, pero no alcanza para el pago completo.",
        "Quiero quedarme en mi casa. Les pido una modificaci\u00f3n del pr\u00e9stamo. El acta de defunci\u00f3n se "
        "las mando cuando me llegue la copia certificada."], rng)
    app_scanned = turned(app_doc, 1)
    docs = [app_scanned, les, award, letter]
    scan = Scan(250, skew=0.3, noise=0.0003, blur=0.45, paper=244, seed=seed + 61)
    files = [EFile(f"ADF_Scan_{rng.randint(100, 999)}.pdf", docs, scan)]
    return Packet("h6-bilingual-form-typed-combined-scan-page-upside-down-widow-les-survivor-award-no-death-proof",
                  received, app, docs, files, loan, ["hardship_doc:death"])


PACKETS = (packet_spine_typed_folder, packet_bilingual_hand_fax, packet_spine_hand_grey_scan, packet_bilingual_photos,
           packet_spine_ink_named_files, packet_bilingual_typed_upside_down)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 8710, write_packet, check)


if __name__ == "__main__":
    main()
