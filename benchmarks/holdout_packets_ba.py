"""A holdout set of borrower packets (ba1..ba8) for SPANISH-SPEAKING AND BILINGUAL HOUSEHOLDS, laid out unlike the
shared samples and unlike every earlier set (a, b .. z, aa .. az), written without looking at the service's code, rules,
data files or tests, to estimate honestly how it reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_ba.py OUT_DIR [--seed N] [--check] [--only ba1 ba5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs
(e-mailed), plain grey scans (300 dpi, tilted 0.2 to 0.4 degrees, a little blurred, grain and specks, JPEG, no text
layer) or one plain fax (200 dpi, black and white, the sending machine's header line "MAY-17-2046 10:42  FROM: CENTRO
COMUNITARIO  602 555 0174   TO: 15205550191   P.003/010" across the top of every page). Hand-written parts are
signatures (drawn cursive strokes: on a screen in dark blue vector lines, on paper in ink on the scan) and the dates
beside them. Received dates are weekdays from March to October 2046.

THEME. Tierra Clara Mortgage Servicing, LLC ("Servicios Hipotecarios Tierra Clara", 4801 E. Broadway Blvd., Suite
210, Tucson AZ 85711, phone (520) 555-0190, fax (520) 555-0191), a mid-size servicer in Arizona and southern New
Mexico with many Spanish-speaking borrowers: farm workers of labor contractors in Yuma and Willcox, construction
workers, grocery clerks, a self-employed gardener, retirees. Names carry accents and two surnames (José Ramírez Peña,
María de los Ángeles Núñez, Efraín Navarro Quintero, Graciela Fimbres Acuña, Óscar Villegas Treviño ...); streets are
often "Calle" and "Avenida" streets (1742 W Calle Tres Palmas, 3127 S Avenida del Sol). expected.json keeps the
accents as printed. Spanish papers write dates the Spanish way - "Tucson, Arizona, a 16 de marzo de 2046", "del 1 de
julio de 2046 al 31 de julio de 2046", the farm payroll's "22-DIC-2045" (day, Spanish month abbreviation ENE FEB MAR
ABR MAY JUN JUL AGO SEP OCT NOV DIC, year) - and expected.json holds the ISO dates; the servicer's own form asks for
mm/dd/aaaa.

APPLICATIONS.
- Tierra Clara's own BILINGUAL "SOLICITUD DE ASISTENCIA HIPOTECARIA" / "Mortgage Assistance Application" (Formulario /
  Form TC-25B (rev. 01/2046), two portrait pages, "Página n de 2 / Page n of 2" in the footer). Page 1: an ochre sun
  mark (a disc with twelve rays), "TIERRA CLARA" in slate capitals over "SERVICIOS HIPOTECARIOS · MORTGAGE SERVICING"
  and the address line; the title in Spanish bold capitals over the English in italics at the top right; an ochre
  rule; a Spanish instruction line and its English italics. Sections are titled by a WHITE NUMBER IN AN OCHRE SQUARE,
  the Spanish title in capitals and the English after a middle dot ("1 PRÉSTAMO Y PRESTATARIOS · Loan and borrowers",
  "2 PROPIEDAD · Property", "3 DIFICULTAD ECONÓMICA · Hardship"; page 2: "4 INGRESOS MENSUALES BRUTOS", "5 ACTIVOS",
  "6 CERTIFICACIÓN Y FIRMAS"), over a thin ochre rule. Every answer row has its LABEL BLOCK AT THE LEFT - the Spanish
  in small bold type with the English in smaller grey italics UNDER it ("Nombre del prestatario" / "Borrower's name",
  "Últimos 4 dígitos del Seguro Social" / "Last 4 digits of Social Security no.", "Dirección de la propiedad (número y
  calle)" / "Property address (number and street)", "Ciudad" / "City", "Estado" / "State", "Código postal" / "ZIP
  code") - and the answer TYPED IN COURIER ON A DOTTED RULE TO THE RIGHT of the label, on the Spanish line's baseline;
  two or three such pairs share a row where short (SSN | Teléfono; Ciudad | Estado | Código postal). Section 1: loan
  number and "Idioma preferido / Preferred language" ([X] Español [ ] English), borrower, SSN last 4, phone, e-mail,
  co-borrower, his or her SSN last 4 and phone, and the military question with "Sí / Yes" and "No" boxes. Section 2:
  street, city / state / ZIP, mailing address, then "La propiedad es / The property is" with three boxes each labelled
  Spanish over English ("Residencia principal / Primary residence", "Segunda casa / Second home", "Propiedad de
  inversión / Investment property"), "Deseo / I want to" (keep, sell, give back, undecided), listed for sale and HOA
  dues as "Sí / Yes" / "No" boxes. Section 3: "Fecha en que comenzó la dificultad (mm/dd/aaaa)", "Duración" (short /
  long / resolved, stacked labels), then "Causa de la dificultad — marque todas las que correspondan / Cause of the
  hardship — check all that apply" with TEN BOXES IN TWO COLUMNS whose labels run ON ONE LINE, Spanish bold, a slash,
  English italics ("Desempleo / Unemployment", "Reducción de ingresos / Reduction in income", "Más gastos de vivienda
  / Higher housing expenses", "Desastre / Disaster (natural or man-made)", "Enfermedad o discapacidad / Illness or
  disability", "Divorcio o separación legal / Divorce or legal separation", "Separación de co-dueños / Separation of
  unmarried co-owners", "Fallecimiento / Death of a borrower or wage earner", "Traslado de empleo / Distant job transfer
  / relocation", "Otra (explique abajo) / Other (explain below)") and an "Otra — explique / Other — explain" row. Boxes
  are marked with a typed X. Page 2 repeats the loan number, then the income as a RULED TABLE of eight numbered rows
  (labels Spanish over English: "Sueldos, salarios, horas extra, propinas, comisiones y bonos" / "Wages, salaries ...",
  self-employment, unemployment, "Seguro Social, pensión, discapacidad u otra asistencia pública (gravable)",
  non-taxable Social Security or disability, rent, investments, "Otros ingresos: pensión alimenticia, manutención de
  menores, otros" / "Other income: alimony, child support ...") with a "$" amount cell at the right (rows that do not
  apply left empty) and a heavy-ruled "TOTAL MENSUAL (sume las líneas 1 a 8) / MONTHLY TOTAL" row; the assets (checking
  and cash, savings, other - distractor amounts); the certification as a Spanish paragraph followed by its English
  italics; two signature rows "Firma del prestatario / Borrower's signature" and "Firma del co-prestatario /
  Co-borrower's signature" with "Nombre / Name:" typed and a "Fecha (mm/dd/aaaa) / Date (mm/dd/yyyy)" rule beside each;
  the send-to note in both languages. Typed in its PDF and signed on the screen with the date typed (ba2, ba4, ba6,
  ba8); typed, printed, signed and dated in ink and faxed (ba3) or scanned grey at 300 dpi and e-mailed (ba7).
- The real Form 710 (April 2023) filled through its AcroForm (answers typed in English, names with accents), in two
  packets: typed, signed on the screen with strokes over the signature field and the date typed into its field,
  e-mailed (ba1); typed, printed, signed and dated in ink by the borrower and her mother (co-borrower) and mailed,
  inside the combined mail scan (ba5).

PAY STUBS (every year-to-date figure is the sum of that year's checks, counted by pay date; all paid on Fridays).
- A FARM LABOR CONTRACTOR's bilingual weekly "COMPROBANTE DE PAGO / Earnings statement" (Agrícola Dos Ríos FLC, LLC of
  Yuma - lettuce cut and pack - in ba2; Cuadrillas Sulphur Springs Farm Labor, Inc. of Willcox - grape harvest - in
  ba7): a green frame around the top half of a letter page, the contractor's name in green, "Contratista de mano de
  obra agrícola · Farm labor contractor", address and licence; a green title bar at the top right over a small table
  "Fecha de pago / Pay date 22-DIC-2045", "Período de pago / Pay period 10-DIC-2045 al 16-DIC-2045" (Sunday to
  Saturday, paid the Friday after), "Frecuencia / Frequency Semanal / Weekly", "Cheque núm. / Check no."; worker,
  worker no., crew, foreman ("Mayordomo"), ranch; an earnings table "Concepto / Description | Horas / unidades |
  Tarifa / Rate | Este período / This period | Acumulado del año / Year to date" with the hours at the hourly rate and
  a piece bonus ("Bono por caja / Piece bonus per carton", "Bono por bote / Piece bonus per lug"), "Pago bruto / Gross
  pay"; "Deducciones / Deductions" (federal, Social Security, Medicare, Arizona) with this period and year to date,
  "Total de deducciones"; a framed "PAGO NETO / Net pay" box and the year-to-date net.
- A CONSTRUCTION COMPANY's bilingual weekly "RECIBO DE NÓMINA / Payroll statement" (Constructora Loma Alta, Inc.,
  Phoenix; ba3, ba4): a slate band with the company in white capitals and its ROC licence; two rows of captioned
  cells ("Empleado / Employee", "Núm. de empleado / Employee no.", "Oficio / Trade" - "Albañil / Mason", "Carpintero
  / Carpenter" -, "Obra / Job site"; "Período de pago / Pay period" Monday to Sunday in mm/dd/yyyy, "Fecha de pago /
  Pay date", "Frecuencia / Frequency Semanal / Weekly", "Pago / Paid by"); an "HORAS POR DÍA · Hours by day" grid
  (Lun / Mon .. Dom / Sun with dates, Regular and Extra / Overtime rows, a Total column); "Ingresos / Earnings" (regular
  time, overtime 1.5x beyond 40 hours: hours, rate, current, year to date), "Pago bruto / Gross pay", "Deducciones /
  Deductions" (taxes and "Seguro médico / Health insurance"), and a slate "PAGO NETO / Net pay" block at the right.
- A NATIONAL GROCERY CHAIN's English bi-weekly "Earnings Statement" in the usual payroll-service layout (Northfield
  Family Markets, Inc.; ba1, ba5, ba8): the CO. / FILE / DEPT. / CLOCK / VCHR. NO. code line, "Period Beginning",
  "Period Ending", "Pay Date" at the top right (fourteen days Sunday to Saturday, paid six days later; the FREQUENCY
  IS NOT PRINTED), the employee's name and address in capitals for a window envelope, filing status, an earnings table
  (Regular, Overtime, Sunday Premium: rate, hours, this period, year to date), Gross Pay, deductions as minus amounts
  under "Statutory" and "Other" (union dues, dental), a shaded Net Pay row, "Other Benefits and Information" at the
  right, and a perforated non-negotiable deposit advice at the foot.

STATEMENTS.
- Familias Unidas Federal Credit Union's statement with SPANISH HEADINGS (the member chose Spanish; ba3, ba7), two
  pages: a maroon "FU" tile, "ESTADO DE CUENTA", "Período: del 1 de julio de 2046 al 31 de julio de 2046", "Cuenta de
  cheques núm. ******0431 · Página n de 2"; the members' names and address in capitals, a "RESUMEN DE SU CUENTA" box
  ("Saldo inicial", "Depósitos (n)", "Retiros (n)", "Saldo final"); the register "MOVIMIENTOS DE LA CUENTA DE
  CHEQUES" (Fecha "05 jul" | Descripción | Retiros | Depósitos | Saldo) opened by "Saldo inicial", continued on page 2
  under "Saldo anterior", closed by "Saldo final", then the error notice in Spanish. The ACH descriptions are the
  senders' English ("Depósito ACH - AZ SUPPORT PMT CLRGHSE" for child support through the state clearinghouse,
  "Depósito directo CONSTRUCTORA LOMA ALTA NÓMINA"); a partial mortgage payment and a car loan every month.
- Mesquite National Bank's ordinary English statement (Las Cruces NM; ba6 personal "Everyday Checking", ba8 "Business
  Checking" for the gardener's DBA), two pages: a green tree mark, "June 1, 2046 through June 30, 2046", the FULL
  account number ("Primary Account: 000004418276120"), "Page n of 2"; a customer service box; "CHECKING SUMMARY" with
  INSTANCES and AMOUNT columns (Beginning Balance, Deposits and Additions, Checks Paid, ATM & Debit Card Withdrawals,
  Electronic Withdrawals, Ending Balance); "DEPOSITS AND ADDITIONS" on page 1; "CHECKS PAID", "ATM & DEBIT CARD
  WITHDRAWALS", "ELECTRONIC WITHDRAWALS" each with its total and a "DAILY ENDING BALANCE" grid on page 2.

LETTERS AND OTHER PAPERS.
- Hardship letters WRITTEN IN SPANISH by the borrowers (ba1, ba2, ba3, ba4, ba5, ba8): sender's address, "<Ciudad>,
  Arizona, a 16 de marzo de 2046" at the right, the servicer's "Departamento de Mitigación de Pérdidas", "Ref.:
  Préstamo núm. <loan>", a centred "CARTA DE DIFICULTAD", "A quien corresponda:", three paragraphs, "Atentamente," and
  the signature rules of one or both borrowers (signed in ink when faxed or mailed - ba3, ba5 -, unsigned when
  e-mailed).
- A hardship letter in ENGLISH WITH A TRANSLATOR'S CERTIFICATION (ba7, scanned): "ENGLISH TRANSLATION - original
  written in Spanish" at the top, the letter dated "Willcox, Arizona, September 12, 2046", "(signed) <borrower>", then
  a boxed "TRANSLATOR'S CERTIFICATION" by a family resource centre's coordinator, signed in ink, dated the same day; one
  hardship_letter, its letter_date the letter's date.
- The borrower's own COVER LETTER IN SPANISH opening the mail scan (ba5, type other): "Asunto: Envío de documentos -
  Préstamo núm. ...", "Estimados señores:", a numbered list of what the envelope holds and a note that her mother's
  Social Security letter will follow, signed in ink.
- Social Security's English "Notice of Award" for retirement benefits (ba4, the co-borrower father's; a 300 dpi grey
  scan e-mailed): office block and "Claim Number: XXX-XX-nnnnA" at the right, the address in Courier capitals, a table
  "Beginning Date | Benefit Before Any Deductions | Amount You Will Receive" (no deductions), "Your Benefits May Be
  Taxable" - a benefit_award_letter for benefits_taxable, its monthly amount the benefit.
- An Arizona Superior Court "DECREE OF DISSOLUTION OF MARRIAGE (With Minor Children)" in English (Cochise County; ba7,
  two pages scanned grey): a FILED stamp box, the caption table, findings, "IT IS ORDERED:" (dissolution; the house to
  the petitioner, who keeps paying the mortgage; child support of $520.00 a month through the Support Payment
  Clearinghouse), "SIGNED AND ENTERED on March 6, 2046", "/s/" judge, "Page n of 2" - a divorce_decree.
- A community center's bilingual "HOJA DE ENVÍO DE FAX / FAX COVER SHEET" (Centro Comunitario La Esperanza, Phoenix;
  ba3), which is not a document.

DELIVERIES. A folder named after the loan of e-mailed born-digital files: "Solicitud Form 710 firmada.pdf",
"Northfield paystub 03-02-2046.pdf", "Carta de dificultad.pdf" (ba1); loose born-digital files "<loan> solicitud.pdf",
"<loan> talon 15-dic.pdf", "<loan> carta.pdf" (ba2); ONE 200 dpi fax from the community center behind its cover
sheet, "FAX_20460517_104233.pdf", the loan number only inside (ba3); loose files "<loan>_solicitud_TC-25B.pdf",
"<loan>_talon_06-08.pdf", "<loan>_carta_dificultad.pdf" born-digital and "<loan>_carta_seguro_social.pdf" a 300 dpi
grey scan (ba4); ONE 300 dpi grey mailroom scan of the envelope "MAILROOM_20460716_0042.pdf", no separator sheet: the
Spanish cover letter, the ink-signed Form 710 (4 pages), the stub, the Spanish letter (ba5); a folder named after the
(twelve-digit) loan with "solicitud TC-25B.pdf", "Statement_2046-06.pdf", "Statement_2046-07.pdf" (ba6); loose files
"Fimbres <loan> ..." - the signed application, the divorce decree and the translated letter as 300 dpi grey scans, the
stubs and "estado de cuenta julio / agosto" born-digital (ba7); a folder named after the loan with "solicitud.pdf",
"talon Marisela 09-28.pdf", "estado de cuenta negocio septiembre.pdf", "carta.pdf" (ba8). Co-borrowers in ba2, ba3,
ba4, ba5 and ba8.

Complete: ba1 (Form 710; two fresh grocery stubs with year-to-date pay; a reduction in income needs no papers), ba3
(fresh construction stubs for the husband's wages; two consecutive fresh credit union statements show the wife's
child support claimed as other income; the Spanish letter covers their daughter's illness), ba7 (fresh farm stubs; two
consecutive fresh credit union statements show the child support; the decree covers the divorce).
Incomplete: ba2 (income_doc:wages - the only stubs were paid in December 2045, more than 90 days before the packet
arrived on April 10, 2046, and no bank statements came), ba4 (application_signature - the father is named as
co-borrower but his signature and date are empty; his Social Security award letter and the son's stub are fresh), ba5
(income_doc:benefits_taxable - the mother's Social Security is claimed but neither an award letter nor bank statements
came, as the cover letter says), ba6 (hardship_doc:disability_or_illness - illness is claimed and no letter or medical
statement came, while two consecutive fresh statements document the wages), ba8 (income_doc:self_employment and
irs_form_4506c - the gardener's income is shown by ONE business statement only, not two, and no 4506-C came; the wife's
fresh stub documents the wages; a disaster needs no papers).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and must give each scenario's codes; the result must not hang on whether the older of
two statements must be fresh too. Every expected value (application answers, document fields) must be printed on the
paper it is expected from (read off the clean paper before printing, scanning or faxing, hand-written dates
included). `--check` validates every expected.json (keys, codes, types, dates, income totals, pay periods against the
frequency, monthly gross, no full SSN, every listed page exists and every page of every file belongs to exactly one
document - the fax cover aside -, `scanned` matches the absence of a text layer, every file opens as a PDF, a perfect
score against itself through tests/sample_compare.compare) and that a rebuild with the same seed gives the same bytes.
Every file is the same bytes for a seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output
carries fixed identifiers. Money is computed in exact decimals. All people, employers, banks, agencies and the servicer
are fictional; SSNs appear as last four only, and every page carries a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import logging
import math
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FONTS = Path("/usr/share/fonts/truetype")
HAND_FONT = FONTS / "liberation2" / "LiberationSans-Italic.ttf"
MONO_FONT = FONTS / "dejavu" / "DejaVuSansMono.ttf"
SYNTH = "synthetic test document - fictional people, firms and numbers"
TOOL = "holdout_packets_ba"
W, H = letter

HARDSHIPS = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation",
             "other")
INCOMES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
           "investment", "other")
OCCUPANCIES = ("primary_residence", "second_home", "investment_property")
DOC_TYPES = ("mortgage_assistance_application", "pay_stub", "bank_statement", "hardship_letter",
             "profit_and_loss_statement", "tax_return", "w2", "irs_form_4506c", "unemployment_benefit_letter",
             "benefit_award_letter", "investment_statement", "rent_check", "divorce_decree", "quitclaim_deed",
             "death_certificate", "obituary", "medical_statement", "employer_relocation_letter",
             "military_pcs_orders", "separator_sheet", "other")
APP_FIELDS = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
              "hardship_start_date", "income")
HARDSHIP_PAPERS = {"disability_or_illness": {"hardship_letter", "medical_statement"},
                   "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
                   "separation_unmarried": {"quitclaim_deed"},
                   "death": {"death_certificate", "obituary"},
                   "relocation": {"employer_relocation_letter", "military_pcs_orders"},
                   "other": {"hardship_letter"}}
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}

OCHRE = Color(0.70, 0.43, 0.10)
OCHRE_PALE = Color(0.97, 0.92, 0.84)
SLATE = Color(0.15, 0.21, 0.29)
INK = Color(0.09, 0.13, 0.42)
GREEN = Color(0.16, 0.36, 0.24)
MAROON = Color(0.45, 0.12, 0.16)


# --- money and dates -------------------------------------------------------------------------------------------

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def dec(v: Any) -> Decimal:
    return Decimal(str(v)).quantize(CENT, ROUND_HALF_UP)


def cents(v: Decimal) -> Decimal:
    return v.quantize(CENT, ROUND_HALF_UP)


def fmt(v: Decimal) -> str:
    return f"{v:,.2f}"


def usd(v: Decimal) -> str:
    return "$" + fmt(v)


MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")
MES3 = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def mdy(d: dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def es_long(d: dt.date) -> str:
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


def en_long(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def es_abbr(d: dt.date) -> str:
    """The Spanish payroll style: 15-DIC-2045."""
    return f"{d.day:02d}-{MES3[d.month - 1]}-{d.year}"


def date_forms(d: dt.date) -> list[str]:
    """Every way a date is printed somewhere in this set."""
    return [mdy(d), es_long(d), en_long(d), es_abbr(d), f"{d.day} de {MESES[d.month - 1]}",
            f"{MONTHS[d.month - 1]} {d.day}", f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}"]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


# --- drawing primitives ------------------------------------------------------------------------------------------


@dataclass
class Mark:
    """What a person adds by hand: a signature ("sig") or a hand-written string ("hand").
    x, y: PDF points from the page's bottom-left (the baseline's left end); w: a signature's width."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 160.0
    size: float = 12.0
    seed: int = 1


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Built:
    """A paper made into a clean PDF: its bytes, the hand marks of each page, and the text printed on it."""

    pdf: bytes
    marks: list[list[Mark]]
    text: str

    @property
    def pages(self) -> int:
        return len(self.marks)


