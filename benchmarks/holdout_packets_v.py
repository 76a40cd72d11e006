"""A twenty-second holdout set of borrower packets (v1..v6), laid out unlike the shared samples and unlike the a
(first), b, c, ... t and u sets, written without looking at the service's code, rules or tests, to gauge honestly how
it reads layouts it has never seen.

    python benchmarks/holdout_packets_v.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Weighted toward the
common case: the real Form 710 in three packets, three servicers' own forms, ordinary pay stubs, statements and letters.
New here: the real Form 710 in three deliveries not used before - typed through its AcroForm, printed, signed and dated
in blue ink by both spouses and mailed, the mailroom scanning the whole envelope at 300 dpi into ONE colour "compact"
(mixed raster content) PDF: every page a 100 dpi JPEG background with the print lifted out and a 300 dpi one-bit text
mask painted from a coarse colour layer (the ink stays blue, the text is in no single image), behind a Code 128
"LOAN <number>" cover sheet with Kodak-style PATCH T sheets between the documents; printed blank and filled in pen in
joined lower-case print (not capitals), then faxed in fine mode (1728 x 2156 dots, 204 x 196 dpi, CCITT G4) from a
pack-and-ship store over a noisy line, so some pages carry dropped, repeated and streaked scan lines, behind the
store's hand-filled cover; and typed through its AcroForm and signed with a CERTIFICATE - a real detached PKCS#7
signature in the form's signature field (adbe.pkcs7.detached, a self-signed key drawn from the seed), its appearance
"Digitally signed by ... Date: 2030.06.10 16:22:05 -05'00'" - sent by the borrower's attorney as its own file beside an
exhibits bundle. A servicer's mobile web form (Sorrel Creek Home Lending) at its "Review and submit" step saved by the
phone's browser as a FULL-PAGE PDF: one narrow page 390 points wide and as tall as the scrolled screen, answers in cards
under small grey labels, hardship reasons as on/off TOGGLE switches, a drop-down for the duration, income as added
sources with a total, both borrowers' typed e-signatures with their time stamps. A servicer's affidavit-style
application (Northgate Harbor Servicing, NHS-12) with dark section tabs whose titles run UP the left edge, answers typed
into pale yellow fields, occupancy, intent and duration chosen by STRIKING THROUGH the words that do not apply, hardship
reasons claimed by the applicant's INITIALS in a column beside each reason, an income table by applicant and
co-applicant with a total, and an optional notary block left blank; typed in its PDF, then struck, initialled, signed
and dated in blue ink. A servicer's one-sheet TABLOID (11 x 17, landscape) worksheet (Cedar Lantern Mortgage, CLM-1117)
in four columns mailed folded, labels in small capitals over writing lines, filled in by hand in capitals with ticks.
Pay stubs: a county sheriff's office bi-weekly "Payroll Advice" for a 911 dispatcher (caption cells, REG / OT15 / LONG /
SDIF codes, "Advice Date" for the pay date, "Calendar YTD", three totals boxes, hours cut mid-year so the year to date
runs ahead of the current check), a semiconductor fab's weekly "Pay Statement" from a payroll provider with THIS PAY and
YEAR TO DATE as two separate panels, a contact centre's semi-monthly self-service download that opens with a sentence
("..., you were paid $1,327.64 on December 5, 2030 for the period Nov 16, 2030 to Nov 30, 2030"), a brewery's
bi-weekly stub with two-digit years and a boxed net pay, and a water authority's semi-monthly salaried "Employee Pay
Summary" with ISO dates and a four-tile summary. Statements: a community bank's two-page small-business statement
("Statement Dates 8/01/30 thru 8/31/30", the summary on dotted leaders, "Balance last statement" / "Balance this
statement", a daily balance list) showing the business's card deposits and a tenant's rent, a national bank's two-page
checking statement with a shaded summary rail, printed on both sides of thin paper so each side SHOWS THROUGH the other,
mirrored, and a broker's two-page monthly statements with a systematic monthly withdrawal. Letters and papers: typed
hardship letters signed in ink (one printed on a failing inkjet whose banding cuts thin white lines through the print),
a hardship letter written by hand, a county HR memo cutting hours (an "other" paper), a VA disability award letter, a
county retirement association's survivor continuance letter, a certified death certificate on security paper, a
recorded quitclaim deed signed and notarized, a signed year-to-date profit and loss, the real IRS Form 4506-C (page 1,
Rev. 10-2022) filled and signed by hand, an attorney's cover letter and EXHIBIT slip sheets with Bates numbers on every
page of the bundle. Co-borrowers in two packets (v1, v2). Delivered as: one colour MRC scan behind the cover sheet with
patch sheets; a secure-message folder named for the borrower (not a loan number) holding the tall page, two downloaded
stubs and a phone-app scan named "Scan 3.pdf"; one fine-mode fax under the fax server's name; a loan folder where the
mailroom's scanner wrote EVERY PAGE AS ITS OWN FILE (the two-page application and the two-page statement each span two
files); two e-mailed files, the certificate-signed Form 710 and a merged bundle mixing born-digital pages with a
300 dpi scan, Bates-stamped; and a loan folder holding one copier scan whose pages are each a stack of sixteen JPEG
STRIPS, the tabloid sheet first among letter pages.

Complete: v1, v3, v5. Incomplete for different reasons: v2 the unmarried co-borrowers have split and the borrower's
letter says the house has not been signed over - no recorded quitclaim deed or binding agreement
(hardship_doc:separation_unmarried); v4 spousal support is claimed on the affidavit but only one month's bank statement
shows it and nothing else gives its amount and frequency, the quitclaim deed documenting the divorce and the pay stub
the wages (income_doc:other); v6 the VA award letter is the only paper for the VA disability compensation and it is
more than 90 days old, while two consecutive brokerage statements do document the investment income
(income_doc:benefits_nontaxable).

This set is standalone: its people, pens (a single-stroke alphabet of its own with capitals, lower case and figures,
smoothed and wobbled letter by letter, with a quick joined signature), printers, scanners, fax and PDF writers and the
checklist (`missing_codes`, shared/spec/checklist.md) are written here, so expected status and missing codes follow
from the values drawn and not from a hand-written answer. expected.json also carries `acknowledgment_due` (received +
5 business days, legal public holidays skipped: Columbus Day, Veterans Day, Christmas, Memorial Day, Juneteenth and
Labor Day each fall inside one packet's window); the comparison ignores it. `--check` builds the set again and confirms
that every file is the same bytes for the seed, that every page of every file belongs to exactly one document (cover,
separator, patch, exhibit and fax cover sheets aside), that `scanned` matches the pages' text layers (Bates numbers
aside), that born-digital documents print their key values, that the rules give each scenario's codes, that the
acknowledgment date is right, that pay-stub arithmetic holds, that no full SSN (all in the 900-999 area) reaches
expected.json, that expected.json scores perfectly against itself through tests/sample_compare.compare, and that the
signature's /ByteRange covers the file around its /Contents. Received dates fall in 2030.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import logging
import math
import os
import random
import shutil
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import holidays
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

logging.getLogger("pypdf").setLevel(logging.ERROR)

Date = dt.date
LETTER = letter  # (612, 792)
TABLOID_LANDSCAPE = (1224.0, 792.0)


def shared_folder() -> Path:
    """shared/ beside the checkout (or LOSSMIT_SHARED), where the blank Form 710 and the 4506-C live."""
    if os.environ.get("LOSSMIT_SHARED"):
        return Path(os.environ["LOSSMIT_SHARED"])
    return Path(__file__).resolve().parents[2] / "shared"


FORM710 = shared_folder() / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = shared_folder() / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIRS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/truetype/dejavu")
SYNTHETIC = "synthetic test document - fictional people and companies"


# --------------------------------------------------------------------------------------------------------
# small helpers: money, dates, calendar
# --------------------------------------------------------------------------------------------------------

def cents(value: float) -> int:
    return round(value * 100)


def dollars(c: int) -> float:
    return round(c / 100, 2)


def money(c: int, sign: bool = False) -> str:
    text = f"{abs(c) / 100:,.2f}"
    if c < 0:
        return f"-{text}"
    return f"${text}" if sign else text


def mdy(d: Date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: Date) -> str:
    return d.strftime("%m/%d/%y")


def words(d: Date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_words(d: Date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def month_end(year: int, month: int) -> Date:
    nxt = Date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(d: Date, n: int) -> Date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return Date(year, month, min(d.day, month_end(year, month).day))


def us_holidays(years: Iterable[int]) -> dict[Date, str]:
    """Legal public holidays (5 U.S.C. 6103) with their observed days."""
    return dict(holidays.US(years=list(years)))


def business_days_after(start: Date, count: int) -> Date:
    off = us_holidays(range(start.year, start.year + 2))
    day = start
    while count:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            count -= 1
    return day


def iso(d: Date | None) -> str | None:
    return d.isoformat() if d else None


# --------------------------------------------------------------------------------------------------------
# fictional people and places
# --------------------------------------------------------------------------------------------------------

FIRST = ["Marisol", "Desmond", "Ingrid", "Tobias", "Priyanka", "Rafferty", "Oluwaseun", "Colette", "Anselm",
         "Yesenia", "Barnaby", "Thandiwe", "Leopold", "Noor", "Casimir", "Rosalind", "Ezekiel", "Mireille",
         "Dashiell", "Imogen", "Kwabena", "Lucinda", "Ignatius", "Saoirse", "Fitzgerald", "Annika", "Montgomery",
         "Zuleika", "Horatio", "Philippa", "Jun", "Beatriz", "Everett", "Genevieve", "Osvaldo", "Henrietta"]
MIDDLE = "ABCDEFGHJKLMNPRSTVW"
LAST = ["Okonkwo-Reyes", "Vandermeer", "Castellanos", "Pryzbylski", "Halloran", "Achterberg", "Delacroix",
        "Nakashima", "Szabo", "Whitcombe", "Abernathy", "Lindqvist", "Mbeki", "Fairweather", "Quintanilla",
        "Oyelaran", "Brandvold", "Tremblay", "Ruiz-Ortega", "McAllister", "Kowalczyk", "Haverford", "Esposito",
        "Thorsen", "Ballantyne", "Ferreira", "Gallagher", "Underwood", "Yamaguchi", "Ostrowski"]
STREETS = ["Bramblewood Ln", "Quarry Hill Rd", "Tamarack Ct", "Old Mill Pond Dr", "Larkspur Ave", "Sawgrass Way",
           "Fenwick St", "Honeylocust Cir", "Ridgeback Trl", "Cobblestone Pl", "Wrenfield Dr", "Juniper Hollow Rd",
           "Ashbury Ter", "Kettle Creek Blvd", "Stonebridge Pkwy", "Marigold Ln", "Foxtail Run", "Pelham Row"]
PLACES = [("Brookhaven Falls", "OH", "43"), ("Cedar Mesa", "NM", "87"), ("Ellsworth Point", "MI", "49"),
          ("Granger Hollow", "TN", "37"), ("Harlow Springs", "GA", "30"), ("Kinsey Ridge", "PA", "17"),
          ("Lake Orrin", "MN", "56"), ("Marston", "NC", "27"), ("North Tilden", "WI", "54"),
          ("Pine Bluff Crossing", "AR", "72"), ("Red Hollow", "VA", "24"), ("Silverlake Junction", "CO", "80"),
          ("Tullahoma Flats", "KY", "42"), ("Westbury Heights", "IN", "46"), ("Yarrow Bay", "WA", "98")]


@dataclass
class Person:
    first: str
    middle: str
    last: str
    ssn: str  # never-issued 9xx area
    dob: Date
    phone: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.middle}. {self.last}"

    @property
    def plain(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def last4(self) -> str:
        return self.ssn[-4:]

    @property
    def initials(self) -> str:
        return f"{self.first[0]}{self.middle}{self.last[0]}"


@dataclass
class Address:
    street: str
    city: str
    state: str
    zip: str

    @property
    def line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def city_line(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


class People:
    """Draws distinct fictional people and addresses from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.firsts = FIRST[:]
        self.lasts = LAST[:]
        rng.shuffle(self.firsts)
        rng.shuffle(self.lasts)

    def person(self, last: str | None = None, age: int = 45) -> Person:
        rng = self.rng
        first = self.firsts.pop()
        surname = last or self.lasts.pop()
        ssn = f"{rng.randint(900, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        dob = Date(2030 - age, rng.randint(1, 12), rng.randint(1, 28))
        phone = f"({rng.randint(2, 9)}{rng.randint(10, 99)}) 555-{rng.randint(100, 199):04d}"
        email = f"{first.lower()}.{surname.split('-')[0].lower()}{rng.randint(1, 99)}@example.net"
        return Person(first, rng.choice(MIDDLE), surname, ssn, dob, phone, email)

    def address(self) -> Address:
        rng = self.rng
        city, state, prefix = rng.choice(PLACES)
        street = f"{rng.randint(110, 9890)} {rng.choice(STREETS)}"
        return Address(street, city, state, f"{prefix}{rng.randint(100, 999)}")

    def loan(self) -> str:
        return f"{self.rng.choice(['00', '0', '4', '7'])}{self.rng.randint(10**8, 10**9 - 1)}"[:10]


# --------------------------------------------------------------------------------------------------------
# hand writing: a single-stroke alphabet of our own, smoothed and wobbled per letter
# --------------------------------------------------------------------------------------------------------
# Each glyph: strokes separated by "|", points "x,y" on a grid where the baseline is y=0, the x-height 6,
# capitals and ascenders 10, descenders -4. A point written twice makes a sharp corner.

GLYPHS: dict[str, str] = {
    "A": "0,0 3.5,10 3.5,10 7,0|1.4,4 5.6,4", "B": "0,0 0,10 0,10 4,10 5.6,8.8 5.4,6.4 3.8,5.2 0,5.2|3.8,5.2 "
    "5.9,4 6,1.4 4.4,0 0,0", "C": "6.4,8.6 4.8,10 2.5,9.8 0.6,7.8 0,5 0.6,2 2.5,0 4.8,0 6.4,1.4",
    "D": "0,0 0,10 0,10 3.4,10 5.8,8.2 6.5,5 5.9,1.9 3.4,0 0,0", "E": "6,10 0,10 0,10 0,0 0,0 6,0|0,5.2 4.4,5.2",
    "F": "6,10 0,10 0,10 0,0|0,5.2 4.4,5.2", "G": "6.4,8.6 4.8,10 2.5,9.8 0.6,7.8 0,5 0.6,2 2.5,0 4.9,0.1 6.5,2 "
    "6.5,4.5 6.5,4.5 3.9,4.5", "H": "0,0 0,10|6,0 6,10|0,5.2 6,5.2", "I": "1.5,0 1.5,10|0,10 3,10|0,0 3,0",
    "J": "6,10 6,2.6 4.6,0 2,0 0.3,2", "K": "0,0 0,10|6,10 6,10 0,4|2,5.8 6.5,0", "L": "0,10 0,0 0,0 5.5,0",
    "M": "0,0 0,10 0,10 4,3 4,3 8,10 8,10 8,0", "N": "0,0 0,10 0,10 6,0 6,0 6,10",
    "O": "3.5,10 1,8.5 0,5 1,1.5 3.5,0 6,1.5 7,5 6,8.5 3.5,10", "P": "0,0 0,10 0,10 4,10 6,8.6 6,6.4 4,5 0,5",
    "Q": "3.5,10 1,8.5 0,5 1,1.5 3.5,0 6,1.5 7,5 6,8.5 3.5,10|4,2.5 7,-0.8",
    "R": "0,0 0,10 0,10 4,10 6,8.6 6,6.4 4,5 0,5|3,5 6.5,0",
    "S": "6,8.6 4.5,10 2,10 0.3,8.5 0.5,6.5 3,5.3 5.5,4.2 6.2,2 4.5,0 2,0 0,1.5", "T": "0,10 7,10|3.5,10 3.5,0",
    "U": "0,10 0,3 1.5,0.3 3.5,0 5.5,0.3 7,3 7,10", "V": "0,10 3.5,0 3.5,0 7,10",
    "W": "0,10 2.2,0 2.2,0 4.5,7 4.5,7 6.8,0 6.8,0 9,10", "X": "0,10 6.5,0|6.5,10 0,0",
    "Y": "0,10 3.5,5 3.5,5 7,10|3.5,5 3.5,0", "Z": "0,10 6.5,10 6.5,10 0,0 0,0 6.5,0",
    "0": "3,10 1,8.5 0,5 1,1.5 3,0 5,1.5 6,5 5,8.5 3,10", "1": "1,8 3,10 3,10 3,0",
    "2": "0.3,8 1.8,9.8 4,9.8 5.6,8.2 5.3,6 0,0 0,0 6,0",
    "3": "0.3,8.8 2,10 4.2,10 5.6,8.6 5.2,6.4 3,5.4|3,5.4 5.4,4.4 6,2 4.5,0.1 2,0 0,1.3",
    "4": "4.5,0 4.5,10 4.5,10 0,3 0,3 6.3,3", "5": "5.8,10 1,10 1,10 0.5,5.6 3,6.3 5.3,5.5 6,3 5,0.6 3,0 0.2,1",
    "6": "5.5,9.5 3.5,10 1.5,8.8 0.3,5.5 0.5,2 2.5,0 4.5,0.2 6,2.2 5.8,4.4 4,5.8 2,5.5 0.4,3.8",
    "7": "0,10 6,10 6,10 2,0", "8": "3,5.3 0.8,6.8 0.8,8.8 3,10 5.2,8.8 5.2,6.8 3,5.3 0.3,3.5 0.3,1.2 3,0 "
    "5.7,1.2 5.7,3.5 3,5.3", "9": "5.6,6.2 4,4.6 1.8,4.6 0.2,6.2 0.4,8.7 2.4,10 4.4,9.8 5.8,7.7 5.8,4 4.8,1 "
    "2.8,0 0.8,0.6",
    "a": "5,5 3.5,6 1.5,5.6 0.2,3.5 0.5,1 2,0 3.8,0.6 5,2.5|5,6 5,1 5.6,0",
    "b": "0,10 0,0|0,3 1.2,5.4 3,6 4.8,5 5.4,3 4.8,0.9 3,0 1.2,0.6 0,2",
    "c": "4.8,5 3.3,6 1.5,5.5 0.2,3 0.8,0.8 2.5,0 4.8,0.8",
    "d": "5,3 3.8,5.5 2,6 0.5,4.8 0,2.8 0.7,0.7 2.3,0 3.8,0.6 5,2.5|5,10 5,0.6 5.6,0",
    "e": "0.4,3 4.9,3.2 4.6,5 3,6 1.2,5.3 0.2,3 0.8,0.8 2.6,0 4.6,0.8",
    "f": "4.3,9.5 3,10 1.8,9.3 1.6,7 1.6,0|0,6 3.6,6",
    "g": "5,5 3.5,6 1.5,5.6 0.2,3.5 0.5,1.4 2,0.4 3.8,1 5,3|5,6 5,-2.5 3.8,-4 1.6,-4 0.3,-2.8",
    "h": "0,10 0,0|0,3.4 1.5,5.5 3,6 4.4,5.3 4.8,3.5 4.8,0", "i": "1,6 1,0|0.6,7.9 1.5,9.1 0.9,9.2",
    "j": "2.5,6 2.5,-2.6 1.6,-4 0,-3.4|2.1,7.9 3,9.1 2.4,9.2", "k": "0,10 0,0|4.3,6 4.3,6 0,2.4|1.6,3.4 4.6,0",
    "l": "1,10 1,1 1.6,0 2.3,0.2", "m": "0,6 0,0|0,4 1.2,5.8 2.4,6 3.3,5 3.5,0|3.5,4 4.7,5.8 6,6 6.8,5 7,0",
    "n": "0,6 0,0|0,4 1.4,5.7 3,6 4.2,5.3 4.6,3.5 4.6,0", "o": "2.6,6 0.8,5.2 0,3 0.8,0.8 2.6,0 4.4,0.8 5.2,3 "
    "4.4,5.2 2.6,6", "p": "0,6 0,-4|0,3 1.2,5.4 3,6 4.8,5 5.4,3 4.8,0.9 3,0 1.2,0.6 0,2",
    "q": "5,3 3.8,5.5 2,6 0.5,4.8 0,2.8 0.7,0.7 2.3,0 3.8,0.6 5,2.5|5,6 5,-4 6,-3.3",
    "r": "0,6 0,0|0,3.4 1.4,5.5 3,6 4,5.6", "s": "4.2,5.2 2.6,6 0.9,5.5 0.7,4 2.3,3.1 4,2.2 4.3,0.9 2.7,0 "
    "0.8,0.2 0,0.9", "t": "1.6,9 1.6,1 2.4,0 3.6,0.3|0,6 3.6,6",
    "u": "0,6 0,1.8 1,0.2 2.4,0 3.8,0.8 4.6,2.5|4.6,6 4.6,0", "v": "0,6 2.4,0 2.4,0 4.8,6",
    "w": "0,6 1.7,0 1.7,0 3.4,4.5 3.4,4.5 5.1,0 5.1,0 6.8,6", "x": "0,6 4.6,0|4.6,6 0,0",
    "y": "0,6 2.4,0.4|4.8,6 2.2,-2.2 1.2,-3.8 0,-4", "z": "0,6 4.6,6 4.6,6 0,0 0,0 4.8,0",
    ".": "0.2,0.1 0.9,0.4 0.6,0.9 0.1,0.5 0.2,0.1", ",": "0.9,0.9 0.9,0.2 0.3,-1.9", "-": "0.3,4 3.6,4",
    "/": "0,-0.5 4,10.5",
    ":": "0.5,5.5 0.6,5.9|0.5,0.2 0.6,0.6", "'": "0.6,10 0.4,7.4", "+": "0,4 5,4|2.5,1.5 2.5,6.5",
    "$": "5.4,8.2 4,9.2 2,9.2 0.5,8 0.6,6.3 2.8,5.2 4.9,4.2 5.5,2.3 4,0.8 1.8,0.8 0,1.8|2.8,10.8 2.8,-0.8",
    "#": "1.5,0 2.5,10|4,0 5,10|0,3.3 6,3.3|0.5,6.7 6.5,6.7", "(": "2.5,10.5 0.6,7 0.3,3 2.5,-1",
    ")": "0,10.5 1.9,7 2.2,3 0,-1", "&": "6,0 1.5,6.5 1.3,8.6 2.6,10 4,9.2 4,7.5 0.4,3.4 0.6,1 2.4,0 4.2,0.6 6,3.5",
    "@": "5.4,4.6 4.5,5.8 2.8,5.6 1.9,3.5 2.7,1.9 4.4,2.3 5.4,4.4|5.6,5.8 5.3,2.6 6.5,1.9 7.9,3.6 7.6,6.8 5,8.6 "
    "2,8 0.2,5 0.8,1.4 3.6,-0.6 6.6,0.2", "%": "0,0 5.5,10|1.2,9.5 0.4,8.4 1.2,7.2 2,8.4 1.2,9.5|4.4,2.8 3.6,1.6 "
    "4.4,0.4 5.2,1.6 4.4,2.8", "*": "2,9 2,5|0.4,8 3.6,6|0.4,6 3.6,8",
}
ADVANCE_EXTRA = {"i": -0.6, "l": -1.0, "j": -1.0, ".": -0.6, ",": -0.6, ":": -0.8, "'": -1.2, "f": -0.8,
                 "t": -0.6, "I": -0.8, "1": -0.8}


def parse_glyph(spec: str) -> list[list[tuple[float, float]]]:
    return [[(float(a), float(b)) for a, b in (p.split(",") for p in s.split())] for s in spec.split("|")]


PARSED = {k: parse_glyph(v) for k, v in GLYPHS.items()}


def glyph_width(ch: str) -> float:
    if ch == " ":
        return 4.2
    strokes = PARSED.get(ch) or PARSED.get(ch.upper())
    if not strokes:
        return 4.0
    return max(x for s in strokes for x, _ in s) + 2.2 + ADVANCE_EXTRA.get(ch, 0.0)


def catmull_rom(points: list[tuple[float, float]], steps: int = 5) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    ext = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k])
                                    * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in (0, 1)))
    out.append(points[-1])
    return out


