"""Holdout set cn (cn1..cn8): BILINGUAL AND TRANSLATED PAPERS in languages set cm did not cover - Somali, Spanish
(a servicer's own Spanish-English form, not Form 710's layout), French (a Québécois family in Maine and a Senegalese
family in Ohio), Italian, German and Swahili - with each caption's translation placed otherwise than cm (side-by-side
columns, both ends of a box's top edge, grey italics under the question) or ba / au (Spanish over English) placed
it: in smaller italics ABOVE the English caption, after a SLASH on the same line, in PARENTHESES after the English,
or a form ENTIRELY IN FRENCH with English only in its section headings.

Written blind: from shared/spec (README, checklist.md, case-report.schema.json, form710.md, domain-rules.md,
loan-data.md, architecture.md, modification-agreement.md), shared/samples (the packets' expected.json and README),
shared/reference/README.md and the blank Form 710 and Form 4506-C it names, tests/pdf_factory.py,
tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in full (the scaffold:
signatures, scan noise, invariant reportlab output, expected.json, --check; its helpers are copied and adapted here)
and ONLY the module docstrings of the other holdout_packets_*.py (cm's above all: it did Vietnamese, Portuguese,
Haitian Creole, Polish and Tagalog; ba and au did Spanish with the Spanish over the English) - never the service's
code, rules, data files, tests, README or history, and the service was not run on these packets.

    python benchmarks/holdout_packets_cn.py OUT_DIR [--seed N] [--check] [--only cn1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are weekdays of 2062 (March to August). The seed
changes hours worked, tips, bank-register lines, pen strokes and scanner noise - never names, dates, the amounts on
the applications or which codes are missing. Same seed, same bytes (reportlab invariant mode with subset TrueType
fonts, seeded noise, fixed pypdf identifiers; --check rebuilds every packet and compares). All people, employers,
agencies, translators, hospitals, banks and servicers are fictional; SSNs use the 900-999 area and are printed as the
last four digits only (the borrower masked the 4506-C's as XXX-XX-nnnn); every page carries a faint "synthetic test
document" line. Text is set in Liberation and DejaVu TrueType faces, so that é, ñ, ö, ß, à, « » are real glyphs with
real Unicode values in the text layer. Scans: grey JPEG pages at 240 or 300 dpi, tilted 0.3 to 0.55 degrees, a
little blurred and speckled, no text layer; one black-and-white fax at 200 dpi whose every page carries the sending
machine's header line "JUN-09-2062 10:15  ARCOA COLUMBUS  614 555 0190  TO: 16145550153  P.00n/012".

APPLICATIONS (mortgage_assistance_application; four servicer forms and the real Form 710)
- Northstar Commons Mortgage Servicing (Saint Paul, MN) Form NC-22 in LANGUAGE EDITIONS - NC-22SO "Somali / English
  edition" and NC-22SW "Swahili / English edition", two pages, "NC-22SO · Page n of 2" under the translation "Bogga n
  ee 2". A navy eight-point star, "NORTHSTAR COMMONS", the address line; at the top right the translated title in
  small grey italics ("CODSIGA CAAWIMAADDA AMAAHDA GURIGA", "OMBI LA MSAADA WA MKOPO WA NYUMBA") ABOVE the English
  "MORTGAGE ASSISTANCE APPLICATION". EVERY CAPTION IS THE ENGLISH IN BOLD WITH ITS TRANSLATION IN SMALLER GREY
  ITALICS ABOVE IT ("Magaca buuxa ee amaah-qaataha" over "Borrower's full name", "Jina kamili la mkopaji" over the
  same), numbered 1-28, the answer on a rule to the right of the English caption. Navy section bands carry a white
  number and the translated heading in italics above the English one (1 BORROWER INFORMATION, 2 PROPERTY, 3
  HARDSHIP, 4 MONTHLY INCOME (before taxes), 5 ASSETS, 6 CERTIFICATION AND SIGNATURES). Page 1: loan number,
  preferred language (two boxes), borrower and SSN last 4, phone and e-mail, co-borrower and SSN last 4; street,
  city, state, ZIP, "The property is:" as three boxes (each label translation over English); hardship date
  (mm/dd/yyyy; the translation spells the order out: "bisha/maalinta/sannadka", "mwezi/siku/mwaka"), duration as
  three boxes, TEN REASON BOXES in two columns, "If other, explain". Page 2: the loan number again, income lines
  18-25 each with a "$" box at the right, line 26 "TOTAL MONTHLY INCOME (add lines 18 to 25)" in a heavy box, assets
  27-28 (distractors), the certification as a translated paragraph in small italics ABOVE the English one, and
  signature and "Date (mm/dd/yyyy)" rules with their captions under the rule. NC-22SO typed and signed on screen,
  the dates typed (cn1); NC-22SW FILLED IN BY HAND in ink, signed and dated, scanned grey at 240 dpi (cn7).
- Puerto Claro Mortgage Servicing, LLC (Kissimmee, FL) "SOLICITUD DE AYUDA HIPOTECARIA / MORTGAGE ASSISTANCE
  APPLICATION", Form PC-14ES, two pages ("Página n de 2 / Page n of 2"): a teal disc with two white waves, "PUERTO
  CLARO" in a serif face. EVERY CAPTION IS SPANISH, A SLASH AND THE ENGLISH ON ONE LINE, ending in a colon, with the
  answer on the rule after it: "Número de préstamo / Loan number:", "Nombre del prestatario / Borrower name:",
  "Últimos 4 del Seguro Social / SSN last 4:", "Dirección de la propiedad / Property address:", "Ciudad / City:",
  "Estado / State:", "Código postal / ZIP:"; rows lightly zebra-shaded under "PARTE A — PRÉSTAMO Y PRESTATARIOS /
  PART A — LOAN AND BORROWERS" bands with a teal edge (B property, C hardship, D income, E assets, F certification).
  Boxes "Residencia principal / Primary residence" ...; "Fecha de inicio / Start date (mm/dd/aaaa):"; duration
  boxes; ten cause boxes "Desempleo / Unemployment", "Reducción de ingresos / Reduction in income" ... in two columns;
  page 2 eight numbered income lines "1. Sueldos, salarios, horas extra, propinas / Wages, salaries, overtime, tips:
  $ ____" and a boxed "TOTAL MENSUAL (sume 1 a 8) / MONTHLY TOTAL (add 1 to 8):"; the certification sentence by
  sentence, Spanish / English; "Firma del prestatario / Borrower signature: ____ Fecha / Date (mm/dd/aaaa): ____" and
  the co-borrower's line. FILLED IN BY HAND, signed and dated in ink by both, scanned grey at 300 dpi (cn2); typed and
  signed on screen by the borrower only (cn8).
- Meridian Crossing Loan Servicing (Harrisburg, PA) Form MC-40 in LANGUAGE EDITIONS - MC-40FR "French-language
  edition (Édition en langue française)" and MC-40DE "German-language edition (Deutschsprachige Ausgabe)", two
  pages: a maroon X, "MERIDIAN CROSSING", the title "MORTGAGE ASSISTANCE APPLICATION (DEMANDE D'AIDE HYPOTHÉCAIRE)"
  / "(ANTRAG AUF HYPOTHEKENHILFE)", "Page 1 of 2 (Page 1 de 2)". EVERY CAPTION IS THE ENGLISH FOLLOWED BY ITS
  TRANSLATION IN PARENTHESES: each answer sits in a RULED BOX whose top-left caption reads "Borrower's name (Nom de
  l'emprunteur)", "SSN, last 4 (NAS américain, 4 derniers chiffres)", "Loan number (Darlehensnummer)"; section heads
  "SECTION 1 — BORROWERS (EMPRUNTEURS)" in maroon over a rule; choices "Primary residence (Résidence principale)",
  "Long-term or permanent (Langfristig oder dauerhaft)", ten reasons "Unemployment (Chômage)" ...; page 2 the income
  as eight boxed rows, English in bold with the translation in parentheses on the line under it, a "$" amount box, a
  heavy "TOTAL MONTHLY INCOME (REVENU MENSUEL TOTAL)" row; assets; the certification in English with the whole
  translation in parentheses after it; signature and "Date, mm/dd/yyyy (Date, mm/jj/aaaa)" boxes. MC-40FR typed
  before printing, then signed and dated in ink by both spouses and scanned grey at 240 dpi (cn3); MC-40DE typed and
  signed on screen by both (cn6).
- Scioto Heritage Mortgage Servicing (Columbus, OH) "DEMANDE D'AIDE HYPOTHÉCAIRE", Formulaire SH-5F "version
  française", two pages: EVERYTHING IN FRENCH - instructions, questions 1-17, choices, certification - and ENGLISH
  ONLY IN THE BLACK SECTION BANDS ("A. BORROWER INFORMATION", "B. PROPERTY", "C. HARDSHIP", "D. MONTHLY INCOME", "E.
  ASSETS", "F. CERTIFICATION AND SIGNATURES"). Questions run on DOTTED LEADERS ("2. Nom et prénom(s) de
  l'emprunteur : ........"); the boxed instruction says dates are written DAY FIRST (jj/mm/aaaa) and amounts in
  dollars the French way ("1 250,00"); "10. Le logement est : [ ] ma résidence principale ...", "11. Date de début
  des difficultés (jj/mm/aaaa)", "12. Durée prévue", "13. Cause(s)" as ten boxes, question 15's income lines a-h and
  "i. TOTAL des revenus mensuels (a à h)" with amounts like "2 312,91". FILLED IN BY HAND in ink - "15/09/2061",
  signed on "05/06/2062" (the 5th of June), "3 699,58" - and FAXED (cn4).
- The real Form 710 (April 2023) through its AcroForm, typed, printed, signed and dated in ink by both spouses and
  scanned grey at 240 dpi (cn5). Form 710 prints no income total: `total` is the sum of its lines.

PAY STUBS (year to date = the sum of that year's checks by pay date; frequency printed on each; weekly and bi-weekly
pay days are Fridays from January 6, 2062)
- Daryeel Caregivers of Minnesota, LLC (cn1): bi-weekly "EARNINGS STATEMENT" under a teal band; caption cells with the
  SOMALI IN SMALL ITALICS ABOVE THE ENGLISH CAPITALS ("Taariikhda lacag-bixinta" over "PAY DATE"); lines "Regular
  hours  Saacado caadi ah", overtime, weekend differential, taxes, health insurance, a shaded net pay box.
- Merrimack Grand Hotel & Suites, Lawrence MA (cn2): semi-monthly "EARNINGS STATEMENT / COMPROBANTE DE PAGO", labels
  "English / Español" on one line ("Pay date / Fecha de pago:"), "Semi-monthly / Dos veces al mes", paid on the 5th
  for the 16th-end of the month before and on the 20th for the 1st-15th; union dues; a dashed deposit advice naming
  the employer.
- Papeterie Androscoggin USA, Inc., Jay ME (cn3): bi-weekly "RELEVÉ DE PAIE (PAY STATEMENT)" in a green frame, FRENCH
  FIRST WITH THE ENGLISH IN PARENTHESES ("Date de paie (Pay date)", "Cumul annuel (Year to date)", "Aux deux semaines
  (Bi-weekly)"), a Brut / Retenues / Net strip.
- Buckeye Fulfillment Services, LLC, Columbus (cn4): a plain English weekly "Statement of Earnings and Deductions".
- Trattoria Sorrentina di Providence, LLC (cn5): weekly "BUSTA PAGA / PAY STUB", "Italiano / English" labels, reported
  tips ("Mance dichiarate / Reported tips") inside the gross, RI TDI.
- Neckartal Antriebstechnik USA, Inc., Greer SC (cn6): semi-monthly salary (15th and last day, for the half-month
  just ended) "ENTGELTABRECHNUNG / Earnings Statement", every caption "Deutsch | English" ("Auszahlungsdatum | Pay
  date", "Halbmonatlich | Semi-monthly"), 401(k) and medical deductions.
- Lakeshore Vacation Resorts of Osceola, Inc., Kissimmee (cn8): bi-weekly "PAY STUB (TALÓN DE PAGO)", ENGLISH WITH THE
  SPANISH IN PARENTHESES ("Pay date (Fecha de pago)"), no state tax.

STATEMENTS. Franklin Heights Community Bank's two-page BUSINESS CHECKING statement for "AMINATA DIALLO DBA AMINATA
AFRICAN HAIR BRAIDING" (April and May 2062, Square and cash deposits; cn4); Elm Creek Federal Credit Union's
one-page member statement (cn7: March and May 2062 only - April never came; May's opening balance is the closing
balance of the April statement the borrower did not send).

LETTERS, TRANSLATIONS AND OTHER PAPERS
- Hardship letters in the borrower's own language, each dated in its own words: Somali typed and signed on screen
  ("Minneapolis, 16 Maarso 2062", cn1), Spanish typed and signed in ink ("Lawrence, Massachusetts, 10 de mayo de
  2062", cn2; "Kissimmee, Florida, 9 de agosto de 2062", signed on screen, cn8), French ("Lewiston (Maine), le 3
  mars 2062", cn3; "Columbus, le 4 juin 2062", cn4), Italian ("Providence, 12 aprile 2062", cn5), Swahili WRITTEN
  BY HAND on ruled notebook paper ("Brooklyn Park, tarehe 5 Juni 2062", cn7); an English letter (cn6).
- CERTIFIED ENGLISH TRANSLATIONS by translation agencies: the agency's letterhead, "CERTIFIED ENGLISH TRANSLATION",
  "Translated from: <language>", "Original document: ...", the translated text in a ruled frame, and - on the SAME
  PAGE, boxed at its foot - the "TRANSLATOR'S CERTIFICATION", signed and dated by the translator (cn1 Somali, cn3
  French, cn5 Italian hospital letter, cn7 Swahili). cn6's German relocation letter is translated WITHOUT a foot
  certification: the sworn translator's "CERTIFICATE OF TRANSLATION / Übersetzungsbescheinigung" (English and German
  paragraphs, a round seal, signed) is the next page of the same file.
- Benefit papers with bilingual or foreign-language text: Minnesota Unemployment Insurance's "Determination of
  Benefit Account" with each Somali paragraph above its English paragraph and a Somali / English table (cn1, weekly
  benefit $487.00); Social Security's "Carta de verificación de beneficios" entirely in Spanish, dated "12 de enero de
  2062" (cn2); Assurances Laurentides Vie (USA)'s long-term disability approval in two columns, French left and
  English right, with a bilingual table (cn3); the Caja de Pensiones del Magisterio Boricua's "CERTIFICACIÓN DE
  PENSIÓN" in Spanish only (cn8).
- An Italian hospital's "LETTERA DI DIMISSIONE" (Azienda Ospedaliera di Cosenza, dated "Cosenza, 21/02/2062", day
  first; cn5); a German employer's transfer letter "Versetzung an den Standort Stuttgart-Möhringen" (Filderwerk
  Maschinenbau GmbH, "Stuttgart, 9. Dezember 2061", moving costs "8.500,00 EUR"; cn6); a bookkeeper's bilingual
  "ÉTAT DES RÉSULTATS / PROFIT AND LOSS STATEMENT" (January 1 - May 31, 2062, signed, dated by hand "05/06/2062"
  under "Date (jj/mm/aaaa)"; cn4); page 1 of the real IRS Form 4506-C filled in by hand but NOT SIGNED OR DATED
  (cn4); a West African community association's bilingual "TÉLÉCOPIE / FAX" cover (cn4) and the mailroom's QR-code
  "SEPARATOR SHEET / HOJA SEPARADORA" reading "LOAN <number>" (cn2) - neither is a document.

HOW A CAREFUL PROCESSOR READS THESE PAPERS (where a spec-literal reader could dispute, what is recorded here):
- A bilingual form states each answer once; the caption's two languages are one question. NC-22, PC-14ES, MC-40 and
  SH-5F are each "the servicer's equivalent" of Form 710. Names are recorded as written, accents included
  ("Geneviève Bélanger", "Ramón Antonio Peralta Jiménez", "Sabine Köhler", "Wilfredo Colón Rivera").
- Dates follow the format the paper itself declares: SH-5F and the P&L say jj/mm/aaaa, so "05/06/2062" is June 5,
  2062 and "15/09/2061" September 15, 2061; the Italian hospital's "21/02/2062" is February 21; the US forms and
  stubs are mm/dd/yyyy. Letter dates in words are ordinary letter dates (ISO in expected.json).
- SH-5F's French amounts ("3 699,58", "2 312,91", total "6 012,49") are dollars and cents.
- A hardship letter is a hardship_letter whatever its language. A certified ENGLISH TRANSLATION is its own logical
  document (its own letterhead and heading) of the SAME TYPE as the paper it translates - hardship_letter,
  medical_statement, employer_relocation_letter - and its letter_date is the date of the translated paper, which it
  reproduces; the translator's certification date (at its foot) is not the letter's date. A separate certificate of
  translation on its own page (cn6) is `other`. A reader who typed translations `other` would change document checks
  but no status: every original is in its packet.
- The Italian discharge letter certifies the stroke and six months' unfitness for work: medical_statement (letter
  date = its dateline). The German employer's letter is an employer_relocation_letter: a notice from the employer of
  a transfer to a new location (Stuttgart).
- cn2: Social Security's Spanish letter shows the co-borrower's taxable retirement benefit ($1,286.00 monthly) but
  is dated January 12, 2062 - 125 days before the packet arrived on May 17 - and no bank statements came:
  income_doc:benefits_taxable is missing (stale). Its fields are still read: letter_date, monthly_amount,
  benefit_type benefits_taxable.
- cn4: self-employment is documented twice over (two consecutive fresh business statements, and a signed P&L), but
  the Form 4506-C came unsigned and undated: irs_form_4506c is missing, its fields signed false, signed_on null.
- cn7: the two statements are March and May; the statement before the newest (April) is missing, so they are not
  "two most recent statements of consecutive periods", and no pay stub came: income_doc:wages. Both statements are
  fresh, so the result does not hang on whether the older of two statements must be fresh too.
- cn8: PC-14ES names a co-borrower (Nilsa Ortiz Colón) whose signature and date are empty: application_signature
  (signed true, co_borrower_signed false).
- cn6: the co-borrower husband now works in Germany; the application claims only the wife's wages - a choice the
  checklist leaves to the borrower. Unemployment income (cn1) needs no papers; the UI determination is read anyway
  (letter_date, benefit_type unemployment).

PACKETS
- cn1 complete (7 pages): a loan folder "4630917258/" of e-mailed born-digital files - "Codsiga NC-22SO.pdf",
  "mushahar 03-03-2062.pdf", "mushahar 03-17-2062.pdf" (Daryeel stubs), "warqadda dhibaatada.pdf" (Somali letter),
  "hardship letter - English translation.pdf", "UI determination.pdf". Wages (fresh stubs with YTD) and the
  husband's unemployment benefit; unemployment and reduction in income need no hardship papers.
- cn2 incomplete [income_doc:benefits_taxable] (7 pages): ONE 300 dpi grey scan "scan_20620517_0841.pdf" behind the
  QR separator sheet - PC-14ES by hand (both signed), the Spanish letter, two hotel stubs, the stale Spanish SSA letter.
- cn3 complete (7 pages): loose files "7015539826 ..." - the MC-40FR (240 dpi scan), two paper-mill stubs, the
  disability approval (born-digital), the French letter (scan, signed in ink), its certified translation
  (born-digital). Illness documented by the letter; wages and the taxable LTD benefit by fresh papers.
- cn4 incomplete [irs_form_4506c] (12 pages): ONE 200 dpi fax "FAX_20620609_101547.pdf" behind the association's
  cover - SH-5F by hand, the French letter, the P&L, two two-page business statements, two weekly warehouse stubs
  (the husband's), the unsigned 4506-C.
- cn5 complete (9 pages): ONE 240 dpi grey scan "Esposito 5127740369.pdf", no separator - Form 710 in ink (4 pages),
  the Italian letter, the Italian discharge letter, its certified translation, the trattoria stubs (newest first).
- cn6 complete (8 pages): loose born-digital files "8841203375_..." - MC-40DE on screen, two Neckartal stubs, the
  German transfer letter, "8841203375_Versetzung_translation.pdf" holding the translation (page 1) and the sworn
  translator's certificate (page 2), the English hardship letter.
- cn7 incomplete [income_doc:wages] (6 pages): a loan folder "0583316402/" (leading zero) of 240 dpi grey scans -
  SCAN_0001 NC-22SW by hand (no co-borrower), SCAN_0002 the March statement, SCAN_0003 the May statement, SCAN_0004
  the handwritten Swahili letter (page 1) and its certified translation (page 2).
- cn8 incomplete [application_signature] (6 pages): loose born-digital files - "solicitud PC-14ES 6902184457.pdf",
  "talon 07-21.pdf", "talon 08-04.pdf", "certificacion pension Nilsa.pdf", "carta 6902184457.pdf". Disaster and
  higher housing costs need no papers; the wages and the fresh pension letter are documented.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and must give each scenario's codes. The key typed values (employer, employee, gross,
year to date, net and pay date of every stub; balances of every statement; benefit amounts; letter dates; the P&L's
net income) are looked up in the clean text of their paper before it is printed or scanned. `--check`
validates every expected.json (keys, codes, types, dates, weekday received dates in 2062, income totals, pay period
length against the frequency, monthly gross, every listed page exists and none twice, every page of every file
belongs to exactly one document - the fax cover and the separator sheet aside -, no full SSN in any text layer,
`scanned` matches the absence of a text layer, a perfect score against itself through tests/sample_compare.compare)
and that a rebuild with the same seed gives the same bytes.
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
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
CREATOR = "holdout_packets_cn"

# TrueType faces, so that every accented letter (é, ñ, ö, ß, à ...) is a real glyph with its own Unicode value
# in the text layer.
_FACES = {"Sans": "liberation2/LiberationSans-Regular.ttf", "Sans-B": "liberation2/LiberationSans-Bold.ttf",
          "Sans-I": "liberation2/LiberationSans-Italic.ttf", "Sans-BI": "liberation2/LiberationSans-BoldItalic.ttf",
          "Serif": "liberation2/LiberationSerif-Regular.ttf", "Serif-B": "liberation2/LiberationSerif-Bold.ttf",
          "Serif-I": "liberation2/LiberationSerif-Italic.ttf", "Mono": "liberation2/LiberationMono-Regular.ttf",
          "Mono-B": "liberation2/LiberationMono-Bold.ttf", "Cond": "dejavu/DejaVuSansCondensed.ttf",
          "Cond-B": "dejavu/DejaVuSansCondensed-Bold.ttf", "Hand": "dejavu/DejaVuSans-Oblique.ttf"}
for _name, _file in _FACES.items():
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))

HARDSHIPS = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation",
             "other")
INCOMES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
           "investment", "other")
OCCUPANCIES = ("primary_residence", "second_home", "investment_property")
DURATIONS = ("short", "long", "resolved")
DOC_TYPES = ("mortgage_assistance_application", "pay_stub", "bank_statement", "hardship_letter",
             "profit_and_loss_statement", "tax_return", "w2", "irs_form_4506c", "unemployment_benefit_letter",
             "benefit_award_letter", "investment_statement", "rent_check", "divorce_decree", "quitclaim_deed",
             "death_certificate", "obituary", "medical_statement", "employer_relocation_letter",
             "military_pcs_orders", "separator_sheet", "other")
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}

# --- money and dates in several languages ----------------------------------------------------------------


def r2(v: float) -> float:
    """Round to the cent, half up, through Decimal (never binary rounding surprises)."""
    return float(Decimal(str(v)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def money(v: float) -> str:
    return f"{v:,.2f}"


def money_fr(v: float) -> str:
    """French style: a space between thousands, a comma before the cents (3 420,00)."""
    whole, cents = f"{v:,.2f}".split(".")
    return whole.replace(",", " ") + "," + cents


def money_de(v: float) -> str:
    """German style: 8.500,00."""
    whole, cents = f"{v:,.2f}".split(".")
    return whole.replace(",", ".") + "," + cents


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def dmy(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "so": ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Agoosto", "Sebtembar",
           "Oktoobar", "Nofembar", "Desembar"),
    "sw": ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"),
}


def words_date(d: dt.date, lang: str) -> str:
    """A date in the words of a language: "12 de enero de 2062", "le 3 mars 2062", "14. März 2062" ..."""
    m = MONTHS[lang][d.month - 1]
    if lang == "es":
        return f"{d.day} de {m} de {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang == "sw":
        return f"tarehe {d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something the borrower adds by hand: a signature ("sig") or a hand-written string ("hand").
    x, y: PDF points from the page's bottom-left (the baseline's left end); w: the signature's width."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    """One logical document: its pages (draw functions) and the page size."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


def signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """Strokes of a scrawled signature inside a w x h box (0,0 bottom-left), as polylines."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    parts = rng.randint(2, 3)
    for p in range(parts):
        pts: list[tuple[float, float]] = []
        span = w * (0.55 if p == 0 else 0.35) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.9 if i < 8 else 0.45) * rng.uniform(0.85, 1.1)
            px = x + span * t + 3.0 * math.sin(t * loops * 2 * math.pi + 1.3)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.4 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.05
        if x > w * 0.95:
            break
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])  # the underline flourish
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.08, 0.12, 0.45))
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_path(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        else:  # typed on screen
            c.setFont("Mono", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(CREATOR)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_pdf(papers: Sequence[Paper]) -> bytes:
    """Several born-digital papers in one file."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator(CREATOR)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            apply_screen_marks(c, fn(c))
            synth_line(c, paper.size)
            c.showPage()
    c.save()
    return buf.getvalue()