LETTER_SHAPES = {  # pen points of a small cursive letter in units of (letter width, x-height), from its left end
    "e": ((0.55, 0.55), (0.2, 0.45), (0.3, 0.02), (0.85, 0.18)),
    "n": ((0.1, 0.5), (0.3, 0.55), (0.33, 0.02), (0.45, 0.45), (0.7, 0.5), (0.8, 0.05), (0.95, 0.15)),
    "l": ((0.55, 1.05), (0.35, 1.15), (0.32, 0.02), (0.85, 0.2)),
    "a": ((0.6, 0.5), (0.2, 0.45), (0.2, 0.05), (0.55, 0.35), (0.6, 0.02), (0.9, 0.2)),
    "g": ((0.55, 0.5), (0.25, 0.4), (0.5, 0.3), (0.55, -0.55), (0.3, -0.5), (0.8, 0.15)),
    "i": ((0.35, 0.5), (0.45, 0.02), (0.75, 0.2)),
    "r": ((0.2, 0.45), (0.45, 0.55), (0.4, 0.02), (0.8, 0.25)),
}


def _catmull(points: Sequence[tuple[float, float]], steps: int = 6) -> list[tuple[float, float]]:
    """A smooth pen path through the points (Catmull-Rom)."""
    pts = [points[0], *points, points[-1]]
    out = [points[0]]
    for i in range(1, len(pts) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(1, steps + 1):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append((0.5 * (2 * x1 + (x2 - x0) * t + (2 * x0 - 5 * x1 + 4 * x2 - x3) * t2
                               + (3 * x1 - x0 - 3 * x2 + x3) * t3),
                        0.5 * (2 * y1 + (y2 - y0) * t + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t2
                               + (3 * y1 - y0 - 3 * y2 + y3) * t3)))
    return out


def signature_strokes(seed: int, width: float, height: float = 16.0) -> list[list[tuple[float, float]]]:
    """A cursive signature as smooth polylines about width x height (0,0 bottom-left): each word a tall capital loop
    and a run of small letters (loops, humps, ascenders, a descender now and then), slanted, the baseline drifting a
    little, sometimes an underline flourish."""
    rng = random.Random(seed * 7919 + 13)
    counts = [rng.randint(5, 8)] + [rng.randint(3, 7) for _ in range(rng.choice((1, 1, 2)))]
    unit = width / (sum(counts) + 1.6 * len(counts))
    xh = height * rng.uniform(0.36, 0.46)
    slant = rng.uniform(0.18, 0.42)
    drift = rng.uniform(-0.05, 0.05)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for n in counts:
        cap = height * rng.uniform(0.95, 1.25)
        pts = [(x, height * 0.1), (x + 0.35 * unit, cap), (x + 0.75 * unit, cap * 0.92), (x + 0.45 * unit, cap * 0.45),
               (x + 0.1 * unit, height * 0.12), (x + 0.9 * unit, xh * 0.6)]
        x += 1.0 * unit
        for _ in range(n):
            shape = LETTER_SHAPES[rng.choice("eenaailrgn")]
            w = unit * rng.uniform(0.8, 1.15)
            pts += [(x + px * w + rng.uniform(-0.05, 0.05) * unit, py * xh * (1.9 if py > 0.9 else 1.0)
                     + rng.uniform(-0.06, 0.06) * xh) for px, py in shape]
            x += w * 0.95
        smooth = _catmull(pts)
        strokes.append([(px + py * slant, py + px * drift) for px, py in smooth])
        x += unit * 0.6
    if rng.random() < 0.6:
        y0 = -height * rng.uniform(0.08, 0.2)
        strokes.append(_catmull([(width * 0.05, y0), (x * 0.5, y0 + height * 0.08), (x * 0.95, y0 - height * 0.05)]))
    return strokes


def draw_marks_on_screen(c: Canvas, marks: Sequence[Mark]) -> None:
    """Signatures drawn with a mouse or a finger on a screen: vector strokes in dark blue."""
    for m in marks:
        if m.kind != "sig":
            continue
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(1.05)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in signature_strokes(m.seed, m.w):
            path = c.beginPath()
            path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
            for px, py in stroke[1:]:
                path.lineTo(m.x + px, m.y + py)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


def synth_line(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.7)
    c.drawRightString(size[0] - 22, 9, SYNTH)
    c.restoreState()


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


@dataclass
class Paper:
    """One logical paper drawn with reportlab: its page functions and page size."""

    pages: list[PageFn]
    size: tuple[float, float] = letter

    def build(self, screen: bool) -> Built:
        """The paper as a PDF; `screen` draws its signatures as strokes made on a screen (else they stay marks to
        be inked on the printed sheet)."""
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=self.size, invariant=1, pageCompression=1)
        c.setCreator(TOOL)
        marks: list[list[Mark]] = []
        for fn in self.pages:
            c.setPageSize(self.size)
            page_marks = fn(c)
            if screen:
                draw_marks_on_screen(c, page_marks)
            synth_line(c, self.size)
            c.showPage()
            marks.append(page_marks)
        c.save()
        pdf = buf.getvalue()
        hand = " ".join(m.text for ms in marks for m in ms if m.kind == "hand")
        return Built(pdf, marks, pdf_text(pdf) + " " + hand)


def text(c: Canvas, x: float, y: float, s: str, font: str = "Helvetica", size: float = 9.0, align: str = "l",
         gray: float | None = None, color: Color | None = None) -> float:
    """Draw a string (align l, r or c) and return its width."""
    c.saveState()
    c.setFont(font, size)
    if color is not None:
        c.setFillColor(color)
    elif gray is not None:
        c.setFillGray(gray)
    {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, y, s)
    c.restoreState()
    return stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in s.split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def para(c: Canvas, x: float, y: float, width: float, s: str, font: str = "Times-Roman", size: float = 11.0,
         leading: float = 14.5, gray: float | None = None) -> float:
    """A wrapped paragraph from baseline y; returns the baseline under its last line."""
    for ln in wrap(s, font, size, width):
        text(c, x, y, ln, font, size, gray=gray)
        y -= leading
    return y


def hline(c: Canvas, x1: float, x2: float, y: float, width: float = 0.5, dash: tuple[float, float] | None = None,
          color: Color | None = None) -> None:
    c.saveState()
    c.setLineWidth(width)
    if color is not None:
        c.setStrokeColor(color)
    if dash:
        c.setDash(*dash)
    c.line(x1, y, x2, y)
    c.restoreState()


def checkbox(c: Canvas, x: float, y: float, checked: bool, size: float = 8.0) -> None:
    """A printed box (bottom-left at x, y) with a typed X when checked."""
    c.saveState()
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setFont("Courier-Bold", size + 2)
        c.drawCentredString(x + size / 2, y + 0.6, "X")
    c.restoreState()


# --- scanning ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3  # degrees
    blur: float = 0.6
    grain: float = 2.5  # grey noise, standard deviation in levels
    specks: float = 0.0003  # share of pixels flipped
    fax: bool = False
    quality: int = 80


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def ink_marks(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Sign and write on a printed sheet (a page image) with a ballpoint pen."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.25 * scale))
            for stroke in signature_strokes(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=42, width=width, joint="curve")
        else:
            rng = random.Random(m.seed * 31 + 7)
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            slope = rng.uniform(-0.012, 0.012)
            for ch in m.text:
                dy = rng.uniform(-0.7, 0.7) * scale + (x - m.x * scale) * slope
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=48, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.97, 1.1)


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Every page of a PDF printed at dpi (grey), form fields included, with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
            out.append((img, page.get_height()))
        return out
    finally:
        doc.close()


def degrade(img: Image.Image, style: Scan, seed: int, header: str = "") -> Image.Image:
    """A sheet on the scanner glass or in a fax machine: a slight tilt and shift, blur, paper tone, uneven light,
    grain and specks; a fax adds its sending machine's header line and is cut to black and white."""
    rng = np.random.default_rng(seed)
    angle = style.tilt * float(rng.uniform(0.7, 1.0)) * (1 if seed % 2 else -1)
    turned = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    sheet = Image.new("L", img.size, 255)
    sheet.paste(turned, (int(rng.integers(-7, 8)), int(rng.integers(-5, 9))))
    if style.blur:
        sheet = sheet.filter(ImageFilter.GaussianBlur(style.blur))
    a = np.asarray(sheet, dtype=np.float32)
    if not style.fax:
        a = 13.0 + a * 0.905
        a -= np.linspace(0.0, 8.0, a.shape[1], dtype=np.float32)[None, :]
        a -= np.linspace(0.0, 4.0, a.shape[0], dtype=np.float32)[:, None]
        a += rng.normal(0.0, style.grain, a.shape).astype(np.float32)
    n = int(a.size * style.specks)
    ys = rng.integers(0, a.shape[0], n)
    xs = rng.integers(0, a.shape[1], n)
    a[ys, xs] = np.where(a[ys, xs] > 128, 70.0, 228.0)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    if style.fax:
        if header:
            draw = ImageDraw.Draw(out)
            draw.rectangle((0, 0, out.size[0], round(0.2 * style.dpi)), fill=255)
            draw.text((round(0.25 * style.dpi), round(0.06 * style.dpi)), header, fill=0,
                      font=_font(MONO_FONT, round(8.5 * style.dpi / 72)))
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def scan_built(built: Built, style: Scan, seed: int, headers: Sequence[str] = ()) -> list[Image.Image]:
    """Print a clean PDF, add each page's hand marks in ink, and scan (or fax) the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(built.pdf, style.dpi)):
        ink_marks(img, built.marks[i] if i < len(built.marks) else [], style.dpi / 72, page_h)
        sheets.append(degrade(img, style, seed * 97 + i * 13 + 1, headers[i] if i < len(headers) else ""))
    return sheets


def images_pdf(images: Sequence[Image.Image], style: Scan) -> bytes:
    """An image-only PDF (no text layer): grey JPEG pages, or black-and-white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setCreator("ScanStation" if not style.fax else "FaxServer")
    for img in images:
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        c.setPageSize(size)
        data = io.BytesIO()
        if style.fax:
            img.convert("L").save(data, "PNG")
        else:
            img.save(data, "JPEG", quality=style.quality)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed identifiers and no dates, so a rerun gives the same bytes."""
    ident = ByteStringObject(hashlib.sha256(tag.encode()).digest()[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": TOOL})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- the applications ---------------------------------------------------------------------------------------------

SERVICER = "Tierra Clara Mortgage Servicing, LLC"
SERVICER_ES = "Servicios Hipotecarios Tierra Clara"
SERVICER_ADDR = ("4801 E. Broadway Blvd., Suite 210", "Tucson, AZ 85711")
SERVICER_PHONE = "(520) 555-0190"
SERVICER_FAX = "(520) 555-0191"


@dataclass
class AppData:
    """The answers a borrower gives on an application, and how it was signed."""

    loan: str
    borrower: str
    ssn4: str
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    income: dict[str, Decimal]
    signed_on: dt.date
    co: str | None = None
    co_ssn4: str | None = None
    co_phone: str = ""
    co_signs: bool = True
    other_text: str = ""
    assets: tuple[Decimal, Decimal, Decimal] = (ZERO, ZERO, ZERO)  # checking and cash, savings, other
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> Decimal:
        return sum(self.income.values(), ZERO)

    def expected(self) -> dict[str, Any]:
        income: dict[str, Any] = {k: float(v) for k, v in self.income.items() if v > 0}
        income["total"] = float(self.total)
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn4, "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": True, "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


def bl_label(c: Canvas, x: float, y: float, es: str, en: str, es_size: float = 7.9, en_size: float = 6.8) -> float:
    """A label in two languages: Spanish in bold, the English in small italics under it. Returns its width."""
    w1 = text(c, x, y, es, "Helvetica-Bold", es_size)
    w2 = text(c, x, y - es_size - 0.9, en, "Helvetica-Oblique", en_size, gray=0.28)
    return max(w1, w2)


def bl_inline(c: Canvas, x: float, y: float, es: str, en: str, size: float = 7.6) -> float:
    """A label in two languages on one line: "Desempleo / Unemployment". Returns its width."""
    w = text(c, x, y, es + " / ", "Helvetica-Bold", size)
    return w + text(c, x + w, y, en, "Helvetica-Oblique", size - 0.4, gray=0.25)


def bl_field(c: Canvas, x: float, y: float, w: float, es: str, en: str, value: str, label_w: float) -> None:
    """Label block at the left, the answer typed on a dotted rule to its right on the Spanish line's baseline."""
    bl_label(c, x, y, es, en)
    hline(c, x + label_w, x + w, y - 3, 0.5, (0.8, 1.6))
    if value:
        text(c, x + label_w + 4, y - 1, value, "Courier", 10.2)


def yes_no(c: Canvas, x: float, y: float, yes: bool) -> None:
    checkbox(c, x, y - 1, yes)
    bl_inline(c, x + 11, y, "Sí", "Yes")
    checkbox(c, x + 52, y - 1, not yes)
    text(c, x + 63, y, "No", "Helvetica-Bold", 7.6)


def tc_section(c: Canvas, y: float, n: int, es: str, en: str) -> None:
    """A section title: its number white in an ochre square, the Spanish title in capitals, the English after a
    middle dot, a thin ochre rule under the whole width."""
    c.saveState()
    c.setFillColor(OCHRE)
    c.rect(44, y - 3.5, 14, 14, stroke=0, fill=1)
    c.restoreState()
    text(c, 51, y, str(n), "Helvetica-Bold", 9, "c", color=white)
    w = text(c, 64, y, es.upper(), "Helvetica-Bold", 9.5, color=SLATE)
    text(c, 64 + w, y, "  ·  " + en, "Helvetica-Oblique", 8.5, color=SLATE)
    hline(c, 44, 568, y - 6.5, 0.8, color=OCHRE)


TC_REASONS = (("Desempleo", "Unemployment"), ("Reducción de ingresos", "Reduction in income"),
              ("Más gastos de vivienda", "Higher housing expenses"), ("Desastre", "Disaster (natural or man-made)"),
              ("Enfermedad o discapacidad", "Illness or disability"),
              ("Divorcio o separación legal", "Divorce or legal separation"),
              ("Separación de co-dueños", "Separation of unmarried co-owners"),
              ("Fallecimiento", "Death of a borrower or wage earner"),
              ("Traslado de empleo", "Distant job transfer / relocation"),
              ("Otra (explique abajo)", "Other (explain below)"))
TC_INCOME = (("Sueldos, salarios, horas extra, propinas, comisiones y bonos",
              "Wages, salaries, overtime, tips, commissions and bonuses"),
             ("Ingresos de trabajo por cuenta propia (negocio propio)", "Self-employment income"),
             ("Beneficios de desempleo", "Unemployment benefits"),
             ("Seguro Social, pensión, discapacidad u otra asistencia pública (gravable)",
              "Taxable Social Security, pension, disability or other public assistance"),
             ("Seguro Social o discapacidad que no paga impuestos", "Non-taxable Social Security or disability income"),
             ("Ingresos de renta (menos gastos, sin contar la hipoteca)",
              "Rental income (less expenses other than the mortgage)"),
             ("Ingresos de inversiones o seguros", "Investment or insurance income"),
             ("Otros ingresos: pensión alimenticia, manutención de menores, otros",
              "Other income: alimony, child support, separate maintenance, other"))


def tc_letterhead(c: Canvas) -> None:
    """Tierra Clara's sun mark, its names and address, the title in Spanish over the English."""
    c.saveState()
    c.setFillColor(OCHRE)
    c.circle(62, 744, 9.5, stroke=0, fill=1)
    c.setStrokeColor(OCHRE)
    c.setLineWidth(1.6)
    for i in range(12):
        a = i * math.pi / 6
        c.line(62 + 12.5 * math.cos(a), 744 + 12.5 * math.sin(a), 62 + 17 * math.cos(a), 744 + 17 * math.sin(a))
    c.restoreState()
    text(c, 86, 745, "TIERRA CLARA", "Helvetica-Bold", 15.5, color=SLATE)
    text(c, 86, 735, "SERVICIOS HIPOTECARIOS  ·  MORTGAGE SERVICING", "Helvetica", 6.8, color=OCHRE)
    text(c, 86, 725.5, f"{SERVICER_ADDR[0]}  ·  {SERVICER_ADDR[1]}  ·  Tel. {SERVICER_PHONE}  ·  Fax {SERVICER_FAX}",
         "Helvetica", 6.3, gray=0.3)
    text(c, 568, 748, "SOLICITUD DE ASISTENCIA HIPOTECARIA", "Helvetica-Bold", 11, "r", color=SLATE)
    text(c, 568, 737, "Mortgage Assistance Application", "Helvetica-Oblique", 9, "r", color=SLATE)
    text(c, 568, 726.5, "Formulario / Form TC-25B (rev. 01/2046)", "Helvetica", 6.5, "r", gray=0.3)
    hline(c, 44, 568, 716, 1.4, color=OCHRE)


def tc_footer(c: Canvas, page: int) -> None:
    hline(c, 44, 568, 48, 0.4, color=OCHRE)
    text(c, 44, 38, "TC-25B (rev. 01/2046)", "Helvetica", 6.8, gray=0.3)
    text(c, W / 2, 38, SERVICER, "Helvetica", 6.8, "c", gray=0.3)
    text(c, 568, 38, f"Página {page} de 2  /  Page {page} of 2", "Helvetica", 6.8, "r", gray=0.3)