@dataclass
class Hand:
    """One writer's habits: slant, letter size, spacing, wobble, pen width and ink."""

    rng: random.Random
    slant: float = 0.18  # shear of x by y
    wobble: float = 0.35  # grid units of per-point jitter
    spacing: float = 1.0
    pen_pt: float = 0.9
    ink: tuple[int, int, int] = (25, 25, 30)
    caps: bool = False  # prints everything in capitals

    def strokes(self, text: str, x: float, y: float, size: float) -> tuple[list[list[tuple[float, float]]], float]:
        """Strokes (page units, y downward) writing `text` with its baseline at y; size = capital height."""
        rng = self.rng
        unit = size / 10.0
        out: list[list[tuple[float, float]]] = []
        cx = x
        drift = 0.0
        for ch in (text.upper() if self.caps else text):
            drift += rng.uniform(-0.05, 0.05) * unit
            drift = max(-0.8 * unit, min(0.8 * unit, drift))
            scale = unit * rng.uniform(0.93, 1.07)
            if ch != " " and (ch in PARSED or ch.upper() in PARSED):
                glyph = PARSED.get(ch) or PARSED[ch.upper()]
                for stroke in glyph:
                    pts = [(px + rng.uniform(-self.wobble, self.wobble), py + rng.uniform(-self.wobble, self.wobble))
                           for px, py in stroke]
                    smooth = catmull_rom(pts, 4)
                    out.append([(cx + (px + py * self.slant) * scale, y + drift - py * scale) for px, py in smooth])
            cx += glyph_width(ch) * scale * self.spacing * rng.uniform(0.95, 1.06)
        return out, cx - x

    def width(self, text: str, size: float) -> float:
        return sum(glyph_width(c) for c in (text.upper() if self.caps else text)) * size / 10.0 * self.spacing

    def signature(self, name: str, x: float, y: float, size: float) -> list[list[tuple[float, float]]]:
        """A fast joined signature: the two initials large, the rest as a run of loops, a tail."""
        rng = self.rng
        parts = name.replace(".", "").split()
        first, last = parts[0], parts[-1]
        strokes: list[list[tuple[float, float]]] = []
        cx = x
        for word in (first, last):
            cap, _ = Hand(rng, slant=self.slant + 0.15, wobble=0.5).strokes(word[0].upper(), cx, y, size * 1.35)
            strokes += cap
            cx += glyph_width(word[0].upper()) * size * 0.135 * 0.8
            run: list[tuple[float, float]] = [(cx, y - size * 0.1)]
            for i, _ch in enumerate(word[1:].lower()):
                h = size * rng.uniform(0.3, 0.75) * (1.25 if i % 3 == 1 else 1.0)
                w = size * rng.uniform(0.22, 0.34)
                run += [(cx + w * 0.35 + h * 0.3, y - h), (cx + w * 0.7 + h * 0.2, y - h * 0.55),
                        (cx + w, y - size * 0.05)]
                cx += w
            strokes.append(catmull_rom(run, 5))
            cx += size * 0.5
        tail = [(cx - size * 0.6, y + size * 0.05), (cx + size * 0.2, y - size * 0.15),
                (cx + size * 0.9, y + size * 0.05)]
        strokes.append(catmull_rom(tail, 6))
        under = [(x + size * 0.2, y + size * 0.35), ((x + cx) / 2, y + size * rng.uniform(0.25, 0.5)),
                 (cx, y + size * 0.2)]
        if rng.random() < 0.6:
            strokes.append(catmull_rom(under, 6))
        return strokes


def draw_strokes(draw: ImageDraw.ImageDraw, strokes: list[list[tuple[float, float]]], px_per_unit: float,
                 width_px: float, ink: tuple[int, ...]) -> None:
    w = max(1, round(width_px))
    r = w / 2
    for stroke in strokes:
        pts = [(px * px_per_unit, py * px_per_unit) for px, py in stroke]
        if len(pts) == 1:
            pts = pts * 2
        draw.line(pts, fill=ink, width=w, joint="curve")
        for px, py in (pts[0], pts[-1]):
            draw.ellipse((px - r, py - r, px + r, py + r), fill=ink)


@dataclass
class Pen:
    """A mark made on paper after printing, in points from the page's top-left corner."""

    page: int
    x: float
    y: float  # baseline, or the box's centre for marks
    text: str = ""
    size: float = 10.0  # capital height, points
    kind: str = "text"  # text | sign | check | cross | strike | initials
    width: float = 0.0  # strike length / box size


def apply_pens(image: Image.Image, pens: Sequence[Pen], page: int, dpi: float, hand: Hand) -> Image.Image:
    """Write the pens of `page` onto a rendered page image (RGB), in the writer's hand."""
    mine = [p for p in pens if p.page == page]
    if not mine:
        return image
    image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    k = dpi / 72.0
    width_px = hand.pen_pt * k
    for pen in mine:
        if pen.kind in ("text", "initials"):
            strokes, _ = hand.strokes(pen.text, pen.x, pen.y, pen.size)
        elif pen.kind == "sign":
            strokes = hand.signature(pen.text, pen.x, pen.y, pen.size)
        elif pen.kind == "check":
            s = pen.width or 8
            strokes = [catmull_rom([(pen.x - s * 0.45, pen.y), (pen.x - s * 0.1, pen.y + s * 0.4),
                                    (pen.x + s * 0.25, pen.y - s * 0.2), (pen.x + s * 0.7, pen.y - s * 0.9)], 4)]
        elif pen.kind == "cross":
            s = (pen.width or 8) * 0.42
            j = hand.rng.uniform
            strokes = [[(pen.x - s + j(-1, 1), pen.y - s), (pen.x + s, pen.y + s + j(-1, 1))],
                       [(pen.x + s + j(-1, 1), pen.y - s), (pen.x - s, pen.y + s)]]
        elif pen.kind == "strike":
            n = max(3, int(pen.width / 12))
            tilt = hand.rng.uniform(-1.5, 1.5)
            pts = [(pen.x - 3 + (pen.width + 6) * i / n, pen.y + tilt * (i / n - 0.5) + hand.rng.uniform(-1.4, 1.4))
                   for i in range(n + 1)]
            strokes = [catmull_rom(pts, 4)]
            if pen.width > 60 and hand.rng.random() < 0.7:  # a second pass back over long words
                back = [(x, y + hand.rng.uniform(0.8, 2.2)) for x, y in reversed(pts)]
                strokes.append(catmull_rom(back, 4))
        else:
            raise ValueError(pen.kind)
        draw_strokes(draw, strokes, k, width_px, hand.ink)
    return image


# --------------------------------------------------------------------------------------------------------
# born-digital pages: a reportlab canvas with the origin at the top-left
# --------------------------------------------------------------------------------------------------------

class Sheet:
    def __init__(self, c: rl_canvas.Canvas, size: tuple[float, float]) -> None:
        self.c = c
        self.w, self.h = size

    def text(self, x: float, y: float, s: str, size: float = 9, font: str = "Helvetica", align: str = "l",
             gray: float | None = None, color: tuple[float, float, float] | None = None) -> None:
        c = self.c
        c.setFont(font, size)
        if color:
            c.setFillColorRGB(*color)
        elif gray is not None:
            c.setFillGray(gray)
        else:
            c.setFillGray(0)
        if align == "r":
            c.drawRightString(x, self.h - y, s)
        elif align == "c":
            c.drawCentredString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)
        c.setFillGray(0)

    def rect(self, x: float, y: float, w: float, h: float, fill: float | tuple[float, float, float] | None = None,
             stroke: bool = True, lw: float = 0.6, radius: float = 0) -> None:
        c = self.c
        c.setLineWidth(lw)
        if isinstance(fill, tuple):
            c.setFillColorRGB(*fill)
        elif fill is not None:
            c.setFillGray(fill)
        if radius:
            c.roundRect(x, self.h - y - h, w, h, radius, stroke=int(stroke), fill=int(fill is not None))
        else:
            c.rect(x, self.h - y - h, w, h, stroke=int(stroke), fill=int(fill is not None))
        c.setFillGray(0)

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.5, gray: float = 0,
             dash: Sequence[float] | None = None) -> None:
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeGray(gray)
        c.setDash(*(dash,) if dash else ())
        if not dash:
            c.setDash()
        c.line(x1, self.h - y1, x2, self.h - y2)
        c.setStrokeGray(0)
        c.setDash()

    def wrap(self, x: float, y: float, width: float, text: str, size: float = 9, font: str = "Helvetica",
             leading: float | None = None, gray: float | None = None) -> float:
        """Word-wrapped paragraph starting with its first baseline at y; returns the next free baseline."""
        leading = leading or size * 1.3
        line = ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if stringWidth(trial, font, size) > width and line:
                self.text(x, y, line, size, font, gray=gray)
                y += leading
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size, font, gray=gray)
            y += leading
        return y

    def box_check(self, x: float, y: float, checked: bool, s: float = 8) -> None:
        """A printed square with its top-left at x, y, crossed when typed as checked."""
        self.rect(x, y, s, s, lw=0.6)
        if checked:
            self.line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5, lw=1)
            self.line(x + s - 1.5, y + 1.5, x + 1.5, y + s - 1.5, lw=1)

    def synthetic(self) -> None:
        self.text(self.w / 2, self.h - 8, SYNTHETIC, 5, align="c", gray=0.7)


def build_pdf(pages: Sequence[Callable[[Sheet], None]], size: tuple[float, float] = LETTER,
              title: str = "", author: str = "", creator: str = "", producer: str | None = None,
              sizes: Sequence[tuple[float, float]] | None = None) -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    if producer:
        c.setProducer(producer)
    for i, draw in enumerate(pages):
        psize = sizes[i] if sizes else size
        c.setPageSize(psize)
        sheet = Sheet(c, psize)
        draw(sheet)
        sheet.synthetic()
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------------------
# rendering, scanning and image PDFs
# --------------------------------------------------------------------------------------------------------

def render(data: bytes, dpi: float, forms: bool = False) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    try:
        if forms:
            doc.init_forms()
        images = []
        for i in range(len(doc)):
            page = doc[i]
            images.append(page.render(scale=dpi / 72.0, may_draw_forms=forms).to_pil().convert("RGB"))
        return images
    finally:
        doc.close()


def font(size_px: int, name: str = "LiberationSans-Regular.ttf") -> ImageFont.FreeTypeFont:
    for folder in FONT_DIRS:
        path = Path(folder) / name
        if path.is_file():
            return ImageFont.truetype(str(path), size_px)
    return ImageFont.truetype(str(Path(FONT_DIRS[-1]) / "DejaVuSans.ttf"), size_px)


def paper(image: Image.Image, rng: random.Random, tone: tuple[int, int, int] = (247, 245, 238),
          grain: float = 5.0) -> Image.Image:
    """Lay the printed page on slightly off-white paper with a little grain."""
    arr = np.asarray(image.convert("RGB")).astype(np.float32) / 255.0
    base = np.array(tone, dtype=np.float32) / 255.0
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, grain / 255.0, arr.shape[:2])[..., None]
    out = arr * base + noise
    return Image.fromarray(np.clip(out * 255, 0, 255).astype(np.uint8))


def skew(image: Image.Image, degrees: float, fill: int | tuple[int, ...] = 255) -> Image.Image:
    if not degrees:
        return image
    if image.mode == "RGB" and isinstance(fill, int):
        fill = (fill, fill, fill)
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def speckle(image: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    arr = np.asarray(image).copy()
    gen = np.random.default_rng(rng.randrange(2**32))
    mask = gen.random(arr.shape[:2]) < amount
    dark = gen.random(arr.shape[:2]) < 0.5
    arr[mask & dark] = 30
    arr[mask & ~dark] = 250
    return Image.fromarray(arr)


def threshold(image: Image.Image, level: int = 150) -> Image.Image:
    return image.convert("L").point(lambda v: 255 if v > level else 0).convert("1")


def to_gray(image: Image.Image) -> Image.Image:
    return image.convert("L")


def jpeg_bytes(image: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality, optimize=False, subsampling=2 if image.mode == "RGB" else 0)
    return buf.getvalue()


def g4_bytes(image: Image.Image) -> bytes:
    """CCITT Group 4 data of a bilevel image, taken from a one-strip TIFF."""
    buf = io.BytesIO()
    bw = image.convert("1")
    bw.save(buf, "TIFF", compression="group4", tiffinfo={278: bw.height})
    buf.seek(0)
    tif = Image.open(buf)
    offsets = tif.tag_v2[273]
    counts = tif.tag_v2[279]
    raw = buf.getvalue()
    return b"".join(raw[o:o + n] for o, n in zip(offsets, counts, strict=True))


class ImagePdf:
    """A small PDF writer for scanned pages: each page is one or more image XObjects (plus optional invisible
    text), written byte for byte the same for the same input (no dates, no random ids)."""

    def __init__(self, producer: str, creator: str = "") -> None:
        self.objects: list[bytes] = []
        self.pages: list[int] = []
        self.producer = producer
        self.creator = creator

    def _add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def _stream(self, head: str, data: bytes) -> int:
        return self._add(f"<< {head} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream")

    def image(self, image: Image.Image, codec: str = "flate", quality: int = 75, smask: int | None = None,
              mask: bool = False) -> int:
        w, h = image.size
        extra = f" /SMask {smask} 0 R" if smask else ""
        if mask:  # a stencil: 1 bit, painted with the current fill colour where the bit is 0
            bits = image.convert("1")
            data = zlib.compress(bits.tobytes(), 9)
            return self._stream(f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ImageMask true "
                                f"/BitsPerComponent 1 /Decode [0 1] /Filter /FlateDecode", data)
        if codec == "g4":
            data = g4_bytes(image)
            return self._stream(f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                                f"/BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns {w} "
                                f"/Rows {h} /BlackIs1 true >>", data)
        space = "/DeviceRGB" if image.mode == "RGB" else "/DeviceGray"
        if image.mode not in ("RGB", "L"):
            image = image.convert("L")
            space = "/DeviceGray"
        if codec == "jpeg":
            data = jpeg_bytes(image, quality)
            return self._stream(f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {space} "
                                f"/BitsPerComponent 8 /Filter /DCTDecode{extra}", data)
        data = zlib.compress(image.tobytes(), 6)
        return self._stream(f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {space} "
                            f"/BitsPerComponent 8 /Filter /FlateDecode{extra}", data)

    def page(self, width_pt: float, height_pt: float, layers: Sequence[tuple[int, float, float, float, float, str]],
             text: Sequence[tuple[float, float, float, str]] = (), rotate: int = 0) -> None:
        """layers: (image object, x, y, w, h, fill) in points from the bottom-left, painted in order (fill is
        the colour operator for stencil masks, else ""); text: (x, y, size, string) drawn visibly."""
        ops = []
        xobjs = []
        for n, (obj, x, y, w, h, fill) in enumerate(layers):
            name = f"Im{n}"
            xobjs.append(f"/{name} {obj} 0 R")
            ops.append(f"q {fill} {w:.3f} 0 0 {h:.3f} {x:.3f} {y:.3f} cm /{name} Do Q")
        font_ref = ""
        if text:
            font_obj = self._add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            font_ref = f"/Font << /F1 {font_obj} 0 R >>"
            for x, y, size, s in text:
                esc = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"BT /F1 {size} Tf 0 g {x:.2f} {y:.2f} Td ({esc}) Tj ET")
        content = self._stream("", zlib.compress("\n".join(ops).encode("latin-1"), 6))
        body = self.objects[content - 1]
        self.objects[content - 1] = body.replace(b"<<  /Length", b"<< /Filter /FlateDecode /Length")
        resources = f"<< /XObject << {' '.join(xobjs)} >> {font_ref} >>"
        rot = f" /Rotate {rotate}" if rotate else ""
        self.pages.append(self._add(f"<< /Type /Page /Parent PAGES /MediaBox [0 0 {width_pt:.2f} {height_pt:.2f}] "
                                    f"/Resources {resources} /Contents {content} 0 R{rot} >>".encode()))

    def simple(self, image: Image.Image, dpi: tuple[float, float] | float, codec: str = "flate",
               quality: int = 75) -> None:
        dx, dy = (dpi, dpi) if isinstance(dpi, int | float) else dpi
        w, h = image.size[0] * 72.0 / dx, image.size[1] * 72.0 / dy
        obj = self.image(image, codec, quality)
        self.page(w, h, [(obj, 0, 0, w, h, "")])

    def bytes(self) -> bytes:
        n_pages = len(self.objects) + 1
        kids = " ".join(f"{p} 0 R" for p in self.pages)
        self.objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(self.pages)} >>".encode())
        catalog = len(self.objects) + 1
        self.objects.append(f"<< /Type /Catalog /Pages {n_pages} 0 R >>".encode())
        info = len(self.objects) + 1
        self.objects.append(f"<< /Producer ({self.producer}) /Creator ({self.creator}) >>".encode())
        out = io.BytesIO()
        out.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objects, start=1):
            body = body.replace(b"/Parent PAGES", f"/Parent {n_pages} 0 R".encode())
            offsets.append(out.tell())
            out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode())
        for off in offsets:
            out.write(f"{off:010d} 00000 n \n".encode())
        ident = hashlib.md5(out.getvalue()).hexdigest()
        out.write(f"trailer\n<< /Size {len(self.objects) + 1} /Root {catalog} 0 R /Info {info} 0 R "
                  f"/ID [<{ident}> <{ident}>] >>\nstartxref\n{xref}\n%%EOF\n".encode())
        return out.getvalue()


# --------------------------------------------------------------------------------------------------------
# what a packet holds, and the checklist applied to it
# --------------------------------------------------------------------------------------------------------

@dataclass(eq=False)
class Doc:
    """One logical document: its expected type, fields and pages, and what the checklist needs to know."""

    type: str
    fields: dict[str, Any] = field(default_factory=dict)
    scanned: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    date: Date | None = None  # the date freshness is judged by
    account: str | None = None  # bank or investment account, for "two consecutive statements"
    period: tuple[Date, Date] | None = None
    proves: frozenset[str] = frozenset()  # income codes whose amount and frequency the paper shows
    signed: bool = False  # profit and loss, tax return, 4506-C
    printed: list[str] = field(default_factory=list)  # strings that must be in a born-digital text layer

    def expected(self, n: int) -> dict[str, Any]:
        return {"id": f"D{n:02d}", "type": self.type, "scanned": self.scanned,
                "pages": [{"file": f, "page": p} for f, p in self.pages], "fields": self.fields}


@dataclass
class App:
    loan_number: str | None
    borrower_name: str | None
    co_borrower_name: str | None
    ssn_last4: str | None
    property_address: str | None
    occupancy: str | None
    hardship_types: list[str]
    hardship_start_date: Date | None
    income: dict[str, int]  # cents by income code, lines above zero
    signed: bool
    signed_on: Date | None
    co_borrower_signed: bool | None
    total: int | None = None  # the total written on the form, where it prints one

    def expected(self) -> dict[str, Any]:
        income = {k: dollars(v) for k, v in self.income.items() if v > 0}
        income["total"] = dollars(self.total if self.total is not None else sum(self.income.values()))
        return {"loan_number": self.loan_number, "borrower_name": self.borrower_name,
                "co_borrower_name": self.co_borrower_name, "ssn_last4": self.ssn_last4,
                "property_address": self.property_address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardship_types), "hardship_start_date": iso(self.hardship_start_date),
                "income": income, "signed": self.signed, "signed_on": iso(self.signed_on),
                "co_borrower_signed": self.co_borrower_signed}


FRESH_DAYS = 90
HARDSHIP_PAPERS = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed", "relinquishment_agreement"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"military_pcs_orders", "employer_relocation_letter"},
    "other": {"hardship_letter"},
}


def is_fresh(d: Date | None, on: Date) -> bool:
    return d is not None and 0 <= (on - d).days <= FRESH_DAYS


def two_consecutive(docs: Sequence[Doc], kind: str, on: Date) -> bool:
    """Two statements of one account whose periods follow each other, the newer one fresh."""
    series = [d for d in docs if d.type == kind and d.period and d.account]
    for a in series:
        for b in series:
            if a is b or a.account != b.account:
                continue
            if b.period[0] == a.period[1] + dt.timedelta(days=1) and is_fresh(b.period[1], on):
                return True
    return False


def missing_codes(app: App | None, docs: Sequence[Doc], on: Date) -> list[str]:
    """shared/spec/checklist.md, applied to the values drawn into the packet."""
    if app is None:
        return ["application"]
    missing: list[str] = []
    co_named = bool(app.co_borrower_name)
    if not (app.signed and app.signed_on) or (co_named and not app.co_borrower_signed):
        missing.append("application_signature")
    required = {"loan_number": app.loan_number, "borrower_name": app.borrower_name,
                "property_address": app.property_address, "occupancy": app.occupancy,
                "hardship_types": app.hardship_types, "hardship_start_date": app.hardship_start_date,
                "income": [v for v in app.income.values() if v > 0]}
    missing += [f"application_field:{k}" for k, v in required.items() if not v]
    bank_pair = two_consecutive(docs, "bank_statement", on)

    def proven(code: str) -> bool:
        return any(code in d.proves and is_fresh(d.date, on) for d in docs)

    claimed = {k for k, v in app.income.items() if v > 0}
    for code in sorted(claimed):
        if code == "unemployment":
            continue
        if code == "wages":
            ok = bank_pair or any(d.type == "pay_stub" and is_fresh(d.date, on) and d.fields.get("gross_ytd")
                                  is not None for d in docs)
        elif code == "self_employment":
            ok = bank_pair or any(
                (d.type == "profit_and_loss_statement" and d.signed and is_fresh(d.date, on))
                or (d.type == "tax_return" and d.signed) for d in docs)
        elif code in ("benefits_taxable", "benefits_nontaxable", "other"):
            ok = bank_pair or proven(code)
        elif code == "rental":
            ok = bank_pair or sum(1 for d in docs if d.type == "rent_check" and is_fresh(d.date, on)) >= 2
        elif code == "investment":
            ok = bank_pair or two_consecutive(docs, "investment_statement", on)
        else:
            raise ValueError(code)
        if not ok:
            missing.append(f"income_doc:{code}")
    types = {d.type for d in docs}
    for hardship in sorted(app.hardship_types):
        papers = HARDSHIP_PAPERS.get(hardship)
        if papers and not papers & types:
            missing.append(f"hardship_doc:{hardship}")
    if claimed & {"self_employment", "rental"} and not any(d.type == "irs_form_4506c" and d.signed for d in docs):
        missing.append("irs_form_4506c")
    return sorted(missing)


@dataclass
class Packet:
    name: str
    loan: str
    received: Date
    app: App | None
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    loose_pages: list[tuple[str, int]] = field(default_factory=list)  # covers, separator and patch sheets
    intended: list[str] = field(default_factory=list)  # the codes the scenario was written to produce

    def expected(self) -> dict[str, Any]:
        missing = missing_codes(self.app, self.docs, self.received)
        return {"loan_number": self.loan, "received_on": self.received.isoformat(),
                "status": "incomplete" if missing else "complete", "missing": missing,
                "application": self.app.expected() if self.app else None,
                "documents": [d.expected(i) for i, d in enumerate(self.docs, start=1)],
                "acknowledgment_due": business_days_after(self.received, 5).isoformat()}


# --------------------------------------------------------------------------------------------------------
# a pay engine: every check of the year drawn the same way, so year-to-date is the sum of the checks
# --------------------------------------------------------------------------------------------------------

PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


@dataclass
class PayPlan:
    frequency: str
    anchor_end: Date  # one period's last day (weekly / bi-weekly series)
    lag: int  # pay date = period end + lag days
    salary: int = 0  # yearly, cents (salaried)
    rate: int = 0  # hourly, cents
    hours: float = 80.0  # regular hours a period (hourly)
    overtime: float = 0.0  # most overtime hours a period
    extras: tuple[tuple[str, int], ...] = ()  # fixed earnings a period: (label, cents)
    pretax: tuple[tuple[str, float], ...] = (("401(k)", 0.05),)  # share of gross
    fixed: tuple[tuple[str, int], ...] = (("Medical", 8650),)  # cents a period, before tax
    after: tuple[tuple[str, int], ...] = ()  # cents a period, after tax
    state_rate: float = 0.04
    seed: int = 1
    earlier: tuple[Date, float] | None = None  # before this day the regular hours a period were these


@dataclass
class Check:
    start: Date
    end: Date
    pay: Date
    earnings: list[tuple[str, float, int, int]]  # label, hours, rate cents, amount cents
    deductions: list[tuple[str, int]]  # label, cents (taxes and deductions)

    @property
    def gross(self) -> int:
        return sum(e[3] for e in self.earnings)

    @property
    def net(self) -> int:
        return self.gross - sum(d[1] for d in self.deductions)


def payday(d: Date) -> Date:
    """A pay date that would fall on a weekend is paid the Friday before."""
    return d - dt.timedelta(days=max(0, d.weekday() - 4))


def pay_periods(plan: PayPlan, year: int) -> list[tuple[Date, Date, Date]]:
    out = []
    if plan.frequency in ("weekly", "biweekly"):
        step = 7 if plan.frequency == "weekly" else 14
        end = plan.anchor_end
        while end + dt.timedelta(days=plan.lag) >= Date(year, 1, 1):
            end -= dt.timedelta(days=step)
        while (end + dt.timedelta(days=plan.lag)).year <= year:
            pay = end + dt.timedelta(days=plan.lag)
            if pay.year == year:
                out.append((end - dt.timedelta(days=step - 1), end, pay))
            end += dt.timedelta(days=step)
    elif plan.frequency == "semimonthly":
        for month in range(0, 13):
            y, m = (year - 1, 12) if month == 0 else (year, month)
            for start, end in ((Date(y, m, 1), Date(y, m, 15)), (Date(y, m, 16), month_end(y, m))):
                pay = payday(end + dt.timedelta(days=plan.lag))
                if pay.year == year:
                    out.append((start, end, pay))
    else:
        for month in range(0, 13):
            y, m = (year - 1, 12) if month == 0 else (year, month)
            end = month_end(y, m)
            pay = payday(end + dt.timedelta(days=plan.lag))
            if pay.year == year:
                out.append((Date(y, m, 1), end, pay))
    return out