def clean_text(paper: Paper) -> str:
    """The text layer of a paper drawn without any hand marks (what it says before anyone writes on it)."""
    reader = PdfReader(io.BytesIO(paper_pdf(paper, screen_marks=False)))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    seed: int = 1


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(18 + v * 0.91))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as a grey image at dpi, with the page's height in points."""
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


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setCreator(CREATOR)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fax_header(sheets: list[ScannedPage], line: str, total: int) -> None:
    """Stamp the sending machine's header line across the top of every faxed sheet."""
    for i, sheet in enumerate(sheets, 1):
        img = sheet.image.convert("L")
        draw = ImageDraw.Draw(img)
        scale = img.size[0] / sheet.size[0]
        font = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSansMono.ttf"), round(7 * scale))
        draw.text((24 * scale, 8 * scale), f"{line}   P.{i:03d}/{total:03d}", fill=0, font=font)
        sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": CREATOR})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- text helpers -------------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def paragraphs(c: Canvas, x: float, y: float, width: float, paras: Sequence[str], font: str = "Serif",
               size: float = 11, leading: float = 14.5, gap: float = 8) -> float:
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def put(c: Canvas, marks: list[Mark], ink: bool, x: float, y: float, text: str, font: str = "Mono",
        size: float = 10, hand_size: float = 11.5, seed: int = 1) -> None:
    """An answer: typed on screen (drawn now), or written in ink (a mark the scanner will see)."""
    if not text:
        return
    if ink:
        marks.append(Mark("hand", x, y, text, size=hand_size, seed=seed))
    else:
        c.setFont(font, size)
        c.drawString(x, y, text)


def box(c: Canvas, marks: list[Mark], ink: bool, x: float, y: float, checked: bool, size: float = 8.0,
        seed: int = 1) -> None:
    """A check box whose lower-left corner is (x, y); marked X typed or by hand."""
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        if ink:
            marks.append(Mark("hand", x + 0.5, y + 0.6, "X", size=size + 3, seed=seed))
        else:
            c.setFont("Mono-B", size + 1.5)
            c.drawString(x + 1.0, y + 1.0, "X")


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # key -> (hours or units, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def friday_dates(first: dt.date, current: dt.date, step: int) -> list[dt.date]:
    out = []
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


def month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def semimonthly_schedule(current: dt.date, lag: bool) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of the year up to current. lag=False: paid the 15th and the last day
    for the half-month just ended; lag=True: paid the 5th and the 20th for the half-month that ended before."""
    out = []
    for month in range(1, 13):
        first = dt.date(current.year, month, 1)
        if lag:
            prev_end = first - dt.timedelta(days=1)
            out.append((first.replace(day=5), prev_end.replace(day=16), prev_end))
            out.append((first.replace(day=20), first, first.replace(day=15)))
        else:
            out.append((first.replace(day=15), first, first.replace(day=15)))
            out.append((month_end(first), first.replace(day=16), month_end(first)))
    return [t for t in out if t[0] <= current]


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"fed": r2(gross * self.fed), "ss": r2(gross * 0.062), "med": r2(gross * 0.0145)}
        if self.state:
            out["state"] = r2(gross * self.state)
        return out


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def deductions_total(ch: Check, wh: Withholding) -> float:
    return r2(sum(wh.taxes(ch.gross).values()) + sum(v for _, v in wh.deductions))


def stub_fields(employer: str, employee: str, ch: Check, frequency: str, ytd: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    probes: list[str] = field(default_factory=list)

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def hourly_history(key: str, dates: Sequence[tuple[dt.date, dt.date, dt.date]], rate: float,
                   base: float, extras: Sequence[tuple[str, float, Sequence[float]]],
                   ot_choices: Sequence[float] = (0.0, 0.0, 2.0, 4.0, 6.0)) -> list[Check]:
    """Checks of an hourly job: "REG" hours near base, "OT" at 1.5 times, and extra lines (key, rate per hour,
    possible hours). Each check is drawn from its own date, so every stub of the job tells one history."""
    out = []
    for pay, start, end in dates:
        rr = random.Random(f"{key}|{pay.isoformat()}")
        reg = rr.choice([base, base, base, base - 4, base - 8])
        ot = rr.choice(list(ot_choices))
        lines = {"REG": (reg, rate, r2(reg * rate))}
        if ot:
            lines["OT"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        for name, xrate, choices in extras:
            hrs = rr.choice(list(choices))
            if hrs:
                lines[name] = (hrs, xrate, r2(hrs * xrate))
        out.append(Check(pay, start, end, lines))
    return out


def weekly_dates(pay_date: dt.date, step: int, end_lag: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) for Friday pay days of the year from January 6, 2062 (or its
    year's first Friday), every step days, each period ending end_lag days before its pay date."""
    first = dt.date(pay_date.year, 1, 1)
    while first.weekday() != 4:
        first += dt.timedelta(days=1)
    out = []
    for d in friday_dates(first, pay_date, step):
        end = d - dt.timedelta(days=end_lag)
        out.append((d, end - dt.timedelta(days=step - 1), end))
    return out


def line_rows(ch: Check, ytd: dict[str, float], order: Sequence[str]) -> list[tuple[str, float, float, float, float]]:
    """(key, hours, rate, current, ytd) for every line of the year (lines not worked this period show YTD only)."""
    out = []
    for k in order:
        if k not in ytd:
            continue
        hrs, rate, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
        out.append((k, hrs, rate, amt, ytd[k]))
    return out


# Somali / English: a home-care agency in Minneapolis (cn1).
def daryeel_stub(employee: str, emp_id: str, pay_date: dt.date, rate: float, wh: Withholding, acct4: str,
                 seed: int = 1) -> Stub:
    employer = "Daryeel Caregivers of Minnesota, LLC"
    checks = hourly_history(f"daryeel{emp_id}|{seed}", weekly_dates(pay_date, 14, 6), rate, 72.0,
                            [("WKND", 1.50, (0.0, 8.0, 16.0, 24.0))], ot_choices=(0.0, 0.0, 3.0, 6.0))
    ch = checks[-1]
    assert ch.pay_date == pay_date, (employer, ch.pay_date, pay_date)
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = {"REG": ("Saacado caadi ah", "Regular hours"), "OT": ("Saacado dheeri ah", "Overtime"),
              "WKND": ("Dheeriga dhammaadka toddobaadka", "Weekend differential")}
    taxl = {"fed": ("Canshuurta dawladda dhexe", "Federal income tax"), "ss": ("Sooshal Sekyuuriti", "Social Security"),
            "med": ("Medicare", "Medicare"), "state": ("Canshuurta Minnesota", "Minnesota income tax")}
    teal = Color(0.0, 0.36, 0.42)

    def two(c: Canvas, x: float, y: float, so: str, en: str, size: float = 6.5, right: bool = False) -> None:
        """A caption: the Somali in small italics ABOVE the English capitals."""
        c.setFillGray(0.35)
        c.setFont("Sans-I", size - 0.5)
        (c.drawRightString if right else c.drawString)(x, y + size + 1.5, so)
        c.setFillColor(black)
        c.setFont("Sans-B", size)
        (c.drawRightString if right else c.drawString)(x, y, en.upper())

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(teal)
        c.rect(40, 718, 532, 46, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 14)
        c.drawString(52, 745, employer.upper())
        c.setFont("Sans", 7.5)
        c.drawString(52, 731, "2700 East Lake Street, Suite 210, Minneapolis, MN 55406  ·  (612) 555-0187")
        c.setFont("Sans-I", 8)
        c.drawRightString(560, 750, "Warbixinta mushaharka")
        c.setFont("Sans-B", 12)
        c.drawRightString(560, 736, "EARNINGS STATEMENT")
        c.setFont("Sans", 6.5)
        c.drawRightString(560, 724, "Non-negotiable · Lacag ma aha")
        c.setFillColor(black)
        cells = [[("Magaca shaqaalaha", "Employee", employee, 180), ("Lambarka shaqaalaha", "Employee ID", emp_id, 90),
                  ("Jagada", "Position", "Personal care assistant", 150),
                  ("Inta jeer la bixiyo", "Pay frequency", "Bi-weekly", 112)],
                 [("Bilowga muddada", "Period start", mdy(ch.start), 133), ("Dhammaadka muddada", "Period end",
                                                                            mdy(ch.end), 133),
                  ("Taariikhda lacag-bixinta", "Pay date", mdy(ch.pay_date), 133),
                  ("Lambarka warbixinta", "Advice no.", f"{emp_id[-3:]}{ch.pay_date.strftime('%m%d')}", 133)]]
        y = 672
        c.setLineWidth(0.5)
        for row in cells:
            x = 40.0
            for so, en, val, wd in row:
                c.rect(x, y, wd, 38, stroke=1, fill=0)
                two(c, x + 4, y + 22, so, en)
                c.setFont("Sans", 9.5)
                c.drawString(x + 4, y + 6, val)
                x += wd
            y -= 38
        top = 612
        two(c, 44, top, "Dakhliga", "Earnings", 7.5)
        heads = [(300, "Saacadaha", "Hours"), (370, "Qiimaha", "Rate"), (450, "Muddadan", "Current"),
                 (566, "Sannadka ilaa hadda", "Year to date")]
        for x, so, en in heads:
            two(c, x, top, so, en, 6.5, right=True)
        c.line(40, top - 5, 572, top - 5)
        y = top - 19
        for k, hrs, rt, amt, yv in line_rows(ch, ytd, ("REG", "OT", "WKND")):
            so, en = labels[k]
            c.setFont("Sans", 9)
            c.drawString(44, y, en)
            c.setFont("Sans-I", 7)
            c.setFillGray(0.35)
            c.drawString(44 + stringWidth(en, "Sans", 9) + 6, y, so)
            c.setFillColor(black)
            c.setFont("Sans", 9)
            if hrs:
                c.drawRightString(300, y, f"{hrs:.2f}")
                c.drawRightString(370, y, f"{rt:.2f}")
                c.drawRightString(450, y, money(amt))
            c.drawRightString(566, y, money(yv))
            y -= 14
        c.line(300, y + 8, 572, y + 8)
        two(c, 44, y - 4, "Mushaharka guud", "Gross pay", 7.5)
        c.setFont("Sans-B", 9.5)
        c.drawRightString(450, y - 4, money(ch.gross))
        c.drawRightString(566, y - 4, money(ytd["GROSS"]))
        y -= 40
        two(c, 44, y, "Canshuuraha iyo ka-jarista", "Taxes and deductions", 7.5)
        two(c, 450, y, "Muddadan", "Current", 6.5, right=True)
        two(c, 566, y, "Sannadka ilaa hadda", "Year to date", 6.5, right=True)
        c.line(40, y - 5, 572, y - 5)
        y -= 19
        rows = [(*taxl[k], v, ytd[k]) for k, v in wh.taxes(ch.gross).items()]
        rows += [(*lab.split(" | "), v, ytd[lab]) for lab, v in wh.deductions]
        for so, en, v, yv in rows:
            c.setFont("Sans", 9)
            c.drawString(44, y, en)
            c.setFont("Sans-I", 7)
            c.setFillGray(0.35)
            c.drawString(44 + stringWidth(en, "Sans", 9) + 6, y, so)
            c.setFillColor(black)
            c.setFont("Sans", 9)
            c.drawRightString(450, y, money(v))
            c.drawRightString(566, y, money(yv))
            y -= 14
        y -= 14
        c.setFillColor(Color(0.88, 0.94, 0.95))
        c.rect(300, y - 10, 272, 34, stroke=1, fill=1)
        c.setFillColor(black)
        two(c, 308, y + 6, "Mushaharka saafiga ah", "Net pay", 8)
        c.setFont("Sans-B", 11)
        c.drawRightString(450, y - 2, money(net))
        c.drawRightString(566, y - 2, money(ytd["NET"]))
        c.setFont("Sans", 7)
        c.drawString(44, y - 2, f"Deposited to account ending {acct4}")
        c.setFont("Sans-I", 6.5)
        c.drawString(44, y - 11, f"Waxaa lagu shubay koontada ku dhammaata {acct4}")
        return []

    fields = stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, ch.pay_date, [money(ch.gross), money(ytd["GROSS"]), money(net), mdy(pay_date)])



# Spanish / English, captions "English / Español" on one line: a hotel in Lawrence, MA (cn2), semi-monthly.
def hotel_stub(employee: str, emp_no: str, pay_date: dt.date, rate: float, wh: Withholding, seed: int = 1) -> Stub:
    employer = "Merrimack Grand Hotel & Suites"
    sched = [t for t in semimonthly_schedule(pay_date, lag=True)]
    checks = hourly_history(f"hotel{emp_no}|{seed}", sched, rate, 80.0, [("HOL", rate, (0.0, 0.0, 0.0, 8.0))])
    ch = checks[-1]
    assert ch.pay_date == pay_date, (employer, ch.pay_date, pay_date)
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = {"REG": "Regular / Regular", "OT": "Overtime / Horas extra", "HOL": "Holiday / Día feriado"}
    taxl = {"fed": "Federal income tax / Impuesto federal", "ss": "Social Security / Seguro Social",
            "med": "Medicare / Medicare", "state": "MA income tax / Impuesto estatal de MA"}
    wine = Color(0.45, 0.1, 0.2)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(wine)
        c.setFont("Serif-B", 17)
        c.drawString(50, 742, "MERRIMACK GRAND")
        c.setFont("Serif", 9)
        c.drawString(50, 730, "HOTEL & SUITES  ·  350 Canal Street, Lawrence, MA 01840")
        c.setFillColor(black)
        c.setFont("Sans-B", 11)
        c.drawRightString(562, 744, "EARNINGS STATEMENT / COMPROBANTE DE PAGO")
        c.setFont("Sans", 7.5)
        c.drawRightString(562, 732, "Keep for your records / Guárdelo para sus archivos")
        c.setStrokeColor(wine)
        c.setLineWidth(1.5)
        c.line(50, 722, 562, 722)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        info = [("Employee / Empleado:", employee), ("Employee no. / Núm. de empleado:", emp_no),
                ("Department / Departamento:", "Housekeeping / Limpieza"),
                ("Pay frequency / Frecuencia de pago:", "Semi-monthly / Dos veces al mes"),
                ("Pay period / Período de pago:", f"{mdy(ch.start)} - {mdy(ch.end)}"),
                ("Pay date / Fecha de pago:", mdy(ch.pay_date))]
        y = 702
        for i, (k, v) in enumerate(info):
            x = 50 if i % 2 == 0 else 310
            c.setFont("Sans-B", 8)
            c.drawString(x, y, k)
            c.setFont("Sans", 9)
            c.drawString(x + stringWidth(k, "Sans-B", 8) + 5, y, v)
            if i % 2:
                y -= 15
        y -= 14
        c.setFillColor(Color(0.96, 0.92, 0.93))
        c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-B", 7.5)
        c.drawString(54, y, "Earnings / Ingresos")
        for x, t in ((300, "Hours / Horas"), (370, "Rate / Tarifa"), (460, "Current / Actual"),
                     (558, "Year to date / Acumulado")):
            c.drawRightString(x, y, t)
        y -= 18
        c.setFont("Sans", 9)
        for k, hrs, rt, amt, yv in line_rows(ch, ytd, ("REG", "OT", "HOL")):
            c.drawString(54, y, labels[k])
            if hrs:
                c.drawRightString(300, y, f"{hrs:.2f}")
                c.drawRightString(370, y, f"{rt:.4f}")
                c.drawRightString(460, y, money(amt))
            c.drawRightString(558, y, money(yv))
            y -= 13
        c.setFont("Sans-B", 9)
        c.drawString(54, y - 2, "Gross pay / Pago bruto")
        c.drawRightString(460, y - 2, money(ch.gross))
        c.drawRightString(558, y - 2, money(ytd["GROSS"]))
        c.line(380, y + 9, 562, y + 9)
        y -= 26
        c.setFillColor(Color(0.96, 0.92, 0.93))
        c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-B", 7.5)
        c.drawString(54, y, "Taxes and deductions / Impuestos y deducciones")
        c.drawRightString(460, y, "Current / Actual")
        c.drawRightString(558, y, "Year to date / Acumulado")
        y -= 18
        c.setFont("Sans", 9)
        rows = [(taxl[k], v, ytd[k]) for k, v in wh.taxes(ch.gross).items()]
        rows += [(lab, v, ytd[lab]) for lab, v in wh.deductions]
        for lab, v, yv in rows:
            c.drawString(54, y, lab)
            c.drawRightString(460, y, money(v))
            c.drawRightString(558, y, money(yv))
            y -= 13
        c.setFont("Sans-B", 9)
        c.drawString(54, y - 2, "Total deductions / Total de deducciones")
        c.drawRightString(460, y - 2, money(deductions_total(ch, wh)))
        c.line(380, y + 9, 562, y + 9)
        y -= 30
        c.setLineWidth(1.2)
        c.rect(310, y - 8, 252, 24, stroke=1, fill=0)
        c.setFont("Sans-B", 10.5)
        c.drawString(318, y, "Net pay / Pago neto")
        c.drawRightString(460, y, money(net))
        c.drawRightString(556, y, money(ytd["NET"]))
        c.setLineWidth(0.5)
        c.setDash(4, 3)
        c.line(40, y - 40, 572, y - 40)
        c.setDash()
        c.setFont("Sans", 7)
        c.drawString(50, y - 52, "DIRECT DEPOSIT ADVICE - NOT NEGOTIABLE / AVISO DE DEPÓSITO DIRECTO - NO NEGOCIABLE")
        c.setFont("Sans", 9)
        c.drawString(50, y - 70, f"Pay to / Páguese a: {employee}")
        c.drawString(50, y - 84, f"Employer / Empleador: {employer}")
        c.drawRightString(562, y - 70, f"Amount / Cantidad: ${money(net)}")
        return []

    fields = stub_fields(employer, employee, ch, "semimonthly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, ch.pay_date, [money(ch.gross), money(ytd["GROSS"]), money(net), mdy(pay_date),
                                                 mdy(ch.start), mdy(ch.end)])