def tc25b(app: AppData, ink: bool) -> Paper:
    """Tierra Clara's own bilingual two-page application, typed in its PDF (answers in Courier); `ink`: printed,
    then signed and dated by pen (else signed on the screen with the dates typed)."""

    def page1(c: Canvas) -> list[Mark]:
        tc_letterhead(c)
        text(c, 44, 703, "Escriba a máquina o con letra de molde. Conteste todas las preguntas, firme la página 2 y "
             "envíe la solicitud junto con los documentos de la lista adjunta.", "Helvetica", 7.4)
        text(c, 44, 694, "Type or print clearly. Answer every question, sign page 2 and send the application with the "
             "documents on the enclosed list.", "Helvetica-Oblique", 7.0, gray=0.28)
        tc_section(c, 674, 1, "Préstamo y prestatarios", "Loan and borrowers")
        y = 650.0
        bl_field(c, 44, y, 270, "Número de préstamo", "Loan number", app.loan, 100)
        bl_label(c, 332, y, "Idioma preferido", "Preferred language")
        checkbox(c, 420, y - 2, True)
        text(c, 431, y - 1, "Español", "Helvetica-Bold", 7.8)
        checkbox(c, 480, y - 2, False)
        text(c, 491, y - 1, "English", "Helvetica-Oblique", 7.8)
        y -= 26
        bl_field(c, 44, y, 524, "Nombre del prestatario", "Borrower's name", app.borrower, 118)
        y -= 26
        bl_field(c, 44, y, 262, "Últimos 4 dígitos del Seguro Social", "Last 4 digits of Social Security no.",
                 app.ssn4, 150)
        bl_field(c, 320, y, 248, "Teléfono", "Phone", app.phone, 52)
        y -= 26
        bl_field(c, 44, y, 524, "Correo electrónico", "E-mail", app.email, 118)
        y -= 26
        bl_field(c, 44, y, 524, "Nombre del co-prestatario", "Co-borrower's name", app.co or "", 118)
        y -= 26
        bl_field(c, 44, y, 262, "Últimos 4 dígitos del Seguro Social", "Last 4 digits of Social Security no.",
                 app.co_ssn4 or "", 150)
        bl_field(c, 320, y, 248, "Teléfono", "Phone", app.co_phone if app.co else "", 52)
        y -= 27
        bl_label(c, 44, y, "¿Está algún prestatario en servicio militar activo, o es dependiente o cónyuge "
                 "sobreviviente de un militar?", "Is either borrower on active military duty, the dependent of a "
                 "service member, or a surviving spouse?")
        yes_no(c, 470, y - 3, False)
        tc_section(c, 466, 2, "Propiedad", "Property")
        y = 442.0
        bl_field(c, 44, y, 524, "Dirección de la propiedad (número y calle)", "Property address (number and street)",
                 app.street, 168)
        y -= 26
        bl_field(c, 44, y, 250, "Ciudad", "City", app.city, 50)
        bl_field(c, 306, y, 104, "Estado", "State", app.state, 44)
        bl_field(c, 422, y, 146, "Código postal", "ZIP code", app.zip, 64)
        y -= 26
        bl_field(c, 44, y, 524, "Dirección postal (si es diferente)", "Mailing address (if different)", "", 168)
        y -= 28
        bl_label(c, 44, y, "La propiedad es", "The property is")
        for i, (es, en) in enumerate((("Residencia principal", "Primary residence"), ("Segunda casa", "Second home"),
                                      ("Propiedad de inversión", "Investment property"))):
            checkbox(c, 168 + i * 132, y - 3, app.occupancy == OCCUPANCIES[i])
            bl_label(c, 180 + i * 132, y, es, en)
        y -= 27
        bl_label(c, 44, y, "Deseo", "I want to")
        for i, (es, en) in enumerate((("Conservar la casa", "Keep the home"), ("Vender la casa", "Sell the home"),
                                      ("Entregarla al banco", "Give it back"), ("Todavía no sé", "Undecided"))):
            checkbox(c, 168 + i * 100, y - 3, i == 0)
            bl_label(c, 180 + i * 100, y, es, en)
        y -= 27
        bl_label(c, 44, y, "¿Está la propiedad a la venta?", "Is the property listed for sale?")
        yes_no(c, 180, y - 3, False)
        bl_label(c, 300, y, "¿Paga cuotas de HOA o condominio?", "HOA or condominium dues?")
        yes_no(c, 462, y - 3, False)
        tc_section(c, 278, 3, "Dificultad económica", "Hardship")
        y = 256.0
        bl_field(c, 44, y, 330, "Fecha en que comenzó la dificultad (mm/dd/aaaa)",
                 "Date the hardship began (mm/dd/yyyy)", mdy(app.start), 196)
        y -= 26
        bl_label(c, 44, y, "Duración", "Duration")
        for key, es, en, dx in (("short", "Corto plazo (6 meses o menos)", "Short-term (6 months or less)", 0),
                                ("long", "Largo plazo o permanente", "Long-term or permanent", 148),
                                ("resolved", "Resuelta el ____________", "Resolved on", 280)):
            checkbox(c, 120 + dx, y - 3, app.duration == key)
            bl_label(c, 132 + dx, y, es, en)
        y -= 26
        w = text(c, 44, y, "Causa de la dificultad — marque todas las que correspondan", "Helvetica-Bold", 7.9)
        text(c, 44 + w, y, "  /  Cause of the hardship — check all that apply", "Helvetica-Oblique", 7.3, gray=0.28)
        for i, (es, en) in enumerate(TC_REASONS):
            col, row = divmod(i, 5)
            yy = y - 16 - row * 13.5
            checkbox(c, 52 + col * 262, yy - 1.5, HARDSHIPS[i] in app.hardships)
            bl_inline(c, 64 + col * 262, yy, es, en)
        y -= 100
        bl_field(c, 44, y, 524, "Otra — explique", "Other — explain", app.other_text, 90)
        tc_footer(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        text(c, 44, 748, "TIERRA CLARA", "Helvetica-Bold", 12, color=SLATE)
        text(c, 44, 739, "SERVICIOS HIPOTECARIOS  ·  MORTGAGE SERVICING", "Helvetica", 6.2, color=OCHRE)
        text(c, 568, 748, "Solicitud de Asistencia Hipotecaria — continuación", "Helvetica-Bold", 9, "r", color=SLATE)
        text(c, 568, 738.5, "Mortgage Assistance Application — continued", "Helvetica-Oblique", 8, "r", color=SLATE)
        hline(c, 44, 568, 731, 1.2, color=OCHRE)
        bl_field(c, 44, 712, 270, "Número de préstamo", "Loan number", app.loan, 100)
        tc_section(c, 686, 4, "Ingresos mensuales brutos", "Gross monthly income, before taxes, all borrowers")
        top = 674.0
        c.saveState()
        c.setFillColor(OCHRE_PALE)
        c.rect(44, top - 18, 524, 18, stroke=0, fill=1)
        c.restoreState()
        bl_label(c, 50, top - 7.5, "Tipo de ingreso", "Income type", 7.4, 6.4)
        bl_label(c, 452, top - 7.5, "Cantidad al mes", "Monthly amount", 7.4, 6.4)
        c.saveState()
        c.setLineWidth(0.5)
        y = top - 18
        for i, (es, en) in enumerate(TC_INCOME):
            c.rect(44, y - 22, 400, 22, stroke=1, fill=0)
            c.rect(444, y - 22, 124, 22, stroke=1, fill=0)
            text(c, 50, y - 12.5, f"{i + 1}.", "Helvetica-Bold", 7.6)
            bl_label(c, 62, y - 9.5, es, en, 7.6, 6.6)
            text(c, 450, y - 14.5, "$", "Helvetica", 9)
            amount = app.income.get(INCOMES[i], ZERO)
            if amount > 0:
                text(c, 561, y - 15, fmt(amount), "Courier", 10.2, "r")
            y -= 22
        c.setLineWidth(1.4)
        c.rect(44, y - 24, 400, 24, stroke=1, fill=0)
        c.rect(444, y - 24, 124, 24, stroke=1, fill=0)
        c.restoreState()
        bl_label(c, 62, y - 10, "TOTAL MENSUAL (sume las líneas 1 a 8)", "MONTHLY TOTAL (add lines 1 through 8)",
                 7.8, 6.8)
        text(c, 450, y - 15.5, "$", "Helvetica-Bold", 9)
        text(c, 561, y - 16, fmt(app.total), "Courier-Bold", 10.4, "r")
        tc_section(c, 430, 5, "Activos", "Assets (do not include retirement accounts)")
        y = 408.0
        for (es, en), amount in zip((("Cuenta de cheques y efectivo", "Checking account and cash"),
                                     ("Cuenta de ahorros", "Savings account"),
                                     ("Otros activos (sin la casa)", "Other assets (not the home)")),
                                    app.assets, strict=True):
            bl_field(c, 44, y, 330, es, en, "$ " + fmt(amount), 180)
            y -= 25
        tc_section(c, 322, 6, "Certificación y firmas", "Certification and signatures")
        y = para(c, 44, 302, 524, "Certifico que toda la información de esta solicitud es verdadera y que la "
                 "dificultad que describí contribuyó a mi necesidad de ayuda con la hipoteca. Me comprometo a enviar "
                 "los documentos que Tierra Clara me pida y autorizo que se obtenga un informe de crédito de cada "
                 "prestatario. Entiendo que dar información falsa a sabiendas puede violar la ley federal. Acepto que "
                 "me llamen o escriban sobre esta solicitud a cualquier teléfono o correo electrónico que di.",
                 "Helvetica", 7.6, 9.6)
        y = para(c, 44, y - 3, 524, "I certify that all of the information in this application is true and that the "
                 "hardship I described contributed to my need for mortgage relief. I agree to provide the documents "
                 "Tierra Clara requests and consent to a credit report for each borrower. I understand that knowingly "
                 "submitting false information may violate federal law. I agree to be contacted about this "
                 "application at any phone number or e-mail address I gave.", "Helvetica-Oblique", 7.2, 9.2, gray=0.28)
        marks: list[Mark] = []
        y -= 38
        rows = [("Firma del prestatario", "Borrower's signature", app.borrower, True, 0)]
        rows.append(("Firma del co-prestatario", "Co-borrower's signature", app.co or "", bool(app.co) and app.co_signs,
                     1))
        for es, en, name, signs, k in rows:
            hline(c, 44, 330, y, 0.7)
            hline(c, 356, 476, y, 0.7)
            bl_label(c, 44, y - 10, es, en)
            text(c, 200, y - 10, "Nombre / Name:  " + name, "Helvetica", 7.4)
            bl_label(c, 356, y - 10, "Fecha (mm/dd/aaaa)", "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 60, y + 2, w=190, seed=app.seed * 10 + k))
                if ink:
                    marks.append(Mark("hand", 362, y + 3, mdy(app.signed_on), size=12.5, seed=app.seed * 10 + 5 + k))
                else:
                    text(c, 362, y + 3, mdy(app.signed_on), "Courier", 10.5)
            y -= 52
        y = para(c, 44, y + 8, 524, f"Envíe esta solicitud con sus documentos por correo a la dirección de arriba, por "
                 f"fax al {SERVICER_FAX} o por correo electrónico a ayuda@tierraclara-servicing.example. Le "
                 "avisaremos en un plazo de cinco días hábiles que la recibimos.", "Helvetica", 7.2, 9)
        para(c, 44, y - 1, 524, f"Send this application with your documents by mail to the address above, by fax to "
             f"{SERVICER_FAX} or by e-mail to help@tierraclara-servicing.example. We will acknowledge it within five "
             "business days.", "Helvetica-Oblique", 6.9, 8.8, gray=0.28)
        tc_footer(c, 2)
        return marks

    return Paper([page1, page2])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


@dataclass
class Form710:
    """The real Form 710 (April 2023) filled through its AcroForm; `ink`: printed, then signed and dated by pen."""

    app: AppData
    ink: bool

    def values(self) -> dict[str, str | bool]:
        app = self.app
        v: dict[str, str | bool] = {
            "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn4, "Email_1": app.email,
            "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
            "Text_6": app.address, F710_OCC[app.occupancy]: True, "Checkbox_27": True, "Checkbox_30": True,
            "Checkbox_35": True, "Checkbox_37": True, "Date_1": mdy(app.start),
            {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
            "Number_10": fmt(app.assets[0]), "Number_11": fmt(app.assets[1])}
        if app.co:
            v.update({"Text_4": app.co, "Text_5": app.co_ssn4 or "", "US_Phone_Number_3": app.co_phone,
                      "Checkbox_10": True})
        for h in app.hardships:
            v[F710_HARDSHIP[h]] = True
        if app.other_text:
            v["Text_9"] = app.other_text
        for k, amount in app.income.items():
            if amount > 0:
                v[F710_INCOME[k]] = fmt(amount)
        if not self.ink:
            v["Date_3"] = mdy(app.signed_on)
            if app.co and app.co_signs:
                v["Date_4"] = mdy(app.signed_on)
        return v

    def marks(self) -> list[Mark]:
        app = self.app
        out = [Mark("sig", 152, 346, w=205, seed=app.seed * 10)]
        if self.ink:
            out.append(Mark("hand", 432, 347, mdy(app.signed_on), size=12, seed=app.seed * 10 + 5))
        if app.co and app.co_signs:
            out.append(Mark("sig", 165, 308, w=195, seed=app.seed * 10 + 1))
            if self.ink:
                out.append(Mark("hand", 432, 309, mdy(app.signed_on), size=12, seed=app.seed * 10 + 6))
        return out

    def build(self, screen: bool) -> Built:
        values = self.values()
        writer = PdfWriter(clone_from=PdfReader(FORM710))
        for page in writer.pages:
            widgets = {str(ref.get_object().get("/T", "")): ref.get_object() for ref in page.get("/Annots") or []}
            typed = {}
            for name, value in values.items():
                widget = widgets.get(name)
                if widget is None:
                    continue
                if isinstance(value, bool):
                    on = next(str(k) for k in widget["/AP"]["/N"] if str(k) != "/Off")
                    state = NameObject(on if value else "/Off")
                    widget[NameObject("/V")] = state
                    widget[NameObject("/AS")] = state
                else:
                    typed[name] = value
            if typed:
                writer.update_page_form_field_values(page, typed, auto_regenerate=False)
        writer.set_need_appearances_writer(True)
        marks = self.marks()
        for i, page in enumerate(writer.pages):
            buf = io.BytesIO()
            c = Canvas(buf, pagesize=letter, invariant=1)
            if i == 3 and screen:
                draw_marks_on_screen(c, marks)
            synth_line(c)
            c.showPage()
            c.save()
            page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
        pdf = fixed_bytes(writer, f"ba710-{self.app.loan}-{screen}")
        page_marks: list[list[Mark]] = [[], [], [], marks]
        typed_text = " ".join(str(v) for v in values.values() if isinstance(v, str))
        hand = " ".join(m.text for m in marks if m.kind == "hand")
        return Built(pdf, page_marks, pdf_text(pdf) + " " + typed_text + " " + hand)


# --- pay -----------------------------------------------------------------------------------------------------------


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    earnings: list[tuple[str, Decimal, Decimal, Decimal]]  # label, hours or units, rate, amount
    deductions: list[tuple[str, Decimal]] = field(default_factory=list)
    days: list[tuple[Decimal, Decimal]] = field(default_factory=list)  # regular and overtime hours a day

    @property
    def gross(self) -> Decimal:
        return sum((e[3] for e in self.earnings), ZERO)

    @property
    def net(self) -> Decimal:
        return self.gross - sum((d[1] for d in self.deductions), ZERO)


Plan = tuple[tuple[str, str, str], ...]  # label, "%" of gross or "$" a check, value


def withhold(gross: Decimal, plan: Plan) -> list[tuple[str, Decimal]]:
    return [(label, cents(gross * Decimal(v)) if kind == "%" else Decimal(v)) for label, kind, v in plan]


@dataclass
class Ytd:
    earnings: dict[str, Decimal]
    deductions: dict[str, Decimal]
    gross: Decimal
    net: Decimal


def year_to_date(checks: Sequence[PayCheck]) -> Ytd:
    """Year-to-date figures: the sums of that year's checks, counted by pay date."""
    year = checks[-1].pay_date.year
    earn: dict[str, Decimal] = {}
    ded: dict[str, Decimal] = {}
    gross = net = ZERO
    for ch in checks:
        if ch.pay_date.year != year:
            continue
        for label, _, _, amount in ch.earnings:
            earn[label] = earn.get(label, ZERO) + amount
        for label, amount in ch.deductions:
            ded[label] = ded.get(label, ZERO) + amount
        gross += ch.gross
        net += ch.net
    return Ytd(earn, ded, gross, net)


def pay_dates(pay_date: dt.date, step: int, first: dt.date | None = None) -> list[dt.date]:
    """The paydays of pay_date's year up to it, every `step` days (weekly: from the year's first Friday)."""
    d = first or dt.date(pay_date.year, 1, 1) + dt.timedelta(days=(4 - dt.date(pay_date.year, 1, 1).weekday()) % 7)
    out = []
    while d <= pay_date:
        out.append(d)
        d += dt.timedelta(days=step)
    if out[-1] != pay_date:
        raise ValueError(f"{pay_date} is not a payday of this schedule")
    return out


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> Decimal:
        return Decimal(str(self.fields["monthly_gross"]))


def stub_fields(employer: str, employee: str, ch: PayCheck, frequency: str, ytd: Ytd) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": float(ch.gross), "gross_ytd": float(ytd.gross), "net_current": float(ch.net),
            "monthly_gross": float(cents(ch.gross * PERIODS[frequency] / 12))}


FARM_PLAN: Plan = (("Impuesto federal / Federal income tax", "%", "0.055"), ("Seguro Social / Social Security", "%",
                   "0.062"), ("Medicare", "%", "0.0145"), ("Impuesto estatal AZ / AZ state tax", "%", "0.025"))


@dataclass(frozen=True)
class FarmJob:
    contractor: str
    address: str
    license: str
    crew: str
    foreman: str
    ranch: str
    task_es: str
    task_en: str
    rate: Decimal
    piece_es: str
    piece_en: str
    piece_rate: Decimal
    units: tuple[int, int]


def farm_stub(job: FarmJob, worker: str, worker_no: str, pay_date: dt.date, seed: int) -> Stub:
    """A farm labor contractor's bilingual weekly earnings statement (hours and a piece bonus)."""
    checks = []
    for d in pay_dates(pay_date, 7):
        r = random.Random(f"farm|{worker_no}|{d}|{seed}")
        hours = Decimal(r.choice((30, 34, 36, 38, 40, 40, 42, 44, 45, 48))) + Decimal(r.choice(("0", "0.5")))
        units = Decimal(r.randint(*job.units))
        earn = [(f"{job.task_es} / {job.task_en}", hours, job.rate, cents(hours * job.rate)),
                (f"{job.piece_es} / {job.piece_en}", units, job.piece_rate, cents(units * job.piece_rate))]
        ch = PayCheck(d, d - dt.timedelta(days=12), d - dt.timedelta(days=6), earn)
        ch.deductions = withhold(ch.gross, FARM_PLAN)
        checks.append(ch)
    ch = checks[-1]
    ytd = year_to_date(checks)
    check_no = f"{random.Random(f'chk{worker_no}{seed}').randrange(41000, 48000) + len(checks)}"
    deposit_to = f"{random.Random(f'dd{worker_no}{seed}').randrange(1000, 10000)}"

    def page(c: Canvas) -> list[Mark]:
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.2)
        c.rect(40, 328, 532, 432, stroke=1, fill=0)
        c.restoreState()
        text(c, 54, 738, job.contractor, "Helvetica-Bold", min(13.5, 13.5 * 268 / stringWidth(job.contractor,
             "Helvetica-Bold", 13.5)), color=GREEN)
        text(c, 54, 727, "Contratista de mano de obra agrícola  ·  Farm labor contractor", "Helvetica-Oblique", 7.6)
        text(c, 54, 717, job.address, "Helvetica", 7.6)
        text(c, 54, 707, f"Licencia / License: {job.license}", "Helvetica", 7.6)
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(332, 728, 230, 22, stroke=0, fill=1)
        c.restoreState()
        text(c, 447, 740, "COMPROBANTE DE PAGO", "Helvetica-Bold", 10, "c", color=white)
        text(c, 447, 731, "Earnings statement", "Helvetica-Oblique", 7.5, "c", color=white)
        rows = [("Fecha de pago / Pay date", es_abbr(ch.pay_date)),
                ("Período de pago / Pay period", f"{es_abbr(ch.start)} al {es_abbr(ch.end)}"),
                ("Frecuencia / Frequency", "Semanal / Weekly"), ("Cheque núm. / Check no.", check_no)]
        y = 718.0
        for label, value in rows:
            text(c, 336, y, label, "Helvetica", 6.6, gray=0.3)
            text(c, 562, y, value, "Helvetica-Bold", 7.8, "r")
            y -= 10.5
        hline(c, 54, 558, 672, 0.6, color=GREEN)
        info = [("Trabajador / Worker", worker), ("Núm. de trabajador / Worker no.", worker_no),
                ("Cuadrilla / Crew", job.crew), ("Mayordomo / Foreman", job.foreman), ("Rancho / Ranch", job.ranch)]
        for i, (label, value) in enumerate(info):
            x = 54 if i % 2 == 0 else 310
            yy = 658 - (i // 2) * 13
            text(c, x, yy, label + ":", "Helvetica", 7.2, gray=0.3)
            text(c, x + 118, yy, value, "Helvetica-Bold", 8.2)
        top = 612.0
        c.saveState()
        c.setFillGray(0.9)
        c.rect(54, top - 20, 504, 20, stroke=0, fill=1)
        c.restoreState()
        heads = [(58, "Concepto", "Description", "l"), (330, "Horas / unidades", "Hours / units", "r"),
                 (392, "Tarifa", "Rate", "r"), (472, "Este período", "This period", "r"),
                 (554, "Acumulado del año", "Year to date", "r")]
        for x, es, en, al in heads:
            text(c, x, top - 8, es, "Helvetica-Bold", 7.2, al)
            text(c, x, top - 16.5, en, "Helvetica-Oblique", 6.5, al, gray=0.3)
        y = top - 34
        for label, qty, rate, amount in ch.earnings:
            text(c, 58, y, label, "Helvetica", 8)
            text(c, 330, y, f"{qty:,.2f}" if qty % 1 else f"{qty:,.0f}", "Helvetica", 8, "r")
            text(c, 392, y, f"{rate:.2f}", "Helvetica", 8, "r")
            text(c, 472, y, fmt(amount), "Helvetica", 8, "r")
            text(c, 554, y, fmt(ytd.earnings[label]), "Helvetica", 8, "r")
            y -= 13
        hline(c, 54, 558, y + 8, 0.5)
        text(c, 58, y - 2, "Pago bruto / Gross pay", "Helvetica-Bold", 8.6)
        text(c, 472, y - 2, fmt(ch.gross), "Helvetica-Bold", 8.6, "r")
        text(c, 554, y - 2, fmt(ytd.gross), "Helvetica-Bold", 8.6, "r")
        y -= 28
        c.saveState()
        c.setFillGray(0.9)
        c.rect(54, y - 6, 504, 16, stroke=0, fill=1)
        c.restoreState()
        text(c, 58, y, "Deducciones / Deductions", "Helvetica-Bold", 7.8)
        text(c, 472, y, "Este período", "Helvetica-Bold", 7.2, "r")
        text(c, 554, y, "Acumulado del año", "Helvetica-Bold", 7.2, "r")
        y -= 18
        for label, amount in ch.deductions:
            text(c, 58, y, label, "Helvetica", 8)
            text(c, 472, y, fmt(amount), "Helvetica", 8, "r")
            text(c, 554, y, fmt(ytd.deductions[label]), "Helvetica", 8, "r")
            y -= 13
        total_ded = sum((a for _, a in ch.deductions), ZERO)
        hline(c, 54, 558, y + 8, 0.5)
        text(c, 58, y - 2, "Total de deducciones / Total deductions", "Helvetica-Bold", 8.2)
        text(c, 472, y - 2, fmt(total_ded), "Helvetica-Bold", 8.2, "r")
        text(c, 554, y - 2, fmt(ytd.gross - ytd.net), "Helvetica-Bold", 8.2, "r")
        y -= 36
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.5)
        c.rect(330, y - 10, 228, 30, stroke=1, fill=0)
        c.restoreState()
        text(c, 338, y + 6, "PAGO NETO", "Helvetica-Bold", 10, color=GREEN)
        text(c, 338, y - 4, "Net pay", "Helvetica-Oblique", 7.5)
        text(c, 550, y - 1, "$" + fmt(ch.net), "Helvetica-Bold", 13, "r")
        text(c, 58, y + 6, f"Neto acumulado del año / Year-to-date net pay: ${fmt(ytd.net)}", "Helvetica", 7.4)
        text(c, 58, y - 5, f"Depósito directo / Direct deposit: cuenta / account ****{deposit_to}", "Helvetica", 7.4)
        text(c, W / 2, 336, "Conserve este comprobante para sus registros  ·  Keep this statement for your records",
             "Helvetica-Oblique", 7, "c", gray=0.35)
        return []

    return Stub(Paper([page]), stub_fields(job.contractor, worker, ch, "weekly", ytd), pay_date)


BUILD_PLAN: Plan = (("Impuesto federal / Federal income tax", "%", "0.075"), ("Seguro Social / Social Security", "%",
                    "0.062"), ("Medicare", "%", "0.0145"), ("Impuesto estatal AZ / AZ state tax", "%", "0.025"),
                    ("Seguro médico / Health insurance", "$", "41.50"))
DAYS = (("Lun", "Mon"), ("Mar", "Tue"), ("Mié", "Wed"), ("Jue", "Thu"), ("Vie", "Fri"), ("Sáb", "Sat"),
        ("Dom", "Sun"))
LOMA_ALTA = ("Constructora Loma Alta, Inc.", "2250 W. Broadway Rd., Phoenix, AZ 85041  ·  (602) 555-0117",
             "Contratista general  ·  General contractor  ·  ROC 328841")


def construction_stub(employee: str, emp_no: str, trade: str, job_site: str, pay_date: dt.date, rate: Decimal,
                      seed: int) -> Stub:
    """A construction company's bilingual weekly payroll receipt with a grid of hours by day."""
    company, address, license_line = LOMA_ALTA
    checks = []
    for d in pay_dates(pay_date, 7):
        r = random.Random(f"build|{emp_no}|{d}|{seed}")
        days: list[tuple[Decimal, Decimal]] = []
        worked = ZERO
        for i in range(7):
            h = Decimal(r.choice((8, 8, 9, 10, 10))) if i < 5 else Decimal(r.choice((0, 0, 0, 5, 6)) if i == 5 else 0)
            if i < 5 and r.random() < 0.08:
                h = ZERO
            reg = min(h, max(ZERO, Decimal(40) - worked))
            days.append((reg, h - reg))
            worked += h
        reg_h = sum((a for a, _ in days), ZERO)
        ot_h = sum((b for _, b in days), ZERO)
        ot_rate = cents(rate * Decimal("1.5"))
        earn = [("Tiempo regular / Regular time", reg_h, rate, cents(reg_h * rate)),
                ("Tiempo extra / Overtime 1.5x", ot_h, ot_rate, cents(ot_h * ot_rate))]
        ch = PayCheck(d, d - dt.timedelta(days=11), d - dt.timedelta(days=5), earn, days=days)
        ch.deductions = withhold(ch.gross, BUILD_PLAN)
        checks.append(ch)
    ch = checks[-1]
    ytd = year_to_date(checks)
    deposit_to = f"{random.Random(f'dd{emp_no}{seed}').randrange(1000, 10000)}"

    def page(c: Canvas) -> list[Mark]:
        c.saveState()
        c.setFillColor(SLATE)
        c.rect(40, 712, 532, 50, stroke=0, fill=1)
        c.restoreState()
        text(c, 52, 742, company.upper(), "Helvetica-Bold", 14, color=white)
        text(c, 52, 730, license_line, "Helvetica", 7.2, color=white)
        text(c, 52, 720, address, "Helvetica", 7.2, color=white)
        text(c, 560, 742, "RECIBO DE NÓMINA", "Helvetica-Bold", 12, "r", color=white)
        text(c, 560, 730, "Payroll statement", "Helvetica-Oblique", 8.5, "r", color=white)
        cells = [[("Empleado", "Employee", employee, 170), ("Núm. de empleado", "Employee no.", emp_no, 112),
                  ("Oficio", "Trade", trade, 108), ("Obra", "Job site", job_site, 142)],
                 [("Período de pago", "Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}", 170),
                  ("Fecha de pago", "Pay date", mdy(ch.pay_date), 112),
                  ("Frecuencia", "Frequency", "Semanal / Weekly", 108),
                  ("Pago", "Paid by", "Depósito directo / Direct deposit", 142)]]
        y = 672.0
        c.setLineWidth(0.6)
        for row in cells:
            x = 40.0
            for es, en, value, w in row:
                c.rect(x, y, w, 34, stroke=1, fill=0)
                w1 = text(c, x + 4, y + 25, es, "Helvetica-Bold", 6.6)
                text(c, x + 4 + w1, y + 25, " / " + en, "Helvetica-Oblique", 6.2, gray=0.3)
                text(c, x + 4, y + 8, value, "Helvetica", 8.6)
                x += w
            y -= 34
        y -= 16
        w1 = text(c, 40, y, "HORAS POR DÍA", "Helvetica-Bold", 8.4, color=SLATE)
        text(c, 40 + w1, y, "  ·  Hours by day", "Helvetica-Oblique", 7.8, color=SLATE)
        y -= 6
        col = 56.0
        c.rect(40, y - 48, 532, 48, stroke=1, fill=0)
        for i, (es, en) in enumerate(DAYS):
            x = 152 + i * col
            c.line(x, y, x, y - 48)
            dayd = ch.start + dt.timedelta(days=i)
            text(c, x + col / 2, y - 10, f"{es} / {en} {dayd.month:02d}/{dayd.day:02d}", "Helvetica-Bold", 6.4, "c")
            reg, ot = ch.days[i]
            text(c, x + col / 2, y - 26, f"{reg:.1f}" if reg else "-", "Courier", 8.6, "c")
            text(c, x + col / 2, y - 41, f"{ot:.1f}" if ot else "-", "Courier", 8.6, "c")
        c.line(152 + 7 * col, y, 152 + 7 * col, y - 48)
        c.line(40, y - 14, 572, y - 14)
        c.line(40, y - 31, 572, y - 31)
        text(c, 44, y - 10, "Día / Day", "Helvetica-Bold", 6.8)
        text(c, 44, y - 26, "Regular", "Helvetica", 7.6)
        text(c, 44, y - 41, "Extra / Overtime", "Helvetica", 7.6)
        text(c, 152 + 7 * col + (572 - 152 - 7 * col) / 2, y - 10, "Total", "Helvetica-Bold", 6.8, "c")
        text(c, 152 + 7 * col + (572 - 152 - 7 * col) / 2, y - 26, f"{ch.earnings[0][1]:.1f}", "Courier-Bold", 8.6,
             "c")
        text(c, 152 + 7 * col + (572 - 152 - 7 * col) / 2, y - 41, f"{ch.earnings[1][1]:.1f}", "Courier-Bold", 8.6,
             "c")
        y -= 74
        text(c, 40, y, "Ingresos / Earnings", "Helvetica-Bold", 8.4, color=SLATE)
        for x, es, en in ((250, "Horas", "Hours"), (305, "Tarifa", "Rate"), (372, "Actual", "Current"),
                          (446, "Acumulado", "Year to date")):
            text(c, x, y + 4, es, "Helvetica-Bold", 6.8, "r")
            text(c, x, y - 4, en, "Helvetica-Oblique", 6.2, "r", gray=0.3)
        hline(c, 40, 450, y - 8, 0.5)
        yy = y - 20
        for label, qty, rate_, amount in ch.earnings:
            text(c, 40, yy, label, "Helvetica", 7.8)
            text(c, 250, yy, f"{qty:.1f}", "Helvetica", 7.8, "r")
            text(c, 305, yy, f"{rate_:.2f}", "Helvetica", 7.8, "r")
            text(c, 372, yy, fmt(amount), "Helvetica", 7.8, "r")
            text(c, 446, yy, fmt(ytd.earnings[label]), "Helvetica", 7.8, "r")
            yy -= 12
        hline(c, 40, 450, yy + 8, 0.5)
        text(c, 40, yy - 2, "Pago bruto / Gross pay", "Helvetica-Bold", 8.4)
        text(c, 372, yy - 2, fmt(ch.gross), "Helvetica-Bold", 8.4, "r")
        text(c, 446, yy - 2, fmt(ytd.gross), "Helvetica-Bold", 8.4, "r")
        yy -= 30
        text(c, 40, yy, "Deducciones / Deductions", "Helvetica-Bold", 8.4, color=SLATE)
        text(c, 372, yy, "Actual", "Helvetica-Bold", 6.8, "r")
        text(c, 446, yy, "Acumulado", "Helvetica-Bold", 6.8, "r")
        hline(c, 40, 450, yy - 5, 0.5)
        yy -= 17
        for label, amount in ch.deductions:
            text(c, 40, yy, label, "Helvetica", 7.8)
            text(c, 372, yy, fmt(amount), "Helvetica", 7.8, "r")
            text(c, 446, yy, fmt(ytd.deductions[label]), "Helvetica", 7.8, "r")
            yy -= 12
        hline(c, 40, 450, yy + 8, 0.5)
        text(c, 40, yy - 2, "Total deducciones / Total deductions", "Helvetica-Bold", 8)
        text(c, 372, yy - 2, fmt(ch.gross - ch.net), "Helvetica-Bold", 8, "r")
        text(c, 446, yy - 2, fmt(ytd.gross - ytd.net), "Helvetica-Bold", 8, "r")
        c.saveState()
        c.setFillColor(SLATE)
        c.rect(466, y - 70, 106, 78, stroke=0, fill=1)
        c.restoreState()
        text(c, 519, y - 6, "PAGO NETO", "Helvetica-Bold", 9.5, "c", color=white)
        text(c, 519, y - 16, "Net pay", "Helvetica-Oblique", 7.5, "c", color=white)
        text(c, 519, y - 38, "$" + fmt(ch.net), "Helvetica-Bold", 13, "c", color=white)
        text(c, 519, y - 56, f"Acumulado / YTD: ${fmt(ytd.net)}", "Helvetica", 6.6, "c", color=white)
        text(c, 40, yy - 34, f"Depósito directo a la cuenta ****{deposit_to} / Direct deposit to account ****"
             f"{deposit_to}.  Preguntas sobre su pago / Payroll questions: (602) 555-0117 ext. 3.", "Helvetica", 6.8,
             gray=0.3)
        return []

    return Stub(Paper([page]), stub_fields(company, employee, ch, "weekly", ytd), pay_date)


GROCERY = ("Northfield Family Markets, Inc.", "1200 Commerce Parkway", "Columbus, OH 43219")
GROCERY_PLAN: Plan = (("Federal Income Tax", "%", "0.068"), ("Social Security Tax", "%", "0.062"),
                      ("Medicare Tax", "%", "0.0145"), ("AZ State Income Tax", "%", "0.025"),
                      ("Union Dues - Local 1187", "$", "14.25"), ("Dental Plan", "$", "5.10"))


def grocery_stub(employee: str, home: Sequence[str], file_no: str, store: str, dept: str, pay_date: dt.date,
                 rate: Decimal, seed: int) -> Stub:
    """A national grocery chain's English bi-weekly earnings statement in the usual payroll-service layout; the
    frequency is not printed (the two-week period shows it)."""
    company, street, city = GROCERY
    checks = []
    for d in pay_dates(pay_date, 14, dt.date(pay_date.year, 1, 5) if pay_date.year == 2046 else None):
        r = random.Random(f"groc|{file_no}|{d}|{seed}")
        reg = Decimal(r.choice((56, 60, 62, 64, 68, 70, 72, 72))) + Decimal(r.choice(("0", "0.25", "0.5", "0.75")))
        ot = Decimal(r.choice((0, 0, 0, 1.5, 2.25, 3)))
        sun = Decimal(r.choice((0, 8, 8, 16)))
        earn = [("Regular", reg, rate, cents(reg * rate)),
                ("Overtime", ot, cents(rate * Decimal("1.5")), cents(ot * cents(rate * Decimal("1.5")))),
                ("Sunday Premium", sun, Decimal("1.00"), cents(sun))]
        ch = PayCheck(d, d - dt.timedelta(days=19), d - dt.timedelta(days=6), earn)
        ch.deductions = withhold(ch.gross, GROCERY_PLAN)
        checks.append(ch)
    ch = checks[-1]
    ytd = year_to_date(checks)
    advice = f"{random.Random(f'adv{file_no}{seed}').randrange(10**7, 10**8)}"

    def page(c: Canvas) -> list[Mark]:
        text(c, 40, 752, "CO.      FILE     DEPT.    CLOCK    VCHR. NO.", "Courier", 7, gray=0.3)
        text(c, 40, 742, f"NFM   {file_no}   {dept[:4].upper():<6}  {store.split()[0]}     {advice}", "Courier", 7.6)
        text(c, 40, 726, company, "Helvetica-Bold", 9.5)
        text(c, 40, 716, street, "Helvetica", 8.5)
        text(c, 40, 706, city, "Helvetica", 8.5)
        text(c, 572, 746, "Earnings Statement", "Helvetica-Bold", 15, "r")
        for i, (k, v) in enumerate((("Period Beginning:", mdy(ch.start)), ("Period Ending:", mdy(ch.end)),
                                    ("Pay Date:", mdy(ch.pay_date)))):
            text(c, 440, 728 - i * 11, k, "Helvetica", 8.2)
            text(c, 572, 728 - i * 11, v, "Helvetica", 8.2, "r")
        y = 660.0
        for ln in [employee.upper(), *[h.upper() for h in home]]:
            text(c, 360, y, ln, "Helvetica-Bold", 9)
            y -= 11
        text(c, 40, 672, "Filing Status: Single/Married filing separately", "Helvetica", 7.5)
        text(c, 40, 662, "Exemptions/Allowances:", "Helvetica", 7.5)
        text(c, 60, 652, "Federal:  Standard withholding table", "Helvetica", 7.5)
        text(c, 60, 642, "AZ:       2.5%", "Helvetica", 7.5)
        y = 610.0
        text(c, 40, y, "Earnings", "Helvetica-Bold", 9)
        for x, t in ((180, "rate"), (225, "hours"), (290, "this period"), (360, "year to date")):
            text(c, x, y, t, "Helvetica-Bold", 8, "r")
        hline(c, 40, 365, y - 4, 0.8)
        y -= 16
        for label, qty, rate_, amount in ch.earnings:
            text(c, 40, y, label, "Helvetica", 8.2)
            if qty:
                text(c, 180, y, f"{rate_:.2f}", "Helvetica", 8.2, "r")
                text(c, 225, y, f"{qty:.2f}", "Helvetica", 8.2, "r")
                text(c, 290, y, fmt(amount), "Helvetica", 8.2, "r")
            text(c, 360, y, fmt(ytd.earnings[label]), "Helvetica", 8.2, "r")
            y -= 12
        y -= 4
        text(c, 80, y, "Gross Pay", "Helvetica-Bold", 8.6)
        text(c, 290, y, "$" + fmt(ch.gross), "Helvetica-Bold", 8.6, "r")
        text(c, 360, y, fmt(ytd.gross), "Helvetica-Bold", 8.6, "r")
        y -= 24
        text(c, 40, y, "Deductions", "Helvetica-Bold", 9)
        text(c, 120, y, "Statutory", "Helvetica-Bold", 8)
        hline(c, 40, 365, y - 4, 0.8)
        y -= 16
        for i, (label, amount) in enumerate(ch.deductions):
            if i == 4:
                y -= 4
                text(c, 120, y, "Other", "Helvetica-Bold", 8)
                y -= 13
            text(c, 40, y, label, "Helvetica", 8.2)
            text(c, 290, y, "-" + fmt(amount), "Helvetica", 8.2, "r")
            text(c, 360, y, fmt(ytd.deductions[label]), "Helvetica", 8.2, "r")
            y -= 12
        y -= 6
        c.saveState()
        c.setFillGray(0.88)
        c.rect(76, y - 4, 290, 15, stroke=0, fill=1)
        c.restoreState()
        text(c, 80, y, "Net Pay", "Helvetica-Bold", 9)
        text(c, 290, y, "$" + fmt(ch.net), "Helvetica-Bold", 9, "r")
        text(c, 360, y, fmt(ytd.net), "Helvetica-Bold", 9, "r")
        y -= 18
        text(c, 40, y, f"Checking           -{fmt(ch.net)}", "Helvetica", 8)
        text(c, 40, y - 12, "Net Check          $0.00", "Helvetica", 8)
        text(c, 40, y - 30, "Your federal taxable wages this period are $" + fmt(ch.gross - ch.deductions[5][1]),
             "Helvetica", 7.2)
        x0 = 392
        text(c, x0, 610, "Other Benefits and", "Helvetica-Bold", 8.6)
        text(c, x0, 600, "Information", "Helvetica-Bold", 8.6)
        text(c, 572, 600, "this period   total to date", "Helvetica-Bold", 7, "r")
        hline(c, x0, 572, 596, 0.8)
        r = random.Random(f"vac{file_no}{seed}")
        info = [("Vacation Hrs Avail", f"{r.randrange(12, 64)}.{r.choice(('00', '50'))}"),
                ("Sick Hrs Avail", f"{r.randrange(8, 40)}.00"), ("Store", store), ("Department", dept)]
        y2 = 584.0
        for k, v in info:
            text(c, x0, y2, k, "Helvetica", 7.8)
            text(c, 572, y2, v, "Helvetica", 7.8, "r")
            y2 -= 11
        text(c, x0, y2 - 10, "Important Notes", "Helvetica-Bold", 8.2)
        para(c, x0, y2 - 22, 180, "Associates: enroll in the Northfield Family Markets 401(k) plan during open "
             "enrollment in November. Questions about your pay? Call the Associate Service Center at 1-800-555-0164.",
             "Helvetica", 7, 8.6)
        hline(c, 36, 576, 292, 0.6, (3, 3))
        text(c, W / 2, 296, "FOLD AND REMOVE  -  RETAIN THIS STATEMENT", "Helvetica", 6, "c", gray=0.4)
        text(c, 40, 270, company, "Helvetica-Bold", 9)
        text(c, 40, 260, street, "Helvetica", 7.6)
        text(c, 40, 251, city, "Helvetica", 7.6)
        text(c, 420, 270, "Advice number:", "Helvetica", 7.6)
        text(c, 572, 270, advice, "Helvetica", 7.6, "r")
        text(c, 420, 260, "Pay date:", "Helvetica", 7.6)
        text(c, 572, 260, mdy(ch.pay_date), "Helvetica", 7.6, "r")
        text(c, 40, 226, f"Deposited to the account of     {employee.upper()}", "Helvetica", 8)
        text(c, 40, 212, "account number    transit ABA    amount", "Helvetica-Bold", 7.4)
        text(c, 40, 201, f"xxxxxx{r.randrange(1000, 9999)}      xxxx xxxx      ${fmt(ch.net)}", "Helvetica", 7.6)
        text(c, W / 2, 172, "NON-NEGOTIABLE", "Helvetica-Bold", 13, "c", gray=0.55)
        return []

    return Stub(Paper([page]), stub_fields(company, employee, ch, "biweekly", ytd), pay_date)


# --- bank statements ------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


Txn = tuple[dt.date, str, Decimal]


def month_txns(rng: random.Random, start: dt.date, end: dt.date, begin: Decimal,
               credits: Sequence[tuple[int, str, str]], debits: Sequence[tuple[str, int, int, int]],
               count: int) -> list[Txn]:
    """The month's fixed lines (day, description, amount: the credits, and the bills given as negative amounts) and
    up to `count` ordinary debits drawn from (description, low and high dollars, times at most a month: bills once,
    groceries and fuel more often); drawn debits that would overdraw the account are left out."""
    fixed = [(start + dt.timedelta(days=day - 1), desc, Decimal(amt), False) for day, desc, amt in credits]
    span = (end - start).days
    used: dict[str, int] = {}
    drawn = []
    for _ in range(count):
        pool = [d for d in debits if used.get(d[0], 0) < d[3]]
        if not pool:
            break
        desc, lo, hi, _ = rng.choice(pool)
        used[desc] = used.get(desc, 0) + 1
        amount = Decimal(rng.randrange(lo * 100, hi * 100)) / 100
        drawn.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amount, True))
    out = sorted(fixed + drawn, key=lambda t: (t[0], -t[2]))
    while True:
        bal = begin
        low = None
        for i, t in enumerate(out):
            bal += t[2]
            if bal < 20 and low is None:
                low = i
        candidates = [i for i in range(len(out)) if out[i][3] and (low is None or i <= low)]
        if low is None or not candidates:
            return [(d, desc, a) for d, desc, a, _ in out]
        del out[max(candidates, key=lambda i: -out[i][2])]