def draw_check(plan: PayPlan, start: Date, end: Date, pay: Date) -> Check:
    rng = random.Random(f"{plan.seed}-{end.isoformat()}")
    per_year = PERIODS_A_YEAR[plan.frequency]
    earnings: list[tuple[str, float, int, int]] = []
    if plan.salary:
        earnings.append(("Regular", 0.0, 0, round(plan.salary / per_year)))
    else:
        full = plan.earlier[1] if plan.earlier and start < plan.earlier[0] else plan.hours
        hours = full - (rng.choice([0, 0, 0, 4, 8]) if full >= 40 else rng.choice([0, 2]))
        earnings.append(("Regular", hours, plan.rate, round(hours * plan.rate)))
        if plan.overtime and hours == full:
            ot = round(rng.uniform(0, plan.overtime) * 4) / 4
            if ot:
                earnings.append(("Overtime", ot, round(plan.rate * 1.5), round(ot * plan.rate * 1.5)))
    for label, amount in plan.extras:
        earnings.append((label, 0.0, 0, amount))
    gross = sum(e[3] for e in earnings)
    deductions: list[tuple[str, int]] = []
    pre = [(label, round(gross * share)) for label, share in plan.pretax] + list(plan.fixed)
    taxable = gross - sum(a for _, a in pre)
    fica_base = gross - sum(a for label, a in pre if label != "401(k)" and label != "457(b)")
    deductions.append(("Federal Income Tax", round(taxable * 0.094)))
    deductions.append(("Social Security", round(fica_base * 0.062)))
    deductions.append(("Medicare", round(fica_base * 0.0145)))
    if plan.state_rate:
        deductions.append(("State Income Tax", round(taxable * plan.state_rate)))
    deductions += pre
    deductions += list(plan.after)
    return Check(start, end, pay, earnings, deductions)


@dataclass
class Stub:
    employer: str
    person: Person
    plan: PayPlan
    check: Check
    ytd_earnings: dict[str, int]
    ytd_deductions: dict[str, int]
    ytd_gross: int
    ytd_net: int
    ytd_hours: float
    number: int  # the check's place in the year

    def fields(self) -> dict[str, Any]:
        c = self.check
        per_year = PERIODS_A_YEAR[self.plan.frequency]
        return {"employer": self.employer, "employee_name": self.person.name, "pay_date": c.pay.isoformat(),
                "period_start": c.start.isoformat(), "period_end": c.end.isoformat(),
                "frequency": self.plan.frequency, "gross_current": dollars(c.gross),
                "gross_ytd": dollars(self.ytd_gross), "net_current": dollars(c.net),
                "monthly_gross": dollars(round(c.gross * per_year / 12))}

    def doc(self, scanned: bool) -> Doc:
        c = self.check
        return Doc("pay_stub", self.fields(), scanned, date=c.pay,
                   printed=[money(c.gross), money(self.ytd_gross), money(c.net)])


def stub_for(employer: str, person: Person, plan: PayPlan, pay_on_or_before: Date) -> Stub:
    periods = [p for p in pay_periods(plan, pay_on_or_before.year) if p[2] <= pay_on_or_before]
    checks = [draw_check(plan, *p) for p in periods]
    ytd_e: dict[str, int] = {}
    ytd_d: dict[str, int] = {}
    hours = 0.0
    for ch in checks:
        for label, h, _r, amount in ch.earnings:
            ytd_e[label] = ytd_e.get(label, 0) + amount
            hours += h
        for label, amount in ch.deductions:
            ytd_d[label] = ytd_d.get(label, 0) + amount
    last = checks[-1]
    return Stub(employer, person, plan, last, ytd_e, ytd_d, sum(c.gross for c in checks),
                sum(c.net for c in checks), hours, len(checks))


# --------------------------------------------------------------------------------------------------------
# statements
# --------------------------------------------------------------------------------------------------------

@dataclass
class Txn:
    day: Date
    text: str
    amount: int  # cents, + credit / - debit


@dataclass
class Statement:
    bank: str
    holder: str
    holder2: str | None
    address: Address
    number: str
    start: Date
    end: Date
    begin: int
    txns: list[Txn]

    @property
    def ending(self) -> int:
        return self.begin + sum(t.amount for t in self.txns)

    @property
    def credits(self) -> int:
        return sum(t.amount for t in self.txns if t.amount > 0)

    @property
    def debits(self) -> int:
        return -sum(t.amount for t in self.txns if t.amount < 0)

    def running(self) -> list[tuple[Txn, int]]:
        bal = self.begin
        out = []
        for t in self.txns:
            bal += t.amount
            out.append((t, bal))
        return out

    def doc(self, scanned: bool) -> Doc:
        return Doc("bank_statement", {"bank_name": self.bank, "account_last4": self.number[-4:],
                                      "period_start": self.start.isoformat(), "period_end": self.end.isoformat(),
                                      "beginning_balance": dollars(self.begin),
                                      "ending_balance": dollars(self.ending)},
                   scanned, date=self.end, account=f"{self.bank}|{self.number}", period=(self.start, self.end),
                   printed=[money(self.begin), money(self.ending)])


RECURRING = [("ACH CITY WATER UTILITY PMT", 3500, 9000), ("ACH ELECTRIC CO-OP PMT", 8000, 21000),
             ("ACH WIRELESS CO AUTOPAY", 6500, 11000), ("ACH AUTO INS PREMIUM", 9000, 16000),
             ("ACH GAS UTILITY PMT", 2500, 8000)]
VARIABLE = [("POS PURCHASE KROGBERRY MARKET #{n}", 4000, 18000), ("DEBIT CARD FUEL STOP {n}", 3000, 7000),
            ("CHECK {c}", 5000, 35000), ("POS PURCHASE PHARMACY {n}", 1000, 6000),
            ("ATM WITHDRAWAL {n} MAIN ST", 4000, 20000), ("POS PURCHASE HOME & HARDWARE {n}", 2000, 12000)]
BUSINESS = [("ACH FABRIC WHOLESALE SUPPLY", 20000, 90000), ("ACH SHOP RENT - MILL CREEK PLAZA", 95000, 110000),
            ("DEBIT CARD HARDWARE & FOAM CO {n}", 6000, 30000), ("SQUARE INC FEES", 3000, 9000),
            ("ONLINE TRANSFER TO PERSONAL CHK XXXX{n}", 40000, 120000)]


def statement(rng: random.Random, bank: str, holder: str, holder2: str | None, address: Address, number: str,
              start: Date, end: Date, begin: int, credits: Sequence[tuple[Date, str, int]],
              spend: int, check_no: list[int], business: bool = False, most: int = 24) -> Statement:
    """A month of activity: the given credits, the month's bills once each, then purchases and checks until about
    `spend` has gone out (never more than `most` debits), the rest swept to savings."""
    txns = [Txn(d, t, a) for d, t, a in credits]
    days = (end - start).days + 1
    savings = rng.randint(1000, 9999)

    def add(text: str, amount: int) -> None:
        if "{c}" in text:
            text = text.format(c=check_no[0])
            check_no[0] += 1
        else:
            text = text.format(n=rng.randint(1000, 9999))
        txns.append(Txn(start + dt.timedelta(days=rng.randrange(days)), text, -amount))

    total = 0
    for text, lo, hi in (BUSINESS[:2] if business else []) + RECURRING[:rng.randint(3, 5)]:
        amount = rng.randint(lo, hi)
        add(text, amount)
        total += amount
    pool = VARIABLE + (BUSINESS[2:] if business else [])
    while total < spend - 2000 and len(txns) - len(credits) < most - 1:
        text, lo, hi = rng.choice(pool)
        amount = min(rng.randint(lo, hi), spend - total)
        add(text, amount)
        total += amount
    if spend - total > 0:
        add(f"ONLINE TRANSFER TO {'PERSONAL CHK' if business else 'SAV'} XXXX{savings}", spend - total)
    txns.sort(key=lambda t: (t.day, -t.amount))
    return Statement(bank, holder, holder2, address, number, start, end, begin, txns)


# --------------------------------------------------------------------------------------------------------
# the real Form 710: its fields, typed through the AcroForm, or written on the printed blank by hand
# --------------------------------------------------------------------------------------------------------

F710_HARDSHIP_BOX = {"unemployment": "Checkbox_41", "reduction_in_income": "Checkbox_42",
                     "increase_in_housing_expenses": "Checkbox_43", "disaster": "Checkbox_44",
                     "disability_or_illness": "Checkbox_45", "divorce_or_separation": "Checkbox_46",
                     "separation_unmarried": "Checkbox_47", "death": "Checkbox_48", "relocation": "Checkbox_49",
                     "other": "Checkbox_50"}
F710_INCOME_FIELD = {"wages": "Number_2", "self_employment": "Number_3", "unemployment": "Number_4",
                     "benefits_taxable": "Number_5", "benefits_nontaxable": "Number_6", "rental": "Number_7",
                     "investment": "Number_8", "other": "Number_9"}
F710_OCCUPANCY_BOX = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25",
                      "investment_property": "Checkbox_26"}


def f710_widgets() -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    reader = PdfReader(str(FORM710))
    out = {}
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            out[str(w.get("/T"))] = (i, tuple(float(v) for v in w["/Rect"]))
    return out


def f710_values(loan: str, b: Person, co: Person | None, prop: Address, occupancy: str, hardships: Sequence[str],
                start: Date, duration: str, income: dict[str, int], other_text: str = "",
                signed_on: Date | None = None, co_signed_on: Date | None = None,
                date_fmt: Callable[[Date], str] = mdy) -> dict[str, str | bool]:
    v: dict[str, str | bool] = {
        "Text_1": loan, "Text_2": b.name, "Text_3": b.last4, "Email_1": b.email, "US_Phone_Number_1": b.phone,
        "Checkbox_1": True, "Text_6": prop.line, F710_OCCUPANCY_BOX[occupancy]: True, "Checkbox_27": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Checkbox_23": True, "Checkbox_17": True,
        "Date_1": date_fmt(start),
        {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}[duration]: True,
    }
    if co:
        v.update({"Text_4": co.name, "Text_5": co.last4, "Email_2": co.email, "US_Phone_Number_3": co.phone,
                  "Checkbox_9": True})
    for h in hardships:
        v[F710_HARDSHIP_BOX[h]] = True
    if other_text:
        v["Text_9"] = other_text
    for code, amount in income.items():
        if amount:
            v[F710_INCOME_FIELD[code]] = money(amount)
    if signed_on:
        v["Date_3"] = date_fmt(signed_on)
    if co_signed_on:
        v["Date_4"] = date_fmt(co_signed_on)
    return v


def f710_fill(values: dict[str, str | bool]) -> PdfWriter:
    """The blank Form 710 typed through its AcroForm, the way a desktop viewer saves it (appearances made)."""
    writer = PdfWriter(clone_from=PdfReader(str(FORM710)))
    form = writer._root_object["/AcroForm"]
    helv = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    form[NameObject("/DR")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/ArialMT"): helv, NameObject("/Helv"): helv})})
    form[NameObject("/DA")] = TextStringObject("/Helv 10 Tf 0 g")
    for page in writer.pages:
        names = {str(a.get_object().get("/T")) for a in page.get("/Annots") or []}
        texts = {k: v for k, v in values.items() if k in names and isinstance(v, str)}
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            name = str(w.get("/T"))
            if isinstance(values.get(name), bool):
                on = next(k for k in w["/AP"]["/N"] if k != "/Off")
                state = NameObject(on if values[name] else "/Off")
                w[NameObject("/V")] = state
                w[NameObject("/AS")] = state
    form[NameObject("/NeedAppearances")] = pdfium_false()
    return writer


def pdfium_false() -> Any:
    from pypdf.generic import BooleanObject

    return BooleanObject(False)


def writer_bytes(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def f710_pens(values: dict[str, str | bool], sizes: float = 8.5) -> list[Pen]:
    """The same answers written by hand on the printed blank: text on the field's line, a cross in a box."""
    widgets = f710_widgets()
    pens = []
    for name, value in values.items():
        page, (x0, y0, x1, y1) = widgets[name]
        if isinstance(value, bool):
            if value:
                pens.append(Pen(page, (x0 + x1) / 2, 792 - (y0 + y1) / 2, kind="cross", width=x1 - x0 + 2))
        elif name == "Text_9":
            for i, line in enumerate(value.split("\n")):
                pens.append(Pen(page, x0 + 4, 792 - y1 + 14 + i * 14, line, sizes))
        else:
            pens.append(Pen(page, x0 + 3, 792 - y0 - 3, value, sizes))
    return pens


# --- a certificate signature on the Form 710's signature field --------------------------------------------

def _is_probable_prime(n: int, rng: random.Random) -> bool:
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for _ in range(24):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def seeded_rsa_key(rng: random.Random, bits: int = 2048) -> Any:
    """An RSA key drawn from the seed (so the signed file is the same bytes every run); test use only."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    e = 65537
    primes: list[int] = []
    while len(primes) < 2:
        cand = rng.getrandbits(bits // 2) | (1 << (bits // 2 - 1)) | (1 << (bits // 2 - 2)) | 1
        if math.gcd(cand - 1, e) == 1 and _is_probable_prime(cand, rng) and cand not in primes:
            primes.append(cand)
    p, q = sorted(primes, reverse=True)
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    public = rsa.RSAPublicNumbers(e, n)
    return rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), public).private_key()


def digitally_sign(writer: PdfWriter, field_name: str, signer: Person, when: dt.datetime, reason: str,
                   rng: random.Random) -> bytes:
    """Sign `field_name` with a self-signed certificate (adbe.pkcs7.detached), appearance as a desktop viewer draws
    it: the name large on the left, "Digitally signed by ... Date: ..." on the right."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7
    from cryptography.x509.oid import NameOID

    key = seeded_rsa_key(rng)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, signer.name),
                         x509.NameAttribute(NameOID.EMAIL_ADDRESS, signer.email)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(rng.getrandbits(63)).not_valid_before(dt.datetime(2029, 1, 2, tzinfo=dt.UTC))
            .not_valid_after(dt.datetime(2034, 1, 2, tzinfo=dt.UTC)).sign(key, hashes.SHA256()))
    stamp = when.strftime("%Y.%m.%d %H:%M:%S") + " -05'00'"
    pdf_date = when.strftime("D:%Y%m%d%H%M%S-05'00'")
    widget = None
    page_obj = None
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            if str(ref.get_object().get("/T")) == field_name:
                widget, page_obj = ref.get_object(), page
    assert widget is not None and page_obj is not None
    x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
    w, h = x1 - x0, y1 - y0
    big = signer.name
    ops = ["q", "BT", "/F1 13 Tf 0 0 0.55 rg 2 7 Td", f"({big}) Tj", "ET",
           "BT", "/F1 5.2 Tf 0 g", f"{w * 0.58:.1f} {h - 7:.1f} Td", f"(Digitally signed by {signer.name}) Tj",
           "0 -6.2 Td", f"(Date: {stamp}) Tj", "ET", "Q"]
    ap = DecodedStreamObject()
    ap.set_data("\n".join(ops).encode("latin-1"))
    helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica-Oblique"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]),
               NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(
                   {NameObject("/F1"): writer._add_object(helv)})})})
    widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): writer._add_object(ap)})
    placeholder = 9000
    sig = DictionaryObject({
        NameObject("/Type"): NameObject("/Sig"), NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
        NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"),
        NameObject("/Name"): TextStringObject(signer.name), NameObject("/M"): TextStringObject(pdf_date),
        NameObject("/Reason"): TextStringObject(reason),
        NameObject("/ByteRange"): ArrayObject([NumberObject(0), NumberObject(1111111111), NumberObject(2222222222),
                                               NumberObject(3333333333)]),
        NameObject("/Contents"): ByteStringObject(b"\x00" * placeholder)})
    widget[NameObject("/V")] = writer._add_object(sig)
    writer._root_object["/AcroForm"][NameObject("/SigFlags")] = NumberObject(3)
    data = bytearray(writer_bytes(writer))
    hex_zero = b"<" + b"00" * placeholder + b">"
    start = data.index(hex_zero)
    end = start + len(hex_zero)
    ranges = [0, start, end, len(data) - end]
    old = b"[ 0 1111111111 2222222222 3333333333 ]"
    at = data.index(old)
    new = f"[ {ranges[0]} {ranges[1]} {ranges[2]} {ranges[3]} ]".encode().ljust(len(old))
    data[at:at + len(old)] = new
    signed = bytes(data[:start]) + bytes(data[end:])
    blob = pkcs7.PKCS7SignatureBuilder().set_data(signed).add_signer(cert, key, hashes.SHA256()).sign(
        serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes,
                                     pkcs7.PKCS7Options.Binary])
    hexed = blob.hex().encode().ljust(placeholder * 2, b"0")
    data[start + 1:end - 1] = hexed
    return bytes(data)


# --------------------------------------------------------------------------------------------------------
# separator and patch sheets, covers
# --------------------------------------------------------------------------------------------------------

def loan_cover(loan: str, who: str) -> Callable[[Sheet], None]:
    def draw(s: Sheet) -> None:
        s.text(306, 90, "DOCUMENT SEPARATOR - LOSS MITIGATION", 16, "Helvetica-Bold", align="c")
        s.text(306, 112, f"Prepared by mailroom for: {who}", 10, align="c")
        bar = code128.Code128(f"LOAN {loan}", barHeight=70, barWidth=1.6, quiet=True)
        bar.drawOn(s.c, 306 - bar.width / 2, s.h - 260)
        s.text(306, 285, f"LOAN {loan}", 12, "Courier-Bold", align="c")
        s.text(306, 330, "Place this sheet on top of the borrower's papers. Do not staple.", 9, align="c")
    return draw


def patch_t_sheet(s: Sheet) -> None:
    """A Kodak-style Patch T sheet: four wide and narrow bars, parallel to the leading edge, repeated."""
    pattern = [(6, 1), (12, 0), (6, 1), (12, 0), (16, 1), (12, 0), (6, 1)]
    for top in (36, 700):
        x = 180.0
        for width, black in pattern:
            if black:
                s.rect(x, top, width * 1.6, 56, fill=0, stroke=False)
            x += width * 1.6
    s.text(306, 390, "PATCH T", 48, "Helvetica-Bold", align="c", gray=0.55)
    s.text(306, 420, "Document separator - scanner use only", 11, align="c", gray=0.35)


# --------------------------------------------------------------------------------------------------------
# pay stubs
# --------------------------------------------------------------------------------------------------------