# French first with the English in parentheses: a paper mill in Maine (cn3), bi-weekly.
def papeterie_stub(employee: str, emp_no: str, pay_date: dt.date, rate: float, wh: Withholding, seed: int = 1) -> Stub:
    employer = "Papeterie Androscoggin USA, Inc."
    checks = hourly_history(f"pap{emp_no}|{seed}", weekly_dates(pay_date, 14, 6), rate, 80.0,
                            [("SHIFT", 1.10, (0.0, 40.0, 80.0))], ot_choices=(0.0, 4.0, 8.0, 12.0))
    ch = checks[-1]
    assert ch.pay_date == pay_date, (employer, ch.pay_date, pay_date)
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = {"REG": "Salaire régulier (Regular pay)", "OT": "Temps supplémentaire (Overtime)",
              "SHIFT": "Prime de quart (Shift premium)"}
    taxl = {"fed": "Impôt fédéral (Federal income tax)", "ss": "Sécurité sociale (Social Security)",
            "med": "Medicare (Medicare)", "state": "Impôt du Maine (Maine income tax)"}
    green = Color(0.12, 0.3, 0.18)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(green)
        c.setLineWidth(2)
        c.rect(36, 400, 540, 362, stroke=1, fill=0)
        c.setFillColor(green)
        c.rect(36, 728, 540, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Serif-B", 15)
        c.drawString(48, 740, employer.upper())
        c.setFont("Sans-B", 11)
        c.drawRightString(564, 746, "RELEVÉ DE PAIE")
        c.setFont("Sans", 8)
        c.drawRightString(564, 735, "(PAY STATEMENT)")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(48, 716, "1 Papermill Road, Jay, ME 04239  ·  Service de la paie (Payroll office) 207 555-0134")
        c.setLineWidth(0.5)
        grid = [("Employé (Employee)", employee), ("Matricule (Employee no.)", emp_no),
                ("Service (Department)", "Machine n° 2 (Paper machine 2)"),
                ("Fréquence (Frequency)", "Aux deux semaines (Bi-weekly)"),
                ("Période du (Period from)", mdy(ch.start)), ("au (to)", mdy(ch.end)),
                ("Date de paie (Pay date)", mdy(ch.pay_date)), ("N° de dépôt (Deposit no.)",
                                                                f"D{emp_no[-4:]}{ch.pay_date.strftime('%j')}")]
        for i, (k, v) in enumerate(grid):
            col, row = i % 4, i // 4
            x, y = 42 + col * 133, 676 - row * 34
            c.rect(x, y, 133, 34, stroke=1, fill=0)
            c.setFont("Sans-B", 6.5)
            c.drawString(x + 3, y + 25, k)
            c.setFont("Sans", 8.5 if len(v) < 28 else 7)
            c.drawString(x + 3, y + 8, v)
        y = 626
        c.setFont("Sans-B", 7.5)
        c.drawString(46, y, "Gains (Earnings)")
        for x, t in ((300, "Heures (Hours)"), (370, "Taux (Rate)"), (450, "Courant (Current)"),
                     (568, "Cumul annuel (Year to date)")):
            c.drawRightString(x, y, t)
        c.line(42, y - 4, 570, y - 4)
        y -= 16
        c.setFont("Sans", 9)
        for k, hrs, rt, amt, yv in line_rows(ch, ytd, ("REG", "OT", "SHIFT")):
            c.drawString(46, y, labels[k])
            if hrs:
                c.drawRightString(300, y, f"{hrs:.2f}")
                c.drawRightString(370, y, f"{rt:.2f}")
                c.drawRightString(450, y, money(amt))
            c.drawRightString(568, y, money(yv))
            y -= 13
        y -= 8
        c.setFont("Sans-B", 7.5)
        c.drawString(46, y, "Retenues (Deductions)")
        c.drawRightString(450, y, "Courant (Current)")
        c.drawRightString(568, y, "Cumul annuel (Year to date)")
        c.line(42, y - 4, 570, y - 4)
        y -= 16
        c.setFont("Sans", 9)
        rows = [(taxl[k], v, ytd[k]) for k, v in wh.taxes(ch.gross).items()]
        rows += [(lab, v, ytd[lab]) for lab, v in wh.deductions]
        for lab, v, yv in rows:
            c.drawString(46, y, lab)
            c.drawRightString(450, y, money(v))
            c.drawRightString(568, y, money(yv))
            y -= 13
        y -= 10
        heads = [("", "Courant (Current)", "Cumul annuel (YTD)"),
                 ("Brut (Gross pay)", money(ch.gross), money(ytd["GROSS"])),
                 ("Retenues (Deductions)", money(deductions_total(ch, wh)), money(r2(ytd["GROSS"] - ytd["NET"]))),
                 ("Net (Net pay)", money(net), money(ytd["NET"]))]
        for i, (a, b, cc) in enumerate(heads):
            x = 42 + i * 132
            c.setFillColor(Color(0.9, 0.94, 0.9) if i else white)
            c.rect(x, y - 40, 132, 44, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Sans-B", 8)
            c.drawString(x + 4, y - 6, a)
            c.setFont("Sans-B" if i else "Sans", 9 if i else 7.5)
            c.drawRightString(x + 128, y - 20, b)
            c.drawRightString(x + 128, y - 34, cc)
        c.setFont("Sans", 7)
        c.drawString(46, 410, "Dépôt direct - non négociable (Direct deposit - non-negotiable).")
        return []

    fields = stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, ch.pay_date, [money(ch.gross), money(ytd["GROSS"]), money(net), mdy(pay_date)])


# English only: a fulfillment warehouse in Columbus (cn4), weekly.
def warehouse_stub(employee: str, emp_no: str, pay_date: dt.date, rate: float, wh: Withholding, seed: int = 1) -> Stub:
    employer = "Buckeye Fulfillment Services, LLC"
    checks = hourly_history(f"bfs{emp_no}|{seed}", weekly_dates(pay_date, 7, 6), rate, 40.0,
                            [("PEAK", 2.00, (0.0, 20.0, 40.0))], ot_choices=(0.0, 0.0, 2.5, 5.0, 7.5))
    ch = checks[-1]
    assert ch.pay_date == pay_date, (employer, ch.pay_date, pay_date)
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = {"REG": "Regular", "OT": "Overtime 1.5", "PEAK": "Peak shift premium"}
    taxl = {"fed": "Federal Income Tax", "ss": "Social Security Tax", "med": "Medicare Tax",
            "state": "OH State Income Tax"}

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(46, 748, "BUCKEYE FULFILLMENT SERVICES, LLC")
        c.setFont("Helvetica", 8)
        c.drawString(46, 737, "4800 Alum Creek Drive, Columbus, OH 43207")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(566, 748, "Statement of Earnings and Deductions")
        c.setFont("Helvetica", 8)
        rows = [("Employee", employee), ("Employee ID", emp_no), ("Pay Period", f"{mdy(ch.start)} to {mdy(ch.end)}"),
                ("Check Date", mdy(ch.pay_date)), ("Pay Frequency", "Weekly"), ("Location", "COL-2 Outbound")]
        y = 716
        for i, (k, v) in enumerate(rows):
            x = 46 + (i % 3) * 176
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x, y + 9, k.upper())
            c.setFont("Helvetica", 9)
            c.drawString(x, y - 1, v)
            if i % 3 == 2:
                y -= 26
        y -= 4
        c.setLineWidth(0.8)
        c.line(46, y, 566, y)
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((46, "EARNINGS"), (230, "RATE"), (290, "HOURS"), (370, "THIS PERIOD"), (460, "YEAR TO DATE")):
            c.drawString(x, y, t)
        y -= 14
        c.setFont("Helvetica", 9)
        for k, hrs, rt, amt, yv in line_rows(ch, ytd, ("REG", "OT", "PEAK")):
            c.drawString(46, y, labels[k])
            if hrs:
                c.drawString(230, y, f"{rt:.2f}")
                c.drawString(290, y, f"{hrs:.2f}")
                c.drawString(370, y, money(amt))
            c.drawString(460, y, money(yv))
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y - 2, "Gross Pay")
        c.drawString(370, y - 2, money(ch.gross))
        c.drawString(460, y - 2, money(ytd["GROSS"]))
        y -= 24
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "DEDUCTIONS")
        c.drawString(370, y, "THIS PERIOD")
        c.drawString(460, y, "YEAR TO DATE")
        y -= 14
        c.setFont("Helvetica", 9)
        rows2 = [(taxl[k], v, ytd[k]) for k, v in wh.taxes(ch.gross).items()]
        rows2 += [(lab, v, ytd[lab]) for lab, v in wh.deductions]
        for lab, v, yv in rows2:
            c.drawString(46, y, lab)
            c.drawString(370, y, "-" + money(v))
            c.drawString(460, y, "-" + money(yv))
            y -= 12
        c.setFillGray(0.88)
        c.rect(40, y - 20, 532, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(46, y - 14, "Net Pay")
        c.drawString(370, y - 14, money(net))
        c.drawString(460, y - 14, money(ytd["NET"]))
        return []

    fields = stub_fields(employer, employee, ch, "weekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, ch.pay_date, [money(ch.gross), money(ytd["GROSS"]), money(net), mdy(pay_date)])


# Italian / English on one line: a trattoria in Providence (cn5), weekly, reported tips in the gross.
def trattoria_stub(employee: str, emp_no: str, pay_date: dt.date, rate: float, wh: Withholding, seed: int = 1) -> Stub:
    employer = "Trattoria Sorrentina di Providence, LLC"
    checks = hourly_history(f"tratt{emp_no}|{seed}", weekly_dates(pay_date, 7, 5), rate, 40.0,
                            [("TIPS", 1.0, (164.0, 188.5, 212.25, 236.0, 251.75))],
                            ot_choices=(0.0, 3.0, 5.0, 8.0))
    ch = checks[-1]
    assert ch.pay_date == pay_date, (employer, ch.pay_date, pay_date)
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = {"REG": "Ore ordinarie / Regular hours", "OT": "Straordinario / Overtime",
              "TIPS": "Mance dichiarate / Reported tips"}
    taxl = {"fed": "Imposta federale / Federal income tax", "ss": "Previdenza sociale / Social Security",
            "med": "Medicare / Medicare", "state": "Imposta del Rhode Island / RI income tax"}

    def page(c: Canvas) -> list[Mark]:
        for i, col in enumerate((Color(0.0, 0.55, 0.27), white, Color(0.8, 0.13, 0.15))):
            c.setFillColor(col)
            c.rect(60 + i * 164, 770, 164, 6, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Serif-B", 18)
        c.drawCentredString(W / 2, 742, "Trattoria Sorrentina")
        c.setFont("Serif-I", 9.5)
        c.drawCentredString(W / 2, 729, "di Providence, LLC  ·  212 Atwells Avenue, Providence, RI 02903")
        c.setFont("Serif-B", 12)
        c.drawCentredString(W / 2, 704, "BUSTA PAGA / PAY STUB")
        c.setLineWidth(0.4)
        c.line(60, 696, 552, 696)
        info = [("Dipendente / Employee", employee), ("Matricola / Employee no.", emp_no),
                ("Mansione / Position", "Pizzaiolo / Pizza cook"),
                ("Frequenza / Frequency", "Settimanale / Weekly"),
                ("Periodo di paga / Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}"),
                ("Data di pagamento / Pay date", mdy(ch.pay_date))]
        y = 680
        for k, v in info:
            c.setFont("Serif-I", 9.5)
            c.drawString(72, y, k + ":")
            c.setFont("Serif-B", 10.5)
            c.drawString(260, y, v)
            y -= 15
        y -= 10
        c.setFont("Serif-B", 8.5)
        c.drawString(72, y, "Voce / Item")
        for x, t in ((320, "Ore / Hours"), (380, "Tariffa / Rate"), (462, "Importo / Current"),
                     (548, "Progressivo / YTD")):
            c.drawRightString(x, y, t)
        c.line(60, y - 4, 552, y - 4)
        y -= 17
        c.setFont("Serif", 10)
        for k, hrs, rt, amt, yv in line_rows(ch, ytd, ("REG", "OT", "TIPS")):
            c.drawString(72, y, labels[k])
            if amt:
                if k != "TIPS":
                    c.drawRightString(320, y, f"{hrs:.2f}")
                    c.drawRightString(380, y, f"{rt:.2f}")
                c.drawRightString(462, y, money(amt))
            c.drawRightString(548, y, money(yv))
            y -= 14
        c.line(380, y + 9, 552, y + 9)
        c.setFont("Serif-B", 10.5)
        c.drawString(72, y - 3, "Totale lordo / Gross pay")
        c.drawRightString(462, y - 3, money(ch.gross))
        c.drawRightString(548, y - 3, money(ytd["GROSS"]))
        y -= 28
        c.setFont("Serif-B", 8.5)
        c.drawString(72, y, "Trattenute / Deductions")
        c.line(60, y - 4, 552, y - 4)
        y -= 17
        c.setFont("Serif", 10)
        rows = [(taxl[k], v, ytd[k]) for k, v in wh.taxes(ch.gross).items()]
        rows += [(lab, v, ytd[lab]) for lab, v in wh.deductions]
        for lab, v, yv in rows:
            c.drawString(72, y, lab)
            c.drawRightString(462, y, money(v))
            c.drawRightString(548, y, money(yv))
            y -= 14
        y -= 8
        c.setLineWidth(1)
        c.rect(300, y - 12, 252, 26, stroke=1, fill=0)
        c.setFont("Serif-B", 11.5)
        c.drawString(308, y - 3, "Netto / Net pay")
        c.drawRightString(462, y - 3, money(net))
        c.drawRightString(548, y - 3, money(ytd["NET"]))
        c.setFont("Serif-I", 8)
        c.drawString(72, y - 40, "Le mance sono quelle dichiarate dal dipendente. / Tips are as reported by the "
                                 "employee.")
        return []

    fields = stub_fields(employer, employee, ch, "weekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, ch.pay_date, [money(ch.gross), money(ytd["GROSS"]), money(net), mdy(pay_date)])


# German | English in each caption cell: a German-owned plant in South Carolina (cn6), semi-monthly salary.
def neckartal_stub(employee: str, emp_no: str, pay_date: dt.date, salary: float, wh: Withholding) -> Stub:
    employer = "Neckartal Antriebstechnik USA, Inc."
    checks = []
    for pay, start, end in semimonthly_schedule(pay_date, lag=False):
        lines = {"BASE": (0.0, 0.0, salary), "COMM": (0.0, 0.0, 75.0)}
        checks.append(Check(pay, start, end, lines))
    ch = checks[-1]
    assert ch.pay_date == pay_date, (employer, ch.pay_date, pay_date)
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = {"BASE": ("Grundgehalt", "Base salary"), "COMM": ("Fahrtkostenzuschuss", "Commuting allowance")}
    taxl = {"fed": ("Bundessteuer", "Federal income tax"), "ss": ("Sozialversicherung", "Social Security"),
            "med": ("Medicare", "Medicare"), "state": ("Steuer South Carolina", "SC income tax")}
    blue = Color(0.05, 0.25, 0.55)

    def cap(c: Canvas, x: float, y: float, de: str, en: str, size: float = 7.0, right: bool = False) -> None:
        text = f"{de} | {en}"
        if right:
            x -= stringWidth(de, "Sans-B", size) + stringWidth(f" | {en}", "Sans", size)
        c.setFont("Sans-B", size)
        c.drawString(x, y, de)
        c.setFont("Sans", size)
        c.setFillGray(0.4)
        c.drawString(x + stringWidth(de, "Sans-B", size), y, text[len(de):])
        c.setFillColor(black)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(blue)
        c.rect(48, 730, 30, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 13)
        c.drawCentredString(63, 740, "NA")
        c.setFillColor(blue)
        c.setFont("Sans-B", 13)
        c.drawString(88, 748, "NECKARTAL ANTRIEBSTECHNIK USA, INC.")
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(88, 736, "1100 Brookshire Parkway, Greer, SC 29651  ·  Payroll / Lohnbuchhaltung (864) 555-0171")
        c.setFont("Sans-B", 12)
        c.drawRightString(564, 706, "ENTGELTABRECHNUNG")
        c.setFont("Sans", 9)
        c.drawRightString(564, 695, "Earnings Statement")
        c.setLineWidth(0.4)
        cells = [("Mitarbeiter", "Employee", employee), ("Personalnummer", "Employee no.", emp_no),
                 ("Abteilung", "Department", "Qualitätssicherung / Quality"),
                 ("Abrechnungszeitraum", "Pay period", f"{mdy(ch.start)} – {mdy(ch.end)}"),
                 ("Auszahlungsdatum", "Pay date", mdy(ch.pay_date)),
                 ("Zahlungsrhythmus", "Pay frequency", "Halbmonatlich | Semi-monthly")]
        for i, (de, en, v) in enumerate(cells):
            x, y = 48 + (i % 3) * 172, 652 - (i // 3) * 36
            c.setStrokeGray(0.6)
            c.rect(x, y, 172, 36, stroke=1, fill=0)
            c.setStrokeColor(black)
            cap(c, x + 4, y + 25, de, en, 6.5)
            c.setFont("Sans", 9.5)
            c.drawString(x + 4, y + 8, v)
        y = 592
        cap(c, 52, y, "Bezüge", "Earnings", 7.5)
        cap(c, 430, y, "Aktuell", "Current", 7, right=True)
        cap(c, 564, y, "Jahressumme", "Year to date", 7, right=True)
        c.line(48, y - 5, 564, y - 5)
        y -= 18
        for k in ("BASE", "COMM"):
            de, en = labels[k]
            cap(c, 52, y, de, en, 9)
            c.setFont("Sans", 9)
            c.drawRightString(430, y, money(ch.lines[k][2]))
            c.drawRightString(564, y, money(ytd[k]))
            y -= 14
        cap(c, 52, y - 2, "Gesamtbrutto", "Gross pay", 9.5)
        c.setFont("Sans-B", 9.5)
        c.drawRightString(430, y - 2, money(ch.gross))
        c.drawRightString(564, y - 2, money(ytd["GROSS"]))
        y -= 30
        cap(c, 52, y, "Abzüge", "Deductions", 7.5)
        c.line(48, y - 5, 564, y - 5)
        y -= 18
        rows = [(*taxl[k], v, ytd[k]) for k, v in wh.taxes(ch.gross).items()]
        rows += [(*lab.split(" | "), v, ytd[lab]) for lab, v in wh.deductions]
        for de, en, v, yv in rows:
            cap(c, 52, y, de, en, 9)
            c.setFont("Sans", 9)
            c.drawRightString(430, y, money(v))
            c.drawRightString(564, y, money(yv))
            y -= 14
        cap(c, 52, y - 2, "Summe Abzüge", "Total deductions", 9.5)
        c.setFont("Sans-B", 9.5)
        c.drawRightString(430, y - 2, money(deductions_total(ch, wh)))
        y -= 34
        c.setFillColor(Color(0.9, 0.93, 0.98))
        c.rect(48, y - 10, 516, 28, stroke=0, fill=1)
        c.setFillColor(black)
        cap(c, 56, y, "Auszahlungsbetrag", "Net pay", 10.5)
        c.setFont("Sans-B", 11)
        c.drawRightString(430, y, money(net))
        c.drawRightString(564, y, money(ytd["NET"]))
        c.setFont("Sans", 7)
        c.drawString(52, y - 30, "Überweisung auf Konto ****0427 | Deposited to account ****0427")
        return []

    fields = stub_fields(employer, employee, ch, "semimonthly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, ch.pay_date, [money(ch.gross), money(ytd["GROSS"]), money(net), mdy(pay_date)])


# English with the Spanish in parentheses: a resort in Kissimmee, Florida (cn8), bi-weekly, no state tax.
def resort_stub(employee: str, emp_no: str, pay_date: dt.date, rate: float, wh: Withholding, seed: int = 1) -> Stub:
    employer = "Lakeshore Vacation Resorts of Osceola, Inc."
    checks = hourly_history(f"resort{emp_no}|{seed}", weekly_dates(pay_date, 14, 6), rate, 80.0,
                            [("DIFF", 1.25, (0.0, 24.0, 40.0, 56.0))], ot_choices=(0.0, 2.0, 6.0, 10.0))
    ch = checks[-1]
    assert ch.pay_date == pay_date, (employer, ch.pay_date, pay_date)
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    labels = {"REG": "Regular (Regular)", "OT": "Overtime (Horas extra)", "DIFF": "Shift differential (Diferencial)"}
    taxl = {"fed": "Federal income tax (Impuesto federal)", "ss": "Social Security (Seguro Social)",
            "med": "Medicare (Medicare)"}
    palm = Color(0.0, 0.45, 0.4)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(palm)
        c.circle(66, 740, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 12)
        c.drawCentredString(66, 736, "LV")
        c.setFillColor(black)
        c.setFont("Sans-B", 12.5)
        c.drawString(90, 744, "LAKESHORE VACATION RESORTS OF OSCEOLA, INC.")
        c.setFont("Sans", 8)
        c.drawString(90, 732, "7800 West Irlo Bronson Highway, Kissimmee, FL 34747")
        c.setFillColor(palm)
        c.rect(50, 690, 512, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 12)
        c.drawString(58, 698, "PAY STUB (TALÓN DE PAGO)")
        c.setFont("Sans", 8)
        c.drawRightString(554, 698, "Direct deposit advice (Aviso de depósito directo)")
        c.setFillColor(black)
        info = [("Employee (Empleado)", employee), ("Employee ID (Núm. de empleado)", emp_no),
                ("Position (Puesto)", "Maintenance technician (Técnico de mantenimiento)"),
                ("Pay period (Período de pago)", f"{mdy(ch.start)} to {mdy(ch.end)}"),
                ("Pay date (Fecha de pago)", mdy(ch.pay_date)),
                ("Frequency (Frecuencia)", "Bi-weekly (Cada dos semanas)")]
        y = 670
        for k, v in info:
            c.setFont("Sans", 8.5)
            c.drawString(58, y, k)
            c.setFont("Sans-B", 9.5)
            c.drawString(230, y, v)
            c.setStrokeGray(0.8)
            c.line(58, y - 4, 554, y - 4)
            c.setStrokeColor(black)
            y -= 16
        y -= 12
        c.setFont("Sans-B", 7.5)
        c.drawString(58, y, "Earnings (Ingresos)")
        for x, t in ((320, "Hours (Horas)"), (380, "Rate (Tarifa)"), (462, "Current (Actual)"),
                     (554, "YTD (Acumulado)")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Sans", 9)
        for k, hrs, rt, amt, yv in line_rows(ch, ytd, ("REG", "OT", "DIFF")):
            c.drawString(58, y, labels[k])
            if hrs:
                c.drawRightString(320, y, f"{hrs:.2f}")
                c.drawRightString(380, y, f"{rt:.2f}")
                c.drawRightString(462, y, money(amt))
            c.drawRightString(554, y, money(yv))
            y -= 13
        c.setFont("Sans-B", 9)
        c.drawString(58, y - 2, "Gross pay (Pago bruto)")
        c.drawRightString(462, y - 2, money(ch.gross))
        c.drawRightString(554, y - 2, money(ytd["GROSS"]))
        y -= 26
        c.setFont("Sans-B", 7.5)
        c.drawString(58, y, "Deductions (Deducciones)")
        c.drawRightString(462, y, "Current (Actual)")
        c.drawRightString(554, y, "YTD (Acumulado)")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Sans", 9)
        rows = [(taxl[k], v, ytd[k]) for k, v in wh.taxes(ch.gross).items()]
        rows += [(lab, v, ytd[lab]) for lab, v in wh.deductions]
        for lab, v, yv in rows:
            c.drawString(58, y, lab)
            c.drawRightString(462, y, money(v))
            c.drawRightString(554, y, money(yv))
            y -= 13
        y -= 12
        c.setFillColor(Color(0.88, 0.95, 0.94))
        c.rect(50, y - 10, 512, 24, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-B", 10.5)
        c.drawString(58, y - 2, "Net pay (Pago neto)")
        c.drawRightString(462, y - 2, money(net))
        c.drawRightString(554, y - 2, money(ytd["NET"]))
        c.setFont("Sans", 7)
        c.drawString(58, y - 28, "Florida has no state income tax (Florida no cobra impuesto estatal sobre ingresos).")
        return []

    fields = stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, ch.pay_date, [money(ch.gross), money(ytd["GROSS"]), money(net), mdy(pay_date)])


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str
    probes: list[str] = field(default_factory=list)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, month_end(start)


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and debits (description, low, high)."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def franklin_statement(rng: random.Random, holder: Sequence[str], acct: str, year: int, month: int, begin: float,
                       credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Franklin Heights Community Bank, Columbus: a two-page BUSINESS CHECKING statement (cn4)."""
    bank = "Franklin Heights Community Bank"
    start, end = month_bounds(year, month)
    debits = [("SALLY BEAUTY #2291 POS", 60, 180), ("BEAUTY EXPRESS SUPPLY POS", 80, 240),
              ("AEP OHIO UTILITY ACH", 90, 160), ("RENT - KARL RD PLAZA SUITE 4 ACH", 1150, 1150),
              ("SQUARE INC FEES", 20, 45), ("COLUMBIA GAS ACH", 40, 90), ("OFFICE DEPOT #1120 POS", 15, 70),
              ("T-MOBILE BUSINESS", 70, 90), ("STATE FARM BUSINESS INS", 110, 110)]
    lines = transactions(rng, start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    rows, bal = [], begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:11], rows[11:]
    navy = Color(0.1, 0.18, 0.35)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(navy)
        c.setFont("Serif-B", 15)
        c.drawString(50, 740, "Franklin Heights")
        c.setFont("Serif", 9)
        c.drawString(50, 728, "COMMUNITY BANK · Columbus, Ohio · Member FDIC")
        c.setFillColor(black)
        c.setFont("Sans-B", 9)
        c.drawRightString(562, 744, "BUSINESS CHECKING STATEMENT")
        c.setFont("Sans", 8)
        c.drawRightString(562, 732, f"Account number: ******{acct[-4:]}")
        c.drawRightString(562, 721, f"Statement period: {mdy(start)} through {mdy(end)}")
        c.drawRightString(562, 710, f"Page {n} of 2")
        c.setStrokeColor(navy)
        c.line(50, 702, 562, 702)
        c.setStrokeColor(black)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Sans-B", 7.5)
        for x, t in ((50, "POSTED"), (100, "TRANSACTION")):
            c.drawString(x, y, t)
        for x, t in ((410, "WITHDRAWALS"), (485, "DEPOSITS"), (562, "BALANCE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Sans", 8.5)
        if opening:
            c.drawString(50, y, start.strftime("%m/%d"))
            c.drawString(100, y, "Opening balance")
            c.drawRightString(562, y, money(begin))
            y -= 12.5
        for d, desc, a, b in part:
            c.drawString(50, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(410 if a < 0 else 485, y, money(abs(a)))
            c.drawRightString(562, y, money(b))
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        y = 682
        c.setFont("Sans", 9.5)
        for ln in holder:
            c.drawString(60, y, ln)
            y -= 12
        c.setFillColor(Color(0.93, 0.95, 0.98))
        c.rect(330, 598, 232, 88, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-B", 8.5)
        c.drawString(338, 674, "SUMMARY")
        c.setFont("Sans", 8.5)
        for i, (k, v) in enumerate((("Opening balance", begin), ("Total deposits", dep),
                                    ("Total withdrawals", wd), ("Closing balance", ending))):
            c.drawString(338, 658 - 15 * i, k)
            c.drawRightString(555, 658 - 15 * i, money(v))
        c.setFont("Sans-B", 9)
        c.drawString(50, 572, "ACCOUNT ACTIVITY")
        register(c, 556, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = register(c, 682, rest, False)
        c.setFont("Sans-B", 8.5)
        c.drawString(100, y - 4, "Closing balance")
        c.drawRightString(562, y - 4, money(ending))
        c.setFont("Sans", 7.5)
        c.drawString(50, y - 40, "Questions about this statement: call (614) 555-0108. Report errors within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct, [money(begin), money(ending), mdy(start), mdy(end)])


def elmcreek_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Elm Creek Federal Credit Union, Brooklyn Park: a one-page member statement (cn7)."""
    bank = "Elm Creek Federal Credit Union"
    start, end = month_bounds(year, month)
    debits = [("PAYMENT - NORTHSTAR COMMONS MTG", 600, 900), ("CUB FOODS #1840 POS", 60, 140),
              ("XCEL ENERGY AUTOPAY", 70, 130), ("HOLIDAY STATIONSTORE POS", 30, 60),
              ("CENTERPOINT ENERGY", 40, 110), ("WORLDREMIT - NAIROBI", 100, 200), ("TARGET T-1290 POS", 25, 90),
              ("METRO TRANSIT GO-TO", 40, 40)]
    lines = transactions(rng, start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    green = Color(0.16, 0.38, 0.2)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(green)
        c.rect(40, 736, 8, 40, stroke=0, fill=1)
        c.setFont("Sans-B", 16)
        c.drawString(56, 758, "ELM CREEK")
        c.setFont("Sans", 8.5)
        c.drawString(56, 745, "FEDERAL CREDIT UNION  ·  8500 Boone Avenue North, Brooklyn Park, MN 55443")
        c.setFillColor(black)
        c.setFont("Sans-B", 10)
        c.drawRightString(572, 760, "Member Statement")
        c.setFont("Sans", 8.5)
        c.drawRightString(572, 748, f"{long_date(start)} - {long_date(end)}")
        y = 712
        c.setFont("Sans", 9.5)
        for ln in [holder.upper(), *address]:
            c.drawString(56, y, ln)
            y -= 12
        c.drawRightString(572, 712, f"Member number: ****{acct[-4:]}")
        c.setFont("Sans-B", 10)
        c.drawString(40, 650, f"SHARE DRAFT CHECKING ****{acct[-4:]}")
        c.setLineWidth(0.6)
        c.line(40, 645, 572, 645)
        c.setFont("Sans-B", 7.5)
        y = 632
        for x, t in ((40, "DATE"), (100, "DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((430, "AMOUNT"), (510, "BALANCE")):
            c.drawRightString(x, y, t)
        y -= 14
        c.setFont("Sans", 8.5)
        c.drawString(40, y, mdy(start))
        c.drawString(100, y, "Previous balance")
        c.drawRightString(510, y, money(begin))
        y -= 12.5
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(40, y, mdy(d))
            c.drawString(100, y, desc)
            c.drawRightString(430, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(510, y, money(bal))
            y -= 12.5
        c.setFont("Sans-B", 8.5)
        c.drawString(40, y, mdy(end))
        c.drawString(100, y, "New balance")
        c.drawRightString(510, y, money(ending))
        y -= 30
        c.setFillColor(Color(0.93, 0.96, 0.93))
        c.rect(40, y - 34, 532, 40, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans", 8)
        heads = (("Previous balance", begin), ("Deposits", r2(sum(a for _, _, a in lines if a > 0))),
                 ("Withdrawals", r2(-sum(a for _, _, a in lines if a < 0))), ("New balance", ending))
        for i, (k, v) in enumerate(heads):
            c.drawString(48 + i * 132, y - 10, k)
            c.setFont("Sans-B", 10)
            c.drawString(48 + i * 132, y - 26, "$" + money(v))
            c.setFont("Sans", 8)
        c.setFont("Sans", 7)
        c.drawString(40, y - 56, "Federally insured by NCUA. Dividends are credited monthly.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct, [money(begin), money(ending)])


# --- letters and other papers ---------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date | None
    monthly: float | None = None
    benefit: str | None = None
    probes: list[str] = field(default_factory=list)

    @property
    def fields(self) -> dict[str, Any]:
        if self.type in ("death_certificate", "obituary", "divorce_decree", "quitclaim_deed", "rent_check",
                         "military_pcs_orders", "other") or self.date is None:
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out["benefit_type"] = "unemployment"
        return out


Body = Sequence[tuple[str, str]]  # ("h", centred heading) | ("p", paragraph) | ("l", line) | ("gap", "")


def body_text(c: Canvas, x: float, y: float, width: float, body: Body, font: str = "Serif", size: float = 11,
              leading: float = 14.5) -> float:
    bold = {"Serif": "Serif-B", "Sans": "Sans-B"}.get(font, font)
    for kind, text in body:
        if kind == "h":
            c.setFont(bold, size + 0.5)
            c.drawCentredString(x + width / 2, y, text)
            y -= leading + 4
        elif kind == "l":
            y = paragraphs(c, x, y, width, [text], font, size, leading, gap=0)
        elif kind == "b":
            c.setFont(bold, size)
            c.drawString(x, y, text)
            y -= leading
        elif kind == "gap":
            y -= leading * 0.6
        else:
            y = paragraphs(c, x, y, width, [text], font, size, leading, gap=6)
    return y


def typed_letter(sender: Sequence[str], dateline: str, to: Sequence[str], re: str, salutation: str,
                 paras: Sequence[str], closing: str, signers: Sequence[str], sign: str, seed: int,
                 head: Callable[[Canvas], None] | None = None, top: float = 730, font: str = "Serif",
                 size: float = 11) -> Paper:
    """A typed letter: the sender's address (or a letterhead drawn by head), the place and date line at the
    right, the addressee, a subject line, the text, the closing and a signature rule for each signer.
    sign: "ink" (signed on paper), "screen" (signed on a screen) or "none" (not signed)."""

    def page(c: Canvas) -> list[Mark]:
        y = top
        if head:
            head(c)
        c.setFont(font, size)
        for ln in sender:
            c.drawString(72, y, ln)
            y -= size + 3
        y -= 10
        c.drawRightString(W - 72, y, dateline)
        y -= 26
        for ln in to:
            c.drawString(72, y, ln)
            y -= size + 3
        y -= 12
        if re:
            c.setFont(font + "-B" if font in ("Serif", "Sans") else font, size)
            c.drawString(72, y, re)
            y -= 24
        y = paragraphs(c, 72, y, W - 144, [salutation, *paras], font, size, size + 3.5, gap=7)
        c.setFont(font, size)
        c.drawString(72, y - 2, closing)
        marks: list[Mark] = []
        sy = y - 46
        for i, name in enumerate(signers):
            x = 72 + i * 240
            c.setLineWidth(0.4)
            c.line(x, sy - 3, x + 190, sy - 3)
            c.drawString(x, sy - 16, name)
            if sign != "none":
                marks.append(Mark("sig", x + 6, sy - 1, w=150, seed=seed + i))
        return marks

    return Paper([page])


def hand_letter(lines_top: float, dateline: str, to: Sequence[str], paras: Sequence[str], closing: str,
                signer: str, seed: int) -> Paper:
    """A letter written out by hand on ruled notebook paper (every word is ink: no text layer once scanned)."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.62, 0.75, 0.9))
        c.setLineWidth(0.5)
        y = lines_top
        while y > 50:
            c.line(36, y, W - 36, y)
            y -= 24
        c.setStrokeColor(Color(0.9, 0.5, 0.5))
        c.line(70, 40, 70, H - 30)
        c.setStrokeColor(black)
        marks: list[Mark] = []
        rule = lines_top
        k = 0

        def write(text: str, x: float = 78, size: float = 12.5) -> None:
            nonlocal rule, k
            marks.append(Mark("hand", x, rule + 4, text, size=size, seed=seed + k))
            k += 1
            rule -= 24

        write(dateline, x=W - 80 - stringWidth(dateline, "Hand", 12.5))
        rule -= 24
        for ln in to:
            write(ln)
        rule -= 24
        for para in paras:
            for ln in wrap(para, "Hand", 12.5, W - 150):
                write(ln)
        write(closing)
        marks.append(Mark("sig", 90, rule + 6, w=140, seed=seed + 99))
        rule -= 24
        write(signer)
        return marks

    return Paper([page])


def agency_head(name: str, sub: str, color: Color) -> Callable[[Canvas], None]:
    def head(c: Canvas) -> None:
        c.setFillColor(color)
        c.setFont("Sans-B", 14)
        c.drawString(72, 744, name)
        c.setFillColor(black)
        c.setFont("Sans", 8)
        c.drawString(72, 732, sub)
        c.setStrokeColor(color)
        c.setLineWidth(1.4)
        c.line(72, 724, W - 72, 724)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)

    return head


def translation_page(head: Callable[[Canvas], None], source_lang: str, original: str, body: Body,
                     cert: str | None, translator: str, title: str, cert_date: dt.date, sign: str, seed: int,
                     size: float = 10.5) -> Paper:
    """A translation agency's English translation of a paper: its letterhead, "CERTIFIED ENGLISH TRANSLATION",
    what was translated, the translated text in a ruled frame, and - when cert is given - the translator's signed
    certification boxed at the foot of the same page."""

    def page(c: Canvas) -> list[Mark]:
        head(c)
        c.setFont("Sans-B", 12)
        c.drawString(72, 700, "CERTIFIED ENGLISH TRANSLATION")
        c.setFont("Sans", 8.5)
        c.drawString(72, 687, f"Translated from: {source_lang}")
        c.drawString(72, 676, f"Original document: {original}")
        c.setLineWidth(0.5)
        c.setStrokeGray(0.55)
        frame_bottom = 212 if cert else 90
        c.rect(66, frame_bottom, W - 132, 664 - frame_bottom, stroke=1, fill=0)
        c.setStrokeColor(black)
        body_text(c, 78, 646, W - 156, body, "Serif", size, size + 3.5)
        marks: list[Mark] = []
        if cert:
            c.setLineWidth(1)
            c.rect(66, 62, W - 132, 138, stroke=1, fill=0)
            c.setFont("Sans-B", 9)
            c.drawString(76, 186, "TRANSLATOR'S CERTIFICATION")
            paragraphs(c, 76, 172, W - 152, [cert], "Serif", 9.5, 12.5)
            c.setFont("Serif", 9.5)
            c.line(76, 86, 276, 86)
            c.drawString(76, 75, translator)
            c.setFont("Serif-I", 8.5)
            c.drawString(76, 66, title)
            c.setFont("Serif", 9.5)
            c.drawString(360, 90, f"Date: {long_date(cert_date)}")
            if sign != "none":
                marks.append(Mark("sig", 84, 88, w=150, seed=seed))
        return marks

    return Paper([page])


def certificate_page(head: Callable[[Canvas], None], paras: Sequence[str], translator: str, title: str,
                     place_date: str, seed: int) -> Paper:
    """A sworn translator's certificate on its own sheet, with a round seal."""

    def page(c: Canvas) -> list[Mark]:
        head(c)
        c.setFont("Serif-B", 15)
        c.drawCentredString(W / 2, 680, "CERTIFICATE OF TRANSLATION")
        c.setFont("Serif-I", 11)
        c.drawCentredString(W / 2, 664, "Übersetzungsbescheinigung")
        y = paragraphs(c, 90, 620, W - 180, paras, "Serif", 11.5, 16, 10)
        c.drawString(90, y - 20, place_date)
        c.line(90, y - 80, 300, y - 80)
        c.drawString(90, y - 94, translator)
        c.setFont("Serif-I", 10)
        c.drawString(90, y - 108, title)
        c.setStrokeColor(Color(0.2, 0.25, 0.5))
        c.setLineWidth(1.5)
        c.circle(440, y - 70, 44, stroke=1, fill=0)
        c.circle(440, y - 70, 36, stroke=1, fill=0)
        c.setFillColor(Color(0.2, 0.25, 0.5))
        c.setFont("Sans-B", 5.8)
        c.drawCentredString(440, y - 60, "SWORN TRANSLATOR")
        c.drawCentredString(440, y - 70, "GERMAN · ENGLISH")
        c.drawCentredString(440, y - 80, "No. ST-4471")
        c.setFillColor(black)
        c.setStrokeColor(black)
        return [Mark("sig", 96, y - 78, w=170, seed=seed)]

    return Paper([page])


def mn_ui_notice(person: str, address: Sequence[str], date: dt.date, weekly: float, begins: dt.date) -> Letter:
    """Minnesota unemployment insurance: a Determination of Benefit Account printed with the Somali ABOVE each
    English paragraph (the applicant chose Somali as a language of notices)."""
    maximum = r2(weekly * 26)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Sans-B", 12)
        c.drawString(60, 748, "MINNESOTA UNEMPLOYMENT INSURANCE")
        c.setFont("Sans", 8)
        c.drawString(60, 737, "PO Box 4629, St. Paul, MN 55101-4629  ·  Applicant help line 651-555-0100")
        c.setFont("Sans", 8.5)
        c.drawRightString(552, 748, f"Date mailed: {mdy(date)}")
        c.drawRightString(552, 737, "Account ID: 7740-118-52")
        c.setLineWidth(1)
        c.line(60, 728, 552, 728)
        y = 706
        c.setFont("Sans", 10)
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 16
        c.setFont("Sans-I", 9.5)
        c.setFillGray(0.3)
        c.drawString(60, y, "Go'aanka Koontada Gunnada Shaqo la'aanta")
        c.setFillColor(black)
        c.setFont("Sans-B", 13)
        c.drawString(60, y - 16, "Determination of Benefit Account")
        y -= 44
        pairs = [
            (f"Koontada gunnadaada waxay bilaabatay {mdy(begins)}. Gunnada toddobaadkii waa ${money(weekly)}. "
             f"Ugu badnaan waxaad heli kartaa ${money(maximum)} muddada koontada.",
             f"Your benefit account begins {mdy(begins)}. Your weekly benefit amount is ${money(weekly)}. "
             f"The maximum you can receive during this benefit account is ${money(maximum)}."),
            ("Toddobaad kasta waa inaad codsataa lacag-bixin. Lacagta waxaa lagu bixiyaa toddobaad kasta.",
             "You must request a payment every week. Benefits are paid weekly."),
            ("Haddii aadan ku raacsanayn go'aankan, waxaad racfaan qaadan kartaa 20 maalmood gudahood.",
             "If you disagree with this determination, you may appeal within 20 calendar days."),
        ]
        for so, en in pairs:
            y = paragraphs(c, 60, y, 492, [so], "Sans-I", 8.5, 11, 2)
            c.setFillColor(black)
            y = paragraphs(c, 60, y, 492, [en], "Sans", 10, 13, 12)
        c.setLineWidth(0.5)
        rows = [("Codsade / Applicant", person), ("Bilowga koontada / Account begins", mdy(begins)),
                ("Gunnada toddobaadkii / Weekly benefit amount", "$" + money(weekly)),
                ("Inta jeer / Frequency", "Toddobaad kasta / Weekly"),
                ("Ugu badnaan / Maximum benefit amount", "$" + money(maximum))]
        for k, v in rows:
            c.rect(60, y - 6, 492, 20, stroke=1, fill=0)
            c.setFont("Sans", 9)
            c.drawString(66, y, k)
            c.setFont("Sans-B", 10)
            c.drawString(330, y, v)
            y -= 20
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", date, probes=[money(weekly), mdy(date)])


def ssa_es_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """Social Security's benefit verification letter written in Spanish (Carta de verificación de beneficios)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Sans-B", 12)
        c.drawString(72, 744, "Administración del Seguro Social")
        c.setFont("Sans", 9)
        c.drawString(72, 731, "Carta de verificación de beneficios")
        c.setFont("Sans", 9)
        c.drawRightString(W - 72, 744, "Oficina del Seguro Social")
        c.drawRightString(W - 72, 733, "2 Mill Street, Lawrence, MA 01840")
        c.drawRightString(W - 72, 722, f"Fecha: {words_date(date, 'es')}")
        c.setFont("Mono", 10)
        y = 690
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 18
        y = paragraphs(c, 72, y, W - 144, [
            "Usted nos pidió una carta que verifique sus beneficios del Seguro Social. Esta carta sirve como "
            "prueba de sus ingresos.",
            f"Información sobre sus beneficios actuales: usted tiene derecho a beneficios mensuales por "
            f"jubilación del Seguro Social desde {words_date(since, 'es')}.",
            "La cantidad completa de su beneficio mensual es la que aparece a continuación. Pagamos los "
            "beneficios del Seguro Social una vez al mes, y el pago de cada mes se recibe en el mes siguiente."],
            "Serif", 11, 14.5, 8)
        c.setLineWidth(0.6)
        c.rect(90, y - 48, W - 180, 52, stroke=1, fill=0)
        c.setFont("Serif", 11)
        c.drawString(100, y - 14, "Beneficio mensual antes de deducciones:")
        c.setFont("Serif-B", 11)
        c.drawRightString(W - 100, y - 14, "$" + money(monthly))
        c.setFont("Serif", 11)
        c.drawString(100, y - 36, "Frecuencia de pago:")
        c.setFont("Serif-B", 11)
        c.drawRightString(W - 100, y - 36, "mensual")
        y = paragraphs(c, 72, y - 74, W - 144, [
            "Sus beneficios pueden estar sujetos al pago de impuestos federales sobre ingresos. Cada enero le "
            "enviamos el formulario SSA-1099 con la cantidad de beneficios que recibió el año anterior.",
            "Si tiene preguntas, llámenos al 1-800-772-1213 (oprima 7 para español)."], "Serif", 11, 14.5, 8)
        c.drawString(72, y - 10, "Administración del Seguro Social")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable",
                  [money(monthly), words_date(date, "es")])


def laurentides_ltd(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
                    claim: str) -> Letter:
    """A disability insurer's bilingual approval: French column at the left, English column at the right."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.1, 0.25, 0.5))
        c.setFont("Serif-B", 15)
        c.drawString(60, 744, "Assurances Laurentides Vie (USA), Inc.")
        c.setFillColor(black)
        c.setFont("Sans", 8)
        c.drawString(60, 732, "Service des réclamations invalidité / Disability Claims  ·  77 Pleasant Street, "
                              "Portland, ME 04101  ·  1-800-555-0162")
        c.setLineWidth(0.8)
        c.line(60, 724, 552, 724)
        c.setFont("Sans", 9.5)
        y = 700
        for ln in [person, *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.drawRightString(552, 700, f"Le {words_date(date, 'fr')}")
        c.drawRightString(552, 688, long_date(date))
        c.drawRightString(552, 676, f"Dossier / Claim no. {claim}")
        y -= 14
        c.setFont("Sans-B", 10.5)
        c.drawString(60, y, "Avis d'approbation - invalidité de longue durée")
        c.drawString(312, y, "Notice of approval - long-term disability")
        c.line(304, y + 12, 304, 250)
        fr = [f"Madame {person.split()[-1]},",
              "Nous avons terminé l'étude de votre demande de prestations d'invalidité de longue durée au titre "
              "du contrat collectif de votre employeur, le Foyer Saint-Joseph de Lewiston. Votre demande est "
              "APPROUVÉE.",
              f"Les prestations commencent le {words_date(since, 'fr')}, après le délai de carence. La prestation "
              f"mensuelle brute est de ${money(monthly)}, versée une fois par mois.",
              "Les primes étant payées par votre employeur, la prestation est imposable. Nous réévaluerons "
              "votre dossier périodiquement."]
        en = [f"Dear Ms. {person.split()[-1]},",
              "We have completed our review of your claim for long-term disability benefits under the group "
              "policy of your employer, Foyer Saint-Joseph of Lewiston. Your claim is APPROVED.",
              f"Benefits begin on {long_date(since)}, after the elimination period. The gross monthly benefit is "
              f"${money(monthly)}, paid once a month.",
              "Because your employer pays the premiums, the benefit is taxable. We will review your claim "
              "periodically."]
        paragraphs(c, 60, y - 22, 236, fr, "Serif", 10, 13, 7)
        paragraphs(c, 312, y - 22, 240, en, "Serif", 10, 13, 7)
        rows = [("Prestation mensuelle brute / Gross monthly benefit", "$" + money(monthly)),
                ("Fréquence / Frequency", "Mensuelle / Monthly"),
                ("Début des prestations / Benefits begin", mdy(since)),
                ("Imposable / Taxable", "Oui / Yes")]
        yy = 226
        for k, v in rows:
            c.rect(60, yy - 6, 492, 20, stroke=1, fill=0)
            c.setFont("Sans", 9)
            c.drawString(66, yy, k)
            c.setFont("Sans-B", 10)
            c.drawString(380, yy, v)
            yy -= 20
        c.setFont("Serif-I", 10)
        c.drawString(60, yy - 16, "Le Service des réclamations invalidité / Disability Claims Department")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable",
                  [money(monthly), words_date(date, "fr")])


def pr_pension_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """A Puerto Rico teachers' pension fund's certification, in Spanish only (cn8)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.15, 0.1))
        c.circle(W / 2, 738, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Serif-B", 11)
        c.drawCentredString(W / 2, 734, "CPM")
        c.setFillColor(black)
        c.setFont("Serif-B", 13)
        c.drawCentredString(W / 2, 704, "CAJA DE PENSIONES DEL MAGISTERIO BORICUA")
        c.setFont("Serif", 9)
        c.drawCentredString(W / 2, 691, "Avenida Ponce de León 1200, San Juan, Puerto Rico 00907  ·  (787) 555-0113")
        c.line(72, 682, W - 72, 682)
        c.setFont("Serif", 11)
        c.drawRightString(W - 72, 660, f"San Juan, Puerto Rico, {words_date(date, 'es')}")
        y = 630
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Serif-B", 12)
        c.drawCentredString(W / 2, y, "CERTIFICACIÓN DE PENSIÓN")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, [
            f"Certificamos que {person} recibe una pensión por años de servicio como maestra retirada del "
            f"sistema de educación pública de Puerto Rico desde el {words_date(since, 'es')}.",
            "La pensión se paga mensualmente, el primer día laborable de cada mes, mediante depósito directo. La "
            "pensión está sujeta al pago de contribuciones sobre ingresos."], "Serif", 11, 14.5, 8)
        rows = [("Pensión mensual bruta", "$" + money(monthly)), ("Frecuencia de pago", "Mensual"),
                ("Fecha de retiro", dmy(since)), ("Sujeta a contribuciones", "Sí")]
        for k, v in rows:
            c.setFont("Serif", 11)
            c.drawString(100, y, k)
            c.setFont("Serif-B", 11)
            c.drawString(320, y, v)
            y -= 16
        y -= 16
        c.setFont("Serif", 11)
        c.drawString(72, y, "Esta certificación se expide a petición de la interesada.")
        c.drawString(72, y - 40, "Lcda. Migdalia Ortiz Santana")
        c.drawString(72, y - 54, "Directora, División de Beneficios")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable",
                  [money(monthly), words_date(date, "es")])


def cosenza_discharge(patient_surname: str, patient_name: str, born: dt.date, admitted: dt.date,
                      discharged: dt.date) -> Letter:
    """An Italian hospital's discharge letter (lettera di dimissione), dated in the Italian way (cn5)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.1, 0.3, 0.55))
        c.setFont("Sans-B", 13)
        c.drawString(72, 746, "AZIENDA OSPEDALIERA DI COSENZA")
        c.setFillColor(black)
        c.setFont("Sans", 9)
        c.drawString(72, 733, "Presidio Ospedaliero «San Bruno» - Unità Operativa Complessa di Neurologia")
        c.drawString(72, 722, "Via degli Ulivi 12, 87100 Cosenza (CS) - Italia - tel. +39 0984 555 210")
        c.line(72, 714, W - 72, 714)
        c.setFont("Serif", 11)
        c.drawRightString(W - 72, 694, f"Cosenza, {dmy(discharged)}")
        c.setFont("Serif-B", 13)
        c.drawCentredString(W / 2, 664, "LETTERA DI DIMISSIONE")
        y = 636
        rows = [("Paziente:", f"{patient_surname.upper()} {patient_name}"), ("Nata il:", f"{dmy(born)} a Cosenza"),
                ("Residente a:", "Providence, Rhode Island (USA)"), ("Data di ricovero:", dmy(admitted)),
                ("Data di dimissione:", dmy(discharged))]
        for k, v in rows:
            c.setFont("Serif", 11)
            c.drawString(72, y, k)
            c.setFont("Serif-B", 11)
            c.drawString(200, y, v)
            y -= 15
        y -= 10
        y = paragraphs(c, 72, y, W - 144, [
            "La paziente è stata ricoverata d'urgenza presso il nostro reparto per un deficit motorio improvviso "
            "dell'emilato destro. Dopo gli accertamenti e le cure del caso è dimessa in condizioni stabili, con "
            "indicazione a proseguire la riabilitazione motoria.",
            "Diagnosi alla dimissione: ictus ischemico.",
            "Si certifica che la paziente non è idonea all'attività lavorativa per un periodo non inferiore a sei "
            "mesi dalla data di dimissione, salvo rivalutazione specialistica.",
            "Si rilascia su richiesta dell'interessata per gli usi consentiti dalla legge."], "Serif", 11, 14.5, 8)
        c.setFont("Serif", 11)
        c.drawString(340, y - 10, "Il Direttore dell'U.O.C. di Neurologia")
        c.drawString(340, y - 24, "Dott. Francesco Greco")
        c.setStrokeColor(Color(0.3, 0.3, 0.6))
        c.setLineWidth(1.2)
        c.circle(180, y - 40, 36, stroke=1, fill=0)
        c.setFillColor(Color(0.3, 0.3, 0.6))
        c.setFont("Sans-B", 6.5)
        c.drawCentredString(180, y - 34, "A.O. COSENZA")
        c.drawCentredString(180, y - 44, "U.O.C. NEUROLOGIA")
        c.setFillColor(black)
        c.setStrokeColor(black)
        return [Mark("sig", 340, y - 56, w=150, seed=811)]

    return Letter(Paper([page]), "medical_statement", discharged, probes=[dmy(discharged)])


def filderwerk_transfer(employee: str, date: dt.date, effective: dt.date, office_close: dt.date) -> Letter:
    """A German employer's letter transferring an employee from its South Carolina liaison office to Stuttgart."""
    head = agency_head("Filderwerk Maschinenbau GmbH",
                       "Personalabteilung · Plieninger Straße 140 · 70567 Stuttgart · Deutschland · "
                       "Telefon +49 711 555 3300", Color(0.3, 0.3, 0.3))
    paras = [f"wie in unserem Gespräch vom 2. Dezember 2061 besprochen, wird unser Verbindungsbüro in Greenville "
             f"(South Carolina) zum {words_date(office_close, 'de')} geschlossen. Mit Wirkung zum "
             f"{words_date(effective, 'de')} versetzen wir Sie daher an unseren Stammsitz in "
             "Stuttgart-Möhringen. Ihre Tätigkeit als Projektingenieur in der Abteilung Vertriebstechnik bleibt "
             "unverändert.",
             "Ihr Arbeitsort ist ab diesem Tag Stuttgart. Die nachgewiesenen Umzugskosten erstatten wir Ihnen bis "
             f"zu einem Höchstbetrag von {money_de(8500)} EUR; die Kosten einer möblierten Wohnung übernehmen wir "
             "für die ersten drei Monate.",
             "Bitte bestätigen Sie den Erhalt dieses Schreibens mit Ihrer Unterschrift auf der beigefügten Kopie."]
    paper = typed_letter([], f"Stuttgart, {words_date(date, 'de')}",
                         [f"Herrn {employee}", "Filderwerk Maschinenbau GmbH - Verbindungsbüro Greenville",
                          "30 East Coffee Street, Greenville, SC 29601, USA"],
                         "Versetzung an den Standort Stuttgart-Möhringen", "Sehr geehrter Herr Köhler,", paras,
                         "Mit freundlichen Grüßen", ["i. A. Dr. Katrin Albrecht, Leiterin Personal"], "screen", 640,
                         head=head, top=712, font="Serif", size=11)
    return Letter(paper, "employer_relocation_letter", date, probes=[words_date(date, "de")])


@dataclass
class PnL:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    probes: list[str] = field(default_factory=list)


def braiding_pnl(owner: str, business: str, start: dt.date, end: dt.date, revenue: Sequence[tuple[str, float]],
                 expenses: Sequence[tuple[str, float]], signed_on: dt.date, seed: int) -> PnL:
    """A bookkeeper's bilingual French / English year-to-date profit and loss statement, signed and dated in ink
    with the date written day first as the form asks (jj/mm/aaaa)."""
    rev = r2(sum(v for _, v in revenue))
    exp = r2(sum(v for _, v in expenses))
    net = r2(rev - exp)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Serif-B", 14)
        c.drawCentredString(W / 2, 740, business.upper())
        c.setFont("Serif", 9.5)
        c.drawCentredString(W / 2, 727, f"{owner}, propriétaire / owner  ·  4471 Karl Road, Suite 4, Columbus, "
                                        "OH 43224")
        c.setFont("Sans-B", 12)
        c.drawCentredString(W / 2, 700, "ÉTAT DES RÉSULTATS / PROFIT AND LOSS STATEMENT")
        c.setFont("Sans", 9.5)
        c.drawCentredString(W / 2, 686, f"Période : du {words_date(start, 'fr')} au {words_date(end, 'fr')}")
        c.drawCentredString(W / 2, 674, f"Period: {long_date(start)} - {long_date(end)}")
        c.setLineWidth(0.6)
        y = 644

        def section(title: str, items: Sequence[tuple[str, float]], total_label: str, total: float) -> None:
            nonlocal y
            c.setFont("Sans-B", 10)
            c.drawString(90, y, title)
            y -= 16
            c.setFont("Sans", 10)
            for k, v in items:
                c.drawString(106, y, k)
                c.drawRightString(520, y, "$" + money(v))
                y -= 14
            c.line(420, y + 9, 522, y + 9)
            c.setFont("Sans-B", 10)
            c.drawString(106, y - 2, total_label)
            c.drawRightString(520, y - 2, "$" + money(total))
            y -= 30

        section("REVENUS / REVENUE", revenue, "Total des revenus / Total revenue", rev)
        section("DÉPENSES / EXPENSES", expenses, "Total des dépenses / Total expenses", exp)
        c.setLineWidth(1.2)
        c.rect(90, y - 8, 432, 24, stroke=1, fill=0)
        c.setFont("Sans-B", 11)
        c.drawString(100, y, "BÉNÉFICE NET / NET INCOME")
        c.drawRightString(516, y, "$" + money(net))
        y -= 44
        c.setFont("Serif", 9.5)
        y = paragraphs(c, 90, y, 432, [
            "Je certifie que cet état est exact et complet. / I certify that this statement is true and complete.",
            "Préparé par / Prepared by: Ndiaye Tax & Bookkeeping, 2920 Cleveland Avenue, Columbus, OH 43224"],
            "Serif", 9.5, 12.5, 6)
        y -= 26
        c.setLineWidth(0.5)
        c.line(90, y, 300, y)
        c.line(360, y, 500, y)
        c.setFont("Sans", 8)
        c.drawString(90, y - 11, f"Signature du propriétaire / Owner's signature ({owner})")
        c.drawString(360, y - 11, "Date (jj/mm/aaaa)")
        return [Mark("sig", 100, y + 2, w=160, seed=seed),
                Mark("hand", 368, y + 4, dmy(signed_on), size=12, seed=seed + 1)]

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True}
    return PnL(Paper([page]), fields, end, ["$" + money(net), words_date(end, "fr")])


def form4506c_hand(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                   client: str, client_phone: str, year: int, phone: str, seed: int) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C filled in by hand - and left UNSIGNED and UNDATED (cn4)."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    pdf = fixed_pypdf_bytes(writer, "cn4506c")
    spots = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street),
             (312, 571, city), (420, 571, state), (474, 571, zipc), (27, 430, client), (474, 430, client_phone),
             (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(year - 2)), (186, 268, "12"),
             (214, 268, "31"), (243, 268, str(year - 1)), (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    marks = [Mark("hand", x, y, t, size=10.5, seed=seed + i) for i, (x, y, t) in enumerate(spots)]
    marks += [Mark("hand", 97, 349, "X", size=10, seed=seed + 50), Mark("hand", 25, 194, "X", size=10, seed=seed + 51)]
    return pdf, marks


def fax_cover(org: str, org_sub: str, sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int,
              note: str) -> Paper:
    """A community association's bilingual French / English fax cover sheet (not a document of the case)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Sans-B", 12)
        c.drawString(72, 740, org)
        c.setFont("Sans", 8.5)
        c.drawString(72, 728, org_sub)
        c.setFont("Sans-B", 30)
        c.drawString(72, 680, "TÉLÉCOPIE / FAX")
        rows = [("À / To :", to), ("Télécopieur / Fax :", to_fax), ("De / From :", sender),
                ("Télécopieur / Fax :", sender_fax), ("Date :", dmy(date) + "  (jj/mm/aaaa)"),
                ("Pages (avec celle-ci / including this one) :", str(pages)), ("Objet / Re :", note)]
        y = 630
        c.setLineWidth(0.7)
        for k, v in rows:
            c.setFont("Sans-B", 10)
            c.drawString(72, y, k)
            c.setFont("Sans", 10.5)
            c.drawString(300, y, v)
            c.line(296, y - 4, 552, y - 4)
            y -= 26
        c.setFont("Sans", 8.5)
        c.drawString(72, y - 20, "Ce document peut contenir des renseignements confidentiels. / This fax may contain "
                                 "confidential information.")
        return []

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    """The mailroom's separator sheet: a QR code reading "LOAN <number>" and the number in print."""
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.QRCode).to_image(scale=8)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Sans-B", 20)
        c.drawCentredString(W / 2, 700, "SEPARATOR SHEET / HOJA SEPARADORA")
        c.setFont("Sans", 11)
        c.drawCentredString(W / 2, 680, "Mailroom - place in front of each borrower packet")
        c.drawImage(ImageReader(code), W / 2 - 90, 460, width=180, height=180)
        c.setFont("Sans-B", 16)
        c.drawCentredString(W / 2, 430, f"LOAN {loan}")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area; only the last four are ever printed on an application
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
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    seed: int = 1
    assets: tuple[float, float] = (640.0, 0.0)  # checking and cash, savings (distractor amounts)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def amount(self, key: str) -> float:
        return self.income.get(key, 0.0)

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


EN_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses",
              "Disaster (natural or man-made)", "Long-term disability or serious illness",
              "Divorce or legal separation", "Separation of unmarried co-borrowers",
              "Death of a borrower or wage earner", "Distant employment transfer / relocation",
              "Other (explain below)")
EN_INCOME = ("Wages, salaries, overtime, tips, commissions, bonuses", "Self-employment income",
             "Unemployment benefits", "Social Security, pension, disability (taxable)",
             "Social Security or disability (non-taxable)", "Rental income", "Investment or insurance income",
             "Other income (alimony, child support, other)")
EN_OCC = ("Primary residence", "Second home", "Investment property")
EN_DUR = ("Short-term (6 months or less)", "Long-term or permanent (more than 6 months)", "Resolved")

# Northstar Commons' language editions: the translation is printed in small italics ABOVE every English caption.
NC_TEXT: dict[str, dict[str, Any]] = {
    "SO": {
        "edition": "Somali / English edition", "edition_tr": "Daabacaadda Af-Soomaali / Ingiriisi",
        "title": "CODSIGA CAAWIMAADDA AMAAHDA GURIGA",
        "intro": "Fadlan buuxi qayb kasta, saxiix bogga 2, oo nala soo raaci dukumentiyada liiska ku qoran.",
        "sections": ("MACLUUMAADKA AMAAH-QAATAYAASHA", "GURIGA", "DHIBAATADA DHAQAALE",
                     "DAKHLIGA BISHII (ka hor canshuurta)", "HANTIDA", "CADDAYN IYO SAXIIXYO"),
        "loan": "Lambarka amaahda", "lang": "Luqadda aad door bidayso", "lang_opts": ("Af-Soomaali", "Ingiriisi"),
        "lang_en": ("Somali", "English"),
        "name": "Magaca buuxa ee amaah-qaataha", "ssn": "4-ta lambar ee ugu dambeeya SSN",
        "phone": "Lambarka taleefanka", "email": "Iimayl", "co": "Magaca buuxa ee amaah-qaataha labaad",
        "street": "Cinwaanka guriga (lambarka iyo waddada)", "city": "Magaalada", "state": "Gobolka",
        "zip": "Koodhka boostada", "occ": "Gurigu waa:",
        "occ_opts": ("Guriga aan ku noolahay", "Guri labaad", "Guri la kireeyo / maalgashi"),
        "start": "Taariikhda dhibaatadu bilaabatay (bisha/maalinta/sannadka)", "dur": "Muddada dhibaatada",
        "dur_opts": ("Muddo gaaban (6 bilood ama ka yar)", "Muddo dheer ama joogto ah", "Waa la xalliyay"),
        "reasons": "Sababaha - calaamadee dhammaan kuwa khuseeya",
        "reason_opts": ("Shaqo la'aan", "Dakhli yaraaday", "Kharashka guriga oo kordhay",
                        "Musiibo (dabiici ama dad sameeyay)", "Naafonimo muddo dheer ah ama xanuun culus",
                        "Furiin ama kala tegid sharci ah", "Kala tegidda amaah-qaatayaal aan is-qabin",
                        "Dhimasho amaah-qaate ama qof dakhli keena", "U wareejin shaqo meel fog",
                        "Wax kale (hoos ku sharax)"),
        "other": "Haddii ay tahay wax kale, sharax", "income_head": "Lacagta bishii",
        "income": ("Mushahar, saacado dheeri ah, tibs, komishan, gunno", "Dakhli shaqo-gaar ah",
                   "Gunnada shaqo la'aanta", "Sooshal Sekyuuriti, hawlgab, naafonimo (canshuur leh)",
                   "Sooshal Sekyuuriti ama naafonimo (aan canshuur lahayn)", "Dakhliga kirada",
                   "Dakhli maalgashi ama caymis", "Dakhli kale (nafaqo, masruufka carruurta, kale)"),
        "total": "WADARTA DAKHLIGA BISHII", "assets": ("Koontada jeegaga iyo lacag caddaan ah", "Keydka (savings)"),
        "cert": "Waxaan caddaynayaa in macluumaadka codsigan ku jira ay run yihiin, iyo in dhibaatada aan sheegay "
                "ay sababtay baahideyda caawimaadda. Waxaan oggolahay inaan keeno dukumentiyada la iga codsado, "
                "waxaanan oggolahay in la eego warbixinta deynta (credit report) ee amaah-qaate kasta.",
        "sig_b": "Saxiixa amaah-qaataha", "sig_c": "Saxiixa amaah-qaataha labaad", "date": "Taariikhda",
        "page": "Bogga {n} ee 2",
    },
    "SW": {
        "edition": "Swahili / English edition", "edition_tr": "Toleo la Kiswahili / Kiingereza",
        "title": "OMBI LA MSAADA WA MKOPO WA NYUMBA",
        "intro": "Tafadhali jaza kila sehemu, tia sahihi ukurasa wa 2, na utume pamoja na nyaraka zilizoorodheshwa.",
        "sections": ("TAARIFA ZA WAKOPAJI", "NYUMBA", "UGUMU WA KIFEDHA", "MAPATO YA KILA MWEZI (kabla ya kodi)",
                     "MALI", "UTHIBITISHO NA SAHIHI"),
        "loan": "Namba ya mkopo", "lang": "Lugha unayopendelea", "lang_opts": ("Kiswahili", "Kiingereza"),
        "lang_en": ("Swahili", "English"),
        "name": "Jina kamili la mkopaji", "ssn": "Tarakimu 4 za mwisho za SSN", "phone": "Namba ya simu",
        "email": "Barua pepe", "co": "Jina kamili la mkopaji mwenza",
        "street": "Anwani ya nyumba (namba na barabara)", "city": "Jiji", "state": "Jimbo", "zip": "Msimbo wa posta",
        "occ": "Nyumba hii ni:", "occ_opts": ("Makazi yangu ya kudumu", "Nyumba ya pili",
                                              "Nyumba ya kupangisha / uwekezaji"),
        "start": "Tarehe ugumu ulipoanza (mwezi/siku/mwaka)", "dur": "Muda wa ugumu",
        "dur_opts": ("Muda mfupi (miezi 6 au chini)", "Muda mrefu au wa kudumu", "Umetatuliwa"),
        "reasons": "Sababu - weka alama kwa zote zinazohusika",
        "reason_opts": ("Ukosefu wa ajira", "Kupungua kwa mapato", "Kuongezeka kwa gharama za nyumba",
                        "Maafa (ya asili au ya binadamu)", "Ulemavu wa muda mrefu au ugonjwa mbaya",
                        "Talaka au kutengana kisheria", "Kutengana kwa wakopaji wasio wanandoa",
                        "Kifo cha mkopaji au mtafutaji riziki", "Kuhamishwa kazini mbali",
                        "Sababu nyingine (eleza hapa chini)"),
        "other": "Kama ni sababu nyingine, eleza", "income_head": "Kiasi kwa mwezi",
        "income": ("Mshahara, saa za ziada, bakshishi, kamisheni, bonasi", "Mapato ya kujiajiri",
                   "Mafao ya ukosefu wa ajira", "Hifadhi ya Jamii, pensheni, ulemavu (yanayotozwa kodi)",
                   "Hifadhi ya Jamii au ulemavu (yasiyotozwa kodi)", "Mapato ya kodi ya nyumba",
                   "Mapato ya uwekezaji au bima", "Mapato mengine (posho, malezi ya watoto, mengineyo)"),
        "total": "JUMLA YA MAPATO KWA MWEZI", "assets": ("Akaunti ya hundi na fedha taslimu", "Akiba"),
        "cert": "Ninathibitisha kwamba taarifa zote katika ombi hili ni za kweli, na kwamba ugumu niliouelezea "
                "ulisababisha hitaji langu la msaada. Ninakubali kutoa nyaraka zitakazoombwa, na ninaruhusu "
                "ripoti ya mikopo ya kila mkopaji ichukuliwe.",
        "sig_b": "Sahihi ya mkopaji", "sig_c": "Sahihi ya mkopaji mwenza", "date": "Tarehe",
        "page": "Ukurasa {n} wa 2",
    },
}
NC_CERT_EN = ("I certify that the information in this application is true and that the hardship I described "
              "contributed to my need for mortgage relief. I agree to provide the documents requested, and I consent "
              "to a credit report for every borrower.")
NAVY = Color(0.08, 0.16, 0.36)


def nc22(app: App, lang: str, ink: bool) -> Paper:
    """Northstar Commons Mortgage Servicing's Form NC-22 in a language edition (NC-22SO Somali, NC-22SW Swahili):
    every caption is the English in bold with its translation in smaller grey italics ABOVE it; the answer sits on
    a rule to the right of the English caption."""
    t = NC_TEXT[lang]
    form = f"NC-22{lang}"
    sd = app.seed

    def cap(c: Canvas, x: float, y: float, tr: str, en: str, size: float = 8.0) -> float:
        c.setFillGray(0.4)
        c.setFont("Sans-I", size - 1.5)
        c.drawString(x, y + size + 1.5, tr)
        c.setFillColor(black)
        c.setFont("Sans-B", size)
        c.drawString(x, y, en)
        return stringWidth(en, "Sans-B", size)

    def fld(c: Canvas, marks: list[Mark], x: float, y: float, w: float, tr: str, en: str, value: str, k: int,
            num: int | None = None) -> None:
        if num is not None:
            c.setFont("Sans-B", 8)
            c.drawRightString(x - 4, y, f"{num}.")
        ew = cap(c, x, y, tr, en)
        c.setLineWidth(0.5)
        c.line(x + ew + 6, y - 2, x + w, y - 2)
        put(c, marks, ink, x + ew + 10, y + 0.5, value, seed=sd + k)

    def band(c: Canvas, y: float, n: int) -> None:
        c.setFillColor(NAVY)
        c.rect(46, y, 520, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 12)
        c.drawString(54, y + 7, str(n))
        c.setFont("Sans-I", 6.5)
        c.drawString(72, y + 15, t["sections"][n - 1])
        c.setFont("Sans-B", 9.5)
        c.drawString(72, y + 4, ("BORROWER INFORMATION", "PROPERTY", "HARDSHIP", "MONTHLY INCOME (before taxes)",
                                 "ASSETS", "CERTIFICATION AND SIGNATURES")[n - 1])
        c.setFillColor(black)

    def opt(c: Canvas, marks: list[Mark], x: float, y: float, checked: bool, tr: str, en: str, k: int) -> None:
        box(c, marks, ink, x, y, checked, seed=sd + 200 + k)
        cap(c, x + 12, y + 0.5, tr, en, 7.5)

    def header(c: Canvas, n: int) -> None:
        cx, cy, r = 62, 744, 13
        pts = []
        for i in range(8):
            ang = math.pi / 2 + i * math.pi / 4
            rad = r if i % 2 == 0 else r * 0.38
            pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        c.setFillColor(NAVY)
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Sans-B", 13)
        c.drawString(82, 746, "NORTHSTAR COMMONS")
        c.setFillColor(black)
        c.setFont("Sans", 7)
        c.drawString(82, 736, "MORTGAGE SERVICING · 1450 University Avenue West, Saint Paul, MN 55104 · (651) 555-0143")
        c.setFillGray(0.4)
        c.setFont("Sans-I", 7.5)
        c.drawRightString(566, 756, t["title"])
        c.setFillColor(black)
        c.setFont("Sans-B", 12)
        c.drawRightString(566, 744, "MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Sans", 7)
        c.drawRightString(566, 724, f"Form {form} (rev. 01/2062) · {t['edition']} · {t['edition_tr']}")
        c.setFillGray(0.4)
        c.setFont("Sans-I", 6.5)
        c.drawCentredString(W / 2, 40, t["page"].format(n=n))
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawCentredString(W / 2, 31, f"{form} · Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 1)
        c.setFillGray(0.4)
        c.setFont("Sans-I", 7)
        c.drawString(46, 712, t["intro"])
        c.setFillColor(black)
        c.setFont("Sans", 8)
        c.drawString(46, 702, "Please complete every section, sign page 2 and return it with the documents on our "
                              "checklist.")
        band(c, 668, 1)
        y = 642
        fld(c, marks, 62, y, 250, t["loan"], "Loan number", app.loan, 1, 1)
        c.setFont("Sans-B", 8)
        c.drawRightString(330, y, "2.")
        cap(c, 334, y, t["lang"], "Preferred language")
        for i, (tr, en) in enumerate(zip(t["lang_opts"], t["lang_en"], strict=True)):
            opt(c, marks, 440 + i * 66, y - 1, i == 0, tr, en, i)
        y -= 30
        fld(c, marks, 62, y, 330, t["name"], "Borrower's full name", app.borrower, 2, 3)
        fld(c, marks, 420, y, 146, t["ssn"], "SSN - last 4", app.ssn[-4:], 3, 4)
        y -= 30
        fld(c, marks, 62, y, 230, t["phone"], "Phone", app.phone, 4, 5)
        fld(c, marks, 320, y, 246, t["email"], "E-mail", app.email, 5, 6)
        y -= 30
        fld(c, marks, 62, y, 330, t["co"], "Co-borrower's full name", app.co or "", 6, 7)
        fld(c, marks, 420, y, 146, t["ssn"], "SSN - last 4", (app.co_ssn or "")[-4:], 7, 8)
        band(c, 520, 2)
        y = 494
        fld(c, marks, 62, y, 504, t["street"], "Property address (number and street)", app.street, 8, 9)
        y -= 30
        fld(c, marks, 62, y, 250, t["city"], "City", app.city, 9, 10)
        fld(c, marks, 340, y, 90, t["state"], "State", app.state, 10, 11)
        fld(c, marks, 456, y, 110, t["zip"], "ZIP code", app.zip, 11, 12)
        y -= 32
        c.setFont("Sans-B", 8)
        c.drawRightString(58, y, "13.")
        cap(c, 62, y, t["occ"], "The property is:")
        for i, (tr, en) in enumerate(zip(t["occ_opts"], EN_OCC, strict=True)):
            opt(c, marks, 150 + i * 140, y - 1, app.occupancy == OCCUPANCIES[i], tr, en, 10 + i)
        band(c, 402, 3)
        y = 376
        fld(c, marks, 62, y, 330, t["start"], "Date the hardship began (mm/dd/yyyy)", mdy(app.start), 12, 14)
        y -= 30
        c.setFont("Sans-B", 8)
        c.drawRightString(58, y, "15.")
        cap(c, 62, y, t["dur"], "Duration")
        for i, (tr, en) in enumerate(zip(t["dur_opts"], ("Short-term (6 months or less)", "Long-term or permanent",
                                                         "Resolved"), strict=True)):
            opt(c, marks, 150 + i * 140, y - 1, app.duration == DURATIONS[i], tr, en, 20 + i)
        y -= 32
        c.setFont("Sans-B", 8)
        c.drawRightString(58, y, "16.")
        cap(c, 62, y, t["reasons"], "Reasons for the hardship - check every one that applies")
        y -= 26
        for i, (tr, en) in enumerate(zip(t["reason_opts"], EN_REASONS, strict=True)):
            col, row = divmod(i, 5)
            opt(c, marks, 66 + col * 252, y - row * 24, HARDSHIPS[i] in app.hardships, tr, en, 30 + i)
        y -= 5 * 24 + 6
        fld(c, marks, 62, y, 504, t["other"], "If other, explain", app.other_text, 13, 17)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        header(c, 2)
        fld(c, marks, 62, 700, 250, t["loan"], "Loan number", app.loan, 14)
        band(c, 664, 4)
        y = 638
        c.setFillGray(0.4)
        c.setFont("Sans-I", 6.5)
        c.drawRightString(560, y + 11, t["income_head"])
        c.setFillColor(black)
        c.setFont("Sans-B", 7.5)
        c.drawRightString(560, y + 2, "Amount per month")
        y -= 24
        for i, (tr, en) in enumerate(zip(t["income"], EN_INCOME, strict=True)):
            c.setFont("Sans-B", 8)
            c.drawRightString(58, y, f"{18 + i}.")
            cap(c, 62, y, tr, en)
            c.setFont("Sans", 9)
            c.drawString(448, y, "$")
            c.setLineWidth(0.5)
            c.rect(458, y - 5, 104, 18, stroke=1, fill=0)
            v = app.amount(INCOMES[i])
            if v > 0:
                put(c, marks, ink, 464, y, money(v), seed=sd + 60 + i)
            y -= 26
        c.setFont("Sans-B", 8)
        c.drawRightString(58, y, "26.")
        cap(c, 62, y, t["total"], "TOTAL MONTHLY INCOME (add lines 18 to 25)", 8.5)
        c.setFont("Sans", 9)
        c.drawString(448, y, "$")
        c.setLineWidth(1.4)
        c.rect(458, y - 5, 104, 18, stroke=1, fill=0)
        put(c, marks, ink, 464, y, money(app.total), font="Mono-B", seed=sd + 70)
        band(c, 340, 5)
        y = 312
        fld(c, marks, 62, y, 300, t["assets"][0], "Checking accounts and cash", money(app.assets[0]), 15, 27)
        fld(c, marks, 380, y, 186, t["assets"][1], "Savings", money(app.assets[1]), 16, 28)
        band(c, 274, 6)
        y = paragraphs(c, 50, 256, 512, [t["cert"]], "Sans-I", 7, 9, 2)
        c.setFillColor(black)
        y = paragraphs(c, 50, y, 512, [NC_CERT_EN], "Sans", 8.5, 11, 4)
        y -= 28
        people = [(t["sig_b"], "Borrower's signature", app.borrower, app.b_signs, app.b_dates, 0)]
        people.append((t["sig_c"], "Co-borrower's signature", app.co or "", bool(app.co) and app.co_signs,
                       bool(app.co) and app.co_signs, 1))
        for tr, en, name, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(50, y, 330, y)
            c.line(370, y, 560, y)
            cap(c, 50, y - 21, tr, en, 7.5)
            cap(c, 370, y - 21, t["date"], "Date (mm/dd/yyyy)", 7.5)
            c.setFont("Sans", 7)
            c.drawString(200, y - 21, name)
            if signs:
                marks.append(Mark("sig", 70, y + 2, w=180, seed=sd + 90 + k))
            if dates:
                put(c, marks, ink, 378, y + 4, mdy(app.signed_on), seed=sd + 95 + k)
            y -= 58
        return marks

    return Paper([page1, page2])


ES_REASONS = ("Desempleo / Unemployment", "Reducción de ingresos / Reduction in income",
              "Aumento de gastos de vivienda / Higher housing expenses", "Desastre / Disaster",
              "Enfermedad grave o discapacidad / Serious illness or disability",
              "Divorcio o separación legal / Divorce or legal separation",
              "Separación de co-dueños no casados / Separation of unmarried co-owners",
              "Muerte de un prestatario o sostén / Death of a borrower or wage earner",
              "Traslado de trabajo lejano / Distant job transfer", "Otra (explique) / Other (explain)")
ES_INCOME = ("Sueldos, salarios, horas extra, propinas / Wages, salaries, overtime, tips",
             "Ingresos de trabajo por cuenta propia / Self-employment income",
             "Beneficios de desempleo / Unemployment benefits",
             "Seguro Social, pensión, incapacidad (tributable) / Social Security, pension, disability (taxable)",
             "Seguro Social o incapacidad (no tributable) / Social Security or disability (non-taxable)",
             "Ingresos de alquiler / Rental income", "Inversiones o seguros / Investment or insurance income",
             "Otros: pensión alimenticia, manutención / Other: alimony, child support")
TEAL = Color(0.0, 0.42, 0.45)


def pc14(app: App, ink: bool) -> Paper:
    """Puerto Claro Mortgage Servicing's Spanish-English form PC-14ES: every caption is Spanish, a slash and the
    English ON THE SAME LINE, ending in a colon, with the answer on the rule after it."""
    sd = app.seed + 300

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(TEAL)
        c.circle(64, 742, 15, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1.6)
        for dy in (-4, 2):
            p = c.beginPath()
            p.moveTo(52, 742 + dy)
            p.curveTo(58, 747 + dy, 64, 737 + dy, 76, 742 + dy)
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Serif-B", 19)
        c.drawString(86, 740, "PUERTO CLARO")
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(86, 729, "MORTGAGE SERVICING, LLC · SERVICIOS HIPOTECARIOS · 2600 Osceola Parkway, Suite 300, "
                              "Kissimmee, FL 34741 · (407) 555-0166")
        c.setFont("Sans-B", 12.5)
        c.drawCentredString(W / 2, 706, "SOLICITUD DE AYUDA HIPOTECARIA / MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Sans", 7.5)
        c.drawCentredString(W / 2, 694, f"Formulario / Form PC-14ES (rev. 03/2061) · Página {n} de 2 / Page {n} of 2")
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.2)
        c.line(50, 688, 562, 688)
        c.setStrokeColor(black)

    def part(c: Canvas, y: float, es: str, en: str) -> float:
        c.setFillColor(Color(0.86, 0.94, 0.94))
        c.rect(50, y, 512, 18, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.rect(50, y, 5, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-B", 9)
        c.drawString(62, y + 5.5, f"{es} / {en}")
        return y - 22

    def row(c: Canvas, marks: list[Mark], y: float, cells: Sequence[tuple[float, float, str, str]], k: int,
            shade: bool) -> float:
        if shade:
            c.setFillColor(Color(0.96, 0.98, 0.98))
            c.rect(50, y - 6, 512, 22, stroke=0, fill=1)
            c.setFillColor(black)
        for i, (x, w, label, value) in enumerate(cells):
            c.setFont("Sans-B", 8)
            c.drawString(x, y, label)
            lw = stringWidth(label, "Sans-B", 8)
            c.setLineWidth(0.5)
            c.line(x + lw + 4, y - 2, x + w, y - 2)
            put(c, marks, ink, x + lw + 8, y + 0.5, value, seed=sd + k * 10 + i)
        return y - 24

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 1)
        y = part(c, 662, "PARTE A — PRÉSTAMO Y PRESTATARIOS", "PART A — LOAN AND BORROWERS")
        y = row(c, marks, y, [(56, 250, "Número de préstamo / Loan number:", app.loan)], 0, True)
        c.setFont("Sans-B", 8)
        c.drawString(320, y + 24, "Idioma / Language:")
        box(c, marks, ink, 402, y + 23, True, seed=sd + 1)
        c.setFont("Sans", 8)
        c.drawString(413, y + 24, "Español / Spanish")
        box(c, marks, ink, 490, y + 23, False, seed=sd + 2)
        c.drawString(501, y + 24, "Inglés / English")
        y = row(c, marks, y, [(56, 506, "Nombre del prestatario / Borrower name:", app.borrower)], 1, False)
        y = row(c, marks, y, [(56, 220, "Últimos 4 del Seguro Social / SSN last 4:", app.ssn[-4:]),
                              (290, 272, "Teléfono / Phone:", app.phone)], 2, True)
        y = row(c, marks, y, [(56, 506, "Correo electrónico / E-mail:", app.email)], 3, False)
        y = row(c, marks, y, [(56, 506, "Nombre del co-prestatario / Co-borrower name:", app.co or "")], 4, True)
        y = row(c, marks, y, [(56, 220, "Últimos 4 del Seguro Social / SSN last 4:", (app.co_ssn or "")[-4:])],
                5, False)
        y = part(c, y - 6, "PARTE B — PROPIEDAD", "PART B — PROPERTY")
        y = row(c, marks, y, [(56, 506, "Dirección de la propiedad / Property address:", app.street)], 6, True)
        y = row(c, marks, y, [(56, 240, "Ciudad / City:", app.city), (306, 100, "Estado / State:", app.state),
                              (416, 146, "Código postal / ZIP:", app.zip)], 7, False)
        c.setFont("Sans-B", 8)
        c.drawString(56, y, "La propiedad es / The property is:")
        opts = ("Residencia principal / Primary residence", "Segunda vivienda / Second home",
                "Inversión o alquiler / Investment or rental")
        for i, lab in enumerate(opts):
            x = 200 if i == 0 else (400 if i == 1 else 200)
            yy = y if i < 2 else y - 16
            box(c, marks, ink, x, yy - 1, app.occupancy == OCCUPANCIES[i], seed=sd + 80 + i)
            c.setFont("Sans", 8)
            c.drawString(x + 12, yy, lab)
        y = part(c, y - 42, "PARTE C — DIFICULTAD ECONÓMICA", "PART C — HARDSHIP")
        y = row(c, marks, y, [(56, 330, "Fecha de inicio / Start date (mm/dd/aaaa):", mdy(app.start))], 8, True)
        c.setFont("Sans-B", 8)
        c.drawString(56, y, "Duración / Duration:")
        durs = ("Corto plazo / Short-term (6 meses o menos / 6 months or less)",
                "Largo plazo o permanente / Long-term or permanent", "Resuelta / Resolved")
        for i, lab in enumerate(durs):
            x, yy = (150, y) if i == 0 else ((150, y - 15) if i == 1 else (400, y - 15))
            box(c, marks, ink, x, yy - 1, app.duration == DURATIONS[i], seed=sd + 90 + i)
            c.setFont("Sans", 8)
            c.drawString(x + 12, yy, lab)
        y -= 38
        c.setFont("Sans-B", 8)
        c.drawString(56, y, "Causas de la dificultad (marque todas las que apliquen) / Causes of the hardship "
                            "(check all that apply):")
        y -= 18
        for i, lab in enumerate(ES_REASONS):
            col, r = divmod(i, 5)
            x, yy = 60 + col * 256, y - r * 17
            box(c, marks, ink, x, yy - 1, HARDSHIPS[i] in app.hardships, seed=sd + 100 + i)
            c.setFont("Sans", 7.6)
            c.drawString(x + 12, yy, lab)
        y -= 5 * 17 + 8
        row(c, marks, y, [(56, 506, "Otra — explique / Other — explain:", app.other_text)], 9, True)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 2)
        y = row(c, marks, 668, [(56, 250, "Número de préstamo / Loan number:", app.loan)], 10, False)
        y = part(c, y - 4, "PARTE D — INGRESOS MENSUALES BRUTOS", "PART D — GROSS MONTHLY INCOME")
        for i, lab in enumerate(ES_INCOME):
            if i % 2 == 0:
                c.setFillColor(Color(0.96, 0.98, 0.98))
                c.rect(50, y - 6, 512, 22, stroke=0, fill=1)
                c.setFillColor(black)
            c.setFont("Sans-B", 7.8)
            c.drawString(56, y, f"{i + 1}. {lab}:")
            c.setFont("Sans", 9)
            c.drawString(452, y, "$")
            c.setLineWidth(0.5)
            c.line(462, y - 2, 560, y - 2)
            v = app.amount(INCOMES[i])
            if v > 0:
                put(c, marks, ink, 468, y + 0.5, money(v), seed=sd + 120 + i)
            y -= 22
        c.setFont("Sans-B", 9)
        c.drawString(56, y - 4, "TOTAL MENSUAL (sume 1 a 8) / MONTHLY TOTAL (add 1 to 8):")
        c.drawString(452, y - 4, "$")
        c.setLineWidth(1.2)
        c.rect(460, y - 10, 102, 20, stroke=1, fill=0)
        put(c, marks, ink, 468, y - 4, money(app.total), font="Mono-B", seed=sd + 130)
        y = part(c, y - 40, "PARTE E — ACTIVOS", "PART E — ASSETS")
        y = row(c, marks, y, [(56, 300, "Cuentas de cheques y efectivo / Checking and cash: $", money(app.assets[0])),
                              (366, 196, "Ahorros / Savings: $", money(app.assets[1]))], 11, True)
        y = part(c, y - 6, "PARTE F — CERTIFICACIÓN Y FIRMAS", "PART F — CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 56, y, 500, [
            "Certifico que la información de esta solicitud es verdadera y que la dificultad descrita contribuyó a "
            "mi necesidad de ayuda. / I certify that the information in this application is true and that the "
            "hardship described contributed to my need for help.",
            "Acepto enviar los documentos que se me pidan y autorizo un informe de crédito de cada prestatario. / I "
            "agree to send the documents requested and authorize a credit report for each borrower."],
            "Sans", 8.5, 11, 5)
        y -= 30
        people = [("Firma del prestatario / Borrower signature:", app.b_signs, app.b_dates, 0),
                  ("Firma del co-prestatario / Co-borrower signature:", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            c.setFont("Sans-B", 8)
            c.drawString(56, y, label)
            lw = stringWidth(label, "Sans-B", 8)
            c.setLineWidth(0.5)
            c.line(56 + lw + 4, y - 2, 380, y - 2)
            c.drawString(390, y, "Fecha / Date (mm/dd/aaaa):")
            c.line(496, y - 2, 562, y - 2)
            if signs:
                marks.append(Mark("sig", 60 + lw + 8, y, w=120, seed=sd + 140 + k))
            if dates:
                put(c, marks, ink, 498, y + 0.5, mdy(app.signed_on), size=9, hand_size=10.5, seed=sd + 145 + k)
            y -= 40
        c.setFont("Sans", 7.5)
        c.drawString(56, y - 6, "Envíe esta solicitud con los documentos de la lista. / Send this application with the "
                                "documents on the checklist.")
        return marks

    return Paper([page1, page2])


# Meridian Crossing's language editions: every caption is the English with its translation in parentheses after it.
MC_TEXT: dict[str, dict[str, Any]] = {
    "FR": {
        "edition": "French-language edition (Édition en langue française)",
        "title": "DEMANDE D'AIDE HYPOTHÉCAIRE", "page": "Page {n} de 2",
        "sections": ("EMPRUNTEURS", "PROPRIÉTÉ", "DIFFICULTÉS FINANCIÈRES", "REVENU MENSUEL BRUT", "ACTIFS",
                     "ATTESTATION ET SIGNATURES"),
        "loan": "Numéro de prêt", "lang": "Langue préférée", "lang_opt": "Français", "name": "Nom de l'emprunteur",
        "ssn": "NAS américain, 4 derniers chiffres", "phone": "Téléphone", "email": "Courriel",
        "co": "Nom du co-emprunteur", "street": "Adresse de la propriété", "city": "Ville", "state": "État",
        "zip": "Code postal", "occ": "La propriété est",
        "occ_opts": ("Résidence principale", "Résidence secondaire", "Immeuble de placement"),
        "start": "Date du début, mm/jj/aaaa", "dur": "Durée",
        "dur_opts": ("Court terme", "Long terme ou permanente", "Réglée"),
        "reasons": "Causes, cochez tout ce qui s'applique",
        "reason_opts": ("Chômage", "Baisse de revenu", "Hausse des frais de logement", "Sinistre",
                        "Invalidité ou maladie grave", "Divorce ou séparation légale",
                        "Séparation de co-emprunteurs non mariés", "Décès d'un emprunteur ou d'un soutien",
                        "Mutation professionnelle lointaine", "Autre"),
        "other": "Si autre, expliquez",
        "income": ("Salaires, heures supplémentaires, pourboires, primes", "Revenu de travail autonome",
                   "Prestations de chômage", "Sécurité sociale, pension, invalidité, imposable",
                   "Sécurité sociale ou invalidité, non imposable", "Revenu locatif",
                   "Revenu de placements ou d'assurance",
                   "Autre revenu : pension alimentaire, autre"),
        "total": "REVENU MENSUEL TOTAL", "assets": ("Comptes chèques et encaisse", "Épargne"),
        "cert": "J'atteste que les renseignements de cette demande sont exacts et que les difficultés décrites ont "
                "contribué à mon besoin d'aide. Je fournirai les documents demandés et j'autorise une vérification "
                "de crédit pour chaque emprunteur.",
        "sig_b": "Signature de l'emprunteur", "sig_c": "Signature du co-emprunteur", "date": "Date, mm/jj/aaaa",
    },
    "DE": {
        "edition": "German-language edition (Deutschsprachige Ausgabe)",
        "title": "ANTRAG AUF HYPOTHEKENHILFE", "page": "Seite {n} von 2",
        "sections": ("DARLEHENSNEHMER", "IMMOBILIE", "FINANZIELLE NOTLAGE", "MONATLICHES BRUTTOEINKOMMEN", "VERMÖGEN",
                     "ERKLÄRUNG UND UNTERSCHRIFTEN"),
        "loan": "Darlehensnummer", "lang": "Bevorzugte Sprache", "lang_opt": "Deutsch",
        "name": "Name des Darlehensnehmers", "ssn": "US-Sozialversicherungsnummer, letzte 4 Ziffern",
        "phone": "Telefon", "email": "E-Mail", "co": "Name des Mitdarlehensnehmers",
        "street": "Anschrift der Immobilie",
        "city": "Stadt", "state": "Bundesstaat", "zip": "Postleitzahl", "occ": "Die Immobilie ist",
        "occ_opts": ("Hauptwohnsitz", "Zweitwohnung", "Vermietete Immobilie"), "start": "Beginn, MM/TT/JJJJ",
        "dur": "Dauer", "dur_opts": ("Kurzfristig", "Langfristig oder dauerhaft", "Behoben"),
        "reasons": "Ursachen, alle zutreffenden ankreuzen",
        "reason_opts": ("Arbeitslosigkeit", "Einkommensminderung", "Gestiegene Wohnkosten", "Katastrophe",
                        "Dauerhafte Erwerbsminderung oder schwere Krankheit", "Scheidung oder Trennung",
                        "Trennung unverheirateter Mitdarlehensnehmer", "Tod eines Darlehensnehmers oder Verdieners",
                        "Versetzung an einen weit entfernten Arbeitsort", "Sonstiges"),
        "other": "Bei Sonstiges, bitte erläutern",
        "income": ("Löhne, Gehälter, Überstunden, Trinkgelder, Prämien", "Einkommen aus selbständiger Tätigkeit",
                   "Arbeitslosengeld", "Sozialversicherung, Rente, Erwerbsminderung, steuerpflichtig",
                   "Sozialversicherung oder Erwerbsminderung, steuerfrei", "Mieteinnahmen",
                   "Kapital- oder Versicherungserträge", "Sonstiges Einkommen: Unterhalt, anderes"),
        "total": "GESAMTES MONATSEINKOMMEN", "assets": ("Girokonten und Bargeld", "Ersparnisse"),
        "cert": "Ich bestätige, dass die Angaben in diesem Antrag wahr sind und dass die beschriebene Notlage zu "
                "meinem Hilfebedarf beigetragen hat. Ich reiche die angeforderten Unterlagen ein und stimme einer "
                "Bonitätsauskunft für jeden Darlehensnehmer zu.",
        "sig_b": "Unterschrift des Darlehensnehmers", "sig_c": "Unterschrift des Mitdarlehensnehmers",
        "date": "Datum, MM/TT/JJJJ",
    },
}
MAROON = Color(0.45, 0.1, 0.12)


def mc40(app: App, lang: str, ink: bool, pen: bool = False) -> Paper:
    """Meridian Crossing Loan Servicing's Form MC-40 in a language edition (MC-40FR French, MC-40DE German):
    every answer is a ruled box whose caption, at the box's top left, is the English followed by the translation
    IN PARENTHESES - "Borrower's name (Nom de l'emprunteur)". ink: every answer written by hand; pen: answers typed
    before printing, only the signature dates written by hand."""
    t = MC_TEXT[lang]
    form = f"MC-40{lang}"
    sd = app.seed + 500

    def cell(c: Canvas, marks: list[Mark], x: float, y: float, w: float, en: str, tr: str, value: str, k: int,
             h: float = 28) -> None:
        c.setLineWidth(0.6)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFont("Sans-B", 6.8)
        c.drawString(x + 3, y + h - 8.5, en)
        c.setFont("Sans", 6.8)
        c.drawString(x + 3 + stringWidth(en, "Sans-B", 6.8) + 3, y + h - 8.5, f"({tr})")
        put(c, marks, ink, x + 6, y + 5, value, seed=sd + k)

    def opt(c: Canvas, marks: list[Mark], x: float, y: float, checked: bool, en: str, tr: str, k: int) -> float:
        box(c, marks, ink, x, y, checked, 7.5, seed=sd + 300 + k)
        c.setFont("Sans", 7.5)
        c.drawString(x + 11, y + 1, f"{en} ({tr})")
        return stringWidth(f"{en} ({tr})", "Sans", 7.5) + 22

    def section(c: Canvas, y: float, n: int, en: str) -> None:
        c.setFillColor(MAROON)
        c.setFont("Sans-B", 9.5)
        c.drawString(50, y, f"SECTION {n} — {en} ({t['sections'][n - 1]})")
        c.setStrokeColor(MAROON)
        c.setLineWidth(1)
        c.line(50, y - 4, 562, y - 4)
        c.setStrokeColor(black)
        c.setFillColor(black)

    def head(c: Canvas, n: int) -> None:
        c.setStrokeColor(MAROON)
        c.setLineWidth(3)
        c.line(50, 732, 74, 756)
        c.line(50, 756, 74, 732)
        c.setStrokeColor(black)
        c.setFillColor(MAROON)
        c.setFont("Serif-B", 16)
        c.drawString(84, 744, "MERIDIAN CROSSING")
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(84, 733, "LOAN SERVICING · P.O. Box 4410, Harrisburg, PA 17111 · (717) 555-0128 · Fax (717) "
                              "555-0129")
        c.setFont("Sans-B", 11.5)
        c.drawCentredString(W / 2, 708, f"MORTGAGE ASSISTANCE APPLICATION ({t['title']})")
        c.setFont("Sans", 7.5)
        c.drawCentredString(W / 2, 696, f"Form {form} · {t['edition']} · Page {n} of 2 ({t['page'].format(n=n)})")

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 1)
        section(c, 672, 1, "BORROWERS")
        y = 632
        cell(c, marks, 50, y, 200, "Loan number", t["loan"], app.loan, 0)
        c.setFont("Sans-B", 7)
        c.drawString(262, y + 17, f"Preferred language ({t['lang']}):")
        opt(c, marks, 262, y + 4, False, "English", "Anglais" if lang == "FR" else "Englisch", 0)
        opt(c, marks, 352, y + 4, True, {"FR": "French", "DE": "German"}[lang], t["lang_opt"], 1)
        y -= 28
        cell(c, marks, 50, y, 332, "Borrower's name", t["name"], app.borrower, 1)
        cell(c, marks, 382, y, 180, "SSN, last 4", t["ssn"], app.ssn[-4:], 2)
        y -= 28
        cell(c, marks, 50, y, 200, "Phone", t["phone"], app.phone, 3)
        cell(c, marks, 250, y, 312, "E-mail", t["email"], app.email, 4)
        y -= 28
        cell(c, marks, 50, y, 332, "Co-borrower's name", t["co"], app.co or "", 5)
        cell(c, marks, 382, y, 180, "SSN, last 4", t["ssn"], (app.co_ssn or "")[-4:], 6)
        section(c, 520, 2, "PROPERTY")
        y = 480
        cell(c, marks, 50, y, 512, "Property street address", t["street"], app.street, 7)
        y -= 28
        cell(c, marks, 50, y, 272, "City", t["city"], app.city, 8)
        cell(c, marks, 322, y, 110, "State", t["state"], app.state, 9)
        cell(c, marks, 432, y, 130, "ZIP code", t["zip"], app.zip, 10)
        y -= 22
        c.setFont("Sans-B", 7.5)
        c.drawString(50, y, f"The property is ({t['occ']}):")
        x = 50.0
        y -= 14
        for i, (en, tr) in enumerate(zip(EN_OCC, t["occ_opts"], strict=True)):
            x += opt(c, marks, x, y, app.occupancy == OCCUPANCIES[i], en, tr, 10 + i)
        section(c, 392, 3, "HARDSHIP")
        y = 352
        cell(c, marks, 50, y, 260, "Date the hardship began, mm/dd/yyyy", t["start"], mdy(app.start), 11)
        c.setFont("Sans-B", 7.5)
        c.drawString(320, y + 18, f"Duration ({t['dur']}):")
        for i, (en, tr) in enumerate(zip(("Short-term", "Long-term or permanent", "Resolved"), t["dur_opts"],
                                         strict=True)):
            opt(c, marks, 320, y + 4 - i * 12, app.duration == DURATIONS[i], en, tr, 20 + i)
        y -= 40
        c.setFont("Sans-B", 7.5)
        c.drawString(50, y, f"Reasons, check all that apply ({t['reasons']}):")
        y -= 16
        for i, (en, tr) in enumerate(zip(EN_REASONS, t["reason_opts"], strict=True)):
            col, r = divmod(i, 5)
            opt(c, marks, 54 + col * 256, y - r * 16, HARDSHIPS[i] in app.hardships,
                en.replace(" (natural or man-made)", "").replace(" (explain below)", ""), tr, 30 + i)
        y -= 5 * 16 + 24
        cell(c, marks, 50, y, 512, "If other, explain", t["other"], app.other_text, 12)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 2)
        cell(c, marks, 50, 650, 200, "Loan number", t["loan"], app.loan, 20)
        section(c, 628, 4, "GROSS MONTHLY INCOME")
        y = 598
        for i, (en, tr) in enumerate(zip(EN_INCOME, t["income"], strict=True)):
            c.setLineWidth(0.4)
            c.rect(50, y, 400, 24, stroke=1, fill=0)
            c.setFont("Sans-B", 7.2)
            c.drawString(54, y + 14, en)
            c.setFont("Sans", 7.2)
            c.drawString(54, y + 4, f"({tr})")
            c.rect(450, y, 112, 24, stroke=1, fill=0)
            c.setFont("Sans", 8)
            c.drawString(454, y + 8, "$")
            v = app.amount(INCOMES[i])
            if v > 0:
                put(c, marks, ink, 466, y + 8, money(v), seed=sd + 60 + i)
            y -= 24
        c.setLineWidth(1.4)
        c.rect(50, y, 512, 24, stroke=1, fill=0)
        c.setFont("Sans-B", 8)
        c.drawString(54, y + 9, f"TOTAL MONTHLY INCOME ({t['total']})")
        c.drawString(454, y + 8, "$")
        put(c, marks, ink, 466, y + 8, money(app.total), font="Mono-B", seed=sd + 70)
        section(c, y - 26, 5, "ASSETS")
        y -= 66
        cell(c, marks, 50, y, 256, "Checking accounts and cash", t["assets"][0], money(app.assets[0]), 21)
        cell(c, marks, 306, y, 256, "Savings", t["assets"][1], money(app.assets[1]), 22)
        section(c, y - 24, 6, "CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 50, y - 44, 512, [
            "I certify that the information in this application is true and that the hardship described contributed "
            "to my need for help. I will provide the documents requested and I authorize a credit check for each "
            f"borrower. ({t['cert']})"], "Sans", 8, 10.5, 4)
        y -= 44
        people = [("Borrower's signature", t["sig_b"], app.b_signs, app.b_dates, 0),
                  ("Co-borrower's signature", t["sig_c"], bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        for en, tr, signs, dates, k in people:
            cell(c, marks, 50, y, 352, en, tr, "", 40 + k, h=36)
            cell(c, marks, 402, y, 160, "Date, mm/dd/yyyy", t["date"], "", 45 + k, h=36)
            if signs:
                marks.append(Mark("sig", 70, y + 6, w=200, seed=sd + 90 + k))
            if dates:
                put(c, marks, ink or pen, 410, y + 7, mdy(app.signed_on), seed=sd + 95 + k)
            y -= 46
        return marks

    return Paper([page1, page2])


FR_REASONS = ("Perte d'emploi / chômage", "Baisse de revenus", "Hausse des frais de logement",
              "Catastrophe naturelle ou humaine", "Invalidité de longue durée ou maladie grave",
              "Divorce ou séparation de corps", "Séparation de co-emprunteurs non mariés",
              "Décès d'un emprunteur ou d'un soutien de famille", "Mutation ou déménagement professionnel lointain",
              "Autre (précisez à la question 14)")
FR_INCOME = ("Salaires, traitements, heures supplémentaires, pourboires, primes",
             "Revenus d'activité indépendante (travail autonome)", "Allocations de chômage",
             "Sécurité sociale, retraite, invalidité (imposables)", "Sécurité sociale ou invalidité (non imposables)",
             "Revenus locatifs", "Revenus de placements ou d'assurances", "Autres revenus (pension alimentaire, etc.)")
SH_GREEN = Color(0.1, 0.35, 0.25)


def sh5f(app: App, ink: bool) -> Paper:
    """Scioto Heritage Mortgage Servicing's French form SH-5F: every question, choice and instruction in French;
    ENGLISH ONLY IN THE SECTION HEADINGS. Dotted leaders after each question; dates day first (jj/mm/aaaa) and
    amounts in the French way (3 420,00), as the form's instructions ask."""
    sd = app.seed + 700

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(SH_GREEN)
        c.rect(50, 728, 6, 32, stroke=0, fill=1)
        c.setFont("Serif-B", 15)
        c.drawString(64, 746, "SCIOTO HERITAGE")
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(64, 734, "MORTGAGE SERVICING · Service d'aide aux emprunteurs · 300 West Spring Street, Columbus, "
                              "OH 43215 · (614) 555-0152")
        c.setFont("Sans", 7.5)
        c.drawRightString(562, 752, f"Formulaire SH-5F — version française · page {n}/2")
        if n == 1:
            c.setFont("Serif-B", 16)
            c.drawCentredString(W / 2, 704, "DEMANDE D'AIDE HYPOTHÉCAIRE")

    def band(c: Canvas, y: float, text: str) -> None:
        c.setFillColor(black)
        c.rect(50, y, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 9)
        c.drawString(56, y + 4.5, text)
        c.setFillColor(black)

    def q(c: Canvas, marks: list[Mark], x: float, y: float, x_end: float, label: str, value: str, k: int,
          size: float = 9) -> None:
        c.setFont("Serif", size)
        c.drawString(x, y, label)
        lw = stringWidth(label, "Serif", size)
        c.setFont("Serif", 7)
        dots = "." * max(0, int((x_end - x - lw - 6) / stringWidth(".", "Serif", 7)))
        c.setFillGray(0.45)
        c.drawString(x + lw + 3, y, dots)
        c.setFillColor(black)
        put(c, marks, ink, x + lw + 8, y + 1.5, value, seed=sd + k)

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 1)
        c.setLineWidth(0.5)
        c.rect(50, 656, 512, 36, stroke=1, fill=0)
        paragraphs(c, 56, 680, 500, [
            "Remplissez toutes les rubriques lisiblement, signez la page 2 et joignez les justificatifs demandés. "
            "Les dates s'écrivent jour/mois/année (jj/mm/aaaa). Les montants sont en dollars américains, par "
            "exemple : 1 250,00."], "Serif-I", 9, 11.5, 0)
        band(c, 616, "A.  BORROWER INFORMATION")
        y = 596
        q(c, marks, 56, y, 330, "1. Numéro de prêt :", app.loan, 1)
        y -= 22
        q(c, marks, 56, y, 562, "2. Nom et prénom(s) de l'emprunteur :", app.borrower, 2)
        y -= 22
        q(c, marks, 56, y, 330, "3. Quatre derniers chiffres du numéro de sécurité sociale :", app.ssn[-4:], 3)
        q(c, marks, 340, y, 562, "4. Téléphone :", app.phone, 4)
        y -= 22
        q(c, marks, 56, y, 562, "5. Courriel :", app.email, 5)
        y -= 22
        q(c, marks, 56, y, 562, "6. Nom et prénom(s) du co-emprunteur (le cas échéant) :", app.co or "", 6)
        y -= 22
        q(c, marks, 56, y, 400, "7. Quatre derniers chiffres du numéro de sécurité sociale du co-emprunteur :",
          (app.co_ssn or "")[-4:], 7)
        band(c, y - 26, "B.  PROPERTY")
        y -= 46
        q(c, marks, 56, y, 562, "8. Adresse du logement (numéro et rue) :", app.street, 8)
        y -= 22
        q(c, marks, 56, y, 290, "9. Ville :", app.city, 9)
        q(c, marks, 296, y, 400, "État :", app.state, 10)
        q(c, marks, 406, y, 562, "Code postal :", app.zip, 11)
        y -= 22
        c.setFont("Serif", 9)
        c.drawString(56, y, "10. Le logement est :")
        for i, lab in enumerate(("ma résidence principale", "une résidence secondaire",
                                 "un bien locatif ou d'investissement")):
            x = 150 + i * 130
            box(c, marks, ink, x, y - 1, app.occupancy == OCCUPANCIES[i], seed=sd + 20 + i)
            c.setFont("Serif", 9)
            c.drawString(x + 11, y, lab)
        band(c, y - 26, "C.  HARDSHIP")
        y -= 46
        q(c, marks, 56, y, 330, "11. Date de début des difficultés (jj/mm/aaaa) :", dmy(app.start), 12)
        y -= 22
        c.setFont("Serif", 9)
        c.drawString(56, y, "12. Durée prévue :")
        for i, lab in enumerate(("courte (6 mois ou moins)", "longue ou permanente (plus de 6 mois)",
                                 "difficulté réglée")):
            x = (140, 265, 440)[i]
            box(c, marks, ink, x, y - 1, app.duration == DURATIONS[i], seed=sd + 30 + i)
            c.setFont("Serif", 9)
            c.drawString(x + 11, y, lab)
        y -= 22
        c.setFont("Serif", 9)
        c.drawString(56, y, "13. Cause(s) des difficultés — cochez toutes les cases qui s'appliquent :")
        y -= 18
        for i, lab in enumerate(FR_REASONS):
            col, r = divmod(i, 5)
            x, yy = 66 + col * 250, y - r * 17
            box(c, marks, ink, x, yy - 1, HARDSHIPS[i] in app.hardships, seed=sd + 40 + i)
            c.setFont("Serif", 9)
            c.drawString(x + 11, yy, lab)
        y -= 5 * 17 + 8
        q(c, marks, 56, y, 562, "14. Si « Autre », précisez :", app.other_text, 13)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 2)
        q(c, marks, 56, 712, 330, "Numéro de prêt :", app.loan, 14)
        band(c, 682, "D.  MONTHLY INCOME")
        y = 660
        c.setFont("Serif", 9)
        c.drawString(56, y, "15. Revenus mensuels bruts du ménage (avant impôts), en dollars US :")
        y -= 20
        for i, lab in enumerate(FR_INCOME):
            c.setFont("Serif", 9)
            text = f"{'abcdefgh'[i]}. {lab}"
            c.drawString(72, y, text)
            lw = stringWidth(text, "Serif", 9)
            c.setFont("Serif", 7)
            c.setFillGray(0.45)
            c.drawString(72 + lw + 3, y, "." * max(0, int((430 - 72 - lw - 6) / stringWidth(".", "Serif", 7))))
            c.setFillColor(black)
            c.setFont("Serif", 9)
            c.drawString(436, y, "$")
            c.setLineWidth(0.5)
            c.line(446, y - 2, 560, y - 2)
            v = app.amount(INCOMES[i])
            if v > 0:
                put(c, marks, ink, 452, y + 1, money_fr(v), seed=sd + 60 + i)
            y -= 21
        c.setFont("Serif-B", 9.5)
        c.drawString(72, y - 2, "i. TOTAL des revenus mensuels (a à h)")
        c.drawString(436, y - 2, "$")
        c.setLineWidth(1.2)
        c.rect(444, y - 9, 118, 20, stroke=1, fill=0)
        put(c, marks, ink, 452, y - 2, money_fr(app.total), font="Mono-B", seed=sd + 70)
        band(c, y - 36, "E.  ASSETS")
        y -= 56
        q(c, marks, 56, y, 330, "16. Comptes courants et espèces ($) :", money_fr(app.assets[0]), 15)
        q(c, marks, 340, y, 562, "17. Épargne ($) :", money_fr(app.assets[1]), 16)
        band(c, y - 26, "F.  CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 56, y - 44, 500, [
            "Je certifie que les renseignements fournis dans cette demande sont exacts et que les difficultés "
            "décrites ont contribué à mon besoin d'aide. Je m'engage à fournir les documents demandés et j'autorise "
            "Scioto Heritage à consulter le dossier de crédit de chaque emprunteur. Toute fausse déclaration faite "
            "sciemment peut constituer une infraction à la loi fédérale."], "Serif", 9, 12, 4)
        y -= 34
        people = [("Signature de l'emprunteur :", app.b_signs, app.b_dates, 0),
                  ("Signature du co-emprunteur :", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            c.setFont("Serif", 9)
            c.drawString(56, y, label)
            lw = stringWidth(label, "Serif", 9)
            c.setLineWidth(0.5)
            c.line(60 + lw, y - 2, 350, y - 2)
            c.drawString(362, y, "Date (jj/mm/aaaa) :")
            c.line(446, y - 2, 560, y - 2)
            if signs:
                marks.append(Mark("sig", 70 + lw, y, w=150, seed=sd + 90 + k))
            if dates:
                put(c, marks, ink, 452, y + 1, dmy(app.signed_on), seed=sd + 95 + k)
            y -= 42
        c.setFont("Serif-I", 8.5)
        c.drawString(56, y - 4, "Renvoyez cette demande avec les justificatifs par courrier, par télécopie au "
                                "(614) 555-0153 ou en ligne.")
        return marks

    return Paper([page1, page2])


# --- the real Form 710 (April 2023) -----------------------------------------------------------------------------

F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.assets[0])}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if type_dates:
        if app.b_dates:
            values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        names = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            names[str(w.get("/T", ""))] = w
        texts = {}
        for name, value in values.items():
            if name not in names:
                continue
            w = names[name]
            if isinstance(value, bool):
                states = [str(k) for k in w["/AP"]["/N"] if str(k) != "/Off"]
                state = NameObject(states[0] if value else "/Off")
                w[NameObject("/V")] = state
                w[NameObject("/AS")] = state
            else:
                texts[name] = value
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    return writer


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed into the AcroForm, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "cn710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    aside: list[tuple[str, int]] = field(default_factory=list)  # fax cover and separator sheet pages
    problems: list[str] = field(default_factory=list)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            else:
                self.aside += [(rel, page + i) for i in range(n)]
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             header: str | None = None) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            else:
                self.aside += [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
            sheets.extend(pages)
        if header:
            fax_header(sheets, header, len(sheets))
        self.files[rel] = scans_pdf(sheets, style)

    def verify(self, what: str, paper: Paper, probes: Sequence[str]) -> None:
        """Every expected value must be printed on its paper: look for each probe in the clean text layer."""
        text = " ".join(clean_text(paper).split()).casefold()
        for pr in probes:
            if " ".join(pr.split()).casefold() not in text:
                self.problems.append(f"{self.name}: {what} does not print {pr!r}")


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(p: Packet, s: Stub) -> Doc:
    p.verify(f"stub {s.date}", s.paper, [*s.probes, s.fields["employee_name"], s.fields["employer"].split(",")[0]])
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(p: Packet, s: Statement) -> Doc:
    p.verify(f"statement {s.date}", s.paper, s.probes)
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(p: Packet, lt: Letter) -> Doc:
    if lt.probes:
        p.verify(f"{lt.type} {lt.date}", lt.paper, lt.probes)
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date, kind: str = "hardship_letter") -> Doc:
    return Doc(kind, {"letter_date": date.isoformat()}, date)


def other_doc() -> Doc:
    return Doc("other", {})


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    blank = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
             "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
             "income": [v for v in app.income.values() if v > 0]}
    out += [f"application_field:{k}" for k, v in blank.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = False
    for a in stmts:  # a newer statement b, fresh, with the statement of the period just before it (a)
        for b in stmts:
            if a.account == b.account and a is not b and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pnl = [d for d in docs if d.type == "profit_and_loss_statement" and d.fields.get("signed") and fresh(d.date)]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or bool(pnl), "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k, v in app.income.items():
        if v > 0 and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if (app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


WH_MN = Withholding(0.07, 0.0535, (("Caymiska caafimaadka | Health insurance", 42.18),))
WH_MA = Withholding(0.06, 0.05, (("Union dues / Cuota sindical", 21.50),))
WH_ME = Withholding(0.10, 0.058, (("Assurance collective (Group insurance)", 64.20),
                                  ("Cotisation syndicale (Union dues)", 28.00)))
WH_OH = Withholding(0.07, 0.0275, (("Dental Plan", 6.10),))
WH_RI = Withholding(0.06, 0.0375, (("RI TDI / Assicurazione invalidità temporanea", 12.40),))
WH_SC = Withholding(0.11, 0.05, (("Krankenversicherung | Medical plan", 88.50), ("401(k) | 401(k)", 143.75)))
WH_FL = Withholding(0.08, 0.0, (("Medical plan (Plan médico)", 57.30), ("Uniform (Uniforme)", 4.50)))


def packet_cn1(seed: int) -> Packet:
    """Somali, Minneapolis: NC-22SO typed and signed on screen; everything e-mailed into a loan folder."""
    received = dt.date(2062, 3, 21)
    addr = ["3318 Bloomington Avenue", "Minneapolis, MN 55407"]
    stubs = [daryeel_stub("Faadumo Cabdi Warsame", "DC-40117", d, 19.25, WH_MN, "5521", seed)
             for d in (dt.date(2062, 3, 3), dt.date(2062, 3, 17))]
    ui = mn_ui_notice("Maxamed Xasan Cali", addr, dt.date(2061, 12, 1), 487.00, dt.date(2061, 11, 19))
    app = App("4630917258", "Faadumo Cabdi Warsame", "934-51-7720", "3318 Bloomington Avenue", "Minneapolis", "MN",
              "55407", "(612) 555-0148", "faadumo.warsame@example.net", "primary_residence",
              ["unemployment", "reduction_in_income"], dt.date(2061, 11, 14), "short",
              {"wages": stubs[-1].monthly, "unemployment": 2110.33}, dt.date(2062, 3, 18), co="Maxamed Xasan Cali",
              co_ssn="934-80-1147", seed=seed + 11, assets=(412.75, 0.0))
    p = Packet("cn1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Codsiga NC-22SO.pdf", paper_pdf(nc22(app, "SO", ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{folder}/mushahar {mdy(s.date).replace('/', '-')}.pdf", paper_pdf(s.paper), (stub_doc(p, s), 1))
    on = dt.date(2062, 3, 16)
    so_paras = [
        "Waxaan idiin soo qorayaa warqaddan si aan u sharaxo dhibaatada dhaqaale ee qoyskayaga haysata. Seygayga "
        "Maxamed Xasan Cali wuxuu muddo lix sano ah ka shaqaynayay shirkad cunto u diyaarisa diyaaradaha garoonka "
        "Minneapolis. 14-kii Nofembar 2061 ayaa shirkaddu shaqada ka joojisay isaga iyo shaqaale kale oo badan.",
        "Tan iyo markaas wuxuu helaa gunnada shaqo la'aanta oo keliya. Aniga waxaan ahay daryeele guryaha; "
        "bilowgii sannadkan saacadahayga waa la dhimay maxaa yeelay mid ka mid ah macaamiishayda ayaa isbitaal la "
        "dhigay. Dakhligayagu aad buu u yaraaday, waxaana dib uga dhacnay lacagta guriga ee Janaayo iyo Febraayo.",
        "Waxaan doonaynaa inaan ku sii noolaano gurigayaga. Waxaan idinka codsanaynaa inaad eegtaan wax ka "
        "beddelka amaahda ama barnaamij kale oo lacagta bishii naga yareeya ilaa Maxamed uu shaqo cusub ka helo."]
    letter = typed_letter([app.borrower + " iyo " + app.co, *addr], f"Minneapolis, {words_date(on, 'so')}",
                          ["Northstar Commons Mortgage Servicing", "Qaybta Caawimaadda Amaahda",
                           "1450 University Avenue West, Saint Paul, MN 55104"],
                          f"Ujeeddo: Codsi caawimaad - lambarka amaahda {app.loan}", "Mudane / Marwo,", so_paras,
                          "Mahadsanid,", [app.borrower, app.co or ""], "screen", seed + 17)
    p.verify("Somali letter", letter, [words_date(on, "so")])
    p.pdf(f"{folder}/warqadda dhibaatada.pdf", paper_pdf(letter), (hardship_doc(on), 1))
    en_body: list[tuple[str, str]] = [
        ("l", f"{app.borrower} and {app.co}, {addr[0]}, {addr[1]}"), ("l", f"Minneapolis, {long_date(on)}"),
        ("l", "To: Northstar Commons Mortgage Servicing, Loan Assistance Department"),
        ("b", f"Subject: Request for assistance - loan number {app.loan}"), ("gap", ""), ("l", "Dear Sir or Madam,"),
        ("p", "I am writing this letter to explain the financial hardship our family is facing. My husband Maxamed "
              "Xasan Cali worked for six years for a company that prepares airline meals at the Minneapolis airport. "
              "On November 14, 2061 the company ended his job and the jobs of many other workers."),
        ("p", "Since then he receives only unemployment benefits. I am a home care worker; at the beginning of this "
              "year my hours were reduced because one of my clients was admitted to the hospital. Our income has "
              "fallen a great deal, and we fell behind on the house payments for January and February."),
        ("p", "We want to keep living in our home. We ask you to consider a modification of the loan or another "
              "program that lowers our monthly payment until Maxamed finds a new job."),
        ("l", "Thank you,"), ("l", f"(signed) {app.borrower}        (signed) {app.co}")]
    tl = translation_page(agency_head("Twin Cities Language Bridge, LLC",
                                      "Certified translation and interpreting · 900 Nicollet Mall, Suite 1400, "
                                      "Minneapolis, MN 55402 · (612) 555-0122", Color(0.0, 0.36, 0.42)),
                          "Somali", f"one-page letter in Somali dated {words_date(on, 'so')}", en_body,
                          "I, Hodan Axmed Jaamac, certify that I am competent to translate from Somali into English "
                          "and that the above is a complete and accurate translation of the attached one-page letter "
                          f"written in Somali by {app.borrower} and {app.co}, dated {words_date(on, 'so')} "
                          f"({long_date(on)}).", "Hodan Axmed Jaamac", "Certified Somali-English translator",
                          dt.date(2062, 3, 18), "screen", seed + 19)
    p.verify("Somali translation", tl, [long_date(on)])
    p.pdf(f"{folder}/hardship letter - English translation.pdf", paper_pdf(tl), (hardship_doc(on), 1))
    p.pdf(f"{folder}/UI determination.pdf", paper_pdf(ui.paper), (letter_doc(p, ui), 1))
    return p


def packet_cn2(seed: int) -> Packet:
    """Spanish, Lawrence MA: PC-14ES filled in by hand; one 300 dpi grey scan behind a QR separator sheet."""
    received = dt.date(2062, 5, 17)
    addr = ["118 Bodwell Terrace", "Lawrence, MA 01841"]
    stubs = [hotel_stub("Yokasta Altagracia Peralta Rosario", "HK-2291", d, 17.85, WH_MA, seed)
             for d in (dt.date(2062, 4, 20), dt.date(2062, 5, 5))]
    ssa = ssa_es_letter("Ramón Antonio Peralta Jiménez", addr, dt.date(2062, 1, 12), 1286.00, dt.date(2059, 6, 1))
    app = App("2208461937", "Yokasta Altagracia Peralta Rosario", "951-27-6604", "118 Bodwell Terrace", "Lawrence",
              "MA", "01841", "(978) 555-0191", "yokasta.peralta@example.com", "primary_residence",
              ["reduction_in_income"], dt.date(2062, 1, 9), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1286.00}, dt.date(2062, 5, 10),
              co="Ramón Antonio Peralta Jiménez", co_ssn="951-04-3318", seed=seed + 21, assets=(388.20, 150.00))
    p = Packet("cn2", received, app, ["income_doc:benefits_taxable"])
    on = dt.date(2062, 5, 10)
    letter = typed_letter([f"{app.borrower}", *addr], f"Lawrence, Massachusetts, {words_date(on, 'es')}",
                          ["Puerto Claro Mortgage Servicing, LLC", "Departamento de Mitigación de Pérdidas",
                           "2600 Osceola Parkway, Suite 300", "Kissimmee, FL 34741"],
                          f"Ref.: Préstamo núm. {app.loan}", "A quien corresponda:", [
                              "Le escribo para explicar por qué nos atrasamos en los pagos de la hipoteca. Trabajo "
                              "como camarera de piso en el hotel Merrimack Grand desde hace nueve años. En enero el "
                              "hotel cerró un ala completa para remodelarla y redujo las horas de todo el "
                              "departamento de limpieza; dejé de recibir horas extra y mi cheque bajó casi "
                              "trescientos dólares cada quincena.",
                              "Mi padre, Ramón Antonio Peralta Jiménez, vive con nosotros y es co-prestatario del "
                              "préstamo. Él recibe su jubilación del Seguro Social, que nos ayuda con la mitad del "
                              "pago, pero no alcanza para cubrir lo que perdimos.",
                              "Queremos quedarnos en nuestra casa. Les pido que revisen nuestro caso para una "
                              "modificación del préstamo o un plan de pagos que podamos cumplir."],
                          "Atentamente,", [app.borrower, app.co or ""], "ink", seed + 27)
    p.verify("Spanish letter", letter, [words_date(on, "es")])
    style = Scan(dpi=300, tilt=0.35, blur=0.6, noise=0.0004)
    p.scan("scan_20620517_0841.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 200)),
        (app_doc(), scan_paper(pc14(app, ink=True), style, seed + 201)),
        (hardship_doc(on), scan_paper(letter, style, seed + 202)),
        (stub_doc(p, stubs[0]), scan_paper(stubs[0].paper, style, seed + 203)),
        (stub_doc(p, stubs[1]), scan_paper(stubs[1].paper, style, seed + 204)),
        (letter_doc(p, ssa), scan_paper(ssa.paper, style, seed + 205))], style)
    return p


def packet_cn3(seed: int) -> Packet:
    """French (Québécois), Lewiston ME: MC-40FR typed, printed, signed in ink and scanned; loose files."""
    received = dt.date(2062, 4, 10)
    addr = ["142 Champlain Street", "Lewiston, ME 04240"]
    stubs = [papeterie_stub("Luc-André Tremblay", "PA-07718", d, 27.40, WH_ME, seed)
             for d in (dt.date(2062, 3, 17), dt.date(2062, 3, 31))]
    ltd = laurentides_ltd("Geneviève Bélanger", addr, dt.date(2062, 2, 10), 2140.00, dt.date(2062, 1, 16),
                          "ILD-62-00418")
    app = App("7015539826", "Geneviève Bélanger", "968-22-4015", "142 Champlain Street", "Lewiston", "ME", "04240",
              "(207) 555-0139", "gbelanger@example.org", "primary_residence", ["disability_or_illness"],
              dt.date(2061, 10, 17), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 2140.00},
              dt.date(2062, 4, 4), co="Luc-André Tremblay", co_ssn="968-35-9902", seed=seed + 31,
              assets=(1204.56, 2500.00))
    p = Packet("cn3", received, app, [])
    loan = app.loan
    style = Scan(dpi=240, tilt=0.45, blur=0.55, noise=0.0005)
    form = mc40(app, "FR", ink=False, pen=True)
    p.scan(f"{loan} demande MC-40FR.pdf", [(app_doc(), scan_paper(form, style, seed + 300))], style)
    for s in stubs:
        p.pdf(f"{loan} releve de paie {s.date.isoformat()}.pdf", paper_pdf(s.paper), (stub_doc(p, s), 1))
    p.pdf(f"{loan} avis invalidite.pdf", paper_pdf(ltd.paper), (letter_doc(p, ltd), 1))
    on = dt.date(2062, 3, 3)
    fr_paras = [
        "Nous vous écrivons pour vous expliquer les difficultés que nous traversons depuis l'automne dernier. En "
        "octobre 2061, j'ai appris que je suis atteinte d'une maladie grave qui m'empêche de travailler. J'ai dû "
        "quitter mon poste de préposée aux bénéficiaires au Foyer Saint-Joseph à la fin de décembre.",
        "Depuis janvier, je reçois des prestations d'invalidité de longue durée de mon assurance collective, mais "
        "elles ne remplacent qu'une partie de mon salaire. Mon conjoint, Luc-André, travaille toujours à la "
        "papeterie de Jay, mais ses heures supplémentaires ont diminué. Avec les frais médicaux, nous n'arrivons "
        "plus à payer l'hypothèque au complet depuis janvier.",
        "Nous tenons à garder notre maison. Nous vous demandons d'étudier notre dossier en vue d'une modification "
        "de notre prêt."]
    letter = typed_letter([f"{app.borrower} et {app.co}", *addr], f"Lewiston (Maine), le {words_date(on, 'fr')}",
                          ["Meridian Crossing Loan Servicing", "Service d'aide aux emprunteurs",
                           "P.O. Box 4410, Harrisburg, PA 17111"],
                          f"Objet : Demande d'aide - prêt n° {loan}", "Madame, Monsieur,", fr_paras,
                          "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
                          [app.borrower, app.co or ""], "ink", seed + 37)
    p.verify("French letter", letter, [words_date(on, "fr")])
    p.scan(f"{loan} lettre.pdf", [(hardship_doc(on), scan_paper(letter, style, seed + 301))], style)
    en_body: list[tuple[str, str]] = [
        ("l", f"{app.borrower} and {app.co}, {addr[0]}, {addr[1]}"), ("l", f"Lewiston (Maine), {long_date(on)}"),
        ("l", "To: Meridian Crossing Loan Servicing, Borrower Assistance Department"),
        ("b", f"Re: Request for assistance - loan no. {loan}"), ("gap", ""), ("l", "Dear Sir or Madam,"),
        ("p", "We are writing to explain the difficulties we have been going through since last fall. In October "
              "2061 I learned that I have a serious illness that prevents me from working. I had to leave my job as "
              "a personal care attendant at the Foyer Saint-Joseph at the end of December."),
        ("p", "Since January I have been receiving long-term disability benefits from my group insurance, but they "
              "replace only part of my salary. My partner, Luc-André, still works at the paper mill in Jay, but his "
              "overtime has decreased. With the medical costs, we have not been able to pay the full mortgage "
              "payment since January."),
        ("p", "We want to keep our home. We ask you to review our file for a modification of our loan."),
        ("l", "Yours sincerely,"), ("l", f"(signed) {app.borrower}        (signed) {app.co}")]
    tl = translation_page(agency_head("Franco-American Language Services",
                                      "Traductions certifiées / Certified translations · 46 Lisbon Street, Lewiston, "
                                      "ME 04240 · (207) 555-0150", Color(0.1, 0.25, 0.5)),
                          "French", f"one-page letter in French dated \u00ab le {words_date(on, 'fr')} \u00bb",
                          en_body,
                          "I, Josée Pelletier, certify that I am fluent in French and English and that the above is a "
                          "true and complete translation of the attached letter in French signed by "
                          f"{app.borrower} and {app.co} and dated {long_date(on)}.", "Josée Pelletier",
                          "Certified translator, French into English", dt.date(2062, 3, 8), "screen", seed + 39)
    p.verify("French translation", tl, [long_date(on)])
    p.pdf(f"{loan} lettre traduction.pdf", paper_pdf(tl), (hardship_doc(on), 1))
    return p


def packet_cn4(seed: int) -> Packet:
    """French (Senegal), Columbus OH: SH-5F written by hand in ink, faxed with the rest behind a bilingual cover."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2062, 6, 9)
    stubs = [warehouse_stub("Ousmane Sow", "BF-118830", d, 18.60, WH_OH, seed)
             for d in (dt.date(2062, 5, 26), dt.date(2062, 6, 2))]
    holder = ["AMINATA DIALLO", "DBA AMINATA AFRICAN HAIR BRAIDING", "4471 KARL ROAD SUITE 4", "COLUMBUS OH 43224"]
    cr_apr = [(3, "SQUARE INC DEPOSIT", 1184.20), (8, "CASH DEPOSIT - BRANCH 04", 620.00),
              (12, "SQUARE INC DEPOSIT", 1306.75), (19, "SQUARE INC DEPOSIT", 988.40),
              (24, "CASH DEPOSIT - BRANCH 04", 540.00), (27, "SQUARE INC DEPOSIT", 1102.65)]
    cr_may = [(2, "SQUARE INC DEPOSIT", 1250.10), (9, "SQUARE INC DEPOSIT", 1033.85),
              (13, "CASH DEPOSIT - BRANCH 04", 710.00), (17, "SQUARE INC DEPOSIT", 1187.30),
              (24, "SQUARE INC DEPOSIT", 1421.60), (29, "CASH DEPOSIT - BRANCH 04", 480.00)]
    s1 = franklin_statement(rng, holder, "4400172239", 2062, 4, 1842.17, cr_apr)
    s2 = franklin_statement(rng, holder, "4400172239", 2062, 5, s1.fields["ending_balance"], cr_may)
    pnl = braiding_pnl("Aminata Diallo", "Aminata African Hair Braiding", dt.date(2062, 1, 1), dt.date(2062, 5, 31),
                       [("Services de tressage / Braiding services", 21940.00),
                        ("Vente de produits capillaires / Hair product sales", 1365.00)],
                       [("Loyer du salon / Salon rent", 5750.00), ("Fournitures / Supplies", 3212.40),
                        ("Services publics / Utilities", 1104.75), ("Assurance / Insurance", 550.00),
                        ("Frais de carte (Square) / Card fees", 482.10),
                        ("Téléphone et internet / Phone and internet", 401.20),
                        ("Publicité / Advertising", 240.00)], dt.date(2062, 6, 5), seed + 45)
    monthly_se = r2(pnl.fields["net_income"] / 5)
    app = App("3390572814", "Aminata Diallo", "977-40-2251", "5219 Sandalwood Drive", "Columbus", "OH", "43229",
              "(614) 555-0177", "aminata.braids@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2061, 9, 15), "short", {"wages": stubs[-1].monthly, "self_employment": monthly_se},
              dt.date(2062, 6, 5), co="Ousmane Sow", co_ssn="977-62-0418", seed=seed + 41, assets=(640.00, 0.0))
    p = Packet("cn4", received, app, ["irs_form_4506c"])
    on = dt.date(2062, 6, 4)
    letter = typed_letter([app.borrower, "5219 Sandalwood Drive", "Columbus, OH 43229"],
                          f"Columbus, le {words_date(on, 'fr')}",
                          ["Scioto Heritage Mortgage Servicing", "Service d'aide aux emprunteurs",
                           "300 West Spring Street", "Columbus, OH 43215"], f"Objet : prêt n° {app.loan}",
                          "Madame, Monsieur,", [
                              "Je m'appelle Aminata Diallo et je tiens un salon de tressage africain sur Karl Road "
                              "depuis 2054. Depuis septembre 2061, la ville fait des travaux sur la route devant le "
                              "salon : l'entrée du parking est fermée la plupart du temps et beaucoup de clientes ne "
                              "viennent plus. Mes revenus ont baissé de près de moitié.",
                              "Mon mari, Ousmane Sow, travaille à l'entrepôt de Buckeye Fulfillment, mais son salaire "
                              "seul ne suffit pas pour la maison, les enfants et le loyer du salon. Nous avons payé "
                              "l'hypothèque en retard plusieurs fois et nous avons manqué le paiement de mai.",
                              "Les travaux doivent finir en août. Nous vous demandons une aide temporaire ou une "
                              "modification du prêt pour garder notre maison."],
                          "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.",
                          [app.borrower, app.co or ""], "ink", seed + 47)
    p.verify("French letter", letter, [words_date(on, "fr")])
    p.verify("P&L", pnl.paper, pnl.probes)
    f4506, marks4506 = form4506c_hand("Aminata", "", "Diallo", "XXX-XX-" + app.ssn[-4:], "5219 Sandalwood Drive",
                                      "Columbus", "OH", "43229", "Scioto Heritage Mortgage Servicing",
                                      "(614) 555-0152", 2062, app.phone, seed + 48)
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    cover = fax_cover("ASSOCIATION DES RESSORTISSANTS OUEST-AFRICAINS DE COLUMBUS",
                      "West African Community Association of Columbus · 3050 Cleveland Avenue, Columbus, OH 43224 · "
                      "tél. (614) 555-0190", "Mariama Ba (bénévole / volunteer)", "(614) 555-0190",
                      "Scioto Heritage Mortgage Servicing", "(614) 555-0153", received, 12,
                      f"Dossier de prêt {app.loan} - A. Diallo / O. Sow")
    p.scan("FAX_20620609_101547.pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(), scan_paper(sh5f(app, ink=True), style, seed + 401)),
        (hardship_doc(on), scan_paper(letter, style, seed + 402)),
        (Doc("profit_and_loss_statement", pnl.fields, pnl.date, signed=True), scan_paper(pnl.paper, style, seed + 403)),
        (stmt_doc(p, s1), scan_paper(s1.paper, style, seed + 404)),
        (stmt_doc(p, s2), scan_paper(s2.paper, style, seed + 405)),
        (stub_doc(p, stubs[0]), scan_paper(stubs[0].paper, style, seed + 406)),
        (stub_doc(p, stubs[1]), scan_paper(stubs[1].paper, style, seed + 407)),
        (Doc("irs_form_4506c", {"signed": False, "signed_on": None}, None, signed=False),
         scan_sheets(f4506, [marks4506], style, seed + 408))],
        style, header="JUN-09-2062 10:15  ARCOA COLUMBUS  614 555 0190  TO: 16145550153")
    return p


def packet_cn5(seed: int) -> Packet:
    """Italian, Providence RI: the real Form 710 typed, signed in ink; the whole envelope in one grey scan."""
    received = dt.date(2062, 4, 19)
    stubs = [trattoria_stub("Salvatore Russo", "TS-014", d, 17.50, WH_RI, seed)
             for d in (dt.date(2062, 4, 7), dt.date(2062, 4, 14))]
    app = App("5127740369", "Giuseppina Esposito", "943-18-5067", "61 Vinton Street", "Providence", "RI", "02909",
              "(401) 555-0126", "g.esposito@example.it", "primary_residence", ["disability_or_illness"],
              dt.date(2062, 2, 3), "long", {"wages": stubs[-1].monthly}, dt.date(2062, 4, 12),
              co="Salvatore Russo", co_ssn="943-72-1190", seed=seed + 51, assets=(930.40, 0.0))
    p = Packet("cn5", received, app, [])
    on = dt.date(2062, 4, 12)
    letter = typed_letter([f"{app.borrower} e {app.co}", "61 Vinton Street", "Providence, RI 02909"],
                          f"Providence, {words_date(on, 'it')}",
                          ["Spett.le servicer del mutuo", "Ufficio assistenza mutuatari"],
                          f"Oggetto: mutuo n. {app.loan} - richiesta di assistenza", "Gentili Signori,", [
                              "vi scriviamo per spiegare le difficoltà che la nostra famiglia sta attraversando. Il 3 "
                              "febbraio 2062, durante una visita ai miei genitori a Cosenza, sono stata colpita da un "
                              "ictus e ricoverata d'urgenza. Sono rimasta in ospedale fino al 21 febbraio e sono "
                              "tornata a Providence a marzo.",
                              "Prima lavoravo come cuoca in una mensa scolastica, ma i medici dicono che non potrò "
                              "lavorare per almeno sei mesi. Ora viviamo solo con lo stipendio di mio marito "
                              "Salvatore, pizzaiolo alla Trattoria Sorrentina, e con le spese mediche e i viaggi non "
                              "riusciamo a pagare la rata del mutuo per intero.",
                              "Vi chiediamo di valutare una modifica del nostro mutuo per poter restare nella nostra "
                              "casa. Alleghiamo la lettera di dimissione dell'ospedale con la traduzione certificata."],
                          "Distinti saluti,", [app.borrower, app.co or ""], "ink", seed + 57)
    p.verify("Italian letter", letter, [words_date(on, "it")])
    discharged = dt.date(2062, 2, 21)
    dis = cosenza_discharge("Esposito", "Giuseppina", dt.date(2013, 8, 14), dt.date(2062, 2, 3), discharged)
    en_body: list[tuple[str, str]] = [
        ("b", "COSENZA HOSPITAL TRUST (Azienda Ospedaliera di Cosenza)"),
        ("l", "«San Bruno» Hospital - Department of Neurology"),
        ("l", "Via degli Ulivi 12, 87100 Cosenza (CS), Italy"),
        ("l", f"Cosenza, {dmy(discharged)} [{long_date(discharged)}]"), ("h", "DISCHARGE LETTER"),
        ("l", "Patient: ESPOSITO Giuseppina"), ("l", "Born on: 08/14/2013 in Cosenza"),
        ("l", "Residing in: Providence, Rhode Island (USA)"),
        ("l", f"Date of admission: {long_date(dt.date(2062, 2, 3))}"),
        ("l", f"Date of discharge: {long_date(discharged)}"), ("gap", ""),
        ("p", "The patient was admitted to our department as an emergency for a sudden motor deficit of the right "
              "side of the body. After the necessary tests and treatment she is discharged in stable condition, with "
              "instructions to continue motor rehabilitation."),
        ("p", "Diagnosis at discharge: ischemic stroke."),
        ("p", "It is certified that the patient is not fit for work for a period of not less than six months from "
              "the date of discharge, subject to re-evaluation by a specialist."),
        ("p", "Issued at the request of the patient for the purposes permitted by law."),
        ("l", "The Director of the Department of Neurology, Dr. Francesco Greco (signed, stamped)")]
    tl = translation_page(agency_head("Ocean State Translation Bureau",
                                      "Certified translations · 10 Dorrance Street, Providence, RI 02903 · "
                                      "(401) 555-0184", Color(0.1, 0.3, 0.55)),
                          "Italian", f"one-page hospital discharge letter dated {dmy(discharged)}", en_body,
                          "I, Maria Teresa Colangelo, certify that I am competent to translate from Italian into "
                          "English and that this is a true and accurate translation of the attached discharge letter "
                          f"of the Azienda Ospedaliera di Cosenza dated {long_date(discharged)}.",
                          "Maria Teresa Colangelo", "ATA-certified translator, Italian into English",
                          dt.date(2062, 4, 3), "ink", seed + 59, size=10)
    p.verify("Italian translation", tl, [long_date(discharged)])
    style = Scan(dpi=240, tilt=0.55, blur=0.5, noise=0.0005)
    p.scan(f"Esposito {app.loan}.pdf", [
        (app_doc(), form710_ink(app, style, seed + 500)),
        (hardship_doc(on), scan_paper(letter, style, seed + 501)),
        (letter_doc(p, dis), scan_paper(dis.paper, style, seed + 502)),
        (hardship_doc(discharged, "medical_statement"), scan_paper(tl, style, seed + 503)),
        (stub_doc(p, stubs[1]), scan_paper(stubs[1].paper, style, seed + 504)),
        (stub_doc(p, stubs[0]), scan_paper(stubs[0].paper, style, seed + 505))], style)
    return p


def packet_cn6(seed: int) -> Packet:
    """German, Greer SC: MC-40DE typed and signed on screen; loose born-digital files named by the loan."""
    received = dt.date(2062, 4, 27)
    stubs = [neckartal_stub("Sabine Köhler", "NA-30418", d, 2875.00, WH_SC)
             for d in (dt.date(2062, 3, 31), dt.date(2062, 4, 15))]
    app = App("8841203375", "Sabine Köhler", "962-57-3384", "219 Hollingsworth Lane", "Greer", "SC", "29650",
              "(864) 555-0162", "sabine.koehler@example.de", "primary_residence", ["relocation"],
              dt.date(2062, 2, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2062, 4, 21),
              co="Matthias Köhler", co_ssn="962-19-7730", seed=seed + 61, assets=(3480.12, 6200.00))
    p = Packet("cn6", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_MC-40DE.pdf", paper_pdf(mc40(app, "DE", ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{loan}_Entgeltabrechnung_{s.date.isoformat()}.pdf", paper_pdf(s.paper), (stub_doc(p, s), 1))
    sent = dt.date(2061, 12, 9)
    tr = filderwerk_transfer("Matthias Köhler", sent, dt.date(2062, 2, 1), dt.date(2062, 1, 31))
    p.pdf(f"{loan}_Versetzungsschreiben.pdf", paper_pdf(tr.paper), (letter_doc(p, tr), 1))
    en_body: list[tuple[str, str]] = [
        ("b", "Filderwerk Maschinenbau GmbH"),
        ("l", "Human Resources · Plieninger Straße 140 · 70567 Stuttgart · Germany"),
        ("l", "To: Mr. Matthias Köhler, Filderwerk Maschinenbau GmbH - Greenville liaison office,"),
        ("l", "30 East Coffee Street, Greenville, SC 29601, USA"),
        ("l", f"Stuttgart, {long_date(sent)}"), ("b", "Re: Transfer to the Stuttgart-Möhringen site"), ("gap", ""),
        ("l", "Dear Mr. Köhler,"),
        ("p", "as discussed in our meeting of December 2, 2061, our liaison office in Greenville (South Carolina) will "
              "close on January 31, 2062. We are therefore transferring you to our headquarters in "
              "Stuttgart-Möhringen effective February 1, 2062. Your position as project engineer in the sales "
              "engineering department remains unchanged."),
        ("p", "From that date your place of work is Stuttgart. We will reimburse your documented moving costs up to "
              "a maximum of EUR 8,500.00 and will pay for a furnished apartment for the first three months."),
        ("p", "Please confirm receipt of this letter by signing the enclosed copy."),
        ("l", "Kind regards,"), ("l", "Filderwerk Maschinenbau GmbH"),
        ("l", "p.p. Dr. Katrin Albrecht, Head of Human Resources (signed)")]
    head = agency_head("Palmetto Sworn Translations, LLC", "German · English · 200 East Camperdown Way, Greenville, "
                       "SC 29601 · (864) 555-0109", Color(0.2, 0.25, 0.5))
    tl = translation_page(head, "German", f"one-page letter of Filderwerk Maschinenbau GmbH dated "
                          f"\u201e{words_date(sent, 'de')}\u201c", en_body, None, "", "", dt.date(2062, 4, 18), "none",
                          seed + 66)
    p.verify("German translation", tl, [long_date(sent)])
    cert = certificate_page(head, [
        "I, Friedrich W. Osterhagen, sworn translator for the German and English languages, certify that the preceding "
        "English text is a true, accurate and complete translation of the original letter in German of Filderwerk "
        f"Maschinenbau GmbH, Stuttgart, to Mr. Matthias Köhler dated {long_date(sent)} (one page), which was "
        "presented to me.",
        "Ich, Friedrich W. Osterhagen, beeidigter Übersetzer für die deutsche und die englische Sprache, bestätige "
        "hiermit die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung."],
        "Friedrich W. Osterhagen", "Sworn translator, German and English",
        f"Greenville, {long_date(dt.date(2062, 4, 18))}", seed + 67)
    p.pdf(f"{loan}_Versetzung_translation.pdf", papers_pdf([tl, cert]),
          (hardship_doc(sent, "employer_relocation_letter"), 1), (other_doc(), 1))
    on = dt.date(2062, 4, 21)
    hl = typed_letter([f"{app.borrower} and {app.co}", "219 Hollingsworth Lane", "Greer, SC 29650"], long_date(on),
                      ["Meridian Crossing Loan Servicing", "P.O. Box 4410", "Harrisburg, PA 17111"],
                      f"Re: Hardship letter - loan number {loan}", "Dear Sir or Madam,", [
                          "My husband Matthias worked for Filderwerk Maschinenbau at its liaison office in Greenville. "
                          "In December his employer closed the office and transferred him back to its headquarters in "
                          "Stuttgart, Germany, effective February 1, 2062. He has been living and working in Stuttgart "
                          "since then; his salary there pays for his apartment and his travel.",
                          "Our two children and I stay in Greer until the end of the school year, and I keep my job at "
                          "Neckartal. My salary alone does not cover the mortgage and the household, and we missed the "
                          "payments for March and April.",
                          "We plan to sell the house in the summer, but we would like to avoid foreclosure and ask for "
                          "a temporary lower payment or a modification until then. The employer's letter and its "
                          "certified translation are enclosed."],
                      "Sincerely,", [app.borrower, app.co or ""], "screen", seed + 68)
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_cn7(seed: int) -> Packet:
    """Swahili, Brooklyn Park MN: NC-22SW written by hand; a loan folder of 240 dpi grey scans."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2062, 6, 16)
    addr = ["7608 Zane Avenue North", "Brooklyn Park, MN 55443"]
    pay = 1072.48
    months = {3: [(3, "BROOKVIEW SENIOR LIVING PAYROLL", pay), (17, "BROOKVIEW SENIOR LIVING PAYROLL", pay),
                  (31, "BROOKVIEW SENIOR LIVING PAYROLL", pay)],
              4: [(14, "BROOKVIEW SENIOR LIVING PAYROLL", pay), (28, "BROOKVIEW SENIOR LIVING PAYROLL", pay)],
              5: [(12, "BROOKVIEW SENIOR LIVING PAYROLL", pay), (26, "BROOKVIEW SENIOR LIVING PAYROLL", pay)]}
    stmts = []
    begin = 412.66
    for month, credits in months.items():  # April is built so May opens where April closed; April never came
        st = elmcreek_statement(rng, "Neema Wanjiru Kamau", addr, "60410387725", 2062, month, begin, credits)
        stmts.append(st)
        begin = st.fields["ending_balance"]
    app = App("0583316402", "Neema Wanjiru Kamau", "989-63-5178", "7608 Zane Avenue North", "Brooklyn Park", "MN",
              "55443", "(763) 555-0114", "neema.kamau@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2062, 1, 9), "long", {"wages": 2340.00}, dt.date(2062, 6, 10), seed=seed + 71,
              assets=(220.00, 0.0))
    p = Packet("cn7", received, app, ["income_doc:wages"])
    on = dt.date(2062, 6, 5)
    sw_paras = [
        "Naitwa Neema Wanjiru Kamau. Nimekuwa nikifanya kazi ya msaidizi wa wauguzi (CNA) katika nyumba ya wazee "
        "hapa Brooklyn Park kwa miaka saba. Tarehe 9 Januari 2062 niliumia mgongo nikimwinua mgonjwa kazini.",
        "Daktari aliniambia nisifanye kazi nzito kwa miezi kadhaa. Sasa ninafanya kazi siku tatu tu kwa wiki, na "
        "mapato yangu yamepungua sana. Nimeshindwa kulipa mkopo wa nyumba kwa miezi miwili.",
        "Naomba mnisaidie kwa kubadilisha masharti ya mkopo ili niendelee kuishi nyumbani kwangu pamoja na watoto "
        "wangu."]
    letter = hand_letter(730, f"Brooklyn Park, {words_date(on, 'sw')}",
                         ["Kwa: Northstar Commons Mortgage Servicing", f"Mkopo namba {app.loan}", "Kwa anayehusika,"],
                         sw_paras, "Asanteni,", app.borrower, seed + 77)
    en_body: list[tuple[str, str]] = [
        ("l", f"Brooklyn Park, {long_date(on)}"), ("l", "To: Northstar Commons Mortgage Servicing"),
        ("l", f"Loan number {app.loan}"), ("l", "To whom it may concern,"),
        ("p", "My name is Neema Wanjiru Kamau. I have worked as a nursing assistant (CNA) at a home for the elderly "
              "here in Brooklyn Park for seven years. On January 9, 2062 I injured my back while lifting a patient "
              "at work."),
        ("p", "The doctor told me not to do heavy work for several months. Now I work only three days a week, and my "
              "income has gone down a lot. I have not been able to pay the house loan for two months."),
        ("p", "I ask you to help me by changing the terms of the loan so that I can continue to live in my home with "
              "my children."),
        ("l", "Thank you,"), ("l", f"(signed) {app.borrower}")]
    tl = translation_page(agency_head("Northern Lights Translation Services",
                                      "Swahili · Somali · Oromo · Amharic · 3001 Hennepin Avenue, Minneapolis, MN "
                                      "55408 · (612) 555-0175", Color(0.16, 0.38, 0.2)),
                          "Swahili", f"one-page handwritten letter in Swahili dated \u201c{words_date(on, 'sw')}\u201d",
                          en_body,
                          "I, Baraka Otieno Mwangi, certify that I am competent to translate from Swahili into English "
                          "and that the above is a true and correct translation of the attached handwritten letter "
                          f"of {app.borrower} dated {long_date(on)}.", "Baraka Otieno Mwangi",
                          "Certified translator, Swahili into English", dt.date(2062, 6, 12), "ink", seed + 79)
    p.verify("Swahili translation", tl, [long_date(on)])
    style = Scan(dpi=240, tilt=0.3, blur=0.55, noise=0.0006)
    folder = app.loan
    p.scan(f"{folder}/SCAN_0001.pdf", [(app_doc(), scan_paper(nc22(app, "SW", ink=True), style, seed + 700))], style)
    for i, st in enumerate((stmts[0], stmts[2])):
        p.scan(f"{folder}/SCAN_000{2 + i}.pdf", [(stmt_doc(p, st), scan_paper(st.paper, style, seed + 701 + i))],
               style)
    p.scan(f"{folder}/SCAN_0004.pdf", [(hardship_doc(on), scan_paper(letter, style, seed + 704)),
                                       (hardship_doc(on), scan_paper(tl, style, seed + 705))], style)
    return p


def packet_cn8(seed: int) -> Packet:
    """Spanish (Puerto Rico), Kissimmee FL: PC-14ES typed and signed on screen - by the borrower only."""
    received = dt.date(2062, 8, 16)
    addr = ["1837 Bahia Vista Court", "Kissimmee, FL 34743"]
    stubs = [resort_stub("Wilfredo Colón Rivera", "LV-55310", d, 21.10, WH_FL, seed)
             for d in (dt.date(2062, 7, 21), dt.date(2062, 8, 4))]
    pension = pr_pension_letter("Nilsa Ortiz Colón", addr, dt.date(2062, 7, 3), 1642.50, dt.date(2058, 7, 1))
    app = App("6902184457", "Wilfredo Colón Rivera", "958-31-6620", "1837 Bahia Vista Court", "Kissimmee", "FL",
              "34743", "(407) 555-0183", "wcolon.rivera@example.com", "primary_residence",
              ["disaster", "increase_in_housing_expenses"], dt.date(2061, 9, 14), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1642.50}, dt.date(2062, 8, 9),
              co="Nilsa Ortiz Colón", co_ssn="958-77-2093", co_signs=False, seed=seed + 81, assets=(1875.33, 0.0))
    p = Packet("cn8", received, app, ["application_signature"])
    loan = app.loan
    p.pdf(f"solicitud PC-14ES {loan}.pdf", paper_pdf(pc14(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"talon {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(p, s), 1))
    p.pdf("certificacion pension Nilsa.pdf", paper_pdf(pension.paper), (letter_doc(p, pension), 1))
    on = dt.date(2062, 8, 9)
    hl = typed_letter([app.borrower, *addr], f"Kissimmee, Florida, {words_date(on, 'es')}",
                      ["Puerto Claro Mortgage Servicing, LLC", "Departamento de Mitigación de Pérdidas",
                       "2600 Osceola Parkway, Suite 300", "Kissimmee, FL 34741"], f"Ref.: Préstamo núm. {loan}",
                      "Estimados señores:", [
                          "Les escribo para explicar nuestra situación. En septiembre del año pasado el huracán "
                          "dañó el techo de nuestra casa y el agua entró a dos cuartos. El seguro pagó solo una "
                          "parte de la reparación y tuvimos que usar nuestros ahorros y tarjetas de crédito para "
                          "terminarla.",
                          "En enero la compañía de seguros aumentó la prima de la póliza de la casa en más de $2,400 "
                          "al año, y el pago mensual de la hipoteca subió por el escrow. Con mi salario del resort y "
                          "la pensión de maestra retirada de mi esposa Nilsa no nos alcanza para el nuevo pago.",
                          "Queremos conservar nuestra casa. Les pedimos que revisen nuestra solicitud para una "
                          "modificación del préstamo."],
                      "Atentamente,", [app.borrower], "screen", seed + 87)
    p.verify("Spanish letter", hl, [words_date(on, "es")])
    p.pdf(f"carta {loan}.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cn1, packet_cn2, packet_cn3, packet_cn4, packet_cn5, packet_cn6,
                                             packet_cn7, packet_cn8]


def as_case(exp: dict[str, Any]) -> dict[str, Any]:
    """expected.json dressed as a case.json, to check that it scores perfectly against itself."""
    app = {k: ({"value": v} if k != "income" else {ik: {"value": iv} for ik, iv in v.items()})
           for k, v in (exp["application"] or {}).items()}
    docs = [{"pages": d["pages"], "type": d["type"], "fields": {k: {"value": v} for k, v in d["fields"].items()}}
            for d in exp["documents"]]
    return {"status": exp["status"], "missing": [{"code": c} for c in exp["missing"]], "application": app,
            "documents": docs}


def check(out: Path, aside: dict[str, list[tuple[str, int]]]) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario."""
    import re

    sys.path.insert(0, str(REPO / "tests"))
    from sample_compare import compare

    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if name not in aside:
            continue
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2062 or received.weekday() > 4:
            problems.append(f"{name}: received_on {received} is not a weekday of 2062")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                path = exp_path.parent / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if pg["page"] > len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                has_text = bool(reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                days = (dt.date.fromisoformat(f["period_end"]) - dt.date.fromisoformat(f["period_start"])).days + 1
                if not {"weekly": (7,), "biweekly": (14,), "semimonthly": (13, 14, 15, 16),
                        "monthly": (28, 29, 30, 31)}[f["frequency"]].count(days):
                    problems.append(f"{name}: pay period of {days} days for {f['frequency']}")
        for path in sorted((exp_path.parent / "inbox").rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            reader = readers.setdefault(rel, PdfReader(path))
            for i, page in enumerate(reader.pages, 1):
                if (rel, i) not in seen and (rel, i) not in aside.get(name, []):
                    problems.append(f"{name}: page {rel}#{i} belongs to no document")
                if re.search(r"\b9\d\d-\d\d-\d{4}\b", page.extract_text() or ""):
                    problems.append(f"{name}: a full SSN is printed on {rel}#{i}")
        result = compare(exp, as_case(exp))
        problems += [f"{name}: self-compare {c.kind} {c.label}" for c in result.wrong()]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written, and rebuild "
                                                          "each packet to see that it is the same bytes")
    ap.add_argument("--only", nargs="*", help="build only these packets (cn1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    aside: dict[str, list[tuple[str, int]]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        problems += p.problems
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        aside[p.name] = p.aside
        pages = sum(len(PdfReader(io.BytesIO(d)).pages) for d in p.files.values())
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{pages} pages, {sum(len(d['pages']) for d in exp['documents'])} document pages)")
        if args.check:
            again = build(args.seed)
            digest = {k: hashlib.sha256(v).hexdigest() for k, v in p.files.items()}
            if digest != {k: hashlib.sha256(v).hexdigest() for k, v in again.files.items()}:
                problems.append(f"{name}: a rebuild with the same seed gives different bytes")
    if args.check:
        problems += check(args.out, aside)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