def running(begin: Decimal, txns: Sequence[Txn]) -> list[tuple[dt.date, str, Decimal, Decimal]]:
    rows = []
    bal = begin
    for d, desc, a in txns:
        bal += a
        rows.append((d, desc, a, bal))
    return rows


CU = ("Familias Unidas", "FEDERAL CREDIT UNION", "4120 N. 19th Avenue, Phoenix, AZ 85015", "(602) 555-0150")
CU_DEBITS = (("Compra con tarjeta de débito - MERCADO SANTA FE #12", 45, 165, 5),
             ("Compra con tarjeta de débito - GASOLINERA LA PALMA", 35, 72, 4),
             ("Retiro en cajero automático", 60, 200, 2), ("Pago ACH - DESERT POWER CO", 88, 196, 1),
             ("Pago ACH - CIUDAD AGUA Y BASURA", 52, 94, 1),
             ("Compra con tarjeta de débito - FARMACIA DEL PUEBLO", 12, 64, 2),
             ("Pago ACH - AUTO SEGURO DEL SUR", 96, 142, 1), ("Pago ACH - TELEFONÍA MÓVIL SOL", 55, 90, 1),
             ("Envío de dinero - REMESAS DEL NORTE", 100, 250, 1), ("Transferencia a ahorros", 25, 60, 1),
             ("Compra con tarjeta de débito - ROPA Y ZAPATOS EL CENTRO", 20, 85, 1))