def stub_county(st: Stub, employer: str, dept: str, employee_no: str, acct: str) -> Callable[[Sheet], None]:
    """A county's bi-weekly payroll advice: caption cells, code table, a three-box totals strip."""
    c = st.check

    def draw(s: Sheet) -> None:
        s.text(306, 52, employer.upper(), 14, "Times-Bold", align="c")
        s.text(306, 66, "Office of the County Auditor - Payroll Division", 8.5, "Times-Roman", align="c")
        s.text(560, 52, "PAYROLL ADVICE", 10, "Helvetica-Bold", align="r")
        s.text(560, 64, "THIS IS NOT A CHECK", 7, align="r")
        s.line(40, 74, 572, 74, 1.2)
        s.line(40, 77, 572, 77, 0.4)
        cells = [("EMPLOYEE", st.person.name.upper()), ("EMPLOYEE NO.", employee_no), ("DEPARTMENT", dept),
                 ("ADVICE NO.", f"A{st.plan.seed % 900000 + 100000}"), ("PERIOD BEGIN", mdy(c.start)),
                 ("PERIOD END", mdy(c.end)), ("ADVICE DATE", mdy(c.pay)), ("PAY GROUP", "BW  (26 / YR)")]
        for i, (cap, val) in enumerate(cells):
            x, y = 40 + (i % 4) * 133, 86 + (i // 4) * 30
            s.rect(x, y, 133, 30, lw=0.5)
            s.text(x + 4, y + 9, cap, 6, "Helvetica-Bold", gray=0.35)
            s.text(x + 4, y + 23, val, 8.5)
        y = 164
        s.rect(40, y - 11, 532, 14, fill=0.85, stroke=False)
        for x, head, al in ((44, "CODE", "l"), (86, "DESCRIPTION", "l"), (300, "HOURS", "r"), (360, "RATE", "r"),
                            (460, "CURRENT", "r"), (566, "CALENDAR YTD", "r")):
            s.text(x, y, head, 7, "Helvetica-Bold", align=al)
        codes = {"Regular": "REG", "Overtime": "OT15", "Longevity": "LONG", "Shift Differential": "SDIF"}
        y += 15
        for label, hours, rate, amount in c.earnings:
            s.text(44, y, codes.get(label, label[:4].upper()), 8, "Courier")
            s.text(86, y, label.upper(), 8)
            if hours:
                s.text(300, y, f"{hours:.2f}", 8, align="r")
                s.text(360, y, f"{rate / 100:.4f}", 8, align="r")
            s.text(460, y, money(amount), 8, align="r")
            s.text(566, y, money(st.ytd_earnings[label]), 8, align="r")
            y += 12
        y += 8
        s.rect(40, y - 11, 532, 14, fill=0.85, stroke=False)
        s.text(44, y, "DEDUCTIONS / TAXES", 7, "Helvetica-Bold")
        s.text(460, y, "CURRENT", 7, "Helvetica-Bold", align="r")
        s.text(566, y, "CALENDAR YTD", 7, "Helvetica-Bold", align="r")
        y += 15
        for label, amount in c.deductions:
            s.text(86, y, label.upper(), 8)
            s.text(460, y, money(amount), 8, align="r")
            s.text(566, y, money(st.ytd_deductions[label]), 8, align="r")
            y += 12
        y += 12
        ded = c.gross - c.net
        ytd_ded = st.ytd_gross - st.ytd_net
        for i, (cap, cur, ytd) in enumerate((("GROSS WAGES", c.gross, st.ytd_gross), ("TOTAL DEDUCTIONS", ded, ytd_ded),
                                             ("NET PAY", c.net, st.ytd_net))):
            x = 40 + i * 178
            s.rect(x, y, 176, 44, lw=0.9 if i == 2 else 0.5)
            s.text(x + 88, y + 11, cap, 7.5, "Helvetica-Bold", align="c")
            s.text(x + 8, y + 25, "Current", 7)
            s.text(x + 168, y + 25, money(cur), 9, "Helvetica-Bold" if i == 2 else "Helvetica", align="r")
            s.text(x + 8, y + 38, "Calendar YTD", 7)
            s.text(x + 168, y + 38, money(ytd), 8, align="r")
        y += 64
        s.text(40, y, "LEAVE BALANCES", 7, "Helvetica-Bold")
        s.text(130, y, "VACATION 86.50   SICK 112.00   COMP 6.00   HOLIDAY 8.00", 7.5, "Courier")
        y += 16
        s.text(40, y, "NET PAY DISTRIBUTION", 7, "Helvetica-Bold")
        s.text(170, y, f"DIRECT DEPOSIT  CHECKING  XXXXX{acct}   {money(c.net, True)}", 7.5, "Courier")
    return draw


def stub_fab(st: Stub, employer: str, provider: str, team: str) -> Callable[[Sheet], None]:
    """A fab's weekly statement from a payroll provider: a THIS PAY panel beside a separate YEAR TO DATE panel."""
    c = st.check

    def draw(s: Sheet) -> None:
        s.rect(0, 0, 612, 58, fill=(0.11, 0.22, 0.33), stroke=False)
        s.text(40, 28, employer, 15, "Helvetica-Bold", color=(1, 1, 1))
        s.text(40, 44, "Fab 3 - 1200 Silicon Ridge Pkwy", 8, color=(0.85, 0.9, 0.95))
        s.text(572, 28, "Pay Statement", 13, "Helvetica", align="r", color=(1, 1, 1))
        s.text(572, 44, f"Processed by {provider}", 7, align="r", color=(0.85, 0.9, 0.95))
        s.text(40, 84, st.person.name, 11, "Helvetica-Bold")
        s.text(40, 97, f"{st.person.first[0]}{st.person.last[:5].upper()}{st.plan.seed % 97:02d}  |  Shift: nights, "
                       f"{team}", 8)
        s.text(572, 84, f"Pay date  {c.pay.strftime('%a %m/%d/%Y')}", 10, "Helvetica-Bold", align="r")
        s.text(572, 97, f"Work week  {mdy(c.start)} - {mdy(c.end)}   (weekly)", 8.5, align="r")
        s.line(40, 108, 572, 108, 0.6)
        # THIS PAY panel
        s.rect(40, 120, 322, 420, lw=0.6)
        s.rect(40, 120, 322, 18, fill=(0.88, 0.92, 0.96), stroke=False)
        s.text(48, 133, "THIS PAY", 9, "Helvetica-Bold")
        y = 154
        for x, h, al in ((48, "Earnings", "l"), (215, "Hrs", "r"), (270, "Rate", "r"), (354, "Amount", "r")):
            s.text(x, y, h, 7.5, "Helvetica-Oblique", align=al, gray=0.3)
        y += 14
        for label, hours, rate, amount in c.earnings:
            s.text(48, y, label, 8.5)
            if hours:
                s.text(215, y, f"{hours:.2f}", 8.5, align="r")
                s.text(270, y, f"{rate / 100:.2f}", 8.5, align="r")
            s.text(354, y, money(amount), 8.5, align="r")
            y += 13
        s.line(48, y - 6, 354, y - 6, 0.4)
        s.text(48, y + 4, "Gross pay", 9, "Helvetica-Bold")
        s.text(354, y + 4, money(c.gross), 9, "Helvetica-Bold", align="r")
        y += 28
        s.text(48, y, "Taxes and deductions", 7.5, "Helvetica-Oblique", gray=0.3)
        y += 14
        for label, amount in c.deductions:
            s.text(48, y, label, 8.5)
            s.text(354, y, f"-{money(amount)}", 8.5, align="r")
            y += 13
        s.line(48, y - 6, 354, y - 6, 0.4)
        s.text(48, y + 6, "Net pay (take home)", 10, "Helvetica-Bold")
        s.text(354, y + 6, money(c.net, True), 10, "Helvetica-Bold", align="r")
        # YEAR TO DATE panel
        s.rect(378, 120, 194, 420, lw=0.6)
        s.rect(378, 120, 194, 18, fill=(0.88, 0.92, 0.96), stroke=False)
        s.text(386, 133, f"YEAR TO DATE ({c.pay.year})", 9, "Helvetica-Bold")
        y = 158
        rows = [("Gross earnings", st.ytd_gross), *[(k, v) for k, v in st.ytd_earnings.items()]]
        rows += [(k, v) for k, v in st.ytd_deductions.items()] + [("Net pay", st.ytd_net)]
        for label, amount in rows:
            bold = label in ("Gross earnings", "Net pay")
            s.text(386, y, label, 8.5, "Helvetica-Bold" if bold else "Helvetica")
            s.text(564, y, money(amount), 8.5, "Helvetica-Bold" if bold else "Helvetica", align="r")
            y += 13 if not bold else 17
        s.text(386, 520, f"Hours worked YTD  {st.ytd_hours:,.2f}", 7.5, gray=0.3)
        s.text(40, 566, "Your pay was deposited to: account ending " + st.person.ssn[-3:] + "7", 8)
        s.text(40, 578, "Questions? Contact HR Service Center, option 2. Keep this statement for your records.", 7,
               gray=0.35)
    return draw


def stub_self_service(st: Stub, employer: str, portal: str) -> Callable[[Sheet], None]:
    """An employee self-service download: a sentence that says what was paid, then two small tables."""
    c = st.check

    def draw(s: Sheet) -> None:
        s.text(40, 40, portal, 9, "Helvetica-Bold", color=(0.45, 0.2, 0.55))
        s.text(572, 40, f"Downloaded {mdy(c.pay + dt.timedelta(days=3))}", 7.5, align="r", gray=0.4)
        s.line(40, 48, 572, 48, 0.5, gray=0.6)
        s.text(40, 80, employer, 16, "Helvetica-Bold")
        s.text(40, 96, "Semi-monthly payroll  |  Pay statement", 9, gray=0.3)
        s.rect(40, 110, 532, 52, fill=(0.96, 0.94, 0.98), stroke=False, radius=6)
        s.text(54, 130, f"{st.person.name}, you were paid {money(c.net, True)} on {words(c.pay)}", 11.5,
               "Helvetica-Bold")
        s.text(54, 148, f"for the period {short_words(c.start)} to {short_words(c.end)}.  Gross pay "
                        f"{money(c.gross, True)}; year to date gross {money(st.ytd_gross, True)}.", 9)
        y = 190
        s.text(40, y, "Earnings", 11, "Helvetica-Bold")
        y += 16
        for x, h, al in ((40, "Item", "l"), (250, "Hours", "r"), (320, "Rate", "r"), (440, "This period", "r"),
                         (572, "Year to date", "r")):
            s.text(x, y, h, 8, "Helvetica-Bold", align=al, gray=0.35)
        s.line(40, y + 4, 572, y + 4, 0.4, gray=0.5)
        y += 16
        for label, hours, rate, amount in c.earnings:
            s.text(40, y, label, 9)
            if hours:
                s.text(250, y, f"{hours:.2f}", 9, align="r")
                s.text(320, y, f"{rate / 100:.2f}", 9, align="r")
            s.text(440, y, money(amount), 9, align="r")
            s.text(572, y, money(st.ytd_earnings[label]), 9, align="r")
            y += 14
        s.line(40, y - 8, 572, y - 8, 0.4, gray=0.5)
        s.text(40, y + 4, "Gross pay", 9, "Helvetica-Bold")
        s.text(440, y + 4, money(c.gross), 9, "Helvetica-Bold", align="r")
        s.text(572, y + 4, money(st.ytd_gross), 9, "Helvetica-Bold", align="r")
        y += 34
        s.text(40, y, "Taxes & deductions", 11, "Helvetica-Bold")
        y += 16
        for label, amount in c.deductions:
            s.text(40, y, label, 9)
            s.text(440, y, money(amount), 9, align="r")
            s.text(572, y, money(st.ytd_deductions[label]), 9, align="r")
            y += 14
        y += 10
        s.rect(330, y, 242, 30, fill=(0.45, 0.2, 0.55), stroke=False, radius=4)
        s.text(342, y + 19, "Net pay", 10, "Helvetica-Bold", color=(1, 1, 1))
        s.text(562, y + 19, money(c.net, True), 11, "Helvetica-Bold", align="r", color=(1, 1, 1))
        s.text(40, 760, f"{portal} - page 1 of 1", 7, gray=0.45)
    return draw


def stub_brewery(st: Stub, employer: str, address: str) -> Callable[[Sheet], None]:
    """A brewery's bi-weekly stub from a small-business payroll app: two-digit years, a boxed net pay."""
    c = st.check

    def draw(s: Sheet) -> None:
        s.rect(36, 36, 540, 330, lw=0.8)
        s.text(48, 58, employer, 13, "Times-Bold")
        s.text(48, 71, address, 8, "Times-Roman")
        s.text(564, 58, "EARNINGS STATEMENT", 10, "Helvetica-Bold", align="r")
        s.text(564, 71, "Non-negotiable", 7, "Helvetica-Oblique", align="r")
        s.line(36, 80, 576, 80, 0.6)
        s.text(48, 96, f"Employee: {st.person.name}", 9)
        s.text(48, 108, f"SSN: XXX-XX-{st.person.last4}", 9)
        s.text(300, 96, f"Period: {mdy2(c.start)} - {mdy2(c.end)}", 9)
        s.text(300, 108, f"Pay Date: {mdy2(c.pay)}", 9)
        s.text(470, 96, "Pay freq: Bi-Weekly", 8)
        s.text(470, 108, f"Check #: DD{st.number:04d}", 8)
        s.line(36, 116, 576, 116, 0.6)
        y = 132
        for x, h, al in ((48, "Description", "l"), (200, "Rate", "r"), (250, "Hours", "r"), (330, "This Period", "r"),
                         (410, "YTD", "r")):
            s.text(x, y, h, 8, "Helvetica-Bold", align=al)
        y += 14
        for label, hours, rate, amount in c.earnings:
            s.text(48, y, label, 8.5)
            if hours:
                s.text(200, y, f"{rate / 100:.2f}", 8.5, align="r")
                s.text(250, y, f"{hours:.2f}", 8.5, align="r")
            s.text(330, y, money(amount), 8.5, align="r")
            s.text(410, y, money(st.ytd_earnings[label]), 8.5, align="r")
            y += 12
        s.text(48, y + 4, "Gross Pay", 8.5, "Helvetica-Bold")
        s.text(330, y + 4, money(c.gross), 8.5, "Helvetica-Bold", align="r")
        s.text(410, y + 4, money(st.ytd_gross), 8.5, "Helvetica-Bold", align="r")
        s.line(422, 124, 422, 330, 0.4)
        y2 = 132
        s.text(430, y2, "Deductions", 8, "Helvetica-Bold")
        s.text(510, y2, "Current", 8, "Helvetica-Bold", align="r")
        s.text(568, y2, "YTD", 8, "Helvetica-Bold", align="r")
        y2 += 14
        for label, amount in c.deductions:
            short = label.replace("Income Tax", "W/H").replace("Social Security", "Soc Sec")
            s.text(430, y2, short, 7.5)
            s.text(510, y2, money(amount), 7.5, align="r")
            s.text(568, y2, money(st.ytd_deductions[label]), 7.5, align="r")
            y2 += 11
        s.rect(48, 300, 200, 50, lw=1.2)
        s.text(58, 318, "NET PAY", 9, "Helvetica-Bold")
        s.text(238, 340, money(c.net, True), 15, "Helvetica-Bold", align="r")
        s.text(270, 318, f"YTD Net: {money(st.ytd_net)}", 8)
        s.text(270, 332, "Deposited to checking ****" + st.person.ssn[-2:] + "19", 8)
        s.line(36, 392, 576, 392, 0.5, dash=(3, 3))
        s.text(306, 404, "detach and keep for your records", 6.5, align="c", gray=0.5)
    return draw


def stub_utility(st: Stub, employer: str) -> Callable[[Sheet], None]:
    """A water authority's semi-monthly statement: ISO dates, a six-cell summary strip, earnings and taxes side by
    side."""
    c = st.check

    def draw(s: Sheet) -> None:
        s.rect(40, 40, 40, 40, fill=(0.1, 0.45, 0.6), stroke=False, radius=20)
        s.text(60, 66, "TW", 14, "Helvetica-Bold", align="c", color=(1, 1, 1))
        s.text(90, 56, employer, 13, "Helvetica-Bold")
        s.text(90, 70, "Employee Pay Summary", 9, gray=0.3)
        info = [("Employee", st.person.name), ("Employee ID", f"{st.plan.seed % 90000 + 10000}"),
                ("Pay Begin", c.start.isoformat()), ("Pay End", c.end.isoformat()),
                ("Payment Date", c.pay.isoformat()), ("Pay Frequency", "Semi-Monthly")]
        for i, (k, v) in enumerate(info):
            x, y = 340 + (i % 2) * 120, 50 + (i // 2) * 22
            s.text(x, y, k, 6.5, gray=0.4)
            s.text(x, y + 9, v, 8.5, "Helvetica-Bold")
        y = 130
        ded_tax = sum(a for label, a in c.deductions if "Tax" in label or label in ("Social Security", "Medicare"))
        ded_other = c.gross - c.net - ded_tax
        ytd_tax = sum(a for label, a in st.ytd_deductions.items()
                      if "Tax" in label or label in ("Social Security", "Medicare"))
        strip = [("Gross Pay", c.gross, st.ytd_gross), ("Taxes", ded_tax, ytd_tax),
                 ("Deductions", ded_other, st.ytd_gross - st.ytd_net - ytd_tax), ("Net Pay", c.net, st.ytd_net)]
        for i, (k, cur, ytd) in enumerate(strip):
            x = 40 + i * 133
            s.rect(x, y, 131, 54, fill=0.95 if i < 3 else (0.86, 0.94, 0.97), stroke=False)
            s.text(x + 8, y + 14, k, 8, "Helvetica-Bold")
            s.text(x + 123, y + 32, money(cur), 11, "Helvetica-Bold", align="r")
            s.text(x + 123, y + 46, f"YTD {money(ytd)}", 7.5, align="r", gray=0.35)
        y = 210
        s.text(40, y, "EARNINGS", 8.5, "Helvetica-Bold", color=(0.1, 0.45, 0.6))
        s.text(320, y, "TAXES AND DEDUCTIONS", 8.5, "Helvetica-Bold", color=(0.1, 0.45, 0.6))
        s.text(220, y, "Current", 7.5, align="r", gray=0.4)
        s.text(292, y, "YTD", 7.5, align="r", gray=0.4)
        s.text(500, y, "Current", 7.5, align="r", gray=0.4)
        s.text(572, y, "YTD", 7.5, align="r", gray=0.4)
        yy = y + 14
        for label, _h, _r, amount in c.earnings:
            s.text(40, yy, label + (" Salary" if label == "Regular" else ""), 8.5)
            s.text(220, yy, money(amount), 8.5, align="r")
            s.text(292, yy, money(st.ytd_earnings[label]), 8.5, align="r")
            yy += 13
        yy = y + 14
        for label, amount in c.deductions:
            s.text(320, yy, label, 8.5)
            s.text(500, yy, money(amount), 8.5, align="r")
            s.text(572, yy, money(st.ytd_deductions[label]), 8.5, align="r")
            yy += 13
        s.text(40, yy + 20, "Leave: Annual 64.0 h   Sick 141.5 h   Floating holiday 8.0 h", 7.5, gray=0.35)
    return draw


# --------------------------------------------------------------------------------------------------------
# bank and investment statements
# --------------------------------------------------------------------------------------------------------

def statement_prairie(st: Statement, business: str) -> list[Callable[[Sheet], None]]:
    """A community bank's two-page small-business statement: 'Statement Dates ... thru ...', a summary written as
    dotted lines, deposits, other debits and a daily balance list."""
    days = (st.end - st.start).days + 1
    deposits = [t for t in st.txns if t.amount > 0]
    debits = [t for t in st.txns if t.amount < 0]

    def head(s: Sheet, page: int) -> None:
        s.text(40, 50, "PRAIRIE LANTERN BANK", 15, "Times-Bold", color=(0.45, 0.25, 0.05))
        s.text(40, 63, "Member FDIC  |  PO Box 880  |  prairielanternbank.example", 7.5, gray=0.35)
        s.text(572, 50, f"Statement Dates {st.start.month}/{st.start.day:02d}/{st.start.year % 100:02d} thru "
                        f"{st.end.month}/{st.end.day:02d}/{st.end.year % 100:02d}", 9, "Helvetica-Bold", align="r")
        s.text(572, 62, f"Page {page} of 2", 8, align="r")
        s.text(572, 74, f"Account ********{st.number[-4:]}", 8, align="r")

    def page1(s: Sheet) -> None:
        head(s, 1)
        s.text(72, 120, business.upper(), 9.5, "Courier")
        s.text(72, 132, st.holder.upper(), 9.5, "Courier")
        s.text(72, 144, st.address.street.upper(), 9.5, "Courier")
        s.text(72, 156, st.address.city_line.upper(), 9.5, "Courier")
        s.rect(360, 110, 212, 56, fill=0.95, stroke=False)
        s.text(368, 124, "Days in the statement period", 8)
        s.text(564, 124, str(days), 8, align="r")
        s.text(368, 138, "Average daily balance", 8)
        avg = sum(b for _, b in st.running()) // max(1, len(st.txns))
        s.text(564, 138, money(avg), 8, align="r")
        s.text(368, 152, "Enclosures", 8)
        s.text(564, 152, "0", 8, align="r")
        s.text(40, 200, "SMALL BUSINESS CHECKING", 11, "Helvetica-Bold")
        rows = [("Balance last statement", money(st.begin)),
                (f"{len(deposits)} Deposits/Credits", money(st.credits)),
                (f"{len(debits)} Checks/Debits", money(st.debits)), ("Service Charge", "0.00"),
                ("Interest Paid", "0.00"), ("Balance this statement", money(st.ending))]
        y = 220
        for label, val in rows:
            s.text(60, y, label, 9)
            s.line(60 + stringWidth(label, "Helvetica", 9) + 4, y, 430, y, 0.4, gray=0.5, dash=(1, 2))
            s.text(500, y, val, 9, align="r")
            y += 15
        y += 16
        s.text(40, y, "DEPOSITS AND OTHER CREDITS", 9.5, "Helvetica-Bold")
        y += 14
        for t in deposits:
            s.text(60, y, f"{t.day.month:02d}/{t.day.day:02d}", 8.5, "Courier")
            s.text(110, y, t.text, 8.5)
            s.text(500, y, money(t.amount), 8.5, align="r")
            y += 12
        y += 14
        s.text(40, y, "CHECKS AND OTHER DEBITS", 9.5, "Helvetica-Bold")
        y += 14
        for t in debits[:18]:
            s.text(60, y, f"{t.day.month:02d}/{t.day.day:02d}", 8.5, "Courier")
            s.text(110, y, t.text, 8.5)
            s.text(500, y, money(-t.amount), 8.5, align="r")
            y += 12

    def page2(s: Sheet) -> None:
        head(s, 2)
        y = 110
        rest = debits[18:]
        if rest:
            s.text(40, y, "CHECKS AND OTHER DEBITS (continued)", 9.5, "Helvetica-Bold")
            y += 14
            for t in rest:
                s.text(60, y, f"{t.day.month:02d}/{t.day.day:02d}", 8.5, "Courier")
                s.text(110, y, t.text, 8.5)
                s.text(500, y, money(-t.amount), 8.5, align="r")
                y += 12
            y += 14
        s.text(40, y, "DAILY BALANCE", 9.5, "Helvetica-Bold")
        y += 14
        daily: dict[Date, int] = {}
        for t, bal in st.running():
            daily[t.day] = bal
        items = sorted(daily.items())
        for i, (d, bal) in enumerate(items):
            col, row = i % 3, i // 3
            s.text(60 + col * 170, y + row * 12, f"{d.month:02d}/{d.day:02d}", 8.5, "Courier")
            s.text(200 + col * 170, y + row * 12, money(bal), 8.5, align="r")
        y += (len(items) + 2) // 3 * 12 + 30
        s.wrap(40, y, 532, "Questions about an electronic transfer? Call us at the number above or write to us as "
               "soon as you can if you think your statement is wrong. We must hear from you no later than 60 days "
               "after we sent the FIRST statement on which the problem appeared.", 7.5, gray=0.35)
    return [page1, page2]


def statement_harborview(st: Statement) -> list[Callable[[Sheet], None]]:
    """A national bank's two-page personal checking statement with a left summary rail."""
    def page1(s: Sheet) -> None:
        s.rect(0, 0, 612, 70, fill=(0.06, 0.2, 0.36), stroke=False)
        s.text(40, 42, "Harborview National Bank", 18, "Times-Bold", color=(1, 1, 1))
        s.text(572, 34, "Everyday Checking", 10, align="r", color=(1, 1, 1))
        s.text(572, 50, f"{words(st.start)} - {words(st.end)}", 8.5, align="r", color=(0.85, 0.9, 1))
        s.text(40, 100, st.holder.upper(), 9.5)
        s.text(40, 112, st.address.street.upper(), 9.5)
        s.text(40, 124, st.address.city_line.upper(), 9.5)
        s.text(360, 100, f"Account number: XXXXXX{st.number[-4:]}", 9)
        s.text(360, 112, "Customer service: 1-800-555-0136", 9)
        s.rect(40, 150, 170, 210, fill=(0.93, 0.95, 0.98), stroke=False)
        s.text(50, 168, "Account summary", 10, "Helvetica-Bold")
        rows = [("Beginning balance", st.begin), ("Deposits and additions", st.credits),
                ("Withdrawals and subtractions", -st.debits), ("Ending balance", st.ending)]
        y = 190
        for label, val in rows:
            s.text(50, y, label, 7.5, gray=0.3)
            s.text(200, y + 13, money(val), 10, "Helvetica-Bold", align="r")
            y += 38
        s.text(50, 350, f"as of {mdy(st.end)}", 7, gray=0.4)
        s.text(230, 168, "Deposits and additions", 10, "Helvetica-Bold")
        y = 186
        for t in [t for t in st.txns if t.amount > 0]:
            s.text(230, y, mdy(t.day)[:5], 8)
            s.text(262, y, t.text, 8)
            s.text(572, y, money(t.amount), 8, align="r")
            y += 12
        s.text(230, y + 8, "Total deposits and additions", 8, "Helvetica-Bold")
        s.text(572, y + 8, money(st.credits, True), 8, "Helvetica-Bold", align="r")
        s.text(40, 400, "Withdrawals and subtractions", 10, "Helvetica-Bold")
        y = 418
        out = [t for t in st.txns if t.amount < 0]
        for t in out[:24]:
            s.text(40, y, mdy(t.day)[:5], 8)
            s.text(80, y, t.text, 8)
            s.text(572, y, money(-t.amount), 8, align="r")
            y += 12
        s.text(306, 770, "Page 1 of 2", 7.5, align="c", gray=0.4)

    def page2(s: Sheet) -> None:
        s.text(40, 50, "Harborview National Bank", 11, "Times-Bold")
        s.text(572, 50, f"Everyday Checking  |  {mdy(st.start)} - {mdy(st.end)}", 8, align="r")
        out = [t for t in st.txns if t.amount < 0]
        y = 84
        if out[24:]:
            s.text(40, y, "Withdrawals and subtractions (continued)", 10, "Helvetica-Bold")
            y += 18
            for t in out[24:]:
                s.text(40, y, mdy(t.day)[:5], 8)
                s.text(80, y, t.text, 8)
                s.text(572, y, money(-t.amount), 8, align="r")
                y += 12
        s.text(40, y + 8, "Total withdrawals and subtractions", 8, "Helvetica-Bold")
        s.text(572, y + 8, money(-st.debits, True), 8, "Helvetica-Bold", align="r")
        y += 40
        s.text(40, y, "Daily ending balance", 10, "Helvetica-Bold")
        y += 16
        daily: dict[Date, int] = {}
        for t, bal in st.running():
            daily[t.day] = bal
        for i, (d, bal) in enumerate(sorted(daily.items())):
            s.text(40 + (i % 4) * 133, y + (i // 4) * 12, f"{mdy(d)[:5]}  {money(bal)}", 8)
        s.text(306, 770, "Page 2 of 2", 7.5, align="c", gray=0.4)
    return [page1, page2]


@dataclass
class Brokerage:
    firm: str
    holder: str
    address: Address
    number: str
    start: Date
    end: Date
    begin: int
    dividends: int
    withdrawal: int
    change: int

    @property
    def ending(self) -> int:
        return self.begin + self.dividends - self.withdrawal + self.change

    def doc(self, scanned: bool) -> Doc:
        return Doc("investment_statement", {}, scanned, date=self.end, account=f"{self.firm}|{self.number}",
                   period=(self.start, self.end), printed=[money(self.ending)])


def statement_brokerage(b: Brokerage) -> list[Callable[[Sheet], None]]:
    def page1(s: Sheet) -> None:
        s.text(40, 54, b.firm.upper(), 14, "Helvetica-Bold", color=(0.1, 0.35, 0.2))
        s.text(40, 68, "Brokerage account statement", 9, gray=0.3)
        s.text(572, 54, f"{words(b.start)} - {words(b.end)}", 9, "Helvetica-Bold", align="r")
        s.text(572, 68, f"Account XXXX-{b.number[-4:]}   Page 1 of 2", 8, align="r")
        s.text(40, 104, b.holder.upper(), 9.5)
        s.text(40, 116, b.address.street.upper(), 9.5)
        s.text(40, 128, b.address.city_line.upper(), 9.5)
        s.text(40, 170, "Account value", 12, "Helvetica-Bold")
        rows = [("Beginning value", b.begin), ("Dividends and interest", b.dividends),
                ("Systematic withdrawal (to bank)", -b.withdrawal), ("Change in market value", b.change),
                ("Ending value", b.ending)]
        y = 192
        for label, val in rows:
            s.text(52, y, label, 9.5, "Helvetica-Bold" if label.startswith("Ending") else "Helvetica")
            s.text(330, y, money(val, True) if val >= 0 else f"-{money(-val, True)}", 9.5, align="r")
            y += 16
        s.rect(380, 160, 192, 120, fill=0.95, stroke=False)
        s.text(390, 178, "Income summary", 9, "Helvetica-Bold")
        s.text(390, 196, "This period", 8)
        s.text(564, 196, money(b.dividends), 8, align="r")
        s.text(390, 210, "Year to date", 8)
        s.text(564, 210, money(b.dividends * b.end.month), 8, align="r")
        s.text(390, 232, "Monthly withdrawal plan", 8)
        s.text(564, 232, money(b.withdrawal), 8, align="r")
        s.text(390, 246, "paid on the 5th of each month", 7, gray=0.4)
        s.text(40, 320, "Asset allocation", 11, "Helvetica-Bold")
        alloc = [("Stock funds", 0.52), ("Bond funds", 0.36), ("Money market", 0.12)]
        x = 40.0
        for i, (label, share) in enumerate(alloc):
            w = 532 * share
            s.rect(x, 334, w, 16, fill=(0.1 + 0.25 * i, 0.35 + 0.15 * i, 0.2 + 0.2 * i), stroke=False)
            s.text(x + 4, 364, f"{label} {share:.0%}", 8)
            x += w
    def page2(s: Sheet) -> None:
        s.text(40, 54, b.firm.upper(), 10, "Helvetica-Bold", color=(0.1, 0.35, 0.2))
        s.text(572, 54, f"Account XXXX-{b.number[-4:]}   Page 2 of 2", 8, align="r")
        s.text(40, 90, "Holdings", 11, "Helvetica-Bold")
        holdings = [("LSS Total Market Index Fund", 0.52), ("LSS Intermediate Bond Fund", 0.36),
                    ("LSS Government Money Market", 0.12)]
        y = 110
        for name, share in holdings:
            s.text(40, y, name, 9)
            s.text(572, y, money(round(b.ending * share)), 9, align="r")
            y += 14
        y += 20
        s.text(40, y, "Activity", 11, "Helvetica-Bold")
        y += 18
        acts = [(b.start + dt.timedelta(days=4), "Systematic withdrawal - ACH to checking", -b.withdrawal),
                (b.start + dt.timedelta(days=14), "Dividend received - bond fund", b.dividends // 2),
                (b.end - dt.timedelta(days=2), "Dividend received - stock fund", b.dividends - b.dividends // 2)]
        for d, text, amount in acts:
            s.text(40, y, mdy(d), 9)
            s.text(120, y, text, 9)
            s.text(572, y, money(amount) if amount > 0 else f"({money(-amount)})", 9, align="r")
            y += 14
    return [page1, page2]


# --------------------------------------------------------------------------------------------------------
# letters and papers
# --------------------------------------------------------------------------------------------------------

def wrap_lines(text: str, width: float, size: float, font_name: str) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font_name, size) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def typed_letter(sender_lines: Sequence[str], date_text: str, to_lines: Sequence[str], re_line: str,
                 paragraphs: Sequence[str], signers: Sequence[Person], font_name: str = "Times-Roman",
                 size: float = 11, closing: str = "Sincerely,", letterhead: Callable[[Sheet], None] | None = None,
                 top: float = 72) -> tuple[Callable[[Sheet], None], list[Pen]]:
    """A block-format letter; returns the page and where its signers sign in ink."""
    lead = size * 1.35
    body: list[tuple[float, str]] = []
    y = top
    for line in sender_lines:
        body.append((y, line))
        y += lead
    y += lead
    body.append((y, date_text))
    y += lead * 2
    for line in to_lines:
        body.append((y, line))
        y += lead
    y += lead
    if re_line:
        body.append((y, re_line))
        y += lead * 2
    for para in paragraphs:
        for line in wrap_lines(para, 468, size, font_name):
            body.append((y, line))
            y += lead
        y += lead * 0.6
    y += lead * 0.4
    body.append((y, closing))
    pens = []
    y += lead * 3.2
    for person in signers:
        pens.append(Pen(0, 80, y - 17, person.name, 15, kind="sign"))
        body.append((y, person.name))
        y += lead * 3.4

    def draw(s: Sheet) -> None:
        if letterhead:
            letterhead(s)
        for yy, line in body:
            bold = line.startswith("Re:")
            face = font_name.replace("Roman", "Bold") if bold and "Times" in font_name else font_name
            s.text(72, yy, line, size, face)
    return draw, pens


def hand_letter_pens(hand: Hand, lines_of_text: Sequence[str], size: float = 9.5, top: float = 80,
                     left: float = 64, width: float = 480, signer: Person | None = None) -> list[Pen]:
    """A letter written by hand on plain paper: each paragraph wrapped by the writer's own letter widths."""
    pens = []
    y = top
    lead = size * 2.3
    for para in lines_of_text:
        if para == "":
            y += lead * 0.6
            continue
        line = ""
        for word in para.split():
            trial = f"{line} {word}".strip()
            if hand.width(trial, size) > width and line:
                pens.append(Pen(0, left, y, line, size))
                y += lead
                line = word
            else:
                line = trial
        pens.append(Pen(0, left, y, line, size))
        y += lead
    if signer:
        pens.append(Pen(0, left + 10, y + lead * 0.8, signer.name, size * 1.6, kind="sign"))
    return pens


def employer_memo(employer: str, person: Person, when: Date, hours_from: int, hours_to: int,
                  effective: Date) -> Callable[[Sheet], None]:
    def draw(s: Sheet) -> None:
        s.text(40, 56, employer, 13, "Helvetica-Bold")
        s.text(40, 70, "Human Resources", 9, gray=0.35)
        s.text(40, 110, "MEMORANDUM", 16, "Helvetica-Bold")
        rows = [("TO:", person.name), ("FROM:", "Human Resources - Payroll & Scheduling"), ("DATE:", words(when)),
                ("RE:", "Change to your scheduled hours")]
        y = 140
        for k, v in rows:
            s.text(40, y, k, 10, "Helvetica-Bold")
            s.text(110, y, v, 10)
            y += 16
        s.line(40, y, 572, y, 0.8)
        y += 26
        for para in (f"Because of the county budget reduction adopted this year, civilian support positions in your "
                     f"division will move from {hours_from} to {hours_to} scheduled hours per pay period, effective "
                     f"{words(effective)}. Your hourly rate is unchanged.",
                     "Overtime will be offered by seniority only when minimum staffing cannot be met. Benefit "
                     "eligibility is not affected by this change.",
                     "Please contact Human Resources with any questions."):
            y = s.wrap(40, y, 532, para, 10.5, leading=15) + 8
    return draw


def benefit_letter_va(person: Person, addr: Address, when: Date, monthly: int, effective: Date,
                      file_no: str) -> Callable[[Sheet], None]:
    def draw(s: Sheet) -> None:
        s.text(306, 50, "DEPARTMENT OF VETERANS AFFAIRS", 12, "Times-Bold", align="c")
        s.text(306, 64, "Regional Benefit Office", 9.5, "Times-Roman", align="c")
        s.text(540, 100, words(when), 10, "Times-Roman", align="r")
        y = 130
        for line in (person.name.upper(), addr.street.upper(), addr.city_line.upper()):
            s.text(72, y, line, 10, "Times-Roman")
            y += 13
        s.text(380, 130, f"In reply refer to: 317/{file_no[-3:]}", 8.5, "Times-Roman")
        s.text(380, 142, f"File Number: XXX-XX-{person.last4}", 8.5, "Times-Roman")
        s.text(380, 154, "Disability compensation", 8.5, "Times-Roman")
        y = 200
        s.text(72, y, f"Dear {person.first} {person.last}:", 11, "Times-Roman")
        y += 24
        paras = [f"We made a decision on your claim for service-connected compensation received in "
                 f"{(when - dt.timedelta(days=70)).strftime('%B %Y')}. This letter tells you what we decided and "
                 "how much you will be paid.",
                 f"Your combined evaluation is 70 percent. Your monthly entitlement amount is {money(monthly, True)}, "
                 f"effective {words(effective)}. We pay this benefit monthly, on the first business day of the month "
                 "for the month before. Disability compensation is not taxable income.",
                 "You do not need to do anything unless your situation changes. If you have questions, call us toll "
                 "free or visit a regional office."]
        for para in paras:
            y = s.wrap(72, y, 468, para, 11, "Times-Roman", leading=15) + 10
        y += 10
        s.rect(72, y, 468, 72, lw=0.6)
        s.text(80, y + 16, "PAYMENT SUMMARY", 9, "Times-Bold")
        s.text(80, y + 34, "Monthly entitlement", 10, "Times-Roman")
        s.text(530, y + 34, money(monthly, True), 10, "Times-Bold", align="r")
        s.text(80, y + 50, "Payment start date", 10, "Times-Roman")
        s.text(530, y + 50, mdy(effective), 10, "Times-Roman", align="r")
        s.text(80, y + 64, "Frequency", 10, "Times-Roman")
        s.text(530, y + 64, "Monthly", 10, "Times-Roman", align="r")
        s.text(72, y + 120, "Sincerely yours,", 11, "Times-Roman")
        s.text(72, y + 150, "Veterans Service Center Manager", 11, "Times-Roman")
    return draw


def pension_letter(fund: str, person: Person, addr: Address, when: Date, monthly: int, member: str,
                   first_pay: Date) -> Callable[[Sheet], None]:
    def draw(s: Sheet) -> None:
        s.rect(40, 36, 532, 46, fill=(0.93, 0.9, 0.84), stroke=False)
        s.text(52, 58, fund, 13, "Times-Bold", color=(0.35, 0.2, 0.1))
        s.text(52, 72, "Benefits Division  |  2200 Courthouse Sq, Suite 400", 8, "Times-Roman")
        s.text(560, 58, words(when), 10, "Times-Roman", align="r")
        y = 112
        for line in (person.name, addr.street, addr.city_line):
            s.text(72, y, line, 10.5, "Times-Roman")
            y += 13
        y += 18
        s.text(72, y, f"Re: Continuance allowance - surviving spouse of member {member}", 11, "Times-Bold")
        y += 24
        paras = [f"Dear {person.first} {person.last}:",
                 f"We are sorry for your loss. As the designated beneficiary of {member}, you are entitled to the "
                 "continuance (survivor) allowance under the plan's unmodified option.",
                 f"Your monthly continuance allowance is {money(monthly, True)}, payable for your lifetime. It is paid "
                 f"on the last business day of each month, beginning {words(first_pay)}, by direct deposit. This "
                 "allowance is taxable income; we will send you a Form 1099-R each January.",
                 "If you have questions, please call a benefits counselor at the number on our website."]
        for para in paras:
            y = s.wrap(72, y, 468, para, 11, "Times-Roman", leading=15) + 9
        y += 14
        s.text(72, y, "Monthly allowance", 10, "Times-Bold")
        s.text(300, y, money(monthly, True), 10, "Times-Roman")
        s.text(72, y + 14, "Frequency", 10, "Times-Bold")
        s.text(300, y + 14, "Monthly", 10, "Times-Roman")
        s.text(72, y + 28, "Federal tax withholding", 10, "Times-Bold")
        s.text(300, y + 28, "per your W-4P election", 10, "Times-Roman")
        s.text(72, y + 70, "Benefits Division", 11, "Times-Roman")
    return draw


def attorney_cover(firm: str, attorney: str, to_lines: Sequence[str], when: Date, client: Person, loan: str,
                   prop: Address, exhibits: Sequence[str]) -> Callable[[Sheet], None]:
    def draw(s: Sheet) -> None:
        s.text(306, 54, firm.upper(), 14, "Times-Bold", align="c")
        s.text(306, 68, "Attorneys at Law  |  88 Commerce Row, Suite 12  |  Tel (555) 555-0188", 8.5, "Times-Roman",
               align="c")
        s.line(72, 76, 540, 76, 0.8)
        s.text(72, 110, words(when), 11, "Times-Roman")
        s.text(72, 128, "VIA ELECTRONIC MAIL", 10, "Times-Bold")
        y = 154
        for line in to_lines:
            s.text(72, y, line, 11, "Times-Roman")
            y += 14
        y += 14
        s.text(72, y, f"Re: Borrower {client.name}; Loan No. {loan}", 11, "Times-Bold")
        s.text(100, y + 14, f"Property: {prop.line}", 11, "Times-Roman")
        y += 42
        paras = [f"This office represents {client.name} in connection with the above loan. Enclosed please find our "
                 "client's completed Mortgage Assistance Application (sent as a separate, digitally signed file) and "
                 "the supporting documents listed below, marked as exhibits.",
                 "Please direct all communication regarding this application to the undersigned, and confirm receipt "
                 "in writing as Regulation X requires."]
        for para in paras:
            y = s.wrap(72, y, 468, para, 11, "Times-Roman", leading=15) + 8
        y += 4
        for ex in exhibits:
            s.text(96, y, ex, 11, "Times-Roman")
            y += 15
        y += 20
        s.text(72, y, "Very truly yours,", 11, "Times-Roman")
        s.text(72, y + 22, f"/s/ {attorney}", 11, "Times-Italic")
        s.text(72, y + 36, attorney + ", Esq.", 11, "Times-Roman")
        s.text(72, y + 64, "Enclosures", 9, "Times-Roman")
    return draw


def exhibit_sheet(letter_: str, caption: str) -> Callable[[Sheet], None]:
    def draw(s: Sheet) -> None:
        s.text(306, 360, "EXHIBIT", 40, "Times-Bold", align="c")
        s.text(306, 420, letter_, 60, "Times-Bold", align="c")
        s.text(306, 460, caption, 12, "Times-Italic", align="c")
    return draw


def bates_stamp(prefix: str, start: int, count: int) -> bytes:
    """One page per Bates number, to be laid over each page of a bundle."""
    pages = []
    for i in range(count):
        def draw(s: Sheet, n: int = start + i) -> None:
            s.text(572, 778, f"{prefix} {n:06d}", 8, "Helvetica-Bold", align="r")
        pages.append(draw)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    for draw in pages:
        draw(Sheet(c, LETTER))
        c.showPage()
    c.save()
    return buf.getvalue()


def fax_cover_pens(hand: Hand, to: str, fax_to: str, sender: str, phone: str, pages: int, when: Date,
                   note: str) -> tuple[Callable[[Sheet], None], list[Pen]]:
    """A pack-and-ship store's pre-printed fax cover, filled by hand."""
    def draw(s: Sheet) -> None:
        s.rect(40, 40, 532, 60, fill=0.15, stroke=False)
        s.text(56, 78, "PAK & POST CENTER #0412", 20, "Helvetica-Bold", color=(1, 1, 1))
        s.text(556, 66, "Fax - Copies - Shipping", 9, align="r", color=(1, 1, 1))
        s.text(556, 80, "Fax (555) 555-0177", 9, align="r", color=(1, 1, 1))
        s.text(40, 140, "FAX", 44, "Helvetica-Bold")
        for i, label in enumerate(("To:", "Fax:", "From:", "Phone:", "Pages (incl. cover):", "Date:", "Re:")):
            y = 200 + i * 34
            s.text(40, y, label, 11, "Helvetica-Bold")
            s.line(170, y + 3, 572, y + 3, 0.5)
        s.text(40, 460, "Comments:", 11, "Helvetica-Bold")
        for i in range(5):
            s.line(40, 490 + i * 26, 572, 490 + i * 26, 0.4)
        s.wrap(40, 700, 532, "CONFIDENTIAL: This transmission may contain information that is privileged. If you "
               "received it in error, please notify the sender and destroy it.", 7.5, gray=0.3)
    vals = [to, fax_to, sender, phone, str(pages), mdy(when), "Mortgage assistance application"]
    pens = [Pen(0, 176, 200 + i * 34, v, 10) for i, v in enumerate(vals)]
    pens += [Pen(0, 46, 486, note, 10)]
    return draw, pens


def death_certificate(state: str, county: str, dec: Person, died: Date, place: str, spouse: Person,
                      filed: Date, cert_no: str) -> Callable[[Sheet], None]:
    age = died.year - dec.dob.year - ((died.month, died.day) < (dec.dob.month, dec.dob.day))

    def draw(s: Sheet) -> None:
        for k in range(-800, 620, 9):  # security paper
            s.line(k, 792, k + 792, 0, 0.25, gray=0.88)
        s.rect(30, 30, 552, 732, lw=3)
        s.rect(36, 36, 540, 720, lw=0.8)
        s.text(306, 66, f"STATE OF {state.upper()}", 13, "Times-Bold", align="c")
        s.text(306, 84, "CERTIFICATE OF DEATH", 18, "Times-Bold", align="c")
        s.text(306, 98, "CERTIFIED COPY - DEPARTMENT OF HEALTH, OFFICE OF VITAL RECORDS", 7.5, align="c")
        s.text(540, 118, f"State file no. {cert_no}", 8, align="r")
        cells = [("1. DECEDENT'S LEGAL NAME", dec.name.upper()), ("2. SEX", "M" if dec.first[-1] not in "aey" else "F"),
                 ("3. DATE OF DEATH", mdy(died)), ("4. SOCIAL SECURITY NUMBER", f"XXX-XX-{dec.last4}"),
                 ("5. DATE OF BIRTH", mdy(dec.dob)), ("6. AGE", str(age)),
                 ("7. PLACE OF DEATH", place), ("8. COUNTY OF DEATH", county.upper()),
                 ("9. MARITAL STATUS", "MARRIED"), ("10. SURVIVING SPOUSE", spouse.name.upper()),
                 ("11. INFORMANT", f"{spouse.name.upper()} - SPOUSE"),
                 ("12. METHOD OF DISPOSITION", "BURIAL"),
                 ("13. IMMEDIATE CAUSE", "ACUTE MYOCARDIAL INFARCTION"), ("14. MANNER OF DEATH", "NATURAL"),
                 ("15. DATE FILED", mdy(filed)), ("16. REGISTRAR", "J. M. OKAFOR, LOCAL REGISTRAR")]
        for i, (cap, val) in enumerate(cells):
            x = 48 + (i % 2) * 258
            y = 132 + (i // 2) * 46
            s.rect(x, y, 258, 46, lw=0.5)
            s.text(x + 4, y + 10, cap, 6.5, "Helvetica-Bold")
            s.text(x + 8, y + 32, val, 10, "Courier-Bold")
        s.wrap(48, 530, 516, "This is a true and correct copy of the official record filed with the Office of Vital "
               "Records. Any alteration or erasure voids this certificate.", 8.5, "Times-Italic")
        s.rect(420, 600, 120, 120, lw=1.2, radius=60)
        s.text(480, 655, "OFFICIAL", 9, "Times-Bold", align="c", gray=0.4)
        s.text(480, 668, "SEAL", 9, "Times-Bold", align="c", gray=0.4)
        s.text(48, 700, f"Issued {mdy(filed + dt.timedelta(days=9))}", 9)
    return draw


def quitclaim_deed(grantor: Person, grantee: Person, addr: Address, county: str, recorded: Date, doc_no: str,
                   parcel: str) -> tuple[Callable[[Sheet], None], list[Pen], list[Pen]]:
    """A recorded quitclaim deed; returns the page, the grantor's ink and the notary's ink."""
    paras = [f"FOR NO CONSIDERATION, pursuant to a judgment of dissolution of marriage, {grantor.name.upper()}, "
             f"GRANTOR, hereby remises, releases and forever quitclaims to {grantee.name.upper()}, GRANTEE, as her "
             "or his sole and separate property, all right, title and interest in the real property in the County "
             f"of {county}, State of {addr.state}, commonly known as {addr.line}, and more particularly described "
             "in Exhibit A attached hereto.",
             "Documentary transfer tax: $0.00. This conveyance transfers an interest into or out of a marital "
             "community and is exempt from tax.",
             f"Dated: {mdy(recorded - dt.timedelta(days=6))}"]
    y_end = 220 + sum(len(wrap_lines(p, 532, 10.5, "Times-Roman")) * 15 + 12 for p in paras)
    grantor_ink = [Pen(0, 50, y_end + 31, grantor.name, 15, kind="sign")]
    notary = Person("Ruth", "A", "Calloway", "999-00-0000", Date(1970, 1, 1), "", "")
    notary_ink = [Pen(0, 330, y_end + 90 + 104, notary.name, 13, kind="sign")]

    def draw(s: Sheet) -> None:
        s.rect(360, 36, 212, 80, lw=0.8)
        s.text(368, 52, f"{county.upper()} COUNTY RECORDER", 8, "Helvetica-Bold")
        s.text(368, 66, f"DOC # {doc_no}", 9, "Courier-Bold")
        s.text(368, 80, f"RECORDED {mdy(recorded)} 10:42 AM", 8, "Courier")
        s.text(368, 94, "FEES $38.00   PAGES 1", 8, "Courier")
        s.text(368, 108, "E-RECORDED", 8, "Courier")
        s.text(40, 56, "RECORDING REQUESTED BY AND", 7.5)
        s.text(40, 66, "WHEN RECORDED MAIL TO:", 7.5)
        s.text(40, 80, grantee.name, 9)
        s.text(40, 92, addr.street, 9)
        s.text(40, 104, addr.city_line, 9)
        s.text(306, 160, "QUITCLAIM DEED", 20, "Times-Bold", align="c")
        s.text(40, 190, f"Assessor's Parcel No. {parcel}", 9)
        y = 220
        for para in paras:
            y = s.wrap(40, y, 532, para, 10.5, "Times-Roman", leading=15) + 12
        s.line(40, y + 36, 300, y + 36, 0.5)
        s.text(40, y + 48, f"{grantor.name}, Grantor", 9)
        y += 90
        s.rect(40, y, 532, 120, lw=0.5)
        s.wrap(48, y + 16, 516, "A notary public or other officer completing this certificate verifies only the "
               f"identity of the individual who signed the document. State of {addr.state}, County of {county}. "
               f"On {mdy(recorded - dt.timedelta(days=6))} before me, a notary public, personally appeared "
               f"{grantor.name}, proved to me on the basis of satisfactory evidence to be the person whose name is "
               "subscribed to the within instrument.", 8.5, "Times-Roman")
        s.line(320, y + 108, 540, y + 108, 0.5)
        s.text(320, y + 116, "Notary Public", 7.5)
        s.rect(60, y + 62, 150, 50, lw=1.4)
        s.text(135, y + 78, "RUTH A. CALLOWAY", 7.5, "Helvetica-Bold", align="c")
        s.text(135, y + 90, "NOTARY PUBLIC", 7, align="c")
        s.text(135, y + 102, f"My Comm. Exp. {mdy(recorded + dt.timedelta(days=900))}", 6.5, align="c")
    return draw, grantor_ink, notary_ink


def profit_and_loss(business: str, owner: Person, start: Date, end: Date, revenue: int, expenses: list[tuple[str, int]],
                    prepared: Date) -> tuple[Callable[[Sheet], None], list[Pen], int]:
    net = revenue - sum(a for _, a in expenses)

    def draw(s: Sheet) -> None:
        s.text(306, 60, business, 15, "Helvetica-Bold", align="c")
        s.text(306, 78, "Profit and Loss Statement (cash basis)", 11, align="c")
        s.text(306, 94, f"{words(start)} through {words(end)}", 10, align="c")
        y = 140
        s.text(60, y, "INCOME", 10, "Helvetica-Bold")
        y += 18
        s.text(80, y, "Sales / service revenue", 10)
        s.text(540, y, money(revenue), 10, align="r")
        y += 16
        s.text(80, y, "Total income", 10, "Helvetica-Bold")
        s.text(540, y, money(revenue), 10, "Helvetica-Bold", align="r")
        y += 30
        s.text(60, y, "EXPENSES", 10, "Helvetica-Bold")
        y += 18
        for label, amount in expenses:
            s.text(80, y, label, 10)
            s.text(540, y, money(amount), 10, align="r")
            y += 15
        s.line(420, y - 8, 540, y - 8, 0.5)
        s.text(80, y + 4, "Total expenses", 10, "Helvetica-Bold")
        s.text(540, y + 4, money(revenue - net), 10, "Helvetica-Bold", align="r")
        y += 34
        s.rect(60, y - 14, 480, 22, fill=0.9, stroke=False)
        s.text(80, y + 1, "NET INCOME", 11, "Helvetica-Bold")
        s.text(536, y + 1, money(net, True), 11, "Helvetica-Bold", align="r")
        y += 50
        s.wrap(60, y, 480, "I certify that this profit and loss statement is true and complete to the best of my "
               "knowledge.", 9.5)
        s.line(60, y + 60, 320, y + 60, 0.5)
        s.text(60, y + 72, f"Signature of owner - {owner.name}", 8.5)
        s.line(360, y + 60, 540, y + 60, 0.5)
        s.text(360, y + 72, "Date", 8.5)
        s.text(306, 760, f"Prepared {mdy(prepared)}", 7, align="c", gray=0.4)
    # where the owner signs and dates it
    y_sign = 140 + 18 + 16 + 30 + 18 + 15 * len(expenses) + 34 + 50 + 60
    pens = [Pen(0, 70, y_sign - 4, owner.name, 15, kind="sign"), Pen(0, 370, y_sign - 4, mdy(prepared), 10)]
    return draw, pens, net


def form4506c_pens(person: Person, addr: Address, years: Sequence[int], signed: Date,
                   participant: tuple[str, str, str, Address]) -> list[Pen]:
    """The real 4506-C page 1 (Rev. 10-2022) filled in by hand; y in points from the top, read off the form."""
    pid, pname, sor, paddr = participant
    p = []

    def t(x: float, y: float, text: str, size: float = 8.5) -> None:
        p.append(Pen(0, x, y, text, size))

    t(30, 124, person.first)
    t(116, 124, person.middle)
    t(174, 124, person.last)
    t(30, 154, person.ssn)
    t(30, 222, addr.street)
    t(314, 222, addr.city)
    t(422, 222, addr.state)
    t(476, 222, addr.zip)
    t(30, 286, pname, 7.5)
    t(314, 286, pid, 7.5)
    t(422, 286, sor, 7.5)
    t(30, 308, paddr.street, 7.5)
    t(314, 308, paddr.city, 7.5)
    t(446, 308, paddr.state, 7.5)
    t(504, 308, paddr.zip, 7.5)
    t(30, 362, "Loss Mitigation Dept.", 7.5)
    t(30, 384, paddr.street, 7.5)
    t(260, 426, "1040")
    p.append(Pen(0, 102.2, 439.2, kind="cross", width=9))
    for i, year in enumerate(years):
        t(30 + i * 150, 525, f"12  31  {year}", 8)
    p.append(Pen(0, 30.2, 594, kind="cross", width=9))
    p.append(Pen(0, 80, 624, person.name, 14, kind="sign"))
    t(344, 624, mdy(signed))
    t(436, 624, person.phone, 7.5)
    t(120, 660, person.name)
    return p


# --------------------------------------------------------------------------------------------------------
# servicers' own applications
# --------------------------------------------------------------------------------------------------------

SORREL_REASONS = [("I lost my job", "unemployment"), ("My pay or hours were cut", "reduction_in_income"),
                  ("My housing costs went up", "increase_in_housing_expenses"),
                  ("A disaster damaged my home or workplace", "disaster"),
                  ("Illness or disability (me or a dependent)", "disability_or_illness"),
                  ("Divorce or legal separation", "divorce_or_separation"),
                  ("A co-borrower I'm not married to moved out", "separation_unmarried"),
                  ("A borrower or wage earner died", "death"), ("I was transferred or moved for work", "relocation"),
                  ("Something else", "other")]


@dataclass
class MobileForm:
    loan: str
    borrower: Person
    co: Person
    co_lives_there: bool
    prop: Address
    hardships: list[str]
    start: Date
    income: list[tuple[str, int]]
    signed_at: dt.datetime
    co_signed_at: dt.datetime
    request_id: str


def sorrel_mobile(f: MobileForm) -> bytes:
    """A servicer's mobile site at its review step, saved by the phone as a 'full page' PDF: ONE narrow page as
    tall as the whole scrolled screen."""
    width = 390.0
    green = (0.09, 0.42, 0.33)

    def layout(s: Sheet) -> float:
        s.rect(0, 0, width, 54, fill=green, stroke=False)
        s.text(18, 33, "Sorrel Creek", 15, "Helvetica-Bold", color=(1, 1, 1))
        s.text(116, 33, "Home Lending", 10, color=(0.85, 0.95, 0.9))
        for i in range(3):
            s.rect(350, 22 + i * 6, 22, 2.4, fill=(1, 1, 1), stroke=False)
        s.text(18, 86, "Mortgage Help Request", 19, "Helvetica-Bold")
        s.text(18, 104, "Step 4 of 4  -  Review and submit", 10, gray=0.35)
        s.rect(18, 112, 354, 5, fill=0.88, stroke=False, radius=2.5)
        s.rect(18, 112, 354, 5, fill=green, stroke=False, radius=2.5)
        y = 136.0

        def card(title: str, rows: Sequence[tuple[str, str]], extra: Callable[[float], float] | None = None) -> None:
            nonlocal y
            height = 34 + 36 * len(rows)
            top = y
            inner = y + 34 + 36 * len(rows)
            if extra:
                inner = extra(-1)  # measure
                height = inner - top + 10
            s.rect(12, top, 366, height, fill=(0.975, 0.98, 0.975), lw=0.5, radius=8)
            s.text(26, top + 22, title, 12, "Helvetica-Bold")
            s.text(364, top + 22, "Edit", 9.5, "Helvetica-Bold", align="r", color=green)
            yy = top + 44
            for label, value in rows:
                s.text(26, yy, label, 8, gray=0.45)
                s.text(26, yy + 14, value, 11)
                yy += 36
            if extra:
                extra(yy)
            y = top + height + 12

        card("Your loan", [("Loan number", f.loan)])
        b, co = f.borrower, f.co
        card("About you", [("Full legal name", b.name), ("Social Security number", f"***-**-{b.last4}"),
                           ("Date of birth", mdy(b.dob)), ("Mobile phone", b.phone), ("Email", b.email)])
        card("Co-borrower on this loan", [("Full legal name", co.name),
                                          ("Social Security number", f"***-**-{co.last4}"),
                                          ("Mobile phone", co.phone),
                                          ("Lives at the property", "Yes" if f.co_lives_there else "No")])
        card("The property", [("Street address", f.prop.street), ("City", f.prop.city), ("State", f.prop.state),
                              ("ZIP code", f.prop.zip), ("How is the home used?", "I live here (my primary home)"),
                              ("What would you like to do?", "Keep my home")])

        def toggles(yy: float) -> float:
            measuring = yy < 0
            yy = (y + 44) if measuring else yy
            for label, code in SORREL_REASONS:
                on = code in f.hardships
                if not measuring:
                    s.text(26, yy + 4, label, 10.5)
                    s.rect(318, yy - 8, 44, 24, fill=(0.2, 0.75, 0.4) if on else 0.85, stroke=False, radius=12)
                    knob = 340 if on else 320
                    s.c.setFillGray(1)
                    s.c.circle(knob + 10, s.h - (yy + 4), 10, stroke=0, fill=1)
                    s.c.setFillGray(0)
                yy += 30
            rows = [("When did it start?", mdy(f.start)), ("How long do you expect it to last?",
                                                            "Long-term (more than 6 months)")]
            for label, value in rows:
                if not measuring:
                    s.text(26, yy + 6, label, 8, gray=0.45)
                    s.rect(26, yy + 10, 338, 22, fill=(1, 1, 1), lw=0.5, radius=4)
                    s.text(34, yy + 25, value, 10.5)
                    if "long" in label:
                        s.line(346, yy + 18, 350, yy + 23, 1.2, gray=0.3)
                        s.line(350, yy + 23, 354, yy + 18, 1.2, gray=0.3)
                yy += 40
            return yy

        card("What's making it hard to pay?", [], toggles)

        def income(yy: float) -> float:
            measuring = yy < 0
            yy = (y + 44) if measuring else yy
            for label, amount in f.income:
                if not measuring:
                    s.text(26, yy, label, 10.5)
                    s.text(364, yy, money(amount, True), 10.5, align="r")
                    s.line(26, yy + 9, 364, yy + 9, 0.3, gray=0.75)
                yy += 26
            if not measuring:
                s.text(26, yy + 4, "+ Add another source", 9.5, "Helvetica-Bold", color=green)
                s.text(26, yy + 30, "Total monthly income", 11, "Helvetica-Bold")
                s.text(364, yy + 30, money(sum(a for _, a in f.income), True), 11, "Helvetica-Bold", align="r")
            return yy + 40

        card("Monthly income before taxes", [], income)

        def sign(yy: float) -> float:
            measuring = yy < 0
            yy = (y + 44) if measuring else yy
            notice = ("By typing your name below, you sign this request electronically and certify that the "
                      "information in it is true. Each borrower on the loan must sign.")
            if not measuring:
                s.wrap(26, yy, 338, notice, 9, gray=0.3)
            yy += len(wrap_lines(notice, 338, 9, "Helvetica")) * 11.7
            for who, when in ((b, f.signed_at), (co, f.co_signed_at)):
                if not measuring:
                    s.text(26, yy + 8, "Borrower signature" if who is b else "Co-borrower signature", 8, gray=0.45)
                    s.rect(26, yy + 12, 338, 30, fill=(1, 1, 1), lw=0.5, radius=4)
                    s.text(34, yy + 33, who.name, 15, "Times-Italic", color=(0.1, 0.1, 0.35))
                    s.text(26, yy + 56, f"Signed {when.strftime('%m/%d/%Y %I:%M %p')}  -  {who.email}", 8,
                           color=green)
                yy += 70
            if not measuring:
                s.rect(26, yy, 338, 40, fill=0.75, stroke=False, radius=20)
                s.text(195, yy + 25, "Submitted", 12, "Helvetica-Bold", align="c", color=(1, 1, 1))
            return yy + 50

        card("Sign and submit", [], sign)
        s.text(18, y + 10, f"Request ID {f.request_id}", 8.5, gray=0.4)
        s.wrap(18, y + 30, 354, "Sorrel Creek Home Lending, LLC. NMLS #2047733. This is an attempt to collect a debt. "
               "Equal Housing Lender. Privacy  |  Terms  |  Contact us", 7.5, gray=0.45)
        return y + 70

    probe = io.BytesIO()
    c = rl_canvas.Canvas(probe, pagesize=(width, 6000), invariant=1)
    height = layout(Sheet(c, (width, 6000)))
    return build_pdf([layout], size=(width, round(height)), title="Mortgage Help Request | Sorrel Creek Home Lending",
                     creator="Safari", producer="iOS Version 23.1 (Build 23B85) Quartz PDFContext")


NHS_REASONS = [("Job loss", "unemployment", "None"), ("Cut in pay or hours", "reduction_in_income", "None"),
               ("Higher housing costs (taxes, insurance, HOA)", "increase_in_housing_expenses", "None"),
               ("Disaster damage to home or workplace", "disaster", "None"),
               ("Disability or serious illness", "disability_or_illness", "Statement or letter"),
               ("Divorce or legal separation", "divorce_or_separation", "Decree or recorded deed"),
               ("Separation of unmarried co-owners", "separation_unmarried", "Recorded deed or agreement"),
               ("Death of a borrower or wage earner", "death", "Death cert. or obituary"),
               ("Job transfer or military move", "relocation", "Orders or employer letter"),
               ("Other (explain on a separate sheet)", "other", "Written explanation")]
NHS_INCOME = [("Wages, salary, overtime, tips, bonuses", "wages"), ("Self-employment (net)", "self_employment"),
              ("Unemployment benefits", "unemployment"),
              ("Social Security / pension / disability (taxable)", "benefits_taxable"),
              ("Non-taxable Social Security or VA disability", "benefits_nontaxable"),
              ("Rental income (net of expenses)", "rental"), ("Investment or insurance income", "investment"),
              ("Alimony, child support, other income", "other")]


@dataclass
class Affidavit:
    loan: str
    borrower: Person
    prop: Address
    occupancy: str
    hardships: list[str]
    start: Date
    income: dict[str, int]
    signed_on: Date


def nhs_affidavit(a: Affidavit) -> tuple[bytes, list[Pen]]:
    """Northgate Harbor Servicing's NHS-12: dark rotated section tabs down the left edge, answers typed into pale
    yellow fields; the choices are made by striking out the words that do not apply, hardship reasons by the
    applicant's INITIALS, all in ink after printing."""
    pens: list[Pen] = []
    yellow = (1.0, 0.98, 0.82)
    navy = (0.1, 0.15, 0.3)

    def tab(s: Sheet, top: float, bottom: float, title: str) -> None:
        s.rect(26, top, 22, bottom - top, fill=navy, stroke=False)
        s.c.saveState()
        s.c.setFillColorRGB(1, 1, 1)
        s.c.setFont("Helvetica-Bold", 9)
        s.c.translate(41, s.h - bottom + 8)
        s.c.rotate(90)
        s.c.drawString(0, 0, title)
        s.c.restoreState()

    def row(s: Sheet, y: float, label: str, value: str, x: float = 210, w: float = 362) -> None:
        s.text(60, y + 11, label, 8)
        s.rect(x, y, w, 16, fill=yellow, stroke=False)
        s.line(x, y + 16, x + w, y + 16, 0.4)
        if value:
            s.text(x + 4, y + 12, value, 10)

    def options(s: Sheet, page: int, x: float, y: float, lead: str, choices: Sequence[str], keep: str) -> float:
        s.text(x, y, lead, 9)
        cx = x + stringWidth(lead, "Helvetica", 9) + 8
        for i, ch in enumerate(choices):
            s.text(cx, y, ch, 9, "Helvetica-Bold")
            wd = stringWidth(ch, "Helvetica-Bold", 9)
            if ch != keep:
                pens.append(Pen(page, cx - 2, y - 3, kind="strike", width=wd + 4))
            cx += wd
            if i < len(choices) - 1:
                s.text(cx + 5, y, "/", 9)
                cx += 16
        return cx

    def header(s: Sheet, page: int) -> None:
        s.text(60, 46, "NORTHGATE HARBOR SERVICING", 13, "Helvetica-Bold", color=navy)
        s.text(60, 60, "Homeowner Financial Hardship Affidavit & Assistance Application", 10)
        s.text(572, 46, "Form NHS-12", 9, "Helvetica-Bold", align="r")
        s.text(572, 58, f"rev. 03/2029   page {page} of 2", 7.5, align="r")
        s.line(26, 70, 572, 70, 1.5)

    captured: dict[str, float] = {}

    def page1(s: Sheet) -> None:
        header(s, 1)
        b = a.borrower
        y = 84.0
        top = y
        rows = [("Account (loan) number", a.loan), ("Applicant - full legal name", b.name),
                ("Applicant - SSN (last four digits)", b.last4), ("Applicant - date of birth", mdy(b.dob)),
                ("Applicant - best phone", b.phone), ("Applicant - e-mail", b.email),
                ("Co-applicant - full legal name", "N/A"), ("Co-applicant - SSN (last four)", ""),
                ("Co-applicant - best phone", "")]
        for label, value in rows:
            row(s, y, label, value)
            y += 21
        tab(s, top - 4, y, "1  APPLICANTS")
        y += 10
        top = y
        row(s, y, "Property street address", a.prop.street)
        y += 21
        row(s, y, "City", a.prop.city)
        y += 21
        row(s, y, "State", a.prop.state, w=80)
        s.text(310, y + 11, "ZIP code", 8)
        s.rect(350, y, 120, 16, fill=yellow, stroke=False)
        s.line(350, y + 16, 470, y + 16, 0.4)
        s.text(354, y + 12, a.prop.zip, 10)
        y += 21
        row(s, y, "Mailing address, if different", "Same")
        y += 34
        keep = {"primary_residence": "principal residence", "second_home": "second home",
                "investment_property": "investment property"}[a.occupancy]
        options(s, 0, 60, y, "I affirm that the property is my", ["principal residence", "second home",
                                                                   "investment property"], keep)
        s.text(60, y + 12, "(Strike through the words that do not apply.)", 7, "Helvetica-Oblique", gray=0.35)
        y += 30
        options(s, 0, 60, y, "I intend to", ["keep the property", "sell the property"], "keep the property")
        y += 14
        tab(s, top - 4, y, "2  PROPERTY")
        y += 14
        top = y
        row(s, y, "My hardship began on (mm/dd/yyyy)", mdy(a.start))
        y += 30
        options(s, 0, 60, y, "I expect my hardship to be", ["short-term", "long-term", "resolved"], "long-term")
        y += 20
        s.rect(56, y, 516, 16, fill=0.88, stroke=False)
        s.text(60, y + 11, "Hardship reason (initial every reason that applies)", 7.5, "Helvetica-Bold")
        s.text(300, y + 11, "Papers to enclose", 7.5, "Helvetica-Bold")
        s.text(458, y + 11, "Applicant", 7.5, "Helvetica-Bold", align="c")
        s.text(530, y + 11, "Co-applicant", 7.5, "Helvetica-Bold", align="c")
        y += 16
        for label, code, paper in NHS_REASONS:
            s.rect(56, y, 516, 18, lw=0.4)
            s.line(296, y, 296, y + 18, 0.4)
            s.line(420, y, 420, y + 18, 0.4)
            s.line(496, y, 496, y + 18, 0.4)
            s.text(60, y + 12.5, label, 8.5)
            s.text(300, y + 12.5, paper, 7.5, gray=0.3)
            if code in a.hardships:
                pens.append(Pen(0, 440, y + 14, b.initials, 9.5, kind="initials"))
            y += 18
        tab(s, top - 4, y, "3  HARDSHIP")

    def page2(s: Sheet) -> None:
        header(s, 2)
        y = 90.0
        top = y
        s.rect(56, y, 516, 16, fill=0.88, stroke=False)
        s.text(60, y + 11, "Gross monthly income (before taxes)", 7.5, "Helvetica-Bold")
        s.text(440, y + 11, "Applicant $", 7.5, "Helvetica-Bold", align="r")
        s.text(566, y + 11, "Co-applicant $", 7.5, "Helvetica-Bold", align="r")
        y += 16
        for label, code in NHS_INCOME:
            s.rect(56, y, 516, 20, lw=0.4)
            s.line(350, y, 350, y + 20, 0.4)
            s.line(460, y, 460, y + 20, 0.4)
            s.rect(352, y + 2, 106, 16, fill=yellow, stroke=False)
            s.rect(462, y + 2, 108, 16, fill=yellow, stroke=False)
            s.text(60, y + 14, label, 8.5)
            if a.income.get(code):
                s.text(454, y + 14, money(a.income[code]), 10, align="r")
            y += 20
        s.rect(56, y, 516, 22, lw=1)
        s.text(60, y + 15, "TOTAL MONTHLY INCOME", 9, "Helvetica-Bold")
        s.rect(352, y + 3, 106, 16, fill=yellow, stroke=False)
        s.text(454, y + 15, money(sum(a.income.values())), 10, "Helvetica-Bold", align="r")
        y += 30
        tab(s, top - 4, y, "4  INCOME")
        y += 16
        top = y
        for para in ("I declare under penalty of perjury that the information in this affidavit is true and correct, "
                     "that the hardship I have initialed above contributed to my need for mortgage relief, and that I "
                     "will provide Northgate Harbor Servicing with the documents it requests.",
                     "I consent to Northgate Harbor Servicing obtaining a credit report and verifying the information "
                     "I provided, and to being contacted about this request at any phone number or e-mail I gave.",
                     "Knowingly submitting false information may violate federal and state law."):
            y = s.wrap(60, y + 8, 506, para, 9, leading=12.5)
        y += 40
        s.line(60, y, 380, y, 0.6)
        s.line(410, y, 560, y, 0.6)
        s.text(60, y + 11, "Applicant signature", 7.5)
        s.text(410, y + 11, "Date signed", 7.5)
        pens.append(Pen(1, 72, y - 5, a.borrower.name, 16, kind="sign"))
        pens.append(Pen(1, 416, y - 5, mdy(a.signed_on), 10))
        captured["sign"] = y
        y += 44
        s.line(60, y, 380, y, 0.6)
        s.line(410, y, 560, y, 0.6)
        s.text(60, y + 11, "Co-applicant signature (if any)", 7.5)
        s.text(410, y + 11, "Date signed", 7.5)
        y += 24
        tab(s, top - 4, y, "5  AFFIRMATION")
        y += 24
        s.rect(56, y, 516, 150, lw=0.5)
        s.text(64, y + 16, "NOTARY ACKNOWLEDGMENT (OPTIONAL - NOT REQUIRED FOR REVIEW)", 8, "Helvetica-Bold")
        s.wrap(64, y + 34, 500, "State of ______________  County of ______________. Subscribed and sworn to before me "
               "on ______________ by ______________________________, proved to me on the basis of satisfactory "
               "evidence to be the person(s) who appeared before me.", 8.5, leading=14)
        s.line(64, y + 126, 300, y + 126, 0.5)
        s.text(64, y + 138, "Notary Public signature", 7.5)
        s.rect(420, y + 70, 140, 70, lw=0.4)
        s.text(490, y + 108, "(seal)", 8, align="c", gray=0.5)

    data = build_pdf([page1, page2], title="NHS-12 Hardship Affidavit", creator="Northgate Harbor Servicing",
                     producer="Adobe LiveCycle Designer ES 9.0")
    return data, pens


CEDAR_REASONS = [("Lost job", "unemployment"), ("Less pay or fewer hours", "reduction_in_income"),
                 ("Higher housing costs", "increase_in_housing_expenses"), ("Disaster", "disaster"),
                 ("Disability / serious illness", "disability_or_illness"), ("Divorce / legal separation",
                                                                              "divorce_or_separation"),
                 ("Unmarried co-owner moved out", "separation_unmarried"), ("Death in the household", "death"),
                 ("Job transfer / relocation", "relocation"), ("Other", "other")]
CEDAR_INCOME = [("Wages / salary (all jobs)", "wages"), ("Self-employment (net)", "self_employment"),
                ("Unemployment benefits", "unemployment"),
                ("Social Security, pension, disability (taxable)", "benefits_taxable"),
                ("VA disability / non-taxable SS", "benefits_nontaxable"), ("Rent received (net)", "rental"),
                ("Investment / annuity / insurance", "investment"), ("Child support / alimony / other", "other")]


@dataclass
class Worksheet:
    loan: str
    borrower: Person
    prop: Address
    occupancy: str
    hardships: list[str]
    start: Date
    income: dict[str, int]
    total: int
    expenses: dict[str, int]
    signed_on: Date


def cedar_worksheet(w: Worksheet) -> tuple[bytes, list[Pen]]:
    """Cedar Lantern Mortgage's CLM-1117: ONE 11 x 17 sheet printed landscape in four columns (mailed folded), labels
    printed small over writing lines; everything filled in by hand."""
    pens: list[Pen] = []
    teal = (0.0, 0.38, 0.42)
    cols = [36.0, 330.0, 624.0, 918.0]
    cw = 270.0

    def line_field(s: Sheet, x: float, y: float, label: str, value: str | None, width: float = cw) -> None:
        s.text(x, y, label.upper(), 6.5, "Helvetica-Bold", gray=0.3)
        s.line(x, y + 22, x + width, y + 22, 0.5)
        if value:
            pens.append(Pen(0, x + 4, y + 19, value, 9))

    def head(s: Sheet, x: float, y: float, letter_: str, title: str) -> None:
        s.rect(x, y, cw, 20, fill=teal, stroke=False)
        s.text(x + 8, y + 14, f"{letter_}   {title}", 10, "Helvetica-Bold", color=(1, 1, 1))

    def draw(s: Sheet) -> None:
        b = w.borrower
        s.text(36, 40, "CEDAR LANTERN MORTGAGE CO.", 18, "Helvetica-Bold", color=teal)
        s.text(36, 56, "MORTGAGE ASSISTANCE WORKSHEET  -  Form CLM-1117 (rev. 2029)", 10, "Helvetica-Bold")
        s.text(1188, 40, "Please print clearly in ink. Answer every section.", 9, align="r")
        s.text(1188, 54, "Return this sheet with the papers listed in section G.", 9, align="r")
        s.line(36, 66, 1188, 66, 1.2, gray=0.2)
        s.line(612, 70, 612, 780, 0.3, gray=0.8, dash=(2, 4))  # the fold
        x = cols[0]
        head(s, x, 80, "A", "ABOUT YOU")
        y = 118.0
        for label, value in (("Loan number", w.loan), ("Borrower's full name", b.name), ("Last 4 of SSN", b.last4),
                             ("Date of birth (MM/DD/YYYY)", mdy(b.dob)), ("Phone", b.phone), ("E-mail", b.email)):
            line_field(s, x, y, label, value)
            y += 38
        s.text(x, y + 4, "CO-BORROWER (leave blank if none)", 8, "Helvetica-Bold", color=teal)
        y += 20
        for label in ("Co-borrower's full name", "Last 4 of SSN", "Phone"):
            line_field(s, x, y, label, None)
            y += 38
        x = cols[1]
        head(s, x, 80, "B", "YOUR HOME")
        y = 118.0
        line_field(s, x, y, "Property address (street)", w.prop.street)
        y += 38
        line_field(s, x, y, "City", w.prop.city)
        y += 38
        line_field(s, x, y, "State", w.prop.state, 80)
        line_field(s, x + 100, y, "ZIP", w.prop.zip, 170)
        y += 38
        line_field(s, x, y, "Mailing address if different", None)
        y += 40
        s.text(x, y, "THE HOME IS:", 6.5, "Helvetica-Bold", gray=0.3)
        y += 8
        for label, code in (("Where I live (primary home)", "primary_residence"),
                            ("Second / vacation home", "second_home"), ("Rental / investment", "investment_property")):
            s.box_check(x, y, False, 9)
            s.text(x + 14, y + 8, label, 9)
            if code == w.occupancy:
                pens.append(Pen(0, x + 4.5, y + 4.5, kind="check", width=10))
            y += 15
        y += 12
        head(s, x, y, "C", "YOUR HARDSHIP")
        y += 34
        s.text(x, y, "TICK EVERY REASON THAT APPLIES:", 6.5, "Helvetica-Bold", gray=0.3)
        y += 8
        for label, code in CEDAR_REASONS:
            s.box_check(x, y, False, 9)
            s.text(x + 14, y + 8, label, 9)
            if code in w.hardships:
                pens.append(Pen(0, x + 4.5, y + 4.5, kind="check", width=10))
            y += 15
        y += 10
        s.text(x, y, "DATE IT STARTED (MM/DD/YYYY)", 6.5, "Helvetica-Bold", gray=0.3)
        s.line(x, y + 22, x + 150, y + 22, 0.5)
        pens.append(Pen(0, x + 4, y + 19, mdy(w.start), 9))
        y += 36
        s.text(x, y, "EXPECTED TO LAST:", 6.5, "Helvetica-Bold", gray=0.3)
        y += 8
        for i, label in enumerate(("6 months or less", "More than 6 months", "Already over, since ________")):
            s.box_check(x, y, False, 9)
            s.text(x + 14, y + 8, label, 9)
            if i == 1:
                pens.append(Pen(0, x + 4.5, y + 4.5, kind="check", width=10))
            y += 15
        x = cols[2]
        head(s, x, 80, "D", "MONTHLY INCOME (before taxes)")
        y = 122.0
        for label, code in CEDAR_INCOME:
            s.text(x, y + 12, label, 8.5)
            s.text(x + 176, y + 12, "$", 9)
            s.line(x + 184, y + 15, x + cw, y + 15, 0.5)
            if w.income.get(code):
                pens.append(Pen(0, x + 190, y + 12, money(w.income[code]), 9))
            y += 26
        s.rect(x, y, cw, 24, fill=0.92, stroke=False)
        s.text(x + 4, y + 16, "TOTAL MONTHLY INCOME", 8.5, "Helvetica-Bold")
        s.text(x + 176, y + 16, "$", 9)
        s.line(x + 184, y + 19, x + cw, y + 19, 0.7)
        pens.append(Pen(0, x + 190, y + 16, money(w.total), 9))
        y += 44
        head(s, x, y, "E", "MONTHLY EXPENSES")
        y += 30
        for label in ("First mortgage payment", "Second mortgage / HELOC", "Car payments", "Credit cards (minimum)",
                      "Utilities and phone", "Food and household", "Medical", "Other"):
            s.text(x, y + 12, label, 8.5)
            s.text(x + 176, y + 12, "$", 9)
            s.line(x + 184, y + 15, x + cw, y + 15, 0.5)
            if w.expenses.get(label):
                pens.append(Pen(0, x + 190, y + 12, money(w.expenses[label]), 9))
            y += 26
        x = cols[3]
        head(s, x, 80, "F", "SIGN AND DATE")
        y = 118.0
        for para in ("I certify that everything on this worksheet is true and complete, and that the hardship I "
                     "ticked contributed to my need for help with my mortgage.",
                     "I agree to send the papers Cedar Lantern asks for and consent to a credit report and to being "
                     "contacted at any number I gave, including by text.", "Giving false information may be a crime."):
            y = s.wrap(x, y, cw, para, 8.5, leading=11.5) + 6
        y += 30
        s.line(x, y, x + 180, y, 0.6)
        s.line(x + 192, y, x + cw, y, 0.6)
        s.text(x, y + 10, "BORROWER SIGNATURE", 6.5, "Helvetica-Bold", gray=0.3)
        s.text(x + 192, y + 10, "DATE", 6.5, "Helvetica-Bold", gray=0.3)
        pens.append(Pen(0, x + 8, y - 4, b.name, 15, kind="sign"))
        pens.append(Pen(0, x + 194, y - 4, mdy(w.signed_on), 8))
        y += 44
        s.line(x, y, x + 180, y, 0.6)
        s.line(x + 192, y, x + cw, y, 0.6)
        s.text(x, y + 10, "CO-BORROWER SIGNATURE", 6.5, "Helvetica-Bold", gray=0.3)
        s.text(x + 192, y + 10, "DATE", 6.5, "Helvetica-Bold", gray=0.3)
        y += 34
        head(s, x, y, "G", "SEND WITH THIS SHEET")
        y += 34
        for item in ("Pay stubs for the last 30 days, or", "two months of bank statements",
                     "Benefit award letters (SS, VA, pension)", "Investment statements (last two)",
                     "A letter explaining your hardship", "Any papers your hardship calls for"):
            s.text(x + 8, y, "-  " + item, 8.5)
            y += 14
        y += 20
        s.rect(x, y, cw, 70, lw=0.5)
        s.text(x + 8, y + 16, "MAIL OR FAX TO", 7, "Helvetica-Bold", gray=0.3)
        s.text(x + 8, y + 32, "Cedar Lantern Mortgage Co. - Loss Mitigation", 9)
        s.text(x + 8, y + 45, "PO Box 4410, Tullahoma Flats, KY 42101", 9)
        s.text(x + 8, y + 58, "Fax (555) 555-0163", 9)

    data = build_pdf([draw], size=TABLOID_LANDSCAPE, title="CLM-1117", creator="Cedar Lantern Mortgage Co.")
    return data, pens


# --------------------------------------------------------------------------------------------------------
# how paper became these PDFs
# --------------------------------------------------------------------------------------------------------

def printed(data: bytes, dpi: float, rng: random.Random, pens: Sequence[Pen] = (), hand: Hand | None = None,
            forms: bool = False, tone: tuple[int, int, int] = (247, 245, 238)) -> list[Image.Image]:
    """Each page of a born-digital PDF as printed on paper (RGB at `dpi`), with the pen marks made on it."""
    pages = render(data, dpi, forms)
    out = []
    for i, img in enumerate(pages):
        if pens:
            img = apply_pens(img, pens, i, dpi, hand or Hand(rng))
        out.append(paper(img, rng, tone))
    return out


def blank_paper(size_pt: tuple[float, float], dpi: float) -> Image.Image:
    return Image.new("RGB", (round(size_pt[0] * dpi / 72), round(size_pt[1] * dpi / 72)), "white")


def mrc_pdf(pages: Sequence[Image.Image], dpi: int, rng: random.Random) -> bytes:
    """A copier's 'compact PDF': per page a 100 dpi JPEG background with the text lifted out, and the text as a
    300 dpi one-bit mask laid over it, painted from a coarse colour layer (so blue ink stays blue)."""
    pdf = ImagePdf("Canon iR-ADV C5840 PDF (High Compression)", "ScanToFolder")
    for img in pages:
        img = skew(img.convert("RGB"), rng.uniform(-0.5, 0.5), fill=(250, 250, 250))
        gray = np.asarray(img.convert("L"))
        text = gray < 150
        arr = np.asarray(img).copy()
        paper_rgb = np.median(arr[::7, ::7][~text[::7, ::7]], axis=0).astype(np.uint8)
        arr[text] = paper_rgb
        w_pt, h_pt = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        bg = Image.fromarray(arr).resize((round(w_pt * 100 / 72), round(h_pt * 100 / 72)), Image.Resampling.BOX)
        src = np.asarray(img)
        k = 4  # the colour layer: the darkest colour in every 4 x 4 block, 75 dpi at 300
        hh, ww = src.shape[0] // k * k, src.shape[1] // k * k
        fg = Image.fromarray(src[:hh, :ww].reshape(hh // k, k, ww // k, k, 3).min(axis=(1, 3)))
        mask = Image.fromarray(np.where(text, 255, 0).astype(np.uint8)).convert("1")
        smask = pdf._stream(f"/Type /XObject /Subtype /Image /Width {mask.width} /Height {mask.height} "
                            "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode",
                            zlib.compress(mask.tobytes(), 9))
        bg_obj = pdf.image(bg, "jpeg", quality=38)
        fg_obj = pdf.image(fg, "jpeg", quality=50, smask=smask)
        pdf.page(w_pt, h_pt, [(bg_obj, 0, 0, w_pt, h_pt, ""), (fg_obj, 0, 0, w_pt, h_pt, "")])
    return pdf.bytes()


def fax_fine(pages: Sequence[Image.Image], rng: random.Random, header: Callable[[int, int], str],
             faults: dict[int, int], spare: dict[int, list[tuple[float, float]]]) -> bytes:
    """Received fax in fine mode: 1728 dots by 196 lines an inch, G4, the sender's header line on top; `faults`
    gives pages (0-based) that crossed a noisy line and how many line errors each suffered; `spare` the bands (points
    from the top) the errors happened to miss, so every hand-written answer still reads."""
    pdf = ImagePdf("FaxCore Server 9 TIFF-to-PDF", "FaxCore")
    width, rows = 1728, 2156
    head_font = font(22, "LiberationMono-Regular.ttf")
    for i, img in enumerate(pages):
        gray = img.convert("L").resize((width, rows), Image.Resampling.LANCZOS)
        gray = skew(gray, rng.uniform(-0.7, 0.7))
        gray = gray.filter(ImageFilter.GaussianBlur(0.6))
        draw = ImageDraw.Draw(gray)
        draw.rectangle((0, 0, width, 34), fill=255)
        draw.text((18, 6), header(i + 1, len(pages)), fill=0, font=head_font)
        arr = np.asarray(gray).copy()
        bands = [(round(a * rows / 792), round(b * rows / 792)) for a, b in spare.get(i, [])]
        done = 0
        while done < faults.get(i, 0):
            row = rng.randrange(120, rows - 80)
            kind = rng.choice(["drop", "repeat", "repeat", "streak"])
            n = rng.randint(2, 5) if kind == "drop" else rng.randint(3, 9)
            if any(a - n <= row <= b for a, b in bands):
                continue
            done += 1
            if kind == "drop":
                arr[row:row + n, :] = 255
            elif kind == "repeat":
                arr[row:row + n, :] = arr[row - 1, :]
            else:
                x0 = rng.randrange(0, width // 2)
                arr[row:row + 2, x0:x0 + rng.randint(200, 1100)] = 0
        bw = Image.fromarray(arr).point(lambda v: 255 if v > 165 else 0).convert("1")
        bw = speckle(bw.convert("L"), rng, 0.0006).convert("1")
        obj = pdf.image(bw, "g4")
        w_pt, h_pt = width * 72 / 204, rows * 72 / 196
        pdf.page(w_pt, h_pt, [(obj, 0, 0, w_pt, h_pt, "")])
    return pdf.bytes()


def show_through(front: Image.Image, back: Image.Image, strength: float = 0.13) -> Image.Image:
    """Thin paper printed on both sides: the back's print shows faintly, mirrored, through the front."""
    f = np.asarray(front.convert("L")).astype(np.float32)
    b = np.asarray(back.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize(front.size)
                   .filter(ImageFilter.GaussianBlur(2.2))).astype(np.float32)
    out = f - strength * (255 - b)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def sheet_fed_gray(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    g = skew(img.convert("L"), rng.uniform(-1.1, 1.1), fill=236)
    g = g.filter(ImageFilter.GaussianBlur(0.5))
    arr = np.asarray(g).astype(np.float32)
    arr = (arr - 18) * 1.08  # the scanner's contrast curve
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def strips_pdf(pages: Sequence[tuple[Image.Image, int]], rng: random.Random, strips: int = 16) -> bytes:
    """A copier that writes every page as a stack of horizontal JPEG strips (one image XObject per band)."""
    pdf = ImagePdf("KONICA MINOLTA bizhub C451i", "Scan to SMB")
    for img, dpi in pages:
        gray = sheet_fed_gray(img, rng, dpi)
        w_px, h_px = gray.size
        w_pt, h_pt = w_px * 72 / dpi, h_px * 72 / dpi
        band = math.ceil(h_px / strips)
        layers = []
        for k in range(strips):
            top = k * band
            if top >= h_px:
                break
            part = gray.crop((0, top, w_px, min(h_px, top + band)))
            obj = pdf.image(part, "jpeg", quality=62)
            ph = part.height * 72 / dpi
            layers.append((obj, 0, h_pt - top * 72 / dpi - ph, w_pt, ph, ""))
        pdf.page(w_pt, h_pt, layers)
    return pdf.bytes()


def inkjet_banding(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    """A home inkjet with clogged nozzles: thin light lines across the print at the head's pass height."""
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    ink = arr.mean(axis=2, keepdims=True) < 200
    pass_px = int(dpi * 0.33)
    for top in range(rng.randrange(pass_px), arr.shape[0], pass_px):
        for off in (3, 11, 17):
            r = top + off
            if r < arr.shape[0]:
                band = arr[r:r + 2]
                arr[r:r + 2] = np.where(ink[r:r + 2], band + (245 - band) * 0.8, band)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def image_pdf(pages: Sequence[Image.Image], dpi: int, producer: str, codec: str = "jpeg", quality: int = 70) -> bytes:
    pdf = ImagePdf(producer)
    for img in pages:
        pdf.simple(img, dpi, codec, quality)
    return pdf.bytes()


def overlay(data: bytes, stamps: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    stamp_pages = PdfReader(io.BytesIO(stamps)).pages
    for page, stamp in zip(writer.pages, stamp_pages, strict=True):
        page.merge_page(stamp)
    writer.add_metadata({"/Producer": "Adobe Acrobat Pro (64-bit) 25.1 Bates Numbering", "/Creator": "Acrobat"})
    return writer_bytes(writer)


# --------------------------------------------------------------------------------------------------------
# the six packets
# --------------------------------------------------------------------------------------------------------

class Assembler:
    """Collects a file's pages in order and records which logical document each belongs to."""

    def __init__(self, packet: Packet, name: str) -> None:
        self.packet = packet
        self.name = name
        self.images: list[Any] = []

    def add(self, doc: Doc | None, items: Sequence[Any]) -> None:
        for item in items:
            self.images.append(item)
            where = (self.name, len(self.images))
            if doc is None:
                self.packet.loose_pages.append(where)
            else:
                doc.pages.append(where)
        if doc is not None and doc not in self.packet.docs:
            self.packet.docs.append(doc)


def add_file(packet: Packet, name: str, data: bytes, doc: Doc | None) -> None:
    packet.files[name] = data
    n = pdf_pages(data)
    for p in range(1, n + 1):
        (doc.pages if doc else packet.loose_pages).append((name, p))
    if doc is not None and doc not in packet.docs:
        packet.docs.append(doc)


def v1(seed: int) -> Packet:
    """Form 710 typed through its AcroForm, printed, signed and dated in ink by both spouses, mailed; the mailroom
    scans the whole envelope as one colour compact (MRC) PDF behind a LOAN cover sheet, patch-T sheets between
    documents."""
    rng = random.Random(f"{seed}-v1")
    folk = People(rng)
    received = Date(2030, 11, 6)
    b = folk.person(age=41)
    co = folk.person(last=b.last, age=39)
    prop = folk.address()
    loan = folk.loan()
    county = "Tamsin County Sheriff's Office"
    plan_b = PayPlan("biweekly", Date(2030, 10, 26), 6, rate=rng.randint(2350, 2650), hours=64, overtime=0,
                     earlier=(Date(2030, 6, 1), 80.0),
                     extras=(("Longevity", 4615), ("Shift Differential", rng.randint(3000, 6000))),
                     pretax=(("457(b)", 0.04),), fixed=(("Medical", 11240), ("PERS Retirement", 9870)),
                     after=(("Union Dues", 2150),), state_rate=0.0425, seed=rng.randint(1, 10**6))
    plan_c = PayPlan("weekly", Date(2030, 10, 26), 6, rate=rng.randint(2800, 3150), hours=40, overtime=12,
                     extras=(("Night Shift Premium", 7200),), pretax=(("401(k)", 0.06),), fixed=(("Dental", 1190),),
                     state_rate=0.0425, seed=rng.randint(1, 10**6))
    stub_b = stub_for(county, b, plan_b, received - dt.timedelta(days=4))
    stub_c = stub_for("Quillon Microsystems, Inc.", co, plan_c, received - dt.timedelta(days=4))
    wages = cents(round((plan_b.rate * 64 * 26 / 12 + 4615 * 26 / 12) / 100)) + cents(
        round(plan_c.rate * 40 * 52 / 12 / 100))
    start = Date(2030, 6, 2)
    signed = received - dt.timedelta(days=rng.randint(6, 9))
    values = f710_values(loan, b, co, prop, "primary_residence", ["reduction_in_income", "disability_or_illness"],
                         start, "long", {"wages": wages})
    form = writer_bytes(f710_fill(values))
    widgets = f710_widgets()
    pens = []
    for field_name, who, date_field in (("Signature_1", b, "Date_3"), ("Signature_2", co, "Date_4")):
        _p, (x0, y0, _x1, _y1) = widgets[field_name]
        pens.append(Pen(3, x0 + 10, 792 - y0 - 5, who.name, 16, kind="sign"))
        _p, (dx0, dy0, _dx1, _dy1) = widgets[date_field]
        pens.append(Pen(3, dx0 + 6, 792 - dy0 - 3, mdy2(signed), 10))
    blue = Hand(rng, slant=0.22, pen_pt=1.0, ink=(25, 45, 140))
    app = App(loan, b.name, co.name, b.last4, prop.line, "primary_residence",
              ["reduction_in_income", "disability_or_illness"], start, {"wages": wages}, True, signed, True)
    packet = Packet("v1", loan, received, app, intended=[])
    name = f"MRC-{received.isoformat()}-0912-{rng.randint(1000, 9999)}.pdf"
    asm = Assembler(packet, name)
    dpi = 300
    asm.add(None, printed(build_pdf([loan_cover(loan, "Loss Mitigation Intake")]), dpi, rng, tone=(250, 250, 250)))
    asm.add(Doc("mortgage_assistance_application", {}, True), printed(form, dpi, rng, pens, blue, forms=True))
    patch = build_pdf([patch_t_sheet])
    asm.add(None, printed(patch, dpi, rng, tone=(250, 250, 250)))
    asm.add(stub_b.doc(True), printed(build_pdf([stub_county(stub_b, county, "Communications (911)",
                                                             f"{rng.randint(10000, 99999)}", "4821")]), dpi, rng))
    asm.add(None, printed(patch, dpi, rng, tone=(250, 250, 250)))
    asm.add(stub_c.doc(True), printed(build_pdf([stub_fab(stub_c, "Quillon Microsystems, Inc.", "ClearLedger Payroll",
                                                          "Team C")]), dpi, rng))
    asm.add(None, printed(patch, dpi, rng, tone=(250, 250, 250)))
    child = rng.choice(["Ava", "Nora", "Lila", "Maya"])
    letter_date = signed
    draw, sig_pens = typed_letter(
        [b.name + " and " + co.name, prop.street, prop.city_line], words(letter_date),
        ["Loss Mitigation Department", "Attn: Mortgage Assistance"], f"Re: Loan number {loan}",
        ["To whom it may concern:",
         f"We are asking for help with our mortgage. In June the county cut {b.first}'s scheduled hours as a 911 "
         "dispatcher from 80 to 64 hours every two weeks, and overtime is no longer offered.",
         f"In July our daughter {child} was diagnosed with a serious illness that needs treatment at a children's "
         f"hospital two hours away. {co.first} has had to take unpaid days to drive her to appointments, and our "
         "out-of-pocket medical costs have gone up every month.",
         "We want to keep our home. With a lower payment we can keep up while the treatment continues. Thank you "
         "for considering our request."], [b, co])
    letter_doc = Doc("hardship_letter", {"letter_date": letter_date.isoformat()}, True, date=letter_date)
    asm.add(letter_doc, printed(build_pdf([draw]), dpi, rng, sig_pens, blue))
    asm.add(None, printed(patch, dpi, rng, tone=(250, 250, 250)))
    memo = employer_memo(county, b, Date(2030, 5, 20), 80, 64, start)
    asm.add(Doc("other", {}, True, date=Date(2030, 5, 20)), printed(build_pdf([memo]), dpi, rng))
    packet.files[name] = mrc_pdf(asm.images, dpi, rng)
    return packet


def v2(seed: int) -> Packet:
    """A servicer's mobile site saved as one tall page, e-mailed with two downloaded pay stubs and a letter printed
    on a failing inkjet and scanned; unmarried co-borrowers have split, and nothing shows the partner gave up the
    house."""
    rng = random.Random(f"{seed}-v2")
    folk = People(rng)
    received = Date(2030, 12, 19)
    b = folk.person(age=34)
    co = folk.person(age=36)
    prop = folk.address()
    loan = folk.loan()
    employer = "Brightfield Contact Solutions, LLC"
    plan = PayPlan("semimonthly", Date(2030, 12, 15), 5, rate=rng.randint(1850, 2150), hours=86, overtime=5,
                   extras=(("Bilingual Premium", 6000),), pretax=(("401(k)", 0.03),), fixed=(("Medical", 6420),),
                   state_rate=0.0307, seed=rng.randint(1, 10**6))
    last = stub_for(employer, b, plan, received - dt.timedelta(days=1))
    prev = stub_for(employer, b, plan, last.check.pay - dt.timedelta(days=1))
    wages = cents(round((plan.rate * 86 * 24 / 12 + 6000 * 2) / 100))
    start = Date(2030, 8, rng.randint(3, 25))
    signed_at = dt.datetime.combine(received - dt.timedelta(days=2), dt.time(20, 41))
    co_signed_at = signed_at + dt.timedelta(hours=10, minutes=21)
    form = MobileForm(loan, b, co, False, prop, ["separation_unmarried"], start, [("Wages from my job", wages)],
                      signed_at, co_signed_at, f"SCH-{received.year}-{rng.randint(100000, 999999)}")
    app = App(loan, b.name, co.name, b.last4, prop.line, "primary_residence", ["separation_unmarried"], start,
              {"wages": wages}, True, signed_at.date(), True)
    packet = Packet("v2", loan, received, app, intended=["hardship_doc:separation_unmarried"])
    folder = f"Secure message {received.isoformat()} - {b.last}"
    add_file(packet, f"{folder}/Mortgage Help Request.pdf", sorrel_mobile(form),
             Doc("mortgage_assistance_application", {}, False, printed=[loan, b.name]))
    for st in (last, prev):
        data = build_pdf([stub_self_service(st, employer, "PayHarbor Employee Self-Service")],
                         title="Pay Statement", creator="PayHarbor ESS", producer="PayHarbor PDF Service 4.2")
        add_file(packet, f"{folder}/Paystub_{st.check.pay.isoformat()}.pdf", data, st.doc(False))
    letter_date = received - dt.timedelta(days=3)
    draw, sig = typed_letter(
        [b.name, prop.street, prop.city_line, b.phone], words(letter_date),
        ["Sorrel Creek Home Lending", "Loss Mitigation"], f"Re: Loan {loan} - hardship letter",
        ["To the loss mitigation team,",
         f"{co.first} {co.last} and I bought this house together in 2026. We were never married. In August "
         f"{co.first} moved out and stopped paying half of the mortgage, and I have been paying it alone since then.",
         "We have talked about signing the house over to me, but nothing has been signed yet. I cannot afford the "
         "full payment on my pay from the call center, even with my bilingual premium.",
         "I am asking for a modification so that I can stay in the home. Thank you for your time."], [b],
        font_name="Helvetica", size=10.5)
    img = printed(build_pdf([draw]), 300, rng, sig, Hand(rng, slant=0.1, pen_pt=0.9, ink=(15, 15, 20)))[0]
    img = to_gray(inkjet_banding(img, rng, 300))
    img = skew(img, rng.uniform(-0.8, 0.8), fill=245)
    add_file(packet, f"{folder}/Scan 3.pdf", image_pdf([img], 300, "HP Smart (iOS) Scan", quality=72),
             Doc("hardship_letter", {"letter_date": letter_date.isoformat()}, True, date=letter_date))
    return packet


def v3(seed: int) -> Packet:
    """Form 710 printed blank and filled by hand in joined lower-case print, faxed in fine mode from a pack-and-ship
    store over a noisy line, behind the store's cover: a self-employed upholsterer who also rents out half his
    duplex."""
    rng = random.Random(f"{seed}-v3")
    folk = People(rng)
    received = Date(2030, 10, 9)
    b = folk.person(age=52)
    prop = folk.address()
    loan = folk.loan()
    business = f"{b.last.split('-')[0]} Upholstery & Canvas"
    bank = "Prairie Lantern Bank"
    number = f"{rng.randint(10**9, 10**10 - 1)}"
    tenant = folk.person(age=30)
    rent = rng.choice([125000, 135000, 140000])
    begin = cents(rng.uniform(2200, 4800))
    statements = []
    check_no = [rng.randint(2100, 2900)]
    for month in (8, 9):
        s0, s1 = Date(2030, month, 1), month_end(2030, month)
        credits = [(s0 + dt.timedelta(days=d), text, amt) for d, text, amt in (
            (2, f"MOBILE DEPOSIT RENT UNIT B {tenant.last.upper()}", rent),
            (6, "SQUARE INC DEPOSIT", cents(rng.uniform(1400, 2600))),
            (13, "SQUARE INC DEPOSIT", cents(rng.uniform(1200, 2400))),
            (20, "MOBILE DEPOSIT CUSTOMER CHECK", cents(rng.uniform(600, 1900))),
            (26, "SQUARE INC DEPOSIT", cents(rng.uniform(1300, 2700))))]
        spend = sum(a for _, _, a in credits) - cents(rng.uniform(-300, 500))
        st = statement(rng, bank, b.name, None, prop, number, s0, s1, begin, credits, spend, check_no,
                       business=True, most=30)
        statements.append(st)
        begin = st.ending
    pl_start, pl_end = Date(2030, 1, 1), Date(2030, 9, 30)
    revenue = cents(rng.uniform(61000, 72000))
    expenses = [("Materials and supplies", cents(rng.uniform(14000, 17000))),
                ("Shop rent", cents(rng.uniform(9000, 10000))), ("Vehicle and fuel", cents(rng.uniform(2500, 3500))),
                ("Insurance", cents(rng.uniform(1600, 2100))), ("Phone and internet", cents(rng.uniform(900, 1100))),
                ("Advertising", cents(rng.uniform(400, 800)))]
    signed = received - dt.timedelta(days=rng.randint(5, 7))
    pl_draw, pl_pens, net = profit_and_loss(business, b, pl_start, pl_end, revenue, expenses, signed)
    se_monthly = cents(round(net / 9 / 100))
    rental_monthly = rent - cents(rng.choice([215, 240, 265]))
    start = Date(2030, 7, rng.randint(8, 14))
    other_text = "Road closed for bridge work - shop cut off.\nSee my letter."
    values = f710_values(loan, b, None, prop, "primary_residence", ["disaster", "other"], start, "short",
                         {"self_employment": se_monthly, "rental": rental_monthly}, other_text=other_text,
                         signed_on=signed)
    pens = f710_pens(values)
    widgets = f710_widgets()
    _p, (x0, y0, _x1, _y1) = widgets["Signature_1"]
    pens.append(Pen(3, x0 + 10, 792 - y0 - 5, b.name, 16, kind="sign"))
    hand = Hand(rng, slant=0.14, wobble=0.3, pen_pt=0.85, ink=(10, 10, 10))
    app = App(loan, b.name, None, b.last4, prop.line, "primary_residence", ["disaster", "other"], start,
              {"self_employment": se_monthly, "rental": rental_monthly}, True, signed, None)
    packet = Packet("v3", loan, received, app, intended=[])
    name = f"Fax from PAK AND POST 0412 ({received.strftime('%b')} {received.day} {received.year} 2-12 PM).pdf"
    asm = Assembler(packet, name)
    dpi = 200
    cover_draw, cover_pens = fax_cover_pens(hand, "Loss Mitigation", "(555) 555-0163", b.name, b.phone, 12, received,
                                            f"Application for loan {loan} - please call me with questions")
    asm.add(None, printed(build_pdf([cover_draw]), dpi, rng, cover_pens, hand))
    asm.add(Doc("mortgage_assistance_application", {}, True), printed(FORM710.read_bytes(), dpi, rng, pens, hand))
    letter_lines = [words(signed), "", f"Re: loan {loan}", "", "To whom it may concern,",
                    f"On {start.strftime('%B')} {start.day} the county closed the Mill Creek bridge for rebuilding and "
                    "the only road to my shop is blocked until spring. Most of my customers cannot get to me and I "
                    "have lost about half of my work.",
                    "The same week a storm flooded the basement of the duplex and I had to pay for repairs out of "
                    "pocket before the insurance paid anything.",
                    "I rent out the other half of the duplex and that rent still comes in every month. I want to keep "
                    "my home and I am asking for a lower payment until the road opens again.", "", "Thank you,"]
    asm.add(Doc("hardship_letter", {"letter_date": signed.isoformat()}, True, date=signed),
            printed(build_pdf([lambda s: None]), dpi, rng, hand_letter_pens(hand, letter_lines, signer=b), hand))
    for st in statements:
        asm.add(st.doc(True), printed(build_pdf(statement_prairie(st, business)), dpi, rng))
    asm.add(Doc("profit_and_loss_statement", {"period_start": pl_start.isoformat(), "period_end": pl_end.isoformat(),
                                              "net_income": dollars(net), "signed": True}, True, date=pl_end,
                signed=True), printed(build_pdf([pl_draw]), dpi, rng, pl_pens, hand))
    participant = ("1184002", "Verity Transcript Services LLC", "VTS-77", Address("400 Ledger Way", "Marston",
                                                                                    "NC", "27514"))
    p4506 = form4506c_pens(b, prop, [2028, 2029], signed, participant)
    one_page = PdfWriter()
    one_page.append(PdfReader(str(FORM4506C)), pages=[0])
    asm.add(Doc("irs_form_4506c", {"signed": True, "signed_on": signed.isoformat()}, True, signed=True),
            printed(writer_bytes(one_page), dpi, rng, p4506, hand))
    stamp = received.strftime("%b-%d-%Y").upper()

    def header(page: int, total: int) -> str:
        return (f"{stamp} 14:{12 + page // 4:02d}  FROM: PAK & POST 0412  5555550177  TO: 15555550163  "
                f"P.{page:02d}/{total:02d}")

    spare: dict[int, list[tuple[float, float]]] = {}
    for index, marks in ((0, [p for p in cover_pens]), (5, []), (11, p4506)):
        spare[index] = [(p.y - p.size * 1.6, p.y + p.size * 0.8) for p in marks]
    for p in pens:
        spare.setdefault(1 + p.page, []).append((p.y - p.size * 1.6, p.y + p.size * 0.8))
    packet.files[name] = fax_fine(asm.images, rng, header, {0: 2, 2: 3, 3: 2, 7: 4, 9: 2}, spare)
    return packet


def v4(seed: int) -> Packet:
    """A servicer's affidavit-style application typed in its fillable PDF, then initialled, struck through, signed
    and dated in ink; the mailroom's scanner saves every page as its own file in the loan's folder. The bank
    statement was printed on both sides of thin paper, so each side shows through the other."""
    rng = random.Random(f"{seed}-v4")
    folk = People(rng)
    received = Date(2030, 5, 22)
    b = folk.person(age=47)
    ex = folk.person(age=49)
    prop = folk.address()
    loan = folk.loan()
    employer = "Copper Kettle Brewing Co."
    plan = PayPlan("biweekly", Date(2030, 5, 10), 6, rate=rng.randint(2100, 2400), hours=80, overtime=7,
                   extras=(("Cellar Premium", 4000),), pretax=(("401(k)", 0.04),), fixed=(("Medical", 7300),),
                   state_rate=0.0495, seed=rng.randint(1, 10**6))
    stub = stub_for(employer, b, plan, received - dt.timedelta(days=3))
    wages = cents(round((plan.rate * 80 * 26 / 12 + 4000 * 26 / 12) / 100))
    support = rng.choice([65000, 72500, 80000])
    start = Date(2029, 11, rng.randint(4, 25))
    signed = received - dt.timedelta(days=rng.randint(5, 8))
    aff = Affidavit(loan, b, prop, "primary_residence", ["divorce_or_separation", "reduction_in_income"], start,
                    {"wages": wages, "other": support}, signed)
    form, pens = nhs_affidavit(aff)
    app = App(loan, b.name, None, b.last4, prop.line, "primary_residence",
              ["divorce_or_separation", "reduction_in_income"], start, {"wages": wages, "other": support}, True, signed,
              None, total=wages + support)
    packet = Packet("v4", loan, received, app, intended=["income_doc:other"])
    hand = Hand(rng, slant=0.05, pen_pt=1.05, ink=(30, 50, 150), caps=True)
    dpi = 200
    pages: list[tuple[Doc, Image.Image]] = []
    app_doc = Doc("mortgage_assistance_application", {}, True)
    for img in printed(form, dpi, rng, pens, hand):
        pages.append((app_doc, img))
    stub_doc = stub.doc(True)
    pages.append((stub_doc, printed(build_pdf([stub_brewery(stub, employer, "41 Foundry Lane, " + prop.city_line)]),
                                    dpi, rng)[0]))
    s0, s1 = Date(2030, 4, 1), Date(2030, 4, 30)
    pays = [p for p in pay_periods(plan, 2030) if s0 <= p[2] <= s1]
    credits = [(p[2], f"PAYROLL DEP COPPER KETTLE BREW {p[2].strftime('%m%d')}", draw_check(plan, *p).net)
               for p in pays]
    credits.append((Date(2030, 4, 3), f"ZELLE FROM {ex.first.upper()} {ex.last.upper()} SPOUSAL SUPPORT", support))
    st = statement(rng, "Harborview National Bank", b.name, None, prop, f"{rng.randint(10**9, 10**10 - 1)}", s0, s1,
                   cents(rng.uniform(900, 2600)), credits,
                   sum(a for _, _, a in credits) - cents(rng.uniform(-200, 300)),
                   [rng.randint(1100, 1400)])
    front, back = printed(build_pdf(statement_harborview(st)), dpi, rng)
    st_doc = st.doc(True)
    pages.append((st_doc, show_through(front, back)))
    pages.append((st_doc, show_through(back, front)))
    parcel = f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    deed, grantor_ink, notary_ink = quitclaim_deed(ex, b, prop, rng.choice(["Harlan", "Benton", "Carver"]),
                                                   Date(2030, 2, rng.randint(3, 26)),
                                                   f"2030-{rng.randint(10000, 99999)}", parcel)
    deed_page = printed(build_pdf([deed]), dpi, rng, grantor_ink, Hand(rng, slant=0.3, pen_pt=0.8))[0]
    deed_page = apply_pens(deed_page, notary_ink, 0, dpi, Hand(rng, slant=-0.05, pen_pt=0.7, ink=(20, 20, 90)))
    pages.append((Doc("quitclaim_deed", {}, True), deed_page))
    stamp = received.isoformat()
    for i, (doc, img) in enumerate(pages, start=1):
        gray = sheet_fed_gray(img, rng, dpi)
        data = image_pdf([gray], dpi, "Fujitsu fi-8170 PaperStream Capture", quality=68)
        add_file(packet, f"{loan}/scan-{stamp}-0931-p{i:04d}.pdf", data, doc)
    return packet


def v5(seed: int) -> Packet:
    """An attorney's submission by e-mail: Form 710 typed through its AcroForm and signed with a CERTIFICATE (a
    real detached PKCS#7 signature in the signature field, drawn 'Digitally signed by ...'), and beside it one
    exhibits bundle with a cover letter, EXHIBIT slip sheets and Bates numbers on every page."""
    rng = random.Random(f"{seed}-v5")
    folk = People(rng)
    received = Date(2030, 6, 14)
    b = folk.person(age=58)
    late = folk.person(last=b.last, age=61)
    prop = folk.address()
    loan = folk.loan()
    employer = "Tidewell Regional Water Authority"
    plan = PayPlan("semimonthly", Date(2030, 5, 31), 5, salary=rng.randint(54000, 62000) * 100,
                   pretax=(("457(b)", 0.05),), fixed=(("Medical", 9350),), state_rate=0.0,
                   seed=rng.randint(1, 10**6))
    last = stub_for(employer, b, plan, received - dt.timedelta(days=4))
    prev = stub_for(employer, b, plan, last.check.pay - dt.timedelta(days=1))
    wages = cents(round(plan.salary / 12 / 100, 2))
    pension = cents(rng.uniform(1100, 1500))
    died = Date(2030, 3, rng.randint(2, 20))
    signed_at = dt.datetime.combine(received - dt.timedelta(days=4), dt.time(16, 22, 5))
    values = f710_values(loan, b, None, prop, "primary_residence", ["death"], died, "long",
                         {"wages": wages, "benefits_taxable": pension}, signed_on=signed_at.date())
    writer = f710_fill(values)
    writer.add_metadata({"/Producer": "Adobe Acrobat Pro (64-bit) 25.1.20432", "/Creator": "Acrobat PDFMaker"})
    form = digitally_sign(writer, "Signature_1", b, signed_at, "I am the author of this document", rng)
    app = App(loan, b.name, None, b.last4, prop.line, "primary_residence", ["death"], died,
              {"wages": wages, "benefits_taxable": pension}, True, signed_at.date(), None)
    packet = Packet("v5", loan, received, app, intended=[])
    add_file(packet, f"{loan} - Form 710 (digitally signed).pdf", form,
             Doc("mortgage_assistance_application", {}, False, printed=[loan]))
    firm = f"{rng.choice(['Abernathy', 'Whitcombe', 'Ballantyne'])} & Thorsen LLP"
    attorney = f"{rng.choice(['Celia', 'Martin', 'Oren'])} {rng.choice(['Ashby', 'Kerrigan', 'Lowell'])}"
    letter_on = received - dt.timedelta(days=1)
    fund = "Meridale County Employees' Retirement Association"
    pension_on = Date(2030, 5, rng.randint(2, 12))
    parts: list[tuple[Doc | None, bytes]] = [
        (None, build_pdf([attorney_cover(firm, attorney, ["Loss Mitigation Department", "Attn: Document Intake"],
                                         letter_on, b, loan, prop,
                                         ["Exhibit A - Pay statements, Tidewell Regional Water Authority",
                                          f"Exhibit B - Continuance allowance letter, {fund}",
                                          f"Exhibit C - Certified death certificate of {late.name}"])])),
        (None, build_pdf([exhibit_sheet("A", "Pay statements")])),
    ]
    for st in (prev, last):
        parts.append((st.doc(False), build_pdf([stub_utility(st, employer)], creator="Tidewell HR Online")))
    parts.append((None, build_pdf([exhibit_sheet("B", "Continuance allowance letter")])))
    pension_doc = Doc("benefit_award_letter", {"letter_date": pension_on.isoformat(),
                                               "monthly_amount": dollars(pension),
                                               "benefit_type": "benefits_taxable"}, False, date=pension_on,
                      proves=frozenset({"benefits_taxable"}), printed=[money(pension)])
    parts.append((pension_doc, build_pdf([pension_letter(fund, b, prop, pension_on, pension, late.name,
                                                         Date(2030, 5, 31))])))
    parts.append((None, build_pdf([exhibit_sheet("C", "Death certificate")])))
    cert = printed(build_pdf([death_certificate(rng.choice(["Ohio", "Indiana", "Kentucky"]), "Fenwick", late, died,
                                                "Mercy Regional Hospital", b, died + dt.timedelta(days=5),
                                                f"2030-{rng.randint(100000, 999999)}")]), 300, rng,
                   tone=(244, 240, 226))[0]
    cert = skew(to_gray(cert), rng.uniform(-0.9, 0.9), fill=250)
    parts.append((Doc("death_certificate", {}, True), image_pdf([cert], 300, "Epson Scan 2", quality=74)))
    bundle = merge_pdfs([p for _, p in parts])
    prefix = f"{b.last.upper()}-LM"
    bundle = overlay(bundle, bates_stamp(prefix, 1, pdf_pages(bundle)))
    name = f"{loan} - Exhibits A-C to Mortgage Assistance Application.pdf"
    packet.files[name] = bundle
    page = 1
    for doc, data in parts:
        for _ in range(pdf_pages(data)):
            (doc.pages if doc else packet.loose_pages).append((name, page))
            page += 1
        if doc is not None:
            packet.docs.append(doc)
    return packet


def v6(seed: int) -> Packet:
    """A servicer's one-sheet 11 x 17 worksheet filled in by hand in capitals, with papers; the mailroom's copier
    writes each page as sixteen JPEG strips. The VA award letter is the only paper for the VA income, and it is
    more than 90 days old."""
    rng = random.Random(f"{seed}-v6")
    folk = People(rng)
    received = Date(2030, 8, 29)
    b = folk.person(age=63)
    prop = folk.address()
    loan = folk.loan()
    va = rng.choice([163813, 171690, 184392])
    withdrawal = rng.choice([60000, 75000, 90000])
    signed = received - dt.timedelta(days=rng.randint(5, 8))
    start = Date(2030, 2, rng.randint(3, 26))
    ws = Worksheet(loan, b, prop, "primary_residence", ["disability_or_illness"], start,
                   {"benefits_nontaxable": va, "investment": withdrawal}, va + withdrawal,
                   {"First mortgage payment": cents(rng.uniform(1400, 1900)), "Utilities and phone": 31000,
                    "Medical": cents(rng.uniform(250, 600))}, signed)
    sheet, pens = cedar_worksheet(ws)
    app = App(loan, b.name, None, b.last4, prop.line, "primary_residence", ["disability_or_illness"], start,
              {"benefits_nontaxable": va, "investment": withdrawal}, True, signed, None, total=va + withdrawal)
    packet = Packet("v6", loan, received, app, intended=["income_doc:benefits_nontaxable"])
    hand = Hand(rng, slant=0.02, wobble=0.28, pen_pt=1.0, ink=(5, 5, 5), caps=True)
    dpi = 200
    scans: list[tuple[Image.Image, int]] = []
    app_doc = Doc("mortgage_assistance_application", {}, True)
    pages: list[tuple[Doc, Image.Image]] = [(app_doc, printed(sheet, dpi, rng, pens, hand)[0])]
    va_on = received - dt.timedelta(days=rng.randint(120, 140))
    va_doc = Doc("benefit_award_letter", {"letter_date": va_on.isoformat(), "monthly_amount": dollars(va),
                                          "benefit_type": "benefits_nontaxable"}, True, date=va_on,
                 proves=frozenset({"benefits_nontaxable"}))
    claim = va_on - dt.timedelta(days=70)
    effective = add_months(Date(claim.year, claim.month, 1), 1)
    pages.append((va_doc, printed(build_pdf([benefit_letter_va(b, prop, va_on, va, effective,
                                                               f"{rng.randint(100, 999)}")]), dpi, rng)[0]))
    letter_on = signed
    draw, sig = typed_letter(
        [b.name, prop.street, prop.city_line], words(letter_on), ["Cedar Lantern Mortgage Co.", "Loss Mitigation"],
        f"Re: Loan {loan}",
        ["Dear Sir or Madam,",
         f"In {start.strftime('%B')} I had a stroke and spent five weeks in the hospital and in rehabilitation. I "
         "can no longer do the contract work I did before, and my VA disability rating was raised.",
         "I now live on my VA compensation and a monthly withdrawal from my brokerage account. My medical bills have "
         "taken most of my savings. I am asking for a lower payment so I can stay in my home.",
         "Thank you for your consideration."], [b])
    pages.append((Doc("hardship_letter", {"letter_date": letter_on.isoformat()}, True, date=letter_on),
                  printed(build_pdf([draw]), dpi, rng, sig, hand)[0]))
    acct = f"{rng.randint(10**7, 10**8 - 1)}"
    value = cents(rng.uniform(180000, 240000))
    for month in (6, 7):
        s0, s1 = Date(2030, month, 1), month_end(2030, month)
        bro = Brokerage("Larchmont Street Securities", b.name, prop, acct, s0, s1, value, cents(rng.uniform(250, 420)),
                        withdrawal, cents(rng.uniform(-2500, 3200)))
        doc = bro.doc(True)
        for img in printed(build_pdf(statement_brokerage(bro)), dpi, rng):
            pages.append((doc, img))
        value = bro.ending
    name = f"{loan}/Scan {received.isoformat()} 10.15.44.pdf"
    asm = Assembler(packet, name)
    for doc, img in pages:
        asm.add(doc, [img])
        scans.append((img, dpi))
    packet.files[name] = strips_pdf(scans, rng)
    return packet


BUILDERS = (v1, v2, v3, v4, v5, v6)


# --------------------------------------------------------------------------------------------------------
# writing and checking
# --------------------------------------------------------------------------------------------------------

def write_packet(packet: Packet, out_dir: Path) -> dict[str, Any]:
    root = out_dir / packet.name
    if root.exists():
        shutil.rmtree(root)
    inbox = root / "inbox"
    for name, data in packet.files.items():
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    expected = packet.expected()
    (root / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return expected


def page_texts(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    try:
        return [doc[i].get_textpage().get_text_bounded() for i in range(len(doc))]
    finally:
        doc.close()


def as_case(expected: dict[str, Any]) -> dict[str, Any]:
    """expected.json turned into the case.json a perfect service would write, to prove it is scorable."""
    def wrap(v: Any) -> dict[str, Any]:
        return {"value": v, "confidence": 1.0}

    app = expected["application"]
    case_app = None
    if app is not None:
        case_app = {k: wrap(v) for k, v in app.items() if k != "income"}
        case_app["income"] = {k: wrap(v) for k, v in app["income"].items()}
    return {"status": expected["status"], "missing": [{"code": c, "description": c} for c in expected["missing"]],
            "application": case_app,
            "documents": [{"type": d["type"], "pages": d["pages"], "fields": {k: wrap(v) for k, v in
                                                                               d["fields"].items()}}
                          for d in expected["documents"]]}


def check(out_dir: Path, packets: Sequence[Packet]) -> list[str]:
    import re

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from sample_compare import compare

    problems: list[str] = []
    bates = re.compile(r"[A-Z'-]+-LM \d{6}")
    for packet in packets:
        say = problems.append
        root = out_dir / packet.name
        expected = json.loads((root / "expected.json").read_text(encoding="utf-8"))
        inbox = root / "inbox"
        on_disk = {p.relative_to(inbox).as_posix(): p.read_bytes() for p in sorted(inbox.rglob("*")) if p.is_file()}
        if set(on_disk) != set(packet.files):
            say(f"{packet.name}: files on disk {sorted(on_disk)} differ from those built")
        texts: dict[tuple[str, int], str] = {}
        every_page: list[tuple[str, int]] = []
        for name, data in on_disk.items():
            if hashlib.sha256(data).digest() != hashlib.sha256(packet.files.get(name, b"")).digest():
                say(f"{packet.name}: {name} is not the same bytes when built again (seed not deterministic)")
            reader = PdfReader(io.BytesIO(data))
            n = len(reader.pages)
            for i, text in enumerate(page_texts(data), start=1):
                texts[(name, i)] = text
            doc = pdfium.PdfDocument(data)
            doc[0].render(scale=0.2)
            doc.close()
            every_page += [(name, i) for i in range(1, n + 1)]
        claimed = [(p["file"], p["page"]) for d in expected["documents"] for p in d["pages"]] + packet.loose_pages
        if sorted(claimed) != sorted(every_page) or len(set(claimed)) != len(claimed):
            say(f"{packet.name}: pages claimed by documents and cover/separator sheets do not match the files' pages")
        for d in expected["documents"]:
            for p in d["pages"]:
                text = bates.sub("", texts.get((p["file"], p["page"]), "")).strip()
                if bool(text) == d["scanned"]:
                    say(f"{packet.name}: {d['id']} {p['file']}#{p['page']} scanned={d['scanned']} but text layer "
                        f"{'present' if text else 'absent'}")
        for doc in packet.docs:
            if doc.scanned:
                continue
            text = " ".join(texts.get(p, "") for p in doc.pages)
            for name in {f for f, _ in doc.pages}:
                fields = PdfReader(io.BytesIO(on_disk[name])).get_fields() or {}
                text += " " + " ".join(str(f.get("/V", "")) for f in fields.values())
            for value in doc.printed:
                if value not in text:
                    say(f"{packet.name}: {doc.type} does not print {value!r}")
        missing = missing_codes(packet.app, packet.docs, packet.received)
        if missing != sorted(packet.intended):
            say(f"{packet.name}: the rules give {missing}, the scenario was written for {sorted(packet.intended)}")
        if expected["missing"] != missing or expected["status"] != ("incomplete" if missing else "complete"):
            say(f"{packet.name}: expected.json status / missing disagree with the rules")
        due = Date.fromisoformat(expected["acknowledgment_due"])
        off = us_holidays([due.year])
        span = [packet.received + dt.timedelta(days=k) for k in range(1, (due - packet.received).days + 1)]
        if sum(1 for d in span if d.weekday() < 5 and d not in off) != 5 or due.weekday() > 4 or due in off:
            say(f"{packet.name}: acknowledgment_due {due} is not 5 business days after {packet.received}")
        for d in expected["documents"]:
            f = d["fields"]
            if d["type"] == "pay_stub":
                per = PERIODS_A_YEAR[f["frequency"]]
                if abs(round(f["gross_current"] * per / 12, 2) - f["monthly_gross"]) > 0.011:
                    say(f"{packet.name}: {d['id']} monthly_gross does not follow from gross_current")
                if f["gross_ytd"] < f["gross_current"] or f["pay_date"] > packet.received.isoformat():
                    say(f"{packet.name}: {d['id']} year to date or pay date is wrong")
        for doc in packet.docs:
            if doc.type == "bank_statement":
                st_begin, st_end = doc.fields["beginning_balance"], doc.fields["ending_balance"]
                if not isinstance(st_begin, float) or not isinstance(st_end, float):
                    say(f"{packet.name}: statement balances are not numbers")
        blob = (root / "expected.json").read_text(encoding="utf-8")
        if re.search(r"\b9\d\d-\d\d-\d{4}\b", blob):
            say(f"{packet.name}: a full SSN reached expected.json")
        app = expected["application"]
        if app and app["signed_on"] and app["signed_on"] > packet.received.isoformat():
            say(f"{packet.name}: signed after it was received")
        result = compare(expected, as_case(expected))
        if result.wrong():
            say(f"{packet.name}: expected.json does not score perfectly against itself: {result.wrong()[:3]}")
        for name, data in on_disk.items():
            if b"/ByteRange" in data:
                m = re.search(rb"/ByteRange \[ (\d+) (\d+) (\d+) (\d+) *\]", data)
                if not m:
                    say(f"{packet.name}: {name} has an unreadable /ByteRange")
                    continue
                a, b_, c, d_ = (int(v) for v in m.groups())
                if a != 0 or c + d_ != len(data) or data[b_:b_ + 1] != b"<" or data[c - 1:c] != b">":
                    say(f"{packet.name}: {name} signature /ByteRange does not cover the file around /Contents")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", type=Path, help="where to write v1..v6")
    parser.add_argument("--seed", type=int, default=2030)
    parser.add_argument("--check", action="store_true", help="re-open what was written and verify it")
    args = parser.parse_args(argv)
    if not FORM710.is_file():
        print(f"blank Form 710 not found at {FORM710} (set LOSSMIT_SHARED)", file=sys.stderr)
        return 2
    args.out_dir.mkdir(parents=True, exist_ok=True)
    packets = [build(args.seed) for build in BUILDERS]
    for packet in packets:
        expected = write_packet(packet, args.out_dir)
        pages = sum(pdf_pages(d) for d in packet.files.values())
        print(f"{packet.name}: {len(packet.files)} file(s), {pages} pages, {len(expected['documents'])} documents, "
              f"{expected['status']} {expected['missing']}")
    if args.check:
        again = [build(args.seed) for build in BUILDERS]
        problems = check(args.out_dir, again)
        for problem in problems:
            print("CHECK:", problem, file=sys.stderr)
        print(f"check: {len(problems)} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