def cu_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], acct: str, year: int,
                 month: int, begin: Decimal, credits: Sequence[tuple[int, str, str]], count: int = 13) -> Statement:
    """Familias Unidas Federal Credit Union's statement with Spanish headings (the member chose Spanish), two pages:
    a summary box and a register continued on page 2."""
    start, end = month_bounds(year, month)
    rows = running(begin, month_txns(rng, start, end, begin, credits, CU_DEBITS, count))
    ending = rows[-1][3] if rows else begin
    deposits = [r for r in rows if r[2] > 0]
    withdrawals = [r for r in rows if r[2] < 0]
    split = max(1, len(rows) - 4) if len(rows) <= 34 else 30
    period = f"del {es_long(start)} al {es_long(end)}"

    def head(c: Canvas, n: int) -> None:
        c.saveState()
        c.setFillColor(MAROON)
        c.roundRect(44, 728, 26, 26, 5, stroke=0, fill=1)
        c.restoreState()
        text(c, 57, 736, "FU", "Helvetica-Bold", 11, "c", color=white)
        text(c, 78, 741, CU[0], "Times-Bold", 17, color=MAROON)
        text(c, 78, 730, CU[1], "Helvetica", 7, color=MAROON)
        text(c, 568, 745, "ESTADO DE CUENTA", "Helvetica-Bold", 12, "r")
        text(c, 568, 734, f"Período: {period}", "Helvetica", 7.6, "r")
        text(c, 568, 724, f"Cuenta de cheques núm. ******{acct[-4:]}   ·   Página {n} de 2", "Helvetica", 7.6, "r")
        hline(c, 44, 568, 716, 1.2, color=MAROON)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, Decimal, Decimal]], first: bool) -> float:
        c.saveState()
        c.setFillColor(Color(0.95, 0.9, 0.9))
        c.rect(44, y - 4, 524, 14, stroke=0, fill=1)
        c.restoreState()
        for x, t, al in ((48, "Fecha", "l"), (96, "Descripción", "l"), (414, "Retiros", "r"), (490, "Depósitos", "r"),
                         (564, "Saldo", "r")):
            text(c, x, y, t, "Helvetica-Bold", 8, al)
        y -= 16
        opening = ("Saldo inicial", begin) if first else ("Saldo anterior", part[0][3] - part[0][2])
        text(c, 48, y, f"{(start if first else part[0][0]).day:02d} {MESES[month - 1][:3]}", "Helvetica", 8)
        text(c, 96, y, opening[0], "Helvetica-Oblique", 8)
        text(c, 564, y, fmt(opening[1]), "Helvetica", 8, "r")
        y -= 12.5
        for d, desc, a, bal in part:
            text(c, 48, y, f"{d.day:02d} {MESES[d.month - 1][:3]}", "Helvetica", 8)
            text(c, 96, y, desc, "Helvetica", 8)
            text(c, 414 if a < 0 else 490, y, fmt(abs(a)), "Helvetica", 8, "r")
            text(c, 564, y, fmt(bal), "Helvetica", 8, "r")
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        y = 690.0
        for ln in [*holders, *address]:
            text(c, 58, y, ln.upper(), "Helvetica", 9)
            y -= 11.5
        c.saveState()
        c.setStrokeColor(MAROON)
        c.rect(344, 604, 224, 96, stroke=1, fill=0)
        c.restoreState()
        text(c, 352, 688, "RESUMEN DE SU CUENTA", "Helvetica-Bold", 8.6, color=MAROON)
        summary = (("Saldo inicial", begin), (f"Depósitos ({len(deposits)})", sum((r[2] for r in deposits), ZERO)),
                   (f"Retiros ({len(withdrawals)})", -sum((r[2] for r in withdrawals), ZERO)), ("Saldo final", ending))
        for i, (k, v) in enumerate(summary):
            font = "Helvetica-Bold" if i == 3 else "Helvetica"
            text(c, 352, 671 - i * 15, k, font, 8.6)
            text(c, 560, 671 - i * 15, ("-" if i == 2 else "") + "$" + fmt(v), font, 8.6, "r")
        text(c, 58, 610, "Gracias por ser socio de Familias Unidas.", "Helvetica-Oblique", 7.6, gray=0.35)
        text(c, 44, 580, "MOVIMIENTOS DE LA CUENTA DE CHEQUES", "Helvetica-Bold", 9, color=MAROON)
        register(c, 564, rows[:split], True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        text(c, 44, 698, "MOVIMIENTOS DE LA CUENTA DE CHEQUES (continuación)", "Helvetica-Bold", 9, color=MAROON)
        y = register(c, 682, rows[split:], False) if rows[split:] else 670.0
        hline(c, 44, 568, y + 8, 0.6)
        text(c, 96, y - 3, "Saldo final", "Helvetica-Bold", 8.4)
        text(c, 564, y - 3, fmt(ending), "Helvetica-Bold", 8.4, "r")
        y -= 40
        text(c, 44, y, "EN CASO DE ERRORES O PREGUNTAS SOBRE SUS TRANSFERENCIAS ELECTRÓNICAS", "Helvetica-Bold", 7.6)
        para(c, 44, y - 12, 524, f"Llámenos al {CU[3]} o escríbanos a {CU[2]} lo antes posible si cree que su "
             "estado de cuenta está equivocado. Debemos recibir su aviso a más tardar 60 días después de enviarle el "
             "primer estado de cuenta en el que apareció el error. Díganos su nombre y número de cuenta, describa el "
             "error y la cantidad. Asegurado federalmente por la NCUA.", "Helvetica", 7.4, 9.4)
        return []

    fields = {"bank_name": f"{CU[0]} Federal Credit Union", "account_last4": acct[-4:],
              "period_start": start.isoformat(), "period_end": end.isoformat(), "beginning_balance": float(begin),
              "ending_balance": float(ending)}
    return Statement(Paper([page1, page2]), fields, end, acct)


MNB = ("Mesquite National Bank", "P.O. Box 2210, Las Cruces, NM 88004", "1-800-555-0133")
MNB_DEBITS = {"card": (("CARD PURCHASE - LA REINA MKT #221", 28, 140, 4),
                       ("CARD PURCHASE - CIRCLE FUEL 0412", 30, 72, 3),
                       ("CARD PURCHASE - DOLLAR DEPOT 8870", 9, 44, 2), ("ATM WITHDRAWAL 0917 MAIN ST", 40, 200, 2)),
              "ach": (("DESERT POWER CO ONLINE PMT", 90, 210, 1), ("CITY UTILITIES AUTOPAY", 48, 101, 1),
                      ("SUNWEST AUTO INS PREM", 98, 151, 1), ("MOVILSOL WIRELESS PMT", 60, 95, 1),
                      ("TIERRA CLARA MTG PMT PARTIAL", 400, 700, 1)),
              "check": (("CHECK", 60, 260, 2),)}
MNB_BIZ_DEBITS = {"card": (("CARD PURCHASE - VALLEY NURSERY SUPPLY", 60, 420, 3),
                           ("CARD PURCHASE - CIRCLE FUEL 0412", 40, 96, 4),
                           ("CARD PURCHASE - DESERT EQUIPMENT RENTAL", 120, 460, 2)),
                  "ach": (("SUNWEST COMM AUTO INS", 140, 220, 1), ("CITY OF TUCSON BUS LICENSE", 25, 60, 1),
                          ("MOVILSOL WIRELESS PMT", 60, 95, 1)),
                  "check": (("CHECK", 90, 380, 3),)}


def mnb_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], acct: str, product: str,
                  year: int, month: int, begin: Decimal, credits: Sequence[tuple[int, str, str]],
                  debits: dict[str, tuple[tuple[str, int, int], ...]], count: int = 12) -> Statement:
    """Mesquite National Bank's ordinary English statement, two pages: a checking summary with instances and
    amounts, then deposits, checks paid, card withdrawals and electronic withdrawals, and a daily ending balance."""
    start, end = month_bounds(year, month)
    pool = [(kind, *d) for kind, ds in debits.items() for d in ds]
    kind_of = {d[1]: d[0] for d in pool}
    txns = month_txns(rng, start, end, begin, credits, [d[1:] for d in pool], count)
    check_no = rng.randrange(1040, 1180)
    named: list[tuple[dt.date, str, Decimal, str]] = []
    for d, desc, a in txns:
        kind = "deposit" if a > 0 else kind_of[desc]
        if kind == "check":
            desc = f"CHECK # {check_no}"
            check_no += 1
        named.append((d, desc, a, kind))
    ending = begin + sum((t[2] for t in named), ZERO)
    groups = {k: [t for t in named if t[3] == k] for k in ("deposit", "check", "card", "ach")}
    titles = {"deposit": "DEPOSITS AND ADDITIONS", "check": "CHECKS PAID", "card": "ATM & DEBIT CARD WITHDRAWALS",
              "ach": "ELECTRONIC WITHDRAWALS"}
    acct_full = acct
    totals = {"deposit": "Total Deposits and Additions", "check": "Total Checks Paid",
              "card": "Total ATM & Debit Card Withdrawals", "ach": "Total Electronic Withdrawals"}

    def head(c: Canvas, n: int) -> None:
        c.saveState()
        c.setFillColor(GREEN)
        c.circle(56, 742, 9, stroke=0, fill=1)
        c.rect(54.5, 726, 3, 9, stroke=0, fill=1)
        c.restoreState()
        text(c, 72, 742, MNB[0].upper(), "Helvetica-Bold", 13, color=GREEN)
        text(c, 72, 732, MNB[1], "Helvetica", 7.4)
        text(c, 568, 744, f"{en_long(start)} through {en_long(end)}", "Helvetica", 8.2, "r")
        text(c, 568, 733, f"Primary Account: {acct_full}", "Helvetica", 8.2, "r")
        text(c, 568, 722, f"Page {n} of 2", "Helvetica", 7.4, "r")
        hline(c, 44, 568, 714, 0.8)

    def section(c: Canvas, y: float, kind: str) -> float:
        items = groups[kind]
        text(c, 44, y, titles[kind], "Helvetica-Bold", 8.8, color=GREEN)
        hline(c, 44, 568, y - 4, 0.6, color=GREEN)
        y -= 16
        text(c, 48, y, "DATE", "Helvetica-Bold", 7)
        text(c, 100, y, "DESCRIPTION", "Helvetica-Bold", 7)
        text(c, 564, y, "AMOUNT", "Helvetica-Bold", 7, "r")
        y -= 12
        for d, desc, a, _ in items:
            text(c, 48, y, f"{d.month:02d}/{d.day:02d}", "Helvetica", 8)
            text(c, 100, y, desc, "Helvetica", 8)
            text(c, 564, y, "$" + fmt(abs(a)), "Helvetica", 8, "r")
            y -= 11.5
        total = sum((abs(t[2]) for t in items), ZERO)
        hline(c, 420, 568, y + 7, 0.4)
        text(c, 100, y - 2, totals[kind], "Helvetica-Bold", 8)
        text(c, 564, y - 2, "$" + fmt(total), "Helvetica-Bold", 8, "r")
        return y - 26

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        y = 690.0
        for ln in [*holders, *address]:
            text(c, 58, y, ln.upper(), "Helvetica", 9)
            y -= 11
        c.rect(360, 640, 208, 60, stroke=1, fill=0)
        text(c, 368, 688, "CUSTOMER SERVICE INFORMATION", "Helvetica-Bold", 7.4)
        text(c, 368, 676, "Web site:  mesquitenational.example", "Helvetica", 7.4)
        text(c, 368, 665, f"Service Center:  {MNB[2]}", "Helvetica", 7.4)
        text(c, 368, 654, "Para español:  1-800-555-0134", "Helvetica", 7.4)
        y = 616.0
        text(c, 44, y, f"CHECKING SUMMARY   {product}", "Helvetica-Bold", 9.5)
        hline(c, 44, 568, y - 4, 1)
        text(c, 420, y - 16, "INSTANCES", "Helvetica-Bold", 7, "r")
        text(c, 564, y - 16, "AMOUNT", "Helvetica-Bold", 7, "r")
        rows = [("Beginning Balance", "", begin)]
        for k, label in (("deposit", "Deposits and Additions"), ("check", "Checks Paid"),
                         ("card", "ATM & Debit Card Withdrawals"), ("ach", "Electronic Withdrawals")):
            total = sum((t[2] for t in groups[k]), ZERO)
            rows.append((label, str(len(groups[k])), total))
        rows.append(("Ending Balance", "", ending))
        y -= 29
        for label, n, v in rows:
            bold = label in ("Beginning Balance", "Ending Balance")
            text(c, 48, y, label, "Helvetica-Bold" if bold else "Helvetica", 8.4)
            text(c, 420, y, n, "Helvetica", 8.4, "r")
            text(c, 564, y, ("-" if v < 0 else "") + "$" + fmt(abs(v)), "Helvetica-Bold" if bold else "Helvetica",
                 8.4, "r")
            y -= 12.5
        y -= 14
        section(c, y, "deposit")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = 694.0
        for kind in ("check", "card", "ach"):
            if groups[kind]:
                y = section(c, y, kind)
        text(c, 44, y, "DAILY ENDING BALANCE", "Helvetica-Bold", 8.8, color=GREEN)
        hline(c, 44, 568, y - 4, 0.6, color=GREEN)
        y -= 16
        days: dict[dt.date, Decimal] = {}
        bal = begin
        for d, _, a, _ in named:
            bal += a
            days[d] = bal
        items = sorted(days.items())
        for i, (d, b) in enumerate(items):
            col, row = divmod(i, (len(items) + 2) // 3)
            text(c, 48 + col * 175, y - row * 11, f"{d.month:02d}/{d.day:02d}", "Helvetica", 8)
            text(c, 200 + col * 175, y - row * 11, "$" + fmt(b), "Helvetica", 8, "r")
        y -= ((len(items) + 2) // 3) * 11 + 20
        para(c, 44, y, 524, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC FUNDS TRANSFERS: Call us at "
             f"{MNB[2]} or write us at {MNB[1]} as soon as you can if you think your statement or receipt is wrong. "
             "We must hear from you no later than 60 days after we sent you the FIRST statement on which the problem "
             "appeared. Member FDIC.", "Helvetica", 7, 8.8)
        return []

    fields = {"bank_name": MNB[0], "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": float(begin), "ending_balance": float(ending)}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and other papers ----------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: Decimal | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=float(self.monthly or ZERO), benefit_type=self.benefit)
        return out


def servicer_block(c: Canvas, x: float, y: float, spanish: bool, font: str = "Times-Roman", size: float = 11) -> float:
    lines = [SERVICER, "Departamento de Mitigación de Pérdidas" if spanish else "Loss Mitigation Department",
             *SERVICER_ADDR]
    for ln in lines:
        text(c, x, y, ln, font, size)
        y -= size + 2.5
    return y


def carta_de_dificultad(writers: Sequence[str], address: Sequence[str], place: str, date: dt.date, loan: str,
                        paras: Sequence[str], ink: bool, seed: int) -> Letter:
    """A hardship letter written in Spanish by the borrowers ("Carta de dificultad", "A quien corresponda:",
    "Atentamente,"); signed in ink when it was printed and mailed or faxed, unsigned when e-mailed."""

    def page(c: Canvas) -> list[Mark]:
        y = 732.0
        for ln in [" y ".join(writers), *address]:
            text(c, 72, y, ln, "Times-Roman", 11)
            y -= 13.5
        text(c, 540, y - 12, f"{place}, a {es_long(date)}", "Times-Roman", 11, "r")
        y = servicer_block(c, 72, y - 42, True)
        text(c, 72, y - 14, f"Ref.: Préstamo núm. {loan}", "Times-Bold", 11)
        text(c, W / 2, y - 44, "CARTA DE DIFICULTAD", "Times-Bold", 12.5, "c")
        y = para(c, 72, y - 72, W - 144, "A quien corresponda:")
        for p in paras:
            y = para(c, 72, y - 6, W - 144, p)
        text(c, 72, y - 12, "Atentamente,", "Times-Roman", 11)
        marks = []
        for i, name in enumerate(writers):
            x = 72 + i * 240
            hline(c, x, x + 190, y - 54, 0.5)
            text(c, x, y - 66, name, "Times-Roman", 11)
            if ink:
                marks.append(Mark("sig", x + 6, y - 52, w=160, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def translated_letter(writer: str, address: Sequence[str], place: str, date: dt.date, loan: str,
                      paras: Sequence[str], translator: str, title: str, org: str, seed: int) -> Letter:
    """A hardship letter written in Spanish, given in ENGLISH with the translator's certification under it; the
    translator signs in ink, the borrower's signature is only noted ("(signed)")."""

    def page(c: Canvas) -> list[Mark]:
        text(c, 72, 748, "ENGLISH TRANSLATION  -  original written in Spanish", "Helvetica-Bold", 8, gray=0.35)
        hline(c, 72, 540, 742, 0.5)
        y = 720.0
        for ln in [writer, *address]:
            text(c, 72, y, ln, "Times-Roman", 11)
            y -= 13.5
        text(c, 540, y - 10, f"{place}, {en_long(date)}", "Times-Roman", 11, "r")
        y = servicer_block(c, 72, y - 36, False)
        text(c, 72, y - 12, f"Re: Loan number {loan} - hardship letter", "Times-Bold", 11)
        y = para(c, 72, y - 38, W - 144, "To whom it may concern:")
        for p in paras:
            y = para(c, 72, y - 5, W - 144, p, leading=14)
        text(c, 72, y - 10, "Sincerely,", "Times-Roman", 11)
        text(c, 72, y - 30, f"(signed)  {writer}", "Times-Italic", 11)
        top = y - 52
        text(c, W / 2, top - 17, "TRANSLATOR'S CERTIFICATION", "Helvetica-Bold", 10, "c")
        yy = para(c, 78, top - 36, W - 156, f"I, {translator}, certify that I am fluent in the Spanish and English "
                  f"languages and that the above is a true, complete and accurate English translation of the letter "
                  f"written in Spanish by {writer} and dated {en_long(date)} (in the original, \"{es_long(date)}\"). "
                  "I am not related to the writer and have no interest in the outcome of her request.",
                  "Times-Roman", 10, 13)
        hline(c, 78, 300, yy - 34, 0.5)
        text(c, 78, yy - 46, translator, "Times-Roman", 10)
        text(c, 78, yy - 58, f"{title}, {org}", "Times-Roman", 9.5)
        text(c, 360, yy - 32, f"Date: {en_long(date)}", "Times-Roman", 10)
        c.saveState()
        c.setLineWidth(0.9)
        c.rect(66, yy - 70, W - 132, top - (yy - 70), stroke=1, fill=0)
        c.restoreState()
        return [Mark("sig", 86, yy - 32, w=170, seed=seed)]

    return Letter(Paper([page]), "hardship_letter", date)


def carta_de_envio(writer: str, address: Sequence[str], place: str, date: dt.date, loan: str, paras: Sequence[str],
                   items: Sequence[str], after: Sequence[str], seed: int) -> Letter:
    """The borrower's own covering letter in Spanish, listing what the envelope holds (type other)."""

    def page(c: Canvas) -> list[Mark]:
        y = 732.0
        for ln in [writer, *address]:
            text(c, 72, y, ln, "Times-Roman", 11)
            y -= 13.5
        text(c, 540, y - 12, f"{place}, {es_long(date)}", "Times-Roman", 11, "r")
        y = servicer_block(c, 72, y - 40, True)
        text(c, 72, y - 14, f"Asunto: Envío de documentos - Préstamo núm. {loan}", "Times-Bold", 11)
        y = para(c, 72, y - 42, W - 144, "Estimados señores:")
        for p in paras:
            y = para(c, 72, y - 6, W - 144, p)
        for i, item in enumerate(items):
            y = para(c, 96, y - 2, W - 168, f"{i + 1}. {item}")
        for p in after:
            y = para(c, 72, y - 6, W - 144, p)
        text(c, 72, y - 12, "Atentamente,", "Times-Roman", 11)
        hline(c, 72, 262, y - 54, 0.5)
        text(c, 72, y - 66, writer, "Times-Roman", 11)
        return [Mark("sig", 78, y - 52, w=160, seed=seed)]

    return Letter(Paper([page]), "other", date)


def ssa_award(person: str, address: Sequence[str], date: dt.date, monthly: Decimal, since: dt.date,
              claim4: str) -> Letter:
    """Social Security's English Notice of Award for retirement benefits (no deductions): taxable benefits."""
    months = (date.year - since.year) * 12 + date.month - since.month
    due = monthly * months

    def page(c: Canvas) -> list[Mark]:
        text(c, 72, 742, "Social Security Administration", "Times-Bold", 15)
        text(c, 72, 729, "Retirement, Survivors and Disability Insurance", "Times-Roman", 10.5)
        text(c, 72, 712, "Notice of Award", "Times-Bold", 13)
        for i, ln in enumerate(("Office of Central Operations", "1500 Meadowlark Lane", "Baltimore, Maryland 21290",
                                f"Date: {en_long(date)}", f"Claim Number: XXX-XX-{claim4}A")):
            text(c, 540, 742 - i * 12, ln, "Times-Roman", 10, "r")
        y = 668.0
        for ln in [person.upper(), *[a.upper() for a in address]]:
            text(c, 100, y, ln, "Courier", 10)
            y -= 12
        y -= 18
        y = para(c, 72, y, W - 144, f"We are writing to tell you that you are entitled to monthly retirement "
                 f"benefits beginning {MONTHS[since.month - 1]} {since.year}.", size=10.5, leading=13.5)
        text(c, 72, y - 8, "Information About Your Benefit", "Times-Bold", 11)
        y = para(c, 72, y - 24, W - 144, f"We will pay you ${fmt(due)} for {MONTHS[since.month - 1]} {since.year} "
                 f"through {MONTHS[(date.month - 2) % 12]} {date.year if date.month > 1 else date.year - 1}. This is "
                 f"the money you are due for that period. Your next payment of ${fmt(monthly)} will be paid on or "
                 "about the second Wednesday of each month.", size=10.5, leading=13.5)
        top = y - 10
        c.setLineWidth(0.6)
        c.rect(72, top - 46, W - 144, 46, stroke=1, fill=0)
        c.line(72, top - 18, W - 72, top - 18)
        for x, t in ((80, "Beginning Date"), (240, "Benefit Before Any Deductions"), (420, "Amount You Will Receive")):
            text(c, x, top - 12, t, "Times-Bold", 9.5)
        text(c, 80, top - 34, f"{MONTHS[since.month - 1]} {since.year}", "Times-Roman", 10)
        text(c, 240, top - 34, "$" + fmt(monthly), "Times-Roman", 10)
        text(c, 420, top - 34, "$" + fmt(monthly), "Times-Roman", 10)
        y = top - 68
        text(c, 72, y, "Your Benefits May Be Taxable", "Times-Bold", 11)
        y = para(c, 72, y - 16, W - 144, "Social Security benefits may be subject to federal income tax. In January of "
                 "each year we will mail you a Form SSA-1099, Social Security Benefit Statement, showing the amount "
                 "of benefits you received in the previous year.", size=10.5, leading=13.5)
        text(c, 72, y - 8, "Things To Remember", "Times-Bold", 11)
        y = para(c, 72, y - 24, W - 144, "You must tell us if you move, if your work changes, or if you receive a "
                 "pension from work not covered by Social Security.", size=10.5, leading=13.5)
        text(c, 72, y - 8, "If You Have Any Questions", "Times-Bold", 11)
        para(c, 72, y - 24, W - 144, "You may call us toll-free at 1-800-772-1213 or visit your local office. If "
             "you need an interpreter, we will provide one free of charge; ask for Spanish. Please have this "
             "letter with you when you call.", size=10.5, leading=13.5)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


@dataclass(frozen=True)
class Divorce:
    petitioner: str
    respondent: str
    county: str
    case_no: str
    judge: str
    signed: dt.date
    residence: str
    children: tuple[tuple[str, int], ...]
    support: Decimal
    support_from: dt.date


def divorce_decree(d: Divorce) -> Letter:
    """An Arizona Superior Court decree of dissolution (English, two pages) with the child support order."""

    def caption(c: Canvas, n: int) -> None:
        text(c, 300, 742, "SUPERIOR COURT OF ARIZONA", "Times-Bold", 12.5, "c")
        text(c, 300, 728, f"IN AND FOR THE COUNTY OF {d.county.upper()}", "Times-Bold", 11.5, "c")
        text(c, W / 2, 36, f"Case No. {d.case_no}  -  Decree of Dissolution of Marriage  -  Page {n} of 2",
             "Times-Roman", 8.5, "c")

    def page1(c: Canvas) -> list[Mark]:
        c.saveState()
        c.setStrokeGray(0.3)
        c.setLineWidth(1.2)
        c.rect(446, 752, 120, 32, stroke=1, fill=0)
        c.restoreState()
        text(c, 506, 774, "FILED", "Helvetica-Bold", 9, "c", gray=0.3)
        text(c, 506, 764, f"{d.signed.year} {MONTHS[d.signed.month - 1][:3].upper()} -{d.signed.day} AM 10:14",
             "Courier", 7.5, "c", gray=0.3)
        text(c, 506, 756, "CLERK SUPERIOR COURT", "Helvetica", 6, "c", gray=0.3)
        caption(c, 1)
        c.setLineWidth(0.6)
        c.line(72, 712, 540, 712)
        c.line(300, 712, 300, 612)
        c.line(72, 612, 540, 612)
        y = 698.0
        for ln in ("In re the Marriage of:", "", d.petitioner.upper() + ",", "Petitioner,", "", "and", "",
                   d.respondent.upper() + ",", "Respondent."):
            text(c, 78, y, ln, "Times-Roman", 10)
            y -= 10.5
        text(c, 310, 690, f"Case No. {d.case_no}", "Times-Bold", 10.5)
        text(c, 310, 666, "DECREE OF DISSOLUTION OF MARRIAGE", "Times-Bold", 10.5)
        text(c, 310, 653, "(With Minor Children)", "Times-Roman", 10)
        text(c, 310, 630, f"(Assigned to the Hon. {d.judge})", "Times-Italic", 9.5)
        y = para(c, 72, 590, W - 144, "The Court has considered the Petition for Dissolution of Marriage, the "
                 "record, and the agreement of the parties, and FINDS:", leading=14)
        kids = "; ".join(f"{initials}, born {year}" for initials, year in d.children)
        findings = ["1. At least one party was domiciled in Arizona for more than 90 days before the petition was "
                    "filed, and more than 60 days have passed since service of process.",
                    "2. The marriage is irretrievably broken and there is no reasonable prospect of reconciliation.",
                    f"3. The parties have {len(d.children)} minor children in common: {kids}.",
                    "4. The parties have made a fair and equitable division of their property and debts."]
        for f in findings:
            y = para(c, 90, y - 4, W - 162, f, leading=14)
        text(c, 72, y - 12, "IT IS ORDERED:", "Times-Bold", 11)
        y = para(c, 90, y - 32, W - 162, "1. DISSOLUTION. The marriage of the parties is dissolved, and each party "
                 "is restored to the status of a single person.", leading=14)
        para(c, 90, y - 4, W - 162, f"2. REAL PROPERTY. The marital residence at {d.residence} is awarded to "
             "Petitioner as her sole and separate property, subject to the existing first mortgage, which Petitioner "
             "shall pay and hold Respondent harmless from. Respondent shall sign a disclaimer deed to the residence "
             "within 30 days.", leading=14)
        return []

    def page2(c: Canvas) -> list[Mark]:
        caption(c, 2)
        y = 700.0
        orders = ["3. LEGAL DECISION-MAKING AND PARENTING TIME. The parties share joint legal decision-making. The "
                  "children shall reside primarily with Petitioner, with parenting time for Respondent under the "
                  "parenting plan filed with this Decree.",
                  f"4. CHILD SUPPORT. Respondent shall pay child support to Petitioner in the amount of "
                  f"${fmt(d.support)} per month, beginning {en_long(d.support_from)}, and on the first day of each "
                  "month after that, through the Support Payment Clearinghouse by automatic income withholding. The "
                  "Child Support Worksheet filed with this Decree is adopted by the Court.",
                  "5. SPOUSAL MAINTENANCE. Neither party is awarded spousal maintenance.",
                  "6. DEBTS. Each party shall pay the debts in his or her own name incurred after the date of service, "
                  "and the community debts assigned in the parties' agreement.",
                  "7. VEHICLES AND PERSONAL PROPERTY. Each party is awarded the vehicle in his or her possession and "
                  "the household goods and personal effects now in his or her possession.",
                  "8. HEALTH INSURANCE. Respondent shall keep the children on the medical insurance available through "
                  "his employment."]
        for o in orders:
            y = para(c, 90, y, W - 162, o, leading=14) - 6
        y = para(c, 72, y - 6, W - 144, "All other relief not granted in this Decree is denied. This is a final "
                 "judgment under Rule 78(c) of the Arizona Rules of Family Law Procedure.", leading=14)
        text(c, 72, y - 24, f"SIGNED AND ENTERED on {en_long(d.signed)}.", "Times-Roman", 11)
        hline(c, 320, 540, y - 70, 0.6)
        text(c, 320, y - 66, f"/s/  {d.judge}", "Times-Italic", 11)
        text(c, 320, y - 82, "Judge of the Superior Court", "Times-Roman", 10)
        return []

    return Letter(Paper([page1, page2]), "divorce_decree", d.signed)


def fax_cover(center: Sequence[str], to: str, to_fax: str, sender: str, on_behalf: str, date: dt.date, pages: int,
              subject: str) -> Paper:
    """A community center's bilingual fax cover sheet (not a document)."""

    def page(c: Canvas) -> list[Mark]:
        text(c, 72, 736, center[0], "Helvetica-Bold", 15)
        for i, ln in enumerate(center[1:]):
            text(c, 72, 722 - i * 11, ln, "Helvetica", 8.5)
        text(c, W / 2, 660, "HOJA DE ENVÍO DE FAX", "Helvetica-Bold", 22, "c")
        text(c, W / 2, 642, "FAX COVER SHEET", "Helvetica-Oblique", 12, "c")
        rows = [("Para / To:", to), ("Fax:", to_fax), ("De / From:", sender),
                ("En nombre de / On behalf of:", on_behalf),
                ("Fecha / Date:", mdy(date)), ("Páginas, con esta / Pages, including this one:", str(pages)),
                ("Asunto / Re:", subject)]
        y = 600.0
        for k, v in rows:
            text(c, 72, y, k, "Helvetica-Bold", 10)
            text(c, 300, y, v, "Helvetica", 10)
            hline(c, 296, 540, y - 4, 0.5)
            y -= 28
        para(c, 72, y - 16, W - 144, "AVISO: Este fax puede contener información confidencial dirigida solamente al "
             "destinatario. Si lo recibió por error, llame al remitente.", "Helvetica", 8.5, 11)
        para(c, 72, y - 44, W - 144, "NOTICE: This fax may contain confidential information intended only for the "
             "addressee. If you received it in error, please call the sender.", "Helvetica-Oblique", 8.5, 11)
        return []

    return Paper([page])


# --- packets ----------------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    """One logical document of a packet as expected.json lists it, plus what the rules need to judge it."""

    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date its 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None  # the income code a letter documents
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    printed: str = ""  # the text printed on the clean paper, hand-written parts included


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields if lt.type != "other" and lt.type != "divorce_decree" else {}, lt.date,
               benefit=lt.benefit)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


Part = tuple[Doc | None, Paper | Form710]


@dataclass
class Packet:
    name: str
    received: dt.date
    app: AppData | None
    scenario: list[str]  # the missing codes the scenario is built to give
    seed: int
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    cover_pages: dict[str, set[int]] = field(default_factory=dict)  # pages that are no document (fax cover)

    def born(self, rel: str, doc: Doc, paper: Paper | Form710) -> None:
        """An e-mailed born-digital file holding one paper."""
        built = paper.build(screen=True)
        self.files[rel] = built.pdf
        doc.pages = [(rel, i + 1) for i in range(built.pages)]
        doc.printed = built.text
        self.docs.append(doc)

    def scanned(self, rel: str, parts: Sequence[Part], style: Scan, header: str = "") -> None:
        """Papers printed (signed and dated in ink where asked), scanned or faxed into one image-only file; a fax
        header is formatted with {page} and {pages}."""
        builts = [(doc, paper.build(screen=False)) for doc, paper in parts]
        total = sum(b.pages for _, b in builts)
        images: list[Image.Image] = []
        for k, (doc, built) in enumerate(builts):
            first = len(images)
            heads = [header.format(page=first + i + 1, pages=total) for i in range(built.pages)] if header else []
            images += scan_built(built, style, self.seed * 1009 + len(self.files) * 131 + k * 17, heads)
            pages = [(rel, first + i + 1) for i in range(built.pages)]
            if doc is None:
                self.cover_pages.setdefault(rel, set()).update(p for _, p in pages)
                continue
            doc.pages = pages
            doc.scanned = True
            doc.printed = built.text
            self.docs.append(doc)
        self.files[rel] = images_pdf(images, style)


def fresh(d: dt.date | None, received: dt.date) -> bool:
    return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)


def two_statements(docs: Sequence[Doc], received: dt.date, both_fresh: bool) -> bool:
    """Two statements of consecutive periods for the same account, the newer one fresh (both fresh if asked)."""
    stmts = [d for d in docs if d.type == "bank_statement"]
    for a in stmts:
        for b in stmts:
            if a is b or a.account != b.account:
                continue
            follows = dt.date.fromisoformat(b.fields["period_start"]) == \
                dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
            if follows and fresh(b.date, received) and (fresh(a.date, received) or not both_fresh):
                return True
    return False


def missing_codes(app: AppData | None, docs: Sequence[Doc], received: dt.date, both_fresh: bool = True) -> list[str]:
    """shared/spec/checklist.md applied to what was drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if app.co and not app.co_signs:
        out.append("application_signature")
    answers = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
               "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
               "income": any(v > 0 for v in app.income.values())}
    out += [f"application_field:{k}" for k in APP_FIELDS if not answers[k]]
    bank = two_statements(docs, received, both_fresh)
    stubs = any(d.type == "pay_stub" and fresh(d.date, received) and d.fields.get("gross_ytd") is not None
                for d in docs)

    def award(code: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == code and fresh(d.date, received) for d in docs)

    def signed(kind: str) -> bool:
        return any(d.type == kind and d.signed for d in docs)

    satisfied = {"wages": stubs or bank,
                 "self_employment": bank or signed("profit_and_loss_statement") or signed("tax_return"),
                 "unemployment": True, "benefits_taxable": bank or award("benefits_taxable"),
                 "benefits_nontaxable": bank or award("benefits_nontaxable"), "rental": bank,
                 "investment": bank, "other": bank or award("other")}
    out += [f"income_doc:{k}" for k, v in app.income.items() if v > 0 and not satisfied[k]]
    types = {d.type for d in docs}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in HARDSHIP_PAPERS and not HARDSHIP_PAPERS[h] & types]
    if (app.income.get("self_employment", ZERO) > 0 or app.income.get("rental", ZERO) > 0) and \
            not signed("irs_form_4506c"):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    app = p.app.expected() if p.app else None
    return {"loan_number": p.app.loan if p.app else "", "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": app,
            "documents": docs}


def whole_dollars(v: Decimal) -> Decimal:
    """What a borrower writes for a monthly figure: rounded to the dollar."""
    return v.quantize(Decimal("1"), ROUND_HALF_UP).quantize(CENT)


YUMA = FarmJob("Agrícola Dos Ríos FLC, LLC", "2150 E. 32nd Street, Yuma, AZ 85365  ·  (928) 555-0146",
               "AZ-FLC 40-1187", "07", "Julián Esparza Lugo", "Rancho El Mirador, Gadsden",
               "Corte y empaque de lechuga",
               "Lettuce cut and pack", Decimal("17.25"), "Bono por caja", "Piece bonus per carton", Decimal("0.22"),
               (180, 420))
WILLCOX = FarmJob("Cuadrillas Sulphur Springs Farm Labor, Inc.", "880 N. Haskell Avenue, Willcox, AZ 85643  ·  "
                  "(520) 555-0181", "AZ-FLC 40-2291", "12", "Rogelio Tapia Mendívil", "Viñedo Los Álamos, Kansas "
                  "Settlement", "Cosecha de uva", "Grape harvest", Decimal("16.80"), "Bono por bote",
                  "Piece bonus per lug", Decimal("0.45"), (90, 260))


def nets_in_month(stub_for: Callable[[dt.date], Stub], year: int, month: int) -> list[tuple[int, str]]:
    """The net pay of every Friday payday in a month, read off the same pay history the stubs are cut from."""
    start, end = month_bounds(year, month)
    out = []
    d = start + dt.timedelta(days=(4 - start.weekday()) % 7)
    while d <= end:
        out.append((d.day, str(Decimal(str(stub_for(d).fields["net_current"])).quantize(CENT))))
        d += dt.timedelta(days=7)
    return out


def packet_ba1(seed: int) -> Packet:
    received = dt.date(2046, 3, 20)
    home = ["1742 W Calle Tres Palmas", "Tucson, AZ 85705"]
    stubs = [grocery_stub("José Ramírez Peña", home, "061218", "0612 Tucson - Grant Rd", "Produce", d,
                          Decimal("18.40"), seed) for d in (dt.date(2046, 3, 2), dt.date(2046, 3, 16))]
    app = AppData("0071458236", "José Ramírez Peña", "4471", home[0], "Tucson", "AZ", "85705", "(520) 555-0134",
                  "jose.ramirez.pena@example.com", "primary_residence", ["reduction_in_income"], dt.date(2045, 11, 12),
                  "long", {"wages": whole_dollars(stubs[-1].monthly)}, dt.date(2046, 3, 16),
                  assets=(dec("412.77"), dec("150.00"), ZERO), seed=seed * 100 + 11)
    p = Packet("ba1", received, app, [], seed)
    folder = app.loan
    p.born(f"{folder}/Solicitud Form 710 firmada.pdf", app_doc(), Form710(app, ink=False))
    for s in stubs:
        p.born(f"{folder}/Northfield paystub {s.date.strftime('%m-%d-%Y')}.pdf", stub_doc(s), s.paper)
    lt = carta_de_dificultad([app.borrower], home, "Tucson, Arizona", dt.date(2046, 3, 16), app.loan, [
        "Me dirijo a ustedes para explicarles por qué me he atrasado en los pagos de mi casa. Trabajo en la tienda "
        "Northfield Family Markets de la calle Grant desde hace once años. En noviembre del año pasado la tienda "
        "cambió los horarios del departamento de frutas y verduras, me quitaron casi diez horas cada dos semanas y "
        "ya no me dan horas extra.",
        "Con lo que gano ahora alcanzo a pagar la comida, la luz y el carro, pero no el pago completo de la "
        "hipoteca. Quiero quedarme en mi casa y les pido que revisen mi caso para una modificación del préstamo o "
        "cualquier programa que baje el pago mensual.",
        "Les adjunto la solicitud firmada y mis dos talones de pago más recientes. Pueden llamarme al "
        "(520) 555-0134 por las tardes."], ink=False, seed=seed * 100 + 12)
    p.born(f"{folder}/Carta de dificultad.pdf", letter_doc(lt), lt.paper)
    return p


def packet_ba2(seed: int) -> Packet:
    received = dt.date(2046, 4, 10)
    home = ["3127 S Avenida del Sol", "Yuma, AZ 85365"]
    stubs = [farm_stub(YUMA, "Rigoberto Salcido Ochoa", "DR-20418", d, seed)
             for d in (dt.date(2045, 12, 15), dt.date(2045, 12, 22))]
    app = AppData("4402918375", "Rigoberto Salcido Ochoa", "9035", home[0], "Yuma", "AZ", "85365", "(928) 555-0162",
                  "rsalcido.ochoa@example.net", "primary_residence", ["reduction_in_income"], dt.date(2046, 1, 8),
                  "short", {"wages": whole_dollars(stubs[-1].monthly)}, dt.date(2046, 4, 6),
                  co="Leticia Beltrán Cota", co_ssn4="8820", co_phone="(928) 555-0171",
                  assets=(dec("236.40"), ZERO, ZERO), seed=seed * 100 + 21)
    p = Packet("ba2", received, app, ["income_doc:wages"], seed)
    loan = app.loan
    p.born(f"{loan} solicitud.pdf", app_doc(), tc25b(app, ink=False))
    for s in stubs:
        p.born(f"{loan} talon {s.date.day}-{MESES[s.date.month - 1][:3]}.pdf", stub_doc(s), s.paper)
    lt = carta_de_dificultad([app.borrower, app.co or ""], home, "Yuma, Arizona", dt.date(2046, 4, 6), loan, [
        "Les escribimos para explicar nuestra situación. Yo trabajo en el campo con el contratista Agrícola Dos "
        "Ríos, cortando y empacando lechuga. En enero las heladas dañaron muchos campos y desde entonces solo nos "
        "dan trabajo tres o cuatro días por semana.",
        "Mi esposa cuida a nuestros tres hijos y no trabaja fuera de la casa. Con menos días de trabajo nos "
        "atrasamos dos pagos. Esperamos que todo mejore cuando empiece la temporada de melón en mayo, pero mientras "
        "tanto necesitamos ayuda con los pagos.",
        "Les mandamos la solicitud y los talones de pago que tenemos en la casa."], ink=False, seed=seed * 100 + 22)
    p.born(f"{loan} carta.pdf", letter_doc(lt), lt.paper)
    return p


def packet_ba3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2046, 5, 17)
    home = ["5518 W Calle Lejos", "Phoenix, AZ 85043"]

    def stub(d: dt.date) -> Stub:
        return construction_stub("Efraín Navarro Quintero", "LA-1187", "Albañil / Mason", "Obra 46-112 Laveen", d,
                                 Decimal("24.50"), seed)

    stubs = [stub(dt.date(2046, 5, 4)), stub(dt.date(2046, 5, 11))]
    support = [(3, "Depósito ACH - AZ SUPPORT PMT CLRGHSE", "225.00"), (18, "Depósito ACH - AZ SUPPORT PMT CLRGHSE",
                                                                        "225.00")]
    holders = ["Efraín Navarro Quintero", "Yesenia Lugo Armenta"]
    stmts = []
    begin = dec("1318.62")
    for month in (3, 4):
        pay = [(day, "Depósito directo CONSTRUCTORA LOMA ALTA NÓMINA", amt) for day, amt in nets_in_month(stub, 2046,
                                                                                                         month)]
        bills = [(2, "Pago ACH - TIERRA CLARA HIPOTECA PARCIAL", "-1150.00"),
                 (15, "Pago de préstamo de auto núm. 20", "-412.36"),
                 (9, "Pago con tarjeta - HOSPITAL INFANTIL DEL VALLE", f"-{rng.randrange(120, 380)}.00")]
        s = cu_statement(rng, holders, home, "0040772268", 2046, month, begin, sorted(pay + support + bills), 18)
        begin = dec(s.fields["ending_balance"])
        stmts.append(s)
    app = AppData("4483015927", "Efraín Navarro Quintero", "3306", home[0], "Phoenix", "AZ", "85043",
                  "(602) 555-0128", "efra.navarro@example.com", "primary_residence", ["disability_or_illness"],
                  dt.date(2046, 1, 22), "long", {"wages": whole_dollars(stubs[-1].monthly), "other": dec("450.00")},
                  dt.date(2046, 5, 15), co="Yesenia Lugo Armenta", co_ssn4="5172", co_phone="(602) 555-0139",
                  assets=(dec(stmts[-1].fields["ending_balance"]), dec("300.00"), ZERO), seed=seed * 100 + 31)
    p = Packet("ba3", received, app, [], seed)
    lt = carta_de_dificultad(holders, home, "Phoenix, Arizona", dt.date(2046, 5, 15), app.loan, [
        "Por medio de la presente les explicamos la razón de nuestro atraso. En enero a nuestra hija Daniela, de "
        "nueve años, le diagnosticaron una enfermedad grave de la sangre. Desde entonces ha estado en el hospital "
        "varias veces y recibe tratamiento cada semana, y uno de nosotros tiene que estar con ella todo el tiempo.",
        "Yo sigo trabajando en la construcción, pero he perdido días de trabajo por las citas médicas. Mi esposa "
        "dejó su trabajo para cuidarla y ahora solo recibe la manutención de sus hijos del matrimonio anterior. Los "
        "gastos de medicinas, gasolina y estacionamiento en el hospital son muy altos.",
        "El tratamiento va a durar por lo menos un año más. Queremos conservar nuestra casa y les pedimos que nos "
        "ayuden con una modificación del préstamo."], ink=True, seed=seed * 100 + 32)
    cover = fax_cover(("Centro Comunitario La Esperanza", "Programa de Ayuda con la Vivienda  ·  Housing Help Program",
                       "1830 S. 35th Avenue, Phoenix, AZ 85009  ·  Tel. (602) 555-0173  ·  Fax (602) 555-0174"),
                      f"{SERVICER} - Mitigación de Pérdidas", SERVICER_FAX, "Lorena Quiñónez, consejera / counselor",
                      app.borrower, received, 10, f"Solicitud de asistencia - préstamo {app.loan}")
    style = Scan(dpi=200, tilt=0.35, blur=0.45, specks=0.0004, fax=True)
    header = "MAY-17-2046 10:42  FROM: CENTRO COMUNITARIO  602 555 0174   TO: 15205550191   P.{page:03d}/{pages:03d}"
    p.scanned("FAX_20460517_104233.pdf", [
        (None, cover), (app_doc(), tc25b(app, ink=True)), (stub_doc(stubs[0]), stubs[0].paper),
        (stub_doc(stubs[1]), stubs[1].paper), (letter_doc(lt), lt.paper), (stmt_doc(stmts[0]), stmts[0].paper),
        (stmt_doc(stmts[1]), stmts[1].paper)], style, header)
    return p


def packet_ba4(seed: int) -> Packet:
    received = dt.date(2046, 6, 13)
    home = ["1406 N Calle Rosita", "Casa Grande, AZ 85122"]
    stub = construction_stub("Óscar Villegas Treviño", "LA-2054", "Carpintero / Carpenter", "Obra 46-087 Casa Grande",
                             dt.date(2046, 6, 8), Decimal("26.75"), seed)
    ssa = ssa_award("Ramón Villegas Soto", home, dt.date(2046, 4, 20), dec("1412.00"), dt.date(2046, 2, 1), "6093")
    app = AppData("5530184620", "Óscar Villegas Treviño", "2958", home[0], "Casa Grande", "AZ", "85122",
                  "(520) 555-0157", "oscar.villegas.t@example.com", "primary_residence", ["reduction_in_income"],
                  dt.date(2046, 2, 15), "short",
                  {"wages": whole_dollars(stub.monthly), "benefits_taxable": dec("1412.00")}, dt.date(2046, 6, 11),
                  co="Ramón Villegas Soto", co_ssn4="6093", co_phone="(520) 555-0158", co_signs=False,
                  assets=(dec("884.15"), dec("1200.00"), ZERO), seed=seed * 100 + 41)
    p = Packet("ba4", received, app, ["application_signature"], seed)
    loan = app.loan
    p.born(f"{loan}_solicitud_TC-25B.pdf", app_doc(), tc25b(app, ink=False))
    p.born(f"{loan}_talon_06-08.pdf", stub_doc(stub), stub.paper)
    p.scanned(f"{loan}_carta_seguro_social.pdf", [(letter_doc(ssa), ssa.paper)],
              Scan(dpi=300, tilt=0.25, blur=0.65, grain=2.2))
    lt = carta_de_dificultad([app.borrower], home, "Casa Grande, Arizona", dt.date(2046, 6, 11), loan, [
        "Les escribo para explicar por qué no hemos podido hacer el pago completo de la hipoteca. Trabajo como "
        "carpintero para Constructora Loma Alta. En febrero terminó el proyecto grande donde trabajábamos; desde "
        "entonces hay semanas completas sin trabajo y casi no hay tiempo extra.",
        "Mi papá, Ramón Villegas Soto, también firmó el préstamo y vive con nosotros. Él está jubilado y recibe su "
        "pensión del Seguro Social. Entre los dos no alcanzamos a cubrir el pago de la casa y los demás gastos.",
        "La compañía espera tener más trabajo en el otoño. Les pedimos un plan de pagos o una modificación mientras "
        "tanto."], ink=False, seed=seed * 100 + 42)
    p.born(f"{loan}_carta_dificultad.pdf", letter_doc(lt), lt.paper)
    return p


def packet_ba5(seed: int) -> Packet:
    received = dt.date(2046, 7, 16)
    home = ["2633 S Avenida Cervantes", "Tucson, AZ 85713"]
    stub = grocery_stub("María de los Ángeles Núñez", home, "064407", "0644 Tucson - S 12th Ave", "Bakery",
                        dt.date(2046, 7, 6), Decimal("16.90"), seed)
    app = AppData("3061749258", "María de los Ángeles Núñez", "7714", home[0], "Tucson", "AZ", "85713",
                  "(520) 555-0162", "mangeles.nunez@example.org", "primary_residence", ["increase_in_housing_expenses"],
                  dt.date(2046, 1, 1), "long",
                  {"wages": whole_dollars(stub.monthly), "benefits_taxable": dec("1096.00")},
                  dt.date(2046, 7, 9), co="Guadalupe Ortega Núñez", co_ssn4="3390", co_phone="(520) 555-0177",
                  assets=(dec("655.30"), dec("2150.00"), ZERO), seed=seed * 100 + 51)
    p = Packet("ba5", received, app, ["income_doc:benefits_taxable"], seed)
    cover = carta_de_envio(app.borrower, home, "Tucson, Arizona", dt.date(2046, 7, 10), app.loan, [
        "Por este medio les envío por correo los documentos para mi solicitud de asistencia con la hipoteca, como me "
        "lo indicaron por teléfono:"], [
        "El Formulario 710 (Solicitud de Asistencia Hipotecaria) llenado y firmado por mí y por mi mamá, 4 hojas.",
        "Mi talón de pago más reciente de Northfield Family Markets.", "Mi carta explicando nuestra dificultad."], [
        "La carta del Seguro Social con la cantidad de la jubilación de mi mamá todavía no me llega; se la mandaré "
        "en cuanto la reciba.", "Si necesitan algo más, pueden llamarme al (520) 555-0162. Gracias por su atención."],
        seed * 100 + 52)
    lt = carta_de_dificultad([app.borrower, app.co or ""], home, "Tucson, Arizona", dt.date(2046, 7, 9), app.loan, [
        "Les escribimos para explicarles por qué nos atrasamos con los pagos. Este año el seguro de la casa subió casi "
        "al doble después de las tormentas del verano pasado y también subieron los impuestos de la propiedad. La "
        "cuenta de depósito (escrow) quedó con un faltante y el pago mensual aumentó más de 300 dólares desde enero.",
        "Vivimos en la casa las dos. María trabaja en la panadería de Northfield Family Markets y Guadalupe recibe su "
        "jubilación del Seguro Social. Con nuestros ingresos podíamos hacer el pago anterior, pero no el nuevo.",
        "Queremos quedarnos en la casa. Les pedimos que revisen nuestra solicitud para una modificación."], ink=True,
        seed=seed * 100 + 53)
    style = Scan(dpi=300, tilt=0.3, blur=0.6, grain=2.6)
    p.scanned("MAILROOM_20460716_0042.pdf", [(letter_doc(cover), cover.paper), (app_doc(), Form710(app, ink=True)),
                                             (stub_doc(stub), stub.paper), (letter_doc(lt), lt.paper)], style)
    return p


def packet_ba6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2046, 8, 22)
    home = ["2209 Calle de Suerte", "Las Cruces, NM 88001"]
    pay = random.Random(f"mvrmc{seed}")
    stmts = []
    begin = dec("903.48")
    for month, days in ((6, (8, 22)), (7, (6, 20))):
        credits = [(d, "MESILLA VLY REG MED PAYROLL DIR DEP", f"{pay.randrange(108000, 126000) / 100:.2f}")
                   for d in days]
        s = mnb_statement(rng, ["Claudia Inés Barraza Montoya"], home, "000004418276120", "Everyday Checking", 2046,
                          month, begin, credits, MNB_DEBITS, 12)
        begin = dec(s.fields["ending_balance"])
        stmts.append(s)
    app = AppData("000431870962", "Claudia Inés Barraza Montoya", "5580", home[0], "Las Cruces", "NM", "88001",
                  "(575) 555-0119", "cbarraza.montoya@example.net", "primary_residence", ["disability_or_illness"],
                  dt.date(2046, 4, 3), "long", {"wages": dec("3120.00")}, dt.date(2046, 8, 20),
                  assets=(dec(stmts[-1].fields["ending_balance"]), ZERO, ZERO), seed=seed * 100 + 61)
    p = Packet("ba6", received, app, ["hardship_doc:disability_or_illness"], seed)
    folder = app.loan
    p.born(f"{folder}/solicitud TC-25B.pdf", app_doc(), tc25b(app, ink=False))
    for s in stmts:
        p.born(f"{folder}/Statement_{s.date.strftime('%Y-%m')}.pdf", stmt_doc(s), s.paper)
    return p


def packet_ba7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2046, 9, 18)
    home = ["311 N Calle Linda", "Willcox, AZ 85643"]

    def stub(d: dt.date) -> Stub:
        return farm_stub(WILLCOX, "Graciela Fimbres Acuña", "SS-30917", d, seed)

    stubs = [stub(dt.date(2046, 9, 7)), stub(dt.date(2046, 9, 14))]
    support = [(5, "Depósito ACH - AZ SUPPORT PMT CLRGHSE", "260.00"), (19, "Depósito ACH - AZ SUPPORT PMT CLRGHSE",
                                                                        "260.00")]
    stmts = []
    begin = dec("742.19")
    for month in (7, 8):
        pay = [(day, "Depósito directo CUADRILLAS SULPHUR SPR", amt) for day, amt in nets_in_month(stub, 2046, month)]
        bills = [(2, "Pago ACH - TIERRA CLARA HIPOTECA PARCIAL", "-900.00"),
                 (12, "Pago de préstamo de auto núm. 20", "-298.40")]
        s = cu_statement(rng, ["Graciela Fimbres Acuña"], home, "0061950431", 2046, month, begin,
                         sorted(pay + support + bills), 18)
        begin = dec(s.fields["ending_balance"])
        stmts.append(s)
    decree = divorce_decree(Divorce("Graciela Fimbres Acuña", "Héctor Manuel Ríos Valenzuela", "Cochise",
                                    "DO-2046-00417", "Teresa M. Lindqvist", dt.date(2046, 3, 6),
                                    "311 N Calle Linda, Willcox, Arizona 85643", (("D.R.F.", 2035), ("A.R.F.", 2038)),
                                    dec("520.00"), dt.date(2046, 4, 1)))
    app = AppData("6718402295", "Graciela Fimbres Acuña", "1849", home[0], "Willcox", "AZ", "85643", "(520) 555-0145",
                  "graciela.fimbres@example.com", "primary_residence", ["divorce_or_separation"], dt.date(2045, 10, 1),
                  "long", {"wages": whole_dollars(stubs[-1].monthly), "other": dec("520.00")}, dt.date(2046, 9, 13),
                  assets=(dec(stmts[-1].fields["ending_balance"]), ZERO, ZERO), seed=seed * 100 + 71)
    p = Packet("ba7", received, app, [], seed)
    lt = translated_letter(app.borrower, home, "Willcox, Arizona", dt.date(2046, 9, 12), app.loan, [
        "I am writing to explain why I fell behind on my mortgage payments. My husband and I separated in October of "
        "last year, and our divorce became final in March of this year. Since he left the house I have paid the "
        "mortgage, the utilities and the expenses of our two children on my own.",
        "I work in the fields for Cuadrillas Sulphur Springs Farm Labor in the grape and pistachio harvests, and I "
        "receive child support for my children through the state clearinghouse. The court awarded me the house, and "
        "I want to keep it for my children.",
        "I ask that you review my application for a loan modification so that the payment fits my income as a "
        "single mother."], "Rosa Elena Delgado Moreno", "Family Resource Coordinator",
        "Centro de Recursos Familiares del Valle de Sulphur Springs", seed * 100 + 72)
    base = f"Fimbres {app.loan}"
    style = Scan(dpi=300, tilt=0.4, blur=0.7, grain=3.0)
    p.scanned(f"{base} solicitud.pdf", [(app_doc(), tc25b(app, ink=True))], style)
    for s in stubs:
        p.born(f"{base} talon {s.date.strftime('%m-%d')}.pdf", stub_doc(s), s.paper)
    for s in stmts:
        p.born(f"{base} estado de cuenta {MESES[s.date.month - 1]}.pdf", stmt_doc(s), s.paper)
    p.scanned(f"{base} decreto de divorcio.pdf", [(letter_doc(decree), decree.paper)], style)
    p.scanned(f"{base} carta traducida.pdf", [(letter_doc(lt), lt.paper)], style)
    return p


def packet_ba8(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2046, 10, 11)
    home = ["6150 S Calle Arroyo Seco", "Tucson, AZ 85706"]
    stub = grocery_stub("Marisela Ibarra de Ochoa", home, "067129", "0671 Tucson - Valencia Rd", "Deli",
                        dt.date(2046, 9, 28), Decimal("17.10"), seed)
    r = random.Random(f"ochoa{seed}")
    credits = [(day, desc, f"{r.randrange(lo, hi) * 5:.2f}") for day, desc, lo, hi in (
        (4, "DEPOSIT - CUSTOMER CHECKS", 70, 160), (11, "MOBILE DEPOSIT - CUSTOMER CHECK", 40, 110),
        (14, "TAPPAY MERCHANT DEP JARDINERIA", 30, 90), (21, "DEPOSIT - CUSTOMER CHECKS", 60, 150),
        (28, "TAPPAY MERCHANT DEP JARDINERIA", 30, 90))]
    stmt = mnb_statement(rng, ["Arturo Ochoa Beltran", "DBA Jardineria Ochoa"], home, "000004418903377",
                         "Business Checking", 2046, 9, dec("1288.04"), credits, MNB_BIZ_DEBITS, 11)
    app = AppData("2209746153", "Arturo Ochoa Beltrán", "6627", home[0], "Tucson", "AZ", "85706", "(520) 555-0188",
                  "jardineria.ochoa@example.com", "primary_residence", ["disaster"], dt.date(2046, 8, 3), "short",
                  {"wages": whole_dollars(stub.monthly), "self_employment": dec("3400.00")}, dt.date(2046, 10, 8),
                  co="Marisela Ibarra de Ochoa", co_ssn4="0419", co_phone="(520) 555-0189",
                  assets=(dec(stmt.fields["ending_balance"]), dec("420.00"), dec("6500.00")), seed=seed * 100 + 81)
    p = Packet("ba8", received, app, ["income_doc:self_employment", "irs_form_4506c"], seed)
    folder = app.loan
    p.born(f"{folder}/solicitud.pdf", app_doc(), tc25b(app, ink=False))
    p.born(f"{folder}/talon Marisela 09-28.pdf", stub_doc(stub), stub.paper)
    p.born(f"{folder}/estado de cuenta negocio septiembre.pdf", stmt_doc(stmt), stmt.paper)
    lt = carta_de_dificultad([app.borrower, app.co or ""], home, "Tucson, Arizona", dt.date(2046, 10, 8), app.loan, [
        "Les escribimos para pedir ayuda con nuestro préstamo. Arturo tiene un negocio de jardinería, Jardinería "
        "Ochoa, desde hace ocho años. El 3 de agosto una tormenta del monzón inundó el lote donde guardaba su "
        "camioneta, el remolque y las podadoras, y perdió casi todo el equipo.",
        "El seguro pagó solo una parte. En agosto y septiembre tuvo que rentar equipo y rechazar varios contratos, y "
        "los ingresos del negocio bajaron mucho. Marisela trabaja en Northfield Family Markets y su sueldo no alcanza "
        "para todos los gastos.",
        "Esperamos recuperar el negocio en unos meses. Mientras tanto les pedimos una reducción temporal del pago."],
        ink=False, seed=seed * 100 + 82)
    p.born(f"{folder}/carta.pdf", letter_doc(lt), lt.paper)
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_ba1, packet_ba2, packet_ba3, packet_ba4, packet_ba5, packet_ba6,
                                             packet_ba7, packet_ba8]


# --- checks and the command line -------------------------------------------------------------------------------------

EXPECTED_KEYS = {"loan_number", "received_on", "status", "missing", "application", "documents"}
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
FIELD_KEYS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                           "gross_current", "gross_ytd", "net_current", "monthly_gross"},
              "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                 "ending_balance"},
              "hardship_letter": {"letter_date"},
              "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"}}


def valid_codes() -> set[str]:
    codes = {"application", "application_signature", "irs_form_4506c"}
    codes |= {f"application_field:{n}" for n in APP_FIELDS}
    codes |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    return codes | {f"hardship_doc:{h}" for h in HARDSHIP_PAPERS}


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def printed_problems(p: Packet) -> list[str]:
    """Every expected value must be printed on the paper it is expected from (read off the clean paper, the
    hand-written dates included)."""
    out: list[str] = []

    def seen(doc: Doc, label: str, value: Any) -> None:
        page_text = norm(doc.printed)
        if isinstance(value, dt.date):
            ok = any(norm(f) in page_text for f in date_forms(value))
        elif isinstance(value, float | Decimal):
            ok = fmt(Decimal(str(value)).quantize(CENT)) in page_text
        else:
            ok = norm(str(value)) in page_text
        if not ok:
            out.append(f"{p.name}: {doc.type} {doc.pages[0]} does not print {label}={value!r}")

    for doc in p.docs:
        if doc.type == "mortgage_assistance_application" and p.app is not None:
            app = p.app
            for label, value in (("loan", app.loan), ("borrower", app.borrower), ("ssn4", app.ssn4),
                                 ("street", app.street), ("city", app.city), ("zip", app.zip), ("start", app.start),
                                 ("signed_on", app.signed_on), ("co", app.co or ""), ("co_ssn4", app.co_ssn4 or "")):
                if value:
                    seen(doc, label, value)
            for k, v in app.income.items():
                seen(doc, k, v)
            if "TC-25B" in doc.printed:
                seen(doc, "total", app.total)
            continue
        for k, v in doc.fields.items():
            if v is None or k in ("frequency", "benefit_type", "signed", "monthly_gross"):
                continue
            if k in ("pay_date", "period_start", "period_end", "letter_date", "signed_on"):
                seen(doc, k, dt.date.fromisoformat(v))
            else:
                seen(doc, k, v)
    return out


def self_score(exp: dict[str, Any]) -> list[str]:
    """expected.json must score perfectly against a case.json made from it (tests/sample_compare.compare)."""
    sys.path.insert(0, str(REPO / "tests"))
    from sample_compare import compare

    def wrap_field(v: Any) -> dict[str, Any]:
        return {"value": v, "confidence": 1.0}

    app = exp["application"]
    case = {"status": exp["status"], "missing": [{"code": c, "description": c} for c in exp["missing"]],
            "application": None if app is None else {
                k: ({n: wrap_field(a) for n, a in v.items()} if k == "income" else wrap_field(v))
                for k, v in app.items()},
            "documents": [{"type": d["type"], "pages": d["pages"],
                           "fields": {k: wrap_field(v) for k, v in d["fields"].items()}} for d in exp["documents"]]}
    return [f"self-compare {c.kind} {c.label}: {c.want!r} vs {c.got!r}" for c in compare(exp, case).wrong()]


def check(out: Path, names: Sequence[str], cover_pages: dict[str, dict[str, set[int]]]) -> list[str]:
    """Validate the expected.json files written: keys, codes, types, dates, totals, pages (every page of every file
    belongs to exactly one document, a fax cover sheet aside), text layers, and a perfect self-comparison."""
    problems: list[str] = []
    codes_ok = valid_codes()
    for name in names:
        exp_path = out / name / "expected.json"
        exp = json.loads(exp_path.read_text())
        raw = exp_path.read_text()
        say = problems.append
        if set(exp) != EXPECTED_KEYS:
            say(f"{name}: keys {sorted(exp)}")
        if not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
            say(f"{name}: loan number {exp['loan_number']}")
        dt.date.fromisoformat(exp["received_on"])
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            say(f"{name}: status {exp['status']} and missing {exp['missing']} disagree")
        say_all = [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        problems += say_all
        if re.search(r"\b\d{3}-\d{2}-\d{4}\b", raw):
            say(f"{name}: a full SSN is written in expected.json")
        app = exp["application"]
        if app is not None:
            if set(app) != APP_KEYS:
                say(f"{name}: application keys {sorted(app)}")
            if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
                say(f"{name}: occupancy or hardship code")
            if not set(app["income"]) <= set(INCOMES) | {"total"} or "total" not in app["income"]:
                say(f"{name}: income codes {sorted(app['income'])}")
            lines = sum((Decimal(str(v)) for k, v in app["income"].items() if k != "total"), ZERO)
            if lines != Decimal(str(app["income"]["total"])).quantize(CENT):
                say(f"{name}: income total {app['income']['total']} is not the sum {lines}")
            if not re.fullmatch(r"\d{4}", app["ssn_last4"] or ""):
                say(f"{name}: ssn_last4 {app['ssn_last4']}")
            for k in ("hardship_start_date", "signed_on"):
                if app[k] is not None:
                    dt.date.fromisoformat(app[k])
            if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
                say(f"{name}: co_borrower_signed must be null exactly when there is no co-borrower")
            if app["loan_number"] != exp["loan_number"]:
                say(f"{name}: application loan number")
        seen: dict[tuple[str, int], str] = {}
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                say(f"{name}: document type {doc['type']}")
            want = FIELD_KEYS.get(doc["type"])
            if want is not None and set(doc["fields"]) != want:
                say(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    say(f"{name}: page {key} listed in {seen[key]} and {doc['id']}")
                seen[key] = doc["id"]
                path = out / name / "inbox" / pg["file"]
                if not path.is_file():
                    say(f"{name}: no file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if not 1 <= pg["page"] <= len(reader.pages):
                    say(f"{name}: no page {key}")
                    continue
                has_text = bool(reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    say(f"{name}: {doc['id']} scanned={doc['scanned']} but text layer={has_text} on {key}")
            f = doc["fields"]
            for k, v in f.items():
                if k in ("pay_date", "period_start", "period_end", "letter_date", "signed_on"):
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                span = (dt.date.fromisoformat(f["period_end"]) - dt.date.fromisoformat(f["period_start"])).days + 1
                if {"weekly": 7, "biweekly": 14}.get(f["frequency"]) != span:
                    say(f"{name}: {doc['id']} a {span}-day period is not {f['frequency']}")
                monthly = cents(Decimal(str(f["gross_current"])) * PERIODS[f["frequency"]] / 12)
                if monthly != Decimal(str(f["monthly_gross"])).quantize(CENT):
                    say(f"{name}: {doc['id']} monthly_gross {f['monthly_gross']} is not {monthly}")
                if Decimal(str(f["gross_ytd"])) < Decimal(str(f["gross_current"])):
                    say(f"{name}: {doc['id']} year to date under the current gross")
            if doc["type"] == "bank_statement" and not re.fullmatch(r"\d{4}", f["account_last4"]):
                say(f"{name}: {doc['id']} account_last4")
        for rel in sorted({p.relative_to(out / name / "inbox").as_posix()
                           for p in (out / name / "inbox").rglob("*") if p.is_file()}):
            try:
                reader = readers.get(rel) or PdfReader(out / name / "inbox" / rel)
                count = len(reader.pages)
            except Exception as exc:  # any failure to open is the finding
                say(f"{name}: {rel} does not open as a PDF ({exc})")
                continue
            covers = cover_pages.get(name, {}).get(rel, set())
            for page in range(1, count + 1):
                if (rel, page) not in seen and page not in covers:
                    say(f"{name}: page {page} of {rel} belongs to no document")
        problems += self_score(exp)
    return problems


def write_packet(p: Packet, out: Path) -> dict[str, Any]:
    root = out / p.name
    if root.exists():
        for path in sorted(root.rglob("*"), key=lambda q: len(q.parts), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    for rel, data in p.files.items():
        path = root / "inbox" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    exp = expected_of(p)
    (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
    return exp


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate what was written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ba1 .. ba8)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: list[str] = []
    digests: dict[str, dict[str, str]] = {}
    covers: dict[str, dict[str, set[int]]] = {}
    for build in PACKETS:
        name = build.__name__.removeprefix("packet_")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = write_packet(p, args.out)
        covers[p.name] = p.cover_pages
        built.append(p.name)
        digests[p.name] = {rel: hashlib.sha256(data).hexdigest() for rel, data in p.files.items()}
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{p.name}: the rules give {exp['missing']}, the scenario says {sorted(p.scenario)}")
        if missing_codes(p.app, p.docs, p.received, both_fresh=False) != exp["missing"]:
            problems.append(f"{p.name}: the result hangs on whether the older bank statement must be fresh too")
        problems += printed_problems(p)
        pages = sum(len(d["pages"]) for d in exp["documents"])
        print(f"{p.name}: {exp['status']:<10} {', '.join(exp['missing']) or '-':<48} {len(p.files)} file(s), "
              f"{pages} document pages")
    if args.check:
        problems += check(args.out, built, covers)
        for name in [n for n in ("ba1", "ba6") if n in built]:
            again = next(b for b in PACKETS if b.__name__.endswith(name))(args.seed)
            if {rel: hashlib.sha256(d).hexdigest() for rel, d in again.files.items()} != digests[name]:
                problems.append(f"{name}: a rebuild with the same seed gave different bytes")
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
