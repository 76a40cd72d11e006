"""Holdout set ch (ch1..ch8): HEIRS, WIDOWS AND SUCCESSORS IN INTEREST - the borrower on the note has died and the
person asking for help is a surviving spouse, an adult child or another heir who now owns the house.

Written BLIND: from shared/spec (all files), shared/samples (the packets, their expected.json and README),
shared/reference/README.md and the blank Form 710 and Form 4506-C it names, tests/pdf_factory.py,
tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in full (the scaffold:
signatures, scan noise, invariant reportlab output, expected.json, --check; its helpers are copied and adapted here)
and only the module docstrings of the other holdout_packets_*.py - never the service's code, rules, data files,
tests, README or history, and the service was not run on these packets.

    python benchmarks/holdout_packets_ch.py OUT_DIR [--seed N] [--check] [--only ch1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are weekdays of 2060 (March to October). The seed
changes hours worked, bank transactions, pen strokes and scanner noise, never names, dates or which codes are missing.
Same seed, same bytes (reportlab invariant mode, seeded noise, fixed pypdf identifiers). All people, employers,
courts' case numbers, banks and servicers are fictional; SSNs use the 900-999 area and are printed masked or as last
four digits; every page carries a faint "synthetic test document" line.

HOW A CAREFUL PROCESSOR READS THESE PAPERS (where the spec is silent, what a person reading them would record):
- borrower_name is the name written in the application's BORROWER field. On the successor forms (Kestrel Bay KB-SI2,
  Calloway CT-90) that is the successor: both forms say in print that the person filling them in is the borrower on
  the application, and record the borrower who died in a separate question. On Form 710 it is whoever the successor
  wrote there - herself (ch1, ch5, ch7), or, in ch3, her late husband, with herself as co-borrower.
- A borrower named on the form who has DIED owes no signature: in ch3 the widow wrote "Deceased - see death
  certificate" on his signature line and signed and dated her own; the certified death certificate of that borrower is
  in the same fax. `signed` is false and `signed_on` null (his signature and date are absent, as the README defines
  them), `co_borrower_signed` true, and application_signature is NOT missing: Fannie Mae D2-2-05 (domain-rules.md
  2.1) asks every party to the note to submit "unless deceased", and no servicer asks a dead man to sign. This is the
  one reading in the set that a literal reading of checklist.md could dispute; it decides ch3's status.
- A pay stub documents the wages of the person it was paid to. The FINAL pay stub of a husband who has died (ch4:
  "FINAL CHECK - EMPLOYMENT ENDED", vacation payout) is a pay_stub document with its own fields, but it documents
  nobody's current wages, so the widow's own wages claimed on the form stay undocumented (income_doc:wages) - her
  letter says she will send her own stubs later.
- Letters of administration, letters testamentary, an affidavit of heirship, a funeral home's statement, a probate
  attorney's covering letter and a life insurer's LUMP-SUM claim letter are type `other`: none is a death certificate
  or an obituary, and a one-time insurance payment is an asset, not monthly income. Only a death certificate or an
  obituary satisfies hardship_doc:death (checklist.md), so ch2 - court letters and a funeral bill, no certificate -
  is incomplete.
- Social Security survivors benefits and a pension plan's surviving-spouse annuity are benefit_award_letter documents
  of benefits_taxable, the line the successor wrote them on (the pension letters say the annuity is taxable, the
  Notice of Award that benefits may be taxable; sample 03 files Social Security on the taxable line too). Two
  letters may together make up one income line (ch1: $1,932.00 + $846.20 = $2,778.20). Death certificates and
  obituaries carry no fields (as in sample 03).
- The hardship start date every successor wrote is the date of death.

APPLICATIONS
- The real Form 710 (April 2023) through its AcroForm: typed and signed on screen by a widow (ch1); typed and signed
  on screen by a daughter as borrower with her brother, a co-heir in another state, named as co-borrower and NOT
  signing (ch5); typed by a probate attorney's paralegal with the late husband as borrower, printed, "Deceased - see
  death certificate" hand-written on his line, signed and dated in ink by the widow as co-borrower, and FAXED (ch3);
  typed, printed, signed and dated in ink by a widow and scanned on an office copier (ch7).
- Kestrel Bay Home Loan Servicing's "MORTGAGE ASSISTANCE APPLICATION - SUCCESSOR IN INTEREST" (Form KB-SI2, two
  pages): a teal kestrel mark, print saying the applicant is the borrower and that no signature is needed from a
  borrower who died; PART A-D on teal bands, every answer in a CAPTIONED CELL (small caption at the top left, the
  typed answer at the bottom: A1 loan number, A2 name of the borrower on the note who died, A3 date of death, A4
  relationship, A5 how the home is owned - will, heir, surviving joint owner, divorce -, B1 borrower's full name, B2
  SSN last 4, B5/B6 co-borrower, B7 mailing address, C1-C5 property and occupancy boxes, D1 date, D2 duration boxes,
  D3 ten cause boxes in two columns); page 2 repeats the loan number in a box, PART E is an income TABLE with a
  "Whose income" column and a TOTAL line E9, PART F the certification and signature/date cells. Typed and signed on
  screen (ch2); typed, printed, signed and dated in ink, scanned grey at 300 dpi (ch8).
- Calloway Trust Mortgage Company's "SURVIVING HOMEOWNER ASSISTANCE REQUEST" (Form CT-90, two sheets): numbered
  QUESTIONS answered on UNDERLINES ("1. Loan number ____", "5. Borrower or co-owner who passed away ____ Date ____"),
  occupancy, causes (A-J) and duration as printed choices to be CIRCLED, question 12 the monthly income as lettered
  lines a-h with "$ ____" and a TOTAL line, question 13 signatures. Filled in PEN with the choices ringed by hand
  (ch6); typed on a computer with the choices ringed on screen, printed, signed and dated in ink (ch4).

PAPERS
- Death certificates on SECURITY PAPER (a fine guilloche of interlaced waves over a pale tint with a repeated void
  legend), a RAISED SEAL as it scans (a pale relief ring with its lettering), the registrar's signature: Pennsylvania's
  CERTIFICATION OF DEATH as a grid of numbered boxes on green paper with a red CERTIFIED COPY stamp, scanned in COLOUR
  (ch1); a short-form CERTIFICATION OF DEATH, label and value in two columns inside a heavy double border, blue
  (Ohio, ch3 - dithered by the fax) and buff (New Jersey, ch8); Missouri's long-form CERTIFICATE OF DEATH in bands
  with turned side labels (DECEDENT, RESIDENCE, DEATH, FAMILY, DISPOSITION, CERTIFIER) on pink paper with a blue
  CERTIFIED COPY / ISSUED stamp (ch6). Cause of death is never shown.
- Probate papers (other): a Register of Wills' LETTERS OF ADMINISTRATION with the estate caption ("IN THE MATTER OF
  THE ESTATE OF ..., Deceased. ) Case No."), the register's signature, a clerk's certificate and the court seal (ch2,
  grey scan); LETTERS TESTAMENTARY of a probate court with the judge's signature (ch3, fax); e-issued letters of
  administration of a Surrogate's Court with the e-filing legend across the top (ch8, born-digital); a recorded
  Texas AFFIDAVIT OF HEIRSHIP with the county clerk's recording stamp and a notary's seal box (ch5, grey scan).
- Income: a school district's semi-monthly EMPLOYEE PAY STATEMENT paid by the day (ch1); bi-weekly corporate
  "Earnings Statement"s with side-by-side earnings and deductions panels (a transit authority, ch2; a clinical
  laboratory with shift differential, ch5; the late husband's FINAL CHECK with a vacation payout, ch4); a grocery
  chain's weekly ASSOCIATE EARNINGS stub in a fixed-pitch face over a VOIDed check (ch6); Social Security's Notice of
  Award for widow's benefits (ch1, ch7) and a Benefit Verification Letter for survivors benefits (ch3); pension plans'
  surviving-spouse annuity letters (ch1, ch6); a savings bank's one-page e-statements with the rent and payroll
  deposits (ch8); page 1 of the real IRS Form 4506-C typed and signed on screen (ch8).
- Other papers: successors' hardship letters (unsigned when e-mailed, signed in ink when printed); life insurers'
  lump-sum claim letters (ch4, ch7, other); a funeral home's statement of goods and services (ch2, other); obituaries -
  a newspaper column clipped with its photo and taped to a sheet (ch4, ch7) and a newspaper web page printed from a
  browser with its header and footer lines (ch5); a probate law firm's covering letter listing the enclosures (ch3,
  other) behind its FACSIMILE TRANSMITTAL SHEET; a mailroom's Code 128 "LOAN <number>" separator (ch6). The fax
  cover and the separator are not documents.

PACKETS (status by checklist.md on received_on; every income paper is at least 5 days clear of the 90-day edge)
- ch1 COMPLETE 2060-03-15, a folder named after the loan of e-mailed files: the widow's Form 710 on screen (death;
  her wages + widow's benefit + survivor annuity), her fresh district stub with YTD, the SSA award, the pension
  letter, the colour scan of the certified death certificate, her unsigned letter.
- ch2 INCOMPLETE hardship_doc:death 2060-04-19, loose files "<loan>_...": an only son's KB-SI2 on screen, his two
  fresh transit stubs, the letters of administration and the funeral home's statement (grey scans), his letter
  saying he has ordered another copy of the death certificate. Court letters are not a death certificate.
- ch3 COMPLETE 2060-05-17, ONE 200 dpi fax "FAX_20600517_141205.pdf" from the widow's probate attorney, the sending
  machine's header line on every page, behind the firm's transmittal sheet: covering letter, Form 710 naming the late
  husband as borrower ("Deceased") and the widow as co-borrower (signed), letters testamentary, the Ohio death
  certificate, Social Security's verification of her survivors benefit, her signed letter.
- ch4 INCOMPLETE income_doc:wages 2060-06-21, ONE 300 dpi grey scan "Pettigrew <loan>.pdf", no separator: CT-90
  typed and signed in ink by the widow (wages $2,340.00 from her own part-time job), her signed letter, her husband's
  final pay stub (fresh, but his), the group life insurer's lump-sum letter, the clipped obituary.
- ch5 INCOMPLETE application_signature 2060-07-20, loose files "Lindqvist_<loan>_...": Form 710 on screen, signed by
  the daughter, the brother named as co-borrower and unsigned; her two fresh lab stubs; the recorded affidavit of
  heirship (grey scan); the web obituary; their unsigned joint letter saying he will sign separately.
- ch6 COMPLETE 2060-08-16, ONE 240 dpi grey scan "scan_20600816_0930.pdf" behind the barcode separator: CT-90 filled
  in pen by a widower (his weekly wages + his late wife's survivor pension), his signed letter, Missouri's long-form
  death certificate, two fresh weekly grocery stubs, the retirement fund's survivor letter.
- ch7 INCOMPLETE income_doc:benefits_taxable 2060-09-20, five loose copier scans "KM_C250i_20600917_000n.pdf": Form
  710 in ink, her signed letter, the Social Security award dated 05/11/2060 (132 days old: stale) and no bank
  statements, the clipped obituary, the life insurer's letter.
- ch8 COMPLETE 2060-10-18, loose files: an heir's KB-SI2 in ink (grey scan; investment property - he rents out his
  late father's house; wages and rental income), the New Jersey death certificate (grey scan), the e-issued letters
  of administration, two consecutive fresh e-statements showing his payroll and the rent, a signed 4506-C, his
  unsigned letter.
So four complete (ch1, ch3, ch6, ch8) and four incomplete for four different reasons.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md, read as
above, to the values drawn into each packet, and the build fails when they differ from the packet's scenario.
`--check` validates every expected.json: keys, codes, application answers and income total, document ids and field
names per type, that every listed page exists once and every page of every file belongs to a document except a cover
or separator sheet in front, that `scanned` matches the absence of a text layer, pay stub arithmetic, no document
date after the received date; at build time it also checks the 90-day margins and that a borrower marked deceased
has his death certificate in the packet.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import logging
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
from reportlab.pdfbase.pdfmetrics import stringWidth
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
LETTER_TYPES = ("hardship_letter", "benefit_award_letter", "unemployment_benefit_letter", "medical_statement",
                "employer_relocation_letter")
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
INK_BLUE = (24, 34, 110)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand after printing: a signature ("sig"), hand-written text ("hand"), a ring drawn
    around a printed choice ("ring", w x size points centred on x, y) or a tick in a box ("tick").
    x, y: PDF points from the page's bottom-left (the baseline's left end)."""

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
    """Marks made on a computer before the file was sent: drawn signatures, typed text, typed X in boxes."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "ring":
            c.saveState()
            c.setLineWidth(1.0)
            c.ellipse(m.x - m.w / 2, m.y - m.size / 2, m.x + m.w / 2, m.y + m.size / 2, stroke=1, fill=0)
            c.restoreState()
        elif m.kind == "tick":
            c.setFont("Courier-Bold", 11)
            c.drawString(m.x + 1, m.y + 1, "X")
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_ch") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


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


def paragraphs(c: Canvas, x: float, y: float, width: float, paras: Sequence[str], font: str = "Times-Roman",
               size: float = 11, leading: float = 14.5, gap: float = 8) -> float:
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def security_background(c: Canvas, tint: Color, seed: int, size: tuple[float, float] = letter,
                        words: str = "") -> None:
    """Security paper: a fine guilloche of interlaced sine bands over a pale tint, with a repeated void word."""
    rng = random.Random(seed)
    pw, ph = size
    c.saveState()
    c.setFillColor(Color(min(1, tint.red + 0.5 * (1 - tint.red)), min(1, tint.green + 0.5 * (1 - tint.green)),
                         min(1, tint.blue + 0.5 * (1 - tint.blue))))
    c.rect(0, 0, pw, ph, stroke=0, fill=1)
    c.setStrokeColor(tint)
    c.setLineWidth(0.35)
    phase = rng.uniform(0, math.pi)
    for band in range(0, int(ph), 9):
        for k in (0, 1):
            path = c.beginPath()
            for i in range(0, int(pw) + 8, 4):
                y = band + 3.2 * math.sin(i / 11.0 + phase + k * math.pi + band / 23.0)
                if i == 0:
                    path.moveTo(i, y)
                else:
                    path.lineTo(i, y)
            c.drawPath(path, stroke=1, fill=0)
    if words:
        c.setFillColor(tint)
        c.setFont("Helvetica-Bold", 7)
        for row, yy in enumerate(range(30, int(ph), 54)):
            off = 0 if row % 2 else 60
            for xx in range(-40 + off, int(pw), 150):
                c.drawString(xx, yy, words)
    c.restoreState()


def embossed_seal(c: Canvas, x: float, y: float, r: float, ring_text: str, centre: str) -> None:
    """A raised seal as it scans: a pale relief ring, its letters around the edge and a star in the middle."""
    c.saveState()
    for dx, dy, grey in ((0.8, -0.8, 0.62), (-0.5, 0.5, 0.93), (0, 0, 0.8)):
        c.setStrokeGray(grey)
        c.setFillGray(grey)
        c.setLineWidth(1.4)
        c.circle(x + dx, y + dy, r, stroke=1, fill=0)
        c.setLineWidth(0.7)
        c.circle(x + dx, y + dy, r * 0.72, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", r * 0.17)
        n = len(ring_text)
        for i, ch in enumerate(ring_text):
            a = math.pi / 2 + 2 * math.pi * i / n
            c.saveState()
            c.translate(x + dx + r * 0.86 * math.cos(a), y + dy + r * 0.86 * math.sin(a))
            c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, -r * 0.06, ch)
            c.restoreState()
        c.setFont("Helvetica-Bold", r * 0.2)
        c.drawCentredString(x + dx, y + dy - r * 0.07, centre)
    c.restoreState()


def rubber_stamp(c: Canvas, x: float, y: float, lines: Sequence[str], color: Color, angle: float = 0.0,
                 size: float = 10.0) -> None:
    """An inked rectangular stamp, a little turned."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    width = max(stringWidth(t, "Helvetica-Bold", size) for t in lines) + 16
    height = len(lines) * (size + 3) + 8
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.6)
    c.rect(0, 0, width, height, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.rect(2.5, 2.5, width - 5, height - 5, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", size)
    yy = height - size - 4
    for t in lines:
        c.drawCentredString(width / 2, yy, t)
        yy -= size + 3
    c.restoreState()


# --- scanning and faxing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    color: bool = False
    seed: int = 1


@dataclass(frozen=True)
class FaxLine:
    """The sending machine's header printed across the top of every transmitted page."""

    when: dt.datetime
    station: str
    number: str
    to: str
    total: int


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    ink: Any = INK_BLUE if img.mode == "RGB" else 35
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=ink, width=width, joint="curve")
        elif m.kind == "ring":
            rng = random.Random(m.seed)
            pts = []
            for i in range(41):
                a = 2 * math.pi * i / 38 + 0.4
                rx, ry = m.w / 2 * rng.uniform(0.97, 1.05), m.size / 2 * rng.uniform(0.95, 1.08)
                pts.append(((m.x + rx * math.cos(a)) * scale, (page_h - m.y - ry * math.sin(a)) * scale))
            draw.line(pts, fill=ink, width=max(2, round(1.1 * scale)), joint="curve")
        elif m.kind == "tick":
            s = 8 * scale
            x0, y0 = m.x * scale, (page_h - m.y) * scale
            draw.line([(x0 + 0.1 * s, y0 - 0.5 * s), (x0 + 0.4 * s, y0 - 0.1 * s), (x0 + 1.0 * s, y0 - 1.1 * s)],
                      fill=ink, width=max(2, round(1.2 * scale)))
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=ink, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def fax_header(img: Image.Image, fl: FaxLine, page_no: int, dpi: int) -> Image.Image:
    """Shrink the sheet a little under the sending machine's header line, as a fax machine does."""
    wd, ht = img.size
    band = round(0.22 * dpi)
    body = img.resize((round(wd * 0.965), round(ht * 0.965)), Image.Resampling.BILINEAR)
    out = Image.new("L", (wd, ht), 255)
    out.paste(body, ((wd - body.size[0]) // 2, band))
    draw = ImageDraw.Draw(out)
    font = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf"), round(0.1 * dpi))
    text = (f"{fl.when.strftime('%b-%d-%Y %H:%M').upper()}  FROM: {fl.station}  {fl.number}   TO: {fl.to}   "
            f"P. {page_no:02d}/{fl.total:02d}")
    draw.text((round(0.25 * dpi), round(0.06 * dpi)), text, fill=0, font=font)
    return out


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    fill: Any = (255, 255, 255) if img.mode == "RGB" else 255
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=fill)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light paper tone
        out = out.point(lambda v: int(14 + v * 0.93))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        if out.mode == "RGB":
            px[x, y] = (70, 70, 70) if sum(px[x, y]) > 384 else (225, 225, 225)
        else:
            px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        # dark stays black, white stays white, the greys between (tints, seals, security paper) are dithered
        out = out.point(lambda v: 0 if v < 95 else 255 if v > 215 else int((v - 95) * 255 / 120))
        out = out.convert("1")
    return out


def render_pages(pdf: bytes, dpi: int, color: bool) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as an image at dpi (grey, or colour), with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=not color, may_draw_forms=True)
            img = bitmap.to_pil().convert("RGB" if color else "L")
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
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi, style.color and not style.fax)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img.convert("L") if style.fax else img, style, seed * 31 + i), size))
    return sheets


def paper_print_pdf(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The paper as printed (no ink yet) and the ink marks of each page."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    pdf, marks = paper_print_pdf(paper)
    return scan_sheets(pdf, marks, style, seed)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan, fax_line: FaxLine | None = None) -> bytes:
    """Wrap scanned sheets into an image-only PDF: JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for n, sheet in enumerate(sheets, 1):
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        img = sheet.image
        if style.fax:
            if fax_line is not None:
                img = fax_header(img.convert("L"), fax_line, n, style.dpi).convert("1")
            img.convert("L").save(data, "PNG", optimize=False)
        else:
            img.save(data, "JPEG", quality=80)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_ch"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay --------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    state_label: str = "State income tax"

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out[self.state_label] = r2(gross * self.state)
        return out

    def net(self, ch: Check) -> float:
        return r2(ch.gross - sum(self.taxes(ch.gross).values()) - sum(v for _, v in self.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = wh.net(ch)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def friday_before(d: dt.date) -> dt.date:
    while d.weekday() > 4:
        d -= dt.timedelta(days=1)
    return d


def schedule(frequency: str, current: dt.date, anchor: dt.date | None = None) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check of current's year up to and including current."""
    out: list[tuple[dt.date, dt.date, dt.date]] = []
    year = current.year
    if frequency == "semimonthly":
        for month in range(1, 13):
            first = dt.date(year, month, 1)
            last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
            for start, end in ((first, first.replace(day=15)), (first.replace(day=16), last)):
                out.append((friday_before(end), start, end))
    else:
        step = 7 if frequency == "weekly" else 14
        d = anchor or dt.date(year, 1, 1)
        while d.weekday() != 4:
            d += dt.timedelta(days=1)
        while d.year == year:
            end = d - dt.timedelta(days=6)
            out.append((d, end - dt.timedelta(days=step - 1), end))
            d += dt.timedelta(days=step)
    out = [t for t in out if t[0] <= current]
    if not out or out[-1][0] != current:
        raise ValueError(f"{current} is not a {frequency} pay date")
    return out


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    person: str

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def history(key: str, frequency: str, pay_date: dt.date, rate: float, hours: float, extras: Sequence[str] = (),
            anchor: dt.date | None = None) -> tuple[list[Check], dt.date, dt.date]:
    """Every check of the year, each drawn from its own date (so two stubs of one job tell one history)."""
    checks = []
    sched = schedule(frequency, pay_date, anchor)
    for d, _, _ in sched:
        rr = random.Random(f"{key}{d}")
        hrs = rr.choice([hours, hours, hours - 4, hours + 2])
        lines = {"Regular": (hrs, rate, r2(hrs * rate))}
        for ex in extras:
            if ex == "Overtime":
                ot = rr.choice([0.0, 0.0, 3.0, 5.5])
                if ot:
                    lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
            elif ex == "Shift differential":
                sd = rr.choice([0.0, 8.0, 16.0])
                if sd:
                    lines["Shift differential"] = (sd, 1.25, r2(sd * 1.25))
        checks.append(Check(d, lines))
    return checks, sched[-1][1], sched[-1][2]


def district_stub(district: str, address: str, employee: str, emp_id: str, position: str, pay_date: dt.date,
                  daily: float, days: float, wh: Withholding) -> Stub:
    """A school district's semi-monthly EMPLOYEE PAY STATEMENT for a classified employee paid by the day."""
    checks, start, end = history(emp_id, "semimonthly", pay_date, daily, days)
    for ch in checks:  # paid by the day: one line, days x daily rate
        d, r, _ = ch.lines["Regular"]
        ch.lines = {"Daily rate - regular days": (d, r, r2(d * r))}
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = wh.net(ch)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.12, 0.12))
        c.rect(50, 728, 512, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 15)
        c.drawString(60, 742, district.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(60, 732, f"Business Office - Payroll  |  {address}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 706, "EMPLOYEE PAY STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 706, "Retain for your records")
        c.setLineWidth(0.5)
        info = [("Employee", employee), ("Employee ID", emp_id), ("Position", position),
                ("Check date", mdy(ch.pay_date)), ("Pay period", f"{mdy(start)} to {mdy(end)}"),
                ("Pay schedule", "Semi-Monthly (24 pays)")]
        y = 684
        for i, (k, v) in enumerate(info):
            x = 50 if i < 3 else 310
            yy = y - (i % 3) * 17
            c.setFillGray(0.92)
            c.rect(x, yy - 4, 84, 15, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 4, yy + 1, k)
            c.setFont("Helvetica", 9)
            c.drawString(x + 92, yy + 1, v)
        y = 620
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in ((50, "EARNINGS"), (300, "DAYS"), (360, "RATE")):
            c.drawString(x, y, t)
        c.drawRightString(470, y, "THIS PERIOD")
        c.drawRightString(560, y, "YEAR TO DATE")
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Helvetica", 9)
        y -= 17
        for k, (d, r, a) in ch.lines.items():
            c.drawString(50, y, k)
            c.drawString(300, y, f"{d:.1f}")
            c.drawString(360, y, money(r))
            c.drawRightString(470, y, money(a))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "TOTAL GROSS")
        c.drawRightString(470, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 28
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(470, y, "THIS PERIOD")
        c.drawRightString(560, y, "YEAR TO DATE")
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Helvetica", 9)
        y -= 17
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, k)
            c.drawRightString(470, y, money(v))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 14
        y -= 8
        c.setLineWidth(1.2)
        c.rect(300, y - 26, 262, 30, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(308, y - 15, "NET PAY")
        c.drawRightString(470, y - 15, money(net))
        c.setFont("Helvetica", 8)
        c.drawRightString(556, y - 15, f"YTD {money(ytd['NET'])}")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 60, "Direct deposit advice. Questions: Payroll, extension 2210. Leave balances are on the "
                                 "staff portal.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date, employee)


def grocer_stub(store: str, address: str, employee: str, assoc_no: str, dept: str, pay_date: dt.date, rate: float,
                hours: float, wh: Withholding) -> Stub:
    """A grocery chain's weekly associate earnings stub on check stock, the check below printed VOID."""
    checks, start, end = history(assoc_no, "weekly", pay_date, rate, hours, ("Overtime",))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = wh.net(ch)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 744, store)
        c.setFont("Helvetica", 8)
        c.drawString(50, 733, address)
        c.setFont("Courier-Bold", 11)
        c.drawRightString(562, 744, "ASSOCIATE EARNINGS")
        c.setFont("Courier", 9)
        rows = [f"ASSOCIATE   {employee.upper()}", f"ASSOC NO    {assoc_no}      DEPT {dept.upper()}",
                f"WEEK        {mdy(start)} - {mdy(end)}", f"PAY DATE    {mdy(ch.pay_date)}     PAID WEEKLY"]
        y = 712
        for r_ in rows:
            c.drawString(50, y, r_)
            y -= 12
        y -= 8
        c.setFont("Courier-Bold", 9)
        c.drawString(50, y, f"{'EARNINGS':<20}{'HRS':>8}{'RATE':>9}{'CURRENT':>12}{'YTD':>13}")
        y -= 4
        c.line(50, y, 420, y)
        c.setFont("Courier", 9)
        y -= 12
        for k in ("Regular", "Overtime"):
            if k not in ytd:
                continue
            h_, r_, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            cur = f"{h_:>8.2f}{r_:>9.2f}{money(a):>12}" if a else f"{'':8}{'':9}{'':>12}"
            c.drawString(50, y, f"{k.upper():<20}{cur}{money(ytd[k]):>13}")
            y -= 12
        c.setFont("Courier-Bold", 9)
        c.drawString(50, y, f"{'GROSS PAY':<37}{money(ch.gross):>12}{money(ytd['GROSS']):>13}")
        y -= 18
        c.drawString(50, y, f"{'TAXES/DEDUCTIONS':<37}{'CURRENT':>12}{'YTD':>13}")
        y -= 4
        c.line(50, y, 420, y)
        c.setFont("Courier", 9)
        y -= 12
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, f"{k.upper():<37}{money(v):>12}{money(ytd[k]):>13}")
            y -= 12
        c.setFont("Courier-Bold", 10)
        y -= 6
        c.drawString(50, y, f"{'NET PAY':<37}{money(net):>12}{money(ytd['NET']):>13}")
        # perforation and the voided check
        c.setDash(2, 3)
        c.line(36, 300, W - 36, 300)
        c.setDash()
        c.setFillColor(Color(0.86, 0.92, 0.86))
        c.rect(40, 90, W - 80, 196, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, 262, store)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 56, 262, f"DATE {mdy(ch.pay_date)}")
        c.setFont("Helvetica", 9)
        c.drawString(56, 220, "PAY TO THE ORDER OF")
        c.setFont("Courier-Bold", 11)
        c.drawString(170, 220, employee.upper())
        c.drawRightString(W - 60, 220, f"$ {money(net)}")
        c.setFont("Helvetica-Bold", 40)
        c.setFillColor(Color(0.7, 0.75, 0.7))
        c.drawCentredString(W / 2, 150, "V O I D")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(56, 106, "NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
        return []

    return Stub(Paper([page]), stub_fields(store, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date,
                employee)


def corp_stub(employer: str, address: str, employee: str, emp_no: str, dept: str, pay_date: dt.date, rate: float,
              hours: float, wh: Withholding, anchor: dt.date, accent: Color, final: tuple[float, float] | None = None,
              extras: Sequence[str] = ()) -> Stub:
    """A bi-weekly EARNINGS STATEMENT: employee block on the left, period block on the right, earnings and
    deductions side by side. final=(hours worked, vacation hours paid out) marks the last check after a death."""
    checks, start, end = history(emp_no, "biweekly", pay_date, rate, hours, extras, anchor)
    if final is not None:
        worked, vac = final
        checks[-1].lines = {"Regular": (worked, rate, r2(worked * rate)),
                            "Vacation payout": (vac, rate, r2(vac * rate))}
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = wh.net(ch)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(accent)
        c.setLineWidth(3)
        c.line(50, 752, 562, 752)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 732, employer)
        c.setFont("Helvetica", 8)
        c.drawString(50, 721, address)
        c.setFont("Helvetica-Bold", 16)
        c.setFillColor(accent)
        c.drawRightString(562, 730, "Earnings Statement")
        c.setFillColor(black)
        if final is not None:
            c.setFillColor(Color(0.75, 0.1, 0.1))
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(562, 716, "FINAL CHECK - EMPLOYMENT ENDED")
            c.setFillColor(black)
        c.setLineWidth(0.5)
        c.rect(50, 620, 250, 84, stroke=1, fill=0)
        c.rect(312, 620, 250, 84, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        left = [("Employee", employee), ("Employee number", emp_no), ("Department", dept)]
        right = [("Period beginning", mdy(start)), ("Period ending", mdy(end)), ("Pay date", mdy(ch.pay_date)),
                 ("Frequency", "Biweekly")]
        for i, (k, v) in enumerate(left):
            c.setFont("Helvetica", 7.5)
            c.drawString(58, 690 - i * 24, k.upper())
            c.setFont("Helvetica-Bold", 10)
            c.drawString(58, 679 - i * 24, v)
        for i, (k, v) in enumerate(right):
            c.setFont("Helvetica", 8.5)
            c.drawString(320, 688 - i * 18, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawRightString(554, 688 - i * 18, v)
        y = 596
        c.setFillColor(accent)
        c.rect(50, y - 3, 250, 14, stroke=0, fill=1)
        c.rect(312, y - 3, 250, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y + 1, "EARNINGS")
        c.drawRightString(140, y + 1, "HOURS")
        c.drawRightString(180, y + 1, "RATE")
        c.drawRightString(244, y + 1, "CURRENT")
        c.drawRightString(298, y + 1, "YTD")
        c.drawString(316, y + 1, "DEDUCTIONS")
        c.drawRightString(500, y + 1, "CURRENT")
        c.drawRightString(558, y + 1, "YTD")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        ly = y - 14
        for k in [k for k in ("Regular", "Overtime", "Shift differential", "Vacation payout") if k in ytd]:
            h_, r_, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(54, ly, k)
            if a:
                c.drawRightString(140, ly, f"{h_:.2f}")
                c.drawRightString(180, ly, money(r_))
                c.drawRightString(244, ly, money(a))
            c.drawRightString(298, ly, money(ytd[k]))
            ly -= 12
        dy = y - 14
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(316, dy, k)
            c.drawRightString(500, dy, money(v))
            c.drawRightString(558, dy, money(ytd[k]))
            dy -= 12
        by = min(ly, dy) - 20
        heads = (("Gross pay", ch.gross, ytd["GROSS"]),
                 ("Total deductions", r2(ch.gross - net), r2(ytd["GROSS"] - ytd["NET"])),
                 ("Net pay", net, ytd["NET"]))
        for i, (k, cur, yt) in enumerate(heads):
            x = 50 + i * 172
            c.setLineWidth(0.8)
            c.rect(x, by - 34, 166, 40, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(x + 6, by - 6, k)
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(x + 160, by - 18, money(cur))
            c.setFont("Helvetica", 7.5)
            c.drawRightString(x + 160, by - 30, f"Year to date {money(yt)}")
        if final is not None:
            c.setFont("Helvetica", 8)
            c.drawString(50, by - 60, "Final wages and accrued vacation paid to the employee's account of record "
                                      "as required by state law.")
        return []

    fields = stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date, employee)


# --- bank statements --------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def raritan_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                      begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Delaware & Raritan Savings Bank: one page, a period box, a one-line summary, a register with balances."""
    bank = "Delaware & Raritan Savings Bank"
    start, end = month_bounds(year, month)
    lines = [(start + dt.timedelta(days=d - 1), desc, a) for d, desc, a in credits]
    for desc, lo, hi in (("PSE&G UTILITY AUTOPAY", 80, 190), ("ACME MARKETS #77 POS", 40, 130),
                         ("MERCER COUNTY WATER", 30, 70), ("HOME DEPOT 0931 POS", 25, 160),
                         ("ATM WITHDRAWAL", 40, 120), ("KESTREL BAY MTG PMT", 900, 900), ("GEICO AUTO", 90, 140)):
        amt = r2(rng.uniform(lo, hi))
        lines.append((start + dt.timedelta(days=rng.randrange((end - start).days + 1)), desc, -amt))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.1, 0.3, 0.32))
        c.circle(66, 738, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(66, 734, "DR")
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(88, 740, bank)
        c.setFont("Times-Roman", 8.5)
        c.drawString(88, 729, "1 West State Street, Trenton, NJ 08608  -  Member FDIC")
        c.setLineWidth(0.6)
        c.rect(380, 680, 182, 50, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(388, 718, "STATEMENT PERIOD")
        c.setFont("Helvetica", 9)
        c.drawString(388, 704, f"{mdy(start)} through {mdy(end)}")
        c.drawString(388, 690, f"Statement savings / checking  x{acct[-4:]}")
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        y = 630
        c.setFillGray(0.9)
        c.rect(50, y - 6, 512, 20, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(56, y, f"Opening balance {money(begin)}   +  Deposits {money(dep)}   -  Withdrawals {money(wd)}"
                            f"   =  Closing balance {money(ending)}")
        y -= 34
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "POSTED")
        c.drawString(100, y, "TRANSACTION")
        c.drawRightString(420, y, "AMOUNT")
        c.drawRightString(560, y, "BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(100, y, "Opening balance")
        c.drawRightString(560, y, money(begin))
        y -= 13
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(50, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(420, y, ("-" if a < 0 else "+") + money(abs(a)))
            c.drawRightString(560, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "Closing balance")
        c.drawRightString(560, y - 2, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(50, 60, "In case of errors or questions about your electronic transfers, call (609) 555-0115.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and papers ----------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date | None
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type not in LETTER_TYPES or self.date is None:
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def ssa_award(person: str, address: Sequence[str], date: dt.date, claim: str, deceased: str, monthly: float,
              since: dt.date) -> Letter:
    """Social Security's Notice of Award for monthly survivors (widow's) benefits."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 740, "SOCIAL SECURITY ADMINISTRATION")
        c.setFont("Helvetica", 9)
        c.drawString(72, 728, "Retirement, Survivors, and Disability Insurance")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 706, "Notice of Award")
        c.setFont("Helvetica", 9)
        c.drawRightString(540, 740, "Mid-Atlantic Program Service Center")
        c.drawRightString(540, 728, "Date: " + long_date(date))
        c.drawRightString(540, 716, "Claim Number: " + claim)
        y = 676
        c.setFont("Helvetica", 10)
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(90, y, ln)
            y -= 13
        y -= 16
        y = paragraphs(c, 72, y, W - 144, [
            f"You are entitled to monthly survivors benefits as the widow of {deceased} beginning "
            f"{since.strftime('%B %Y')}.",
            "The following chart shows your benefit amount. The amount we pay is after any deductions. Social "
            "Security benefits for a month are paid in the following month."], font="Helvetica", size=10,
            leading=13.5)
        heads = ("Beginning", "Benefit amount", "Deductions", "Amount we will pay")
        xs = (72, 200, 320, 430)
        c.setFont("Helvetica-Bold", 9)
        for x, t in zip(xs, heads, strict=True):
            c.drawString(x, y, t)
        c.line(72, y - 4, 540, y - 4)
        c.setFont("Helvetica", 10)
        y -= 18
        for x, t in zip(xs, (since.strftime("%B %Y"), "$" + money(monthly), "$0.00", "$" + money(monthly)),
                        strict=True):
            c.drawString(x, y, t)
        y -= 30
        y = paragraphs(c, 72, y, W - 144, [
            f"Your monthly benefit is ${money(monthly)}. We will pay it on the third Wednesday of each month by "
            "direct deposit. Part of your benefits may be taxable; we will send you a Form SSA-1099 each January.",
            "You must tell us if you remarry before age 60, if you work and earn more than the annual limit, or "
            "if you move. If you disagree with this decision, you have 60 days to ask for an appeal.",
            "If you have questions, call us at 1-800-772-1213 or visit any Social Security office."],
            font="Helvetica", size=10, leading=13.5)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(72, 80, "Form SSA-L91 (survivors)")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def ssa_verification(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """Social Security's Benefit Verification Letter for a person on survivors benefits."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.drawString(72, 738, "Social Security Administration")
        c.setFont("Times-Roman", 9)
        c.drawString(72, 725, "Benefit Verification Letter")
        c.drawString(72, 714, "Date: " + long_date(date))
        c.setLineWidth(0.8)
        c.line(72, 705, 540, 705)
        c.setFont("Helvetica", 10)
        y = 684
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 12
        y -= 16
        y = paragraphs(c, 72, y, W - 144, [
            "You asked us for information from your record. The information that you requested is shown below.",
            "We are verifying that you are entitled to monthly survivors benefits on the record of your late "
            "spouse."], size=11)
        c.setFont("Times-Bold", 12)
        c.drawString(72, y, "Information About Current Social Security Benefits")
        y -= 18
        y = paragraphs(c, 72, y, W - 144, [
            f"Beginning {long_date(since)}, the full monthly Social Security benefit before any deductions is "
            f"${money(monthly)}.",
            f"We deduct $0.00 for medical insurance premiums each month. The regular monthly Social Security "
            f"payment is ${money(monthly)}. (We must round down to the whole dollar.)",
            "Social Security benefits for a given month are paid the following month."], size=11)
        c.setFont("Times-Italic", 9)
        c.drawString(72, y - 10, "This letter was requested online. It is valid without a signature.")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def pension_survivor(fund: str, fund_addr: str, person: str, address: Sequence[str], date: dt.date, member: str,
                     died: dt.date, monthly: float, accent: Color) -> Letter:
    """A retirement plan's letter starting a surviving spouse's annuity."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(accent)
        c.rect(72, 722, 6, 30, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(86, 740, fund)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(86, 728, fund_addr)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 694, long_date(date))
        y = 666
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Surviving spouse benefit - {member}, deceased {mdy(died)}")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear {person.split()[0]}:",
            f"Please accept our sympathy on the death of {member}. As the member's surviving spouse you are the "
            "beneficiary of the joint and survivor annuity the member elected at retirement.",
            "Your survivor annuity has been approved as shown below. It is paid monthly on the first business day of "
            "the month, for your lifetime, and is subject to federal income tax. We will withhold tax as shown on "
            "the Form W-4P you returned."])
        for k, v in (("Survivor", person), ("Gross monthly survivor annuity", "$" + money(monthly)),
                     ("Frequency", "Monthly, for life"), ("First payment", long_date(
                         (died.replace(day=1) + dt.timedelta(days=40)).replace(day=1)))):
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        y -= 16
        c.setFont("Times-Roman", 11)
        for ln in ("Sincerely,", "", "Survivor Benefits Unit", fund):
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def life_claim(insurer: str, insurer_addr: str, person: str, address: Sequence[str], date: dt.date, insured: str,
               policy: str, amount: float, group: str | None) -> Letter:
    """A life insurer's claim payment letter: a lump sum to the beneficiary (an asset, not monthly income)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-BoldItalic", 18)
        c.drawString(72, 738, insurer)
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 726, insurer_addr)
        c.setLineWidth(0.4)
        c.line(72, 720, 540, 720)
        c.setFont("Helvetica", 10)
        c.drawString(72, 696, long_date(date))
        y = 670
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, f"Insured: {insured}      Policy: {policy}" + (f"      Group: {group}" if group else ""))
        y -= 24
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear {person}:",
            f"We have completed our review of your claim for the death benefit under the policy shown above. Please "
            f"accept our condolences on the loss of {insured}.",
            f"As the named beneficiary you will receive a one-time payment of ${money(amount)}, including interest "
            "from the date of death. The payment has been sent by check to the address above. Life insurance "
            "proceeds paid because of the insured's death are generally not taxable income.",
            "This payment closes the claim. No further payments will be made under this policy. Please keep this "
            "letter for your records."], font="Helvetica", size=10, leading=13.5)
        c.setFont("Helvetica", 10)
        for ln in ("Sincerely,", "", "Life Claims Department", insurer):
            c.drawString(72, y, ln)
            y -= 13
        return []

    return Letter(Paper([page]), "other", date)


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int, re_line: str = "") -> Letter:
    """A successor's typed hardship letter; signed in ink only when it was printed and mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11.5)
        c.drawRightString(540, 730, long_date(date))
        y = 700
        for ln in [servicer, "Attn: Loss Mitigation / Successor in Interest"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11.5)
        c.drawString(72, y, re_line or f"Loan number {loan} - letter of hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Sir or Madam,", *paras], size=11.5, leading=15)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 44
        names = [writer] + ([co_writer] if co_writer else [])
        for i, nm in enumerate(names):
            x = 72 + i * 240
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        c.setFont("Times-Roman", 10)
        yy = sy - 40
        for ln in address:
            c.drawString(72, yy, ln)
            yy -= 12
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def law_letterhead(c: Canvas, firm: str, sub: Sequence[str]) -> None:
    c.setFont("Times-Bold", 16)
    c.drawCentredString(W / 2, 742, firm.upper())
    c.setFont("Times-Italic", 9.5)
    c.drawCentredString(W / 2, 729, "Attorneys at Law  -  Probate, Estates and Elder Law")
    c.setFont("Times-Roman", 8.5)
    y = 717
    for s in sub:
        c.drawCentredString(W / 2, y, s)
        y -= 10
    c.setLineWidth(0.4)
    c.line(72, y + 2, W - 72, y + 2)
    c.line(72, y, W - 72, y)


def attorney_transmittal(firm: str, sub: Sequence[str], date: dt.date, servicer: Sequence[str], loan: str,
                         client: str, decedent: str, enclosures: Sequence[str], lawyer: str, seed: int) -> Letter:
    """The probate attorney's covering letter listing the enclosures (type other)."""

    def page(c: Canvas) -> list[Mark]:
        law_letterhead(c, firm, sub)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 672, long_date(date))
        c.drawString(72, 656, "VIA FACSIMILE AND FIRST-CLASS MAIL")
        y = 630
        for ln in servicer:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re:  Loan No. {loan}  -  Estate of {decedent}")
        c.drawString(96, y - 14, f"Our client: {client}, surviving spouse and executrix")
        y -= 40
        y = paragraphs(c, 72, y, W - 144, [
            "Dear Sir or Madam:",
            f"This office represents {client} in the administration of her late husband's estate. She is his "
            "successor in interest in the property that secures the loan referenced above and wishes to apply for "
            "mortgage assistance. Please direct all correspondence about the application to her, with a copy to "
            "this office.",
            "Enclosed please find:"], size=11)
        for i, e in enumerate(enclosures, 1):
            c.drawString(96, y, f"{i}.  {e}")
            y -= 15
        y -= 10
        y = paragraphs(c, 72, y, W - 144, [
            "Kindly confirm receipt and let us know promptly if anything further is required."], size=11)
        c.drawString(72, y, "Very truly yours,")
        c.drawString(72, y - 48, lawyer)
        c.drawString(72, y - 62, "cc: client")
        return [Mark("sig", 72, y - 36, w=150, seed=seed)]

    return Letter(Paper([page]), "other", date)


def law_fax_cover(firm: str, sub: Sequence[str], to: str, to_fax: str, from_: str, fax: str, date: dt.date,
                  pages: int, re: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        law_letterhead(c, firm, sub)
        c.setFont("Times-Bold", 26)
        c.drawCentredString(W / 2, 650, "FACSIMILE TRANSMITTAL SHEET")
        c.setLineWidth(0.8)
        rows = [("TO:", to), ("FAX NUMBER:", to_fax), ("FROM:", from_), ("OUR FAX:", fax), ("DATE:", mdy(date)),
                ("TOTAL NO. OF PAGES INCLUDING COVER:", str(pages)), ("RE:", re)]
        y = 600
        for k, v in rows:
            c.setFont("Times-Bold", 10.5)
            c.drawString(72, y, k)
            c.setFont("Courier", 10.5)
            c.drawString(310 if len(k) > 20 else 180, y, v)
            c.line(72, y - 5, 540, y - 5)
            y -= 28
        c.rect(72, y - 110, 468, 90, stroke=1, fill=0)
        c.setFont("Times-Bold", 9.5)
        c.drawString(80, y - 34, "CONFIDENTIALITY NOTICE")
        paragraphs(c, 80, y - 48, 452, [
            "The documents accompanying this facsimile contain confidential information which is legally "
            "privileged. If you are not the intended recipient, you are hereby notified that any disclosure, "
            "copying or distribution is strictly prohibited. If you have received this facsimile in error, please "
            "notify us by telephone immediately."], size=9, leading=11)
        return []

    return Paper([page])


# --- vital records and probate papers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Death:
    """The facts a vital-records office certifies."""

    name: str
    sex: str
    born: dt.date
    died: dt.date
    ssn: str
    birthplace: str
    residence: str
    county: str
    place: str
    marital: str
    spouse: str
    informant: str
    disposition: str
    funeral_home: str
    certifier: str
    filed: dt.date
    file_no: str

    @property
    def age(self) -> int:
        return self.died.year - self.born.year - ((self.died.month, self.died.day) < (self.born.month, self.born.day))


def registrar_block(c: Canvas, x: float, y: float, title: str, issued: dt.date, seed: int) -> None:
    draw_signature_vector(c, Mark("sig", x, y + 4, w=130, seed=seed))
    c.setLineWidth(0.5)
    c.line(x, y, x + 180, y)
    c.setFont("Helvetica", 7.5)
    c.drawString(x, y - 9, title)
    c.drawString(x, y - 19, f"Date issued: {mdy(issued)}")


def death_cert_pa(d: Death, issued: dt.date, seed: int) -> Letter:
    """Layout A: a grid of numbered boxes on green security paper, certified copy with a raised seal."""

    def page(c: Canvas) -> list[Mark]:
        security_background(c, Color(0.55, 0.75, 0.6), seed, words="COMMONWEALTH OF PENNSYLVANIA")
        c.setLineWidth(1.5)
        c.rect(36, 36, W - 72, H - 72, stroke=1, fill=0)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 730, "COMMONWEALTH OF PENNSYLVANIA")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 716, "DEPARTMENT OF HEALTH  -  DIVISION OF VITAL RECORDS")
        c.setFont("Times-Bold", 18)
        c.drawCentredString(W / 2, 692, "CERTIFICATION OF DEATH")
        c.setFont("Helvetica", 8)
        c.drawString(50, 670, f"STATE FILE NUMBER  {d.file_no}")
        c.drawRightString(W - 50, 670, f"DATE FILED  {mdy(d.filed)}")
        first, *mid, last = d.name.split()
        rows = [
            [("1. DECEDENT'S LEGAL NAME (First, Middle, Last)", f"{first} {' '.join(mid)} {last}".upper(), 330),
             ("2. SEX", d.sex, 70), ("3. DATE OF DEATH", mdy(d.died), 112)],
            [("4. SOCIAL SECURITY NUMBER", "XXX-XX-" + d.ssn[-4:], 150), ("5. AGE", str(d.age), 60),
             ("6. DATE OF BIRTH", mdy(d.born), 110), ("7. BIRTHPLACE", d.birthplace, 192)],
            [("8. RESIDENCE (Street, City, State, ZIP)", d.residence, 390), ("8a. COUNTY", d.county, 122)],
            [("9. MARITAL STATUS AT DEATH", d.marital, 160), ("10. SURVIVING SPOUSE'S NAME", d.spouse, 352)],
            [("11. INFORMANT'S NAME AND RELATIONSHIP", d.informant, 512)],
            [("12. PLACE OF DEATH", d.place, 512)],
            [("13. METHOD OF DISPOSITION", d.disposition, 160), ("14. FUNERAL HOME", d.funeral_home, 352)],
            [("15. CERTIFIER", d.certifier, 260), ("16. CAUSE OF DEATH", "NOT INCLUDED IN THIS CERTIFICATION",
                                                     252)],
        ]
        y = 650
        for row in rows:
            x = 50.0
            for cap, val, wd in row:
                c.setFillColor(white)
                c.rect(x, y - 34, wd, 34, stroke=1, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica", 6.5)
                c.drawString(x + 3, y - 9, cap)
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 6, y - 27, val)
                x += wd
            y -= 34
        c.setFont("Times-Italic", 9.5)
        paragraphs(c, 50, y - 22, 512, [
            "I hereby certify that this is a true and correct copy of the record of death on file in the Division of "
            "Vital Records, Pennsylvania Department of Health."], font="Times-Italic", size=9.5, leading=12)
        registrar_block(c, 330, y - 96, "State Registrar of Vital Records", issued, seed)
        embossed_seal(c, 150, y - 110, 46, "DEPARTMENT OF HEALTH * COMMONWEALTH OF PENNSYLVANIA * ", "SEAL")
        rubber_stamp(c, 380, 70, ["CERTIFIED COPY"], Color(0.55, 0.1, 0.15), angle=4, size=13)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawCentredString(W / 2, 46, "THIS CERTIFICATION IS NOT VALID UNLESS ON SECURITY PAPER WITH THE RAISED SEAL "
                                       "OF THE DEPARTMENT OF HEALTH")
        return []

    return Letter(Paper([page]), "death_certificate", d.died)


def death_cert_short(state: str, office: Sequence[str], d: Death, issued: dt.date, seed: int, tint: Color) -> Letter:
    """Layout B: a short-form certification, label and value in two columns inside an ornamental border."""

    def page(c: Canvas) -> list[Mark]:
        security_background(c, tint, seed, words=f"{state} VITAL RECORDS")
        c.setLineWidth(4)
        c.setStrokeColor(Color(tint.red * 0.5, tint.green * 0.5, tint.blue * 0.5))
        c.rect(40, 40, W - 80, H - 80, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.rect(48, 48, W - 96, H - 96, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 716, f"STATE OF {state}")
        c.setFont("Times-Roman", 10)
        yy = 702
        for ln in office:
            c.drawCentredString(W / 2, yy, ln)
            yy -= 12
        c.setFont("Times-Bold", 20)
        c.drawCentredString(W / 2, yy - 16, "CERTIFICATION OF DEATH")
        y = yy - 54
        facts = [("Name of Decedent", d.name.upper()), ("Date of Death", long_date(d.died)),
                 ("Place of Death", d.place), ("County of Death", d.county), ("Sex", d.sex),
                 ("Date of Birth", long_date(d.born)), ("Age", f"{d.age} years"), ("Birthplace", d.birthplace),
                 ("Social Security Number", "***-**-" + d.ssn[-4:]), ("Marital Status", d.marital),
                 ("Spouse", d.spouse), ("Residence", d.residence), ("Informant", d.informant),
                 ("Disposition", d.disposition), ("Funeral Director", d.funeral_home), ("Date Filed", mdy(d.filed)),
                 ("State File Number", d.file_no)]
        for k, v in facts:
            c.setFont("Times-Roman", 10.5)
            c.drawRightString(230, y, k + ":")
            c.setFont("Courier-Bold", 10.5)
            c.drawString(242, y, v)
            y -= 19
        paragraphs(c, 80, y - 14, W - 160, [
            f"This is a true certification of the facts of death as recorded in the office of vital statistics of "
            f"the State of {state.title()}. Issued under the authority of the State Registrar."],
            font="Times-Italic", size=9.5, leading=12)
        registrar_block(c, 340, y - 80, "State Registrar", issued, seed + 1)
        embossed_seal(c, 160, y - 96, 44, f"STATE OF {state} * VITAL STATISTICS * ", "SEAL")
        return []

    return Letter(Paper([page]), "death_certificate", d.died)


def death_cert_long(d: Death, issued: dt.date, seed: int) -> Letter:
    """Layout C: a long-form certificate of death in labelled bands (DECEDENT, PLACE OF DEATH, ...)."""

    def band(c: Canvas, y: float, title: str, cells: Sequence[tuple[str, str, float]]) -> float:
        c.setFillColor(Color(0.35, 0.2, 0.25))
        c.rect(44, y - 44, 16, 44, stroke=0, fill=1)
        c.saveState()
        c.translate(55, y - 22)
        c.rotate(90)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 5.5)
        c.drawCentredString(0, 0, title)
        c.restoreState()
        c.setFillColor(black)
        x = 60.0
        for cap, val, wd in cells:
            c.rect(x, y - 44, wd, 44, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, y - 8, cap)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 5, y - 30, val)
            x += wd
        return y - 44

    def page(c: Canvas) -> list[Mark]:
        security_background(c, Color(0.85, 0.65, 0.7), seed, words="MISSOURI BUREAU OF VITAL RECORDS")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(44, 738, "STATE OF MISSOURI")
        c.setFont("Helvetica", 8)
        c.drawString(44, 727, "DEPARTMENT OF HEALTH AND SENIOR SERVICES - BUREAU OF VITAL RECORDS")
        c.setFont("Helvetica-Bold", 17)
        c.drawRightString(568, 734, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 8)
        c.drawRightString(568, 722, f"STATE FILE NO. {d.file_no}")
        c.setLineWidth(0.6)
        first, *mid, last = d.name.split()
        y = 706.0
        y = band(c, y, "DECEDENT", [("1. FIRST", first.upper(), 130), ("MIDDLE", " ".join(mid).upper(), 110),
                                    ("LAST", last.upper(), 140), ("2. SEX", d.sex, 60),
                                    ("3. SSN", "XXX-XX-" + d.ssn[-4:], 84)])
        y = band(c, y, "DECEDENT", [("4. DATE OF BIRTH", mdy(d.born), 110), ("5. AGE", str(d.age), 60),
                                    ("6. BIRTHPLACE", d.birthplace, 180), ("7. MARITAL STATUS", d.marital, 174)])
        y = band(c, y, "RESIDENCE", [("8. RESIDENCE - STREET, CITY, STATE, ZIP", d.residence, 400),
                                     ("9. COUNTY", d.county, 124)])
        y = band(c, y, "DEATH", [("10. DATE OF DEATH", mdy(d.died), 120), ("11. PLACE OF DEATH", d.place, 404)])
        y = band(c, y, "FAMILY", [("12. SURVIVING SPOUSE", d.spouse, 250), ("13. INFORMANT / RELATIONSHIP",
                                                                            d.informant, 274)])
        y = band(c, y, "DISPOSITION", [("14. METHOD", d.disposition, 120), ("15. FUNERAL HOME", d.funeral_home,
                                                                           404)])
        y = band(c, y, "CERTIFIER", [("16. CERTIFIED BY", d.certifier, 300), ("17. DATE FILED BY REGISTRAR",
                                                                             mdy(d.filed), 224)])
        c.setFont("Helvetica-Oblique", 8.5)
        paragraphs(c, 44, y - 20, 524, [
            "This is to certify that this is a true and correct reproduction of the original record as recorded in "
            "this office. Any alteration or erasure voids this certificate."], font="Helvetica-Oblique", size=8.5,
            leading=11)
        registrar_block(c, 360, y - 86, "State Registrar - Missouri", issued, seed + 2)
        embossed_seal(c, 170, y - 100, 44, "BUREAU OF VITAL RECORDS * MISSOURI * ", "SEAL")
        rubber_stamp(c, 70, 60, ["CERTIFIED COPY", f"ISSUED {mdy(issued)}"], Color(0.15, 0.2, 0.5), angle=-3,
                     size=9)
        return []

    return Letter(Paper([page]), "death_certificate", d.died)


def court_caption(c: Canvas, court: Sequence[str], decedent: str, case_no: str, y: float) -> float:
    c.setFont("Times-Bold", 12)
    for ln in court:
        c.drawCentredString(W / 2, y, ln.upper())
        y -= 15
    y -= 12
    c.setFont("Times-Roman", 11.5)
    c.drawString(72, y, "IN THE MATTER OF THE ESTATE OF")
    c.drawString(72, y - 16, f"{decedent.upper()},")
    c.drawString(96, y - 32, "Deceased.")
    for i in range(4):
        c.drawString(320, y - 16 * i, ")")
    c.drawString(340, y - 8, f"Case No. {case_no}")
    c.line(72, y - 44, 318, y - 44)
    return y - 80


def letters_court(kind: str, court: Sequence[str], decedent: str, died: dt.date, case_no: str, rep: str,
                  role: str, issued: dt.date, judge: str, judge_title: str, clerk_title: str, seed: int,
                  efiled: str = "") -> Letter:
    """Letters of administration or letters testamentary issued by a probate court (type other)."""

    def page(c: Canvas) -> list[Mark]:
        if efiled:
            c.setFillColor(Color(0.1, 0.3, 0.6))
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(40, 770, efiled)
            c.setFillColor(black)
        y = court_caption(c, court, decedent, case_no, 730)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, y, kind.upper())
        y -= 30
        if kind.lower() == "letters testamentary":
            body = [f"The last will and testament of {decedent}, deceased, who died on {long_date(died)}, having been "
                    f"admitted to probate, and {rep} having been appointed {role} of the estate and having qualified "
                    "as required by law,",
                    f"NOW THEREFORE, {rep} is authorized to act as {role} of the estate of the decedent, to take "
                    "possession of the estate, collect its assets and pay its debts, and to do all acts authorized "
                    "by law, including to deal with real property of the decedent."]
        else:
            body = [f"{decedent}, late of this county, died intestate on {long_date(died)}. {rep}, the decedent's "
                    f"{role.split(' and ')[-1]}, having applied and having qualified as required by law, is appointed "
                    "administrator of the estate.",
                    f"These Letters authorize {rep} to collect and preserve the assets of the decedent, to deal with "
                    "the decedent's real property and mortgage lenders, and to do all acts authorized by law for the "
                    "administration of the estate."]
        y = paragraphs(c, 72, y, W - 144, body, size=11.5, leading=16)
        c.drawString(72, y - 4, f"WITNESS my hand and the seal of this Court on {long_date(issued)}.")
        y -= 70
        draw_signature_vector(c, Mark("sig", 330, y + 4, w=150, seed=seed))
        c.setLineWidth(0.5)
        c.line(320, y, 540, y)
        c.setFont("Times-Roman", 10.5)
        c.drawString(320, y - 13, judge)
        c.drawString(320, y - 26, judge_title)
        y -= 70
        c.setFont("Times-Bold", 10.5)
        c.drawString(72, y, "CERTIFICATE OF CLERK")
        y = paragraphs(c, 72, y - 16, W - 144, [
            f"I certify that the foregoing is a true copy of the {kind} issued in this case, that they have not been "
            "revoked, and that they remain in full force and effect on the date below."], size=10, leading=13)
        draw_signature_vector(c, Mark("sig", 330, y - 22, w=120, seed=seed + 3))
        c.line(320, y - 26, 540, y - 26)
        c.setFont("Times-Roman", 10)
        c.drawString(320, y - 38, f"{clerk_title}    Date: {mdy(issued)}")
        embossed_seal(c, 160, y - 40, 40, f"{court[-1].upper()} * SEAL * ", "COURT")
        return []

    return Letter(Paper([page]), "other", issued)


def affidavit_heirship(county: str, decedent: str, died: dt.date, address: str, affiant: str, relation: str,
                       heirs: Sequence[tuple[str, str]], signed: dt.date, notary: str, seed: int,
                       instrument: str) -> Letter:
    """A Texas affidavit of heirship, sworn before a notary and recorded by the county clerk (type other)."""

    def page(c: Canvas) -> list[Mark]:
        rubber_stamp(c, 380, 700, ["FILED AND RECORDED", f"{county.upper()} COUNTY CLERK",
                                   f"{mdy(signed + dt.timedelta(days=6))}  {instrument}"],
                     Color(0.2, 0.2, 0.55), angle=2, size=8)
        c.setFont("Times-Bold", 15)
        c.drawString(72, 690, "AFFIDAVIT OF HEIRSHIP")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 664, "THE STATE OF TEXAS")
        c.drawString(250, 664, "\u00a7")
        c.drawString(72, 648, f"COUNTY OF {county.upper()}")
        c.drawString(250, 648, "\u00a7")
        y = paragraphs(c, 72, 620, W - 144, [
            f"BEFORE ME, the undersigned notary, on this day personally appeared {affiant}, who, being first duly "
            "sworn, upon oath stated:",
            f"1. My name is {affiant}. I am the {relation} of {decedent} (the \"Decedent\") and I have personal "
            "knowledge of the facts stated in this affidavit.",
            f"2. The Decedent died on {long_date(died)}, a resident of {county} County, Texas. The Decedent's last "
            f"address was {address}. The Decedent left no will that has been probated.",
            "3. The Decedent's spouse predeceased the Decedent. The Decedent had the following children, and no "
            "others, who are the Decedent's only heirs at law:"], size=10.5, leading=13.5)
        for nm, addr in heirs:
            c.drawString(96, y, f"{nm}, {addr}")
            y -= 14
        y = paragraphs(c, 72, y - 6, W - 144, [
            "4. There are no unpaid debts of the estate other than the mortgage on the real property described "
            "above, and no administration of the estate is necessary."], size=10.5, leading=13.5)
        draw_signature_vector(c, Mark("sig", 330, y - 18, w=150, seed=seed))
        c.line(320, y - 22, 540, y - 22)
        c.setFont("Times-Roman", 10)
        c.drawString(320, y - 34, f"{affiant}, Affiant")
        y -= 70
        c.drawString(72, y, f"SUBSCRIBED AND SWORN TO BEFORE ME on {long_date(signed)}.")
        draw_signature_vector(c, Mark("sig", 330, y - 36, w=120, seed=seed + 9))
        c.line(320, y - 40, 540, y - 40)
        c.drawString(320, y - 52, f"{notary}, Notary Public, State of Texas")
        c.saveState()
        c.setStrokeColor(Color(0.1, 0.1, 0.1))
        c.rect(80, y - 90, 200, 56, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(180, y - 48, notary.upper())
        c.setFont("Helvetica", 7)
        c.drawCentredString(180, y - 60, "Notary Public, State of Texas")
        c.drawCentredString(180, y - 70, f"Comm. Expires {mdy(signed.replace(year=signed.year + 3))}")
        c.drawCentredString(180, y - 80, f"Notary ID {random.Random(seed).randrange(10**8, 10**9)}")
        c.restoreState()
        return []

    return Letter(Paper([page]), "other", signed)


def obituary_clipping(paper_name: str, page_line: str, name: str, born: dt.date, died: dt.date, town: str,
                      paras: Sequence[str], seed: int) -> Letter:
    """A newspaper obituary cut out in one narrow column with its photo and taped to a sheet for copying."""

    def page(c: Canvas) -> list[Mark]:
        col_x, col_w = 190.0, 232.0
        top = 700.0
        lines: list[tuple[str, str, float]] = []
        for para in paras:
            for ln in wrap(para, "Times-Roman", 9.5, col_w - 16):
                lines.append(("Times-Roman", ln, 11.2))
            lines.append(("", "", 4))
        height = 150 + 30 + sum(lead for _, _, lead in lines) + 20
        c.setFillColor(Color(0.97, 0.95, 0.89))
        c.rect(col_x, top - height, col_w, height + 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Roman", 7)
        c.drawString(col_x + 8, top + 18, paper_name.upper())
        c.drawRightString(col_x + col_w - 8, top + 18, page_line)
        c.setLineWidth(0.4)
        c.line(col_x + 8, top + 13, col_x + col_w - 8, top + 13)
        # the photo: a grey card with a head and shoulders
        c.setFillGray(0.72)
        c.rect(col_x + 56, top - 118, 120, 120, stroke=0, fill=1)
        c.setFillGray(0.35)
        c.circle(col_x + 116, top - 40, 24, stroke=0, fill=1)
        c.ellipse(col_x + 72, top - 118, col_x + 160, top - 70, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(col_x + col_w / 2, top - 138, name)
        c.setFont("Times-Italic", 9)
        c.drawCentredString(col_x + col_w / 2, top - 151, f"{long_date(born)} - {long_date(died)}")
        y = top - 172
        for font, ln, lead in lines:
            if ln:
                c.setFont(font, 9.5)
                c.drawString(col_x + 8, y, ln)
            y -= lead
        # strips of tape at the corners
        c.setFillColor(Color(0.93, 0.93, 0.85))
        for tx, ty in ((col_x - 14, top + 22), (col_x + col_w - 30, top - height - 8)):
            c.rect(tx, ty, 44, 14, stroke=0, fill=1)
        c.setFillColor(black)
        return []

    return Letter(Paper([page]), "obituary", died)


def obituary_web(site: str, url: str, printed: dt.datetime, name: str, born: dt.date, died: dt.date,
                 paras: Sequence[str], home: str) -> Letter:
    """An obituary printed from a newspaper's web site: the browser's header and footer lines, a guest book box."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(24, 776, printed.strftime("%m/%d/%y, %I:%M %p"))
        c.drawCentredString(W / 2, 776, f"{name} Obituary - {site}")
        c.drawString(24, 18, url)
        c.drawRightString(W - 24, 18, "1/1")
        c.setFillColor(Color(0.12, 0.12, 0.16))
        c.rect(40, 722, W - 80, 38, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 18)
        c.drawString(52, 735, site)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 52, 738, "News   Sports   Obituaries   Subscribe")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(52, 704, "Home  >  Obituaries  >  " + name)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(52, 676, name)
        c.setFont("Helvetica", 10)
        c.drawString(52, 660, f"{long_date(born)} - {long_date(died)}")
        c.setFillGray(0.8)
        c.rect(52, 520, 110, 128, stroke=0, fill=1)
        c.setFillColor(black)
        y = paragraphs(c, 178, 640, W - 230, paras[:1], font="Helvetica", size=10, leading=13)
        y = paragraphs(c, 52, min(y, 505), W - 104, paras[1:], font="Helvetica", size=10, leading=13)
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(52, y, f"Arrangements by {home}. Published {long_date(died + dt.timedelta(days=4))}.")
        c.setLineWidth(0.5)
        c.rect(52, y - 70, W - 104, 50, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y - 34, "Guest Book")
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y - 48, "Sign the guest book or send flowers to the family.")
        return []

    return Letter(Paper([page]), "obituary", died)


def funeral_statement(home: str, home_addr: str, decedent: str, died: dt.date, buyer: str, date: dt.date,
                      items: Sequence[tuple[str, float]]) -> Letter:
    """A funeral home's Statement of Funeral Goods and Services Selected (type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 742, home)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 730, home_addr)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 704, "STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED")
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, 676, f"Deceased: {decedent}")
        c.drawString(330, 676, f"Date of death: {mdy(died)}")
        c.drawString(72, 660, f"Purchaser: {buyer}")
        c.drawString(330, 660, f"Date: {mdy(date)}")
        y = 628
        c.setFont("Times-Bold", 10)
        c.drawString(72, y, "ITEM")
        c.drawRightString(540, y, "PRICE")
        c.line(72, y - 4, 540, y - 4)
        c.setFont("Times-Roman", 10.5)
        y -= 18
        for k, v in items:
            c.drawString(72, y, k)
            c.drawRightString(540, y, money(v))
            y -= 15
        c.line(400, y + 8, 540, y + 8)
        c.setFont("Times-Bold", 10.5)
        c.drawString(72, y - 4, "TOTAL")
        c.drawRightString(540, y - 4, money(r2(sum(v for _, v in items))))
        paragraphs(c, 72, y - 40, W - 144, [
            "Charges are only for those items that you selected or that are required. Payment is due within 30 days. "
            "Thank you for allowing us to serve your family."], size=9.5, leading=12)
        return []

    return Letter(Paper([page]), "other", date)


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "BATCH SEPARATOR")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Calloway Trust mailroom - place in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


# --- applications ------------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area
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
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    b_deceased: bool = False  # the borrower named on the form has died ("Deceased" written on the signature line)
    deceased: str = ""  # on the successor forms: the borrower on the note who died
    died: dt.date | None = None
    relation: str = ""
    title_by: str = ""  # will | heir | survivor | divorce | other
    whose: dict[str, str] = field(default_factory=dict)  # income code -> whose income (successor forms)
    mailing: str = ""
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_18": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "1,240.00"}
    if app.mailing:
        values["Text_7"] = app.mailing
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if type_dates:
        if app.b_dates and not app.b_deceased:
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


def form710_screen(app: App) -> bytes:
    """Typed on screen, signed with drawn strokes over the signature fields, the dates typed."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for i, page in enumerate(writer.pages):
        if i == 3:
            page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"ch710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed on a computer, printed, then signed and dated in ink and scanned or faxed. For a borrower who has
    died, the successor writes "Deceased" on the borrower's signature line and leaves the date empty."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "ch710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_deceased:
        marks[3].append(Mark("hand", 170, 350, "Deceased - see death certificate", size=12, seed=app.seed + 4))
    else:
        if app.b_signs:
            marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
        if app.b_dates:
            marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


def form4506c_screen(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over and signed on screen (fields flattened into the page)."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Bramblecote Verification Services"),
           (312, 506, "BVS-40718"), (420, 506, "BRAMBLE07"), (27, 484, "2200 Lakeshore Parkway"),
           (312, 484, "Wilmington"), (420, 484, "DE"), (474, 484, "19801"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (344, 168, mdy(signed_on)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, "ch4506c")


def xbox(c: Canvas, x: float, y: float, checked: bool, label: str, size: float = 8.0) -> float:
    """A printed box with its label after it; a typed X in it when checked. Returns the x after the label."""
    c.setLineWidth(0.6)
    c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
    if checked:
        c.setFont("Courier-Bold", 10)
        c.drawString(x + 1.1, y, "X")
    c.setFont("Helvetica", size)
    c.drawString(x + 12, y, label)
    return x + 12 + stringWidth(label, "Helvetica", size) + 12


def kb_cell(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str = "") -> None:
    c.setLineWidth(0.5)
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", 6.5)
    c.drawString(x + 3, y - 8, caption)
    if value:
        c.setFont("Courier", 10.5)
        c.drawString(x + 6, y - h + 6, value)


KB_REASONS = ("Unemployment - job loss", "Reduction in income or hours", "Higher housing costs (taxes, insurance)",
              "Disaster affecting the home or work", "Illness or disability of a borrower or dependent",
              "Divorce or legal separation", "Separation of unmarried co-owners",
              "Death of a borrower or wage earner", "Job transfer or relocation", "Other hardship")
KB_INCOME = ("Wages, salary, overtime, tips, bonuses, commissions", "Self-employment income",
             "Unemployment benefits", "Social Security, pension, survivor or disability benefits (taxable)",
             "Non-taxable Social Security, SSI or disability", "Rental income (rents less expenses but not mortgage)",
             "Investment or insurance income", "Other income (alimony, child support, other)")
TITLE_BY = (("will", "will / estate"), ("heir", "heir (no will)"), ("survivor", "surviving joint owner"),
            ("divorce", "divorce decree"), ("other", "other"))


def kestrel_form(app: App, ink: bool) -> Paper:
    """Kestrel Bay Home Loan Servicing's two-page successor-in-interest application (KB-SI2), typed on a computer;
    signed on screen (ink=False) or printed, signed and dated in ink (ink=True)."""

    def part(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(Color(0.13, 0.3, 0.4))
        c.rect(50, y - 14, 512, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y - 10, title)
        c.setFillColor(black)
        return y - 14

    def head(c: Canvas) -> None:
        c.setFillColor(Color(0.13, 0.3, 0.4))
        p = c.beginPath()
        p.moveTo(50, 736)
        p.lineTo(78, 752)
        p.lineTo(66, 736)
        p.lineTo(78, 722)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(86, 738, "KESTREL BAY")
        c.setFont("Helvetica", 7.5)
        c.drawString(86, 727, "HOME LOAN SERVICING")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 746, "Form KB-SI2 (rev. 08/2059)")
        c.drawRightString(562, 736, "Successor in Interest Unit - PO Box 8812, Annapolis, MD 21401")
        c.drawRightString(562, 726, "Fax (410) 555-0186 - successors@kestrelbay.example")

    def page1(c: Canvas) -> list[Mark]:
        head(c)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(50, 702, "MORTGAGE ASSISTANCE APPLICATION - SUCCESSOR IN INTEREST")
        y = paragraphs(c, 50, 689, 512, [
            "Use this form if you now own the home because a borrower on the loan died, or because a spouse, a "
            "parent or a divorce decree transferred the home to you. You are the BORROWER on this application: give "
            "your own name in Part B and sign in Part F. Tell us in Part A about the borrower on the note who died; "
            "we do not need that person's signature. Send the documents on our checklist with this form."],
            font="Helvetica", size=7.5, leading=9.5) + 4
        y = part(c, y, "PART A   THE LOAN AND THE BORROWER ON THE NOTE")
        kb_cell(c, 50, y, 150, 28, "A1  Loan number", app.loan)
        kb_cell(c, 200, y, 250, 28, "A2  Name of the borrower on the note who died", app.deceased)
        kb_cell(c, 450, y, 112, 28, "A3  Date of death", mdy(app.died) if app.died else "")
        y -= 28
        kb_cell(c, 50, y, 190, 30, "A4  Your relationship to that borrower", app.relation)
        kb_cell(c, 240, y, 322, 30, "A5  You own the home as")
        x = 246.0
        for key, label in TITLE_BY:
            x = xbox(c, x, y - 22, app.title_by == key, label, 7)
        y -= 38
        y = part(c, y, "PART B   YOU - THE BORROWER APPLYING (SUCCESSOR IN INTEREST)")
        kb_cell(c, 50, y, 340, 28, "B1  Borrower's full name", app.borrower)
        kb_cell(c, 390, y, 172, 28, "B2  Social Security number - last 4 digits", app.ssn[-4:])
        y -= 28
        kb_cell(c, 50, y, 170, 28, "B3  Phone", app.phone)
        kb_cell(c, 220, y, 342, 28, "B4  E-mail", app.email)
        y -= 28
        kb_cell(c, 50, y, 340, 28, "B5  Co-borrower applying with you (another successor), if any", app.co or "")
        kb_cell(c, 390, y, 172, 28, "B6  Co-borrower SSN - last 4 digits", (app.co_ssn or "")[-4:])
        y -= 28
        kb_cell(c, 50, y, 512, 28, "B7  Your mailing address, if it is not the property", app.mailing)
        y -= 36
        y = part(c, y, "PART C   THE PROPERTY")
        kb_cell(c, 50, y, 512, 28, "C1  Property street address", app.street)
        y -= 28
        kb_cell(c, 50, y, 240, 28, "C2  City", app.city)
        kb_cell(c, 290, y, 80, 28, "C3  State", app.state)
        kb_cell(c, 370, y, 192, 28, "C4  ZIP code", app.zip)
        y -= 28
        kb_cell(c, 50, y, 512, 30, "C5  Today the property is")
        x = 56.0
        for occ, label in zip(OCCUPANCIES, ("my home - primary residence", "a second home",
                                            "rented to others - investment property"), strict=True):
            x = xbox(c, x, y - 22, app.occupancy == occ, label, 7.5)
        y -= 38
        y = part(c, y, "PART D   HARDSHIP")
        kb_cell(c, 50, y, 200, 30, "D1  Date the hardship began (mm/dd/yyyy)", mdy(app.start))
        kb_cell(c, 250, y, 312, 30, "D2  The hardship is")
        x = 256.0
        for dur, label in (("short", "short-term (6 months or less)"), ("long", "long-term"),
                           ("resolved", "resolved")):
            x = xbox(c, x, y - 22, app.duration == dur, label, 7)
        y -= 30
        c.rect(50, y - 86, 512, 86, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(53, y - 8, "D3  Cause of the hardship - mark every box that applies")
        for i, reason in enumerate(KB_REASONS):
            col, row = divmod(i, 5)
            xbox(c, 58 + col * 255, y - 24 - row * 13, HARDSHIPS[i] in app.hardships, reason, 7.5)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "KB-SI2  -  page 1 of 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, 704, "Loan number")
        c.rect(110, 698, 130, 18, stroke=1, fill=0)
        c.setFont("Courier", 10.5)
        c.drawString(116, 703, app.loan)
        y = part(c, 686, "PART E   MONTHLY HOUSEHOLD INCOME BEFORE TAXES")
        cols = ((50, 30, "Line"), (80, 262, "Kind of income"), (342, 118, "Whose income"),
                (460, 102, "Amount a month"))
        c.setFont("Helvetica-Bold", 7)
        for x, wd, t in cols:
            c.rect(x, y - 14, wd, 14, stroke=1, fill=0)
            c.drawString(x + 3, y - 10, t)
        y -= 14
        rows = [(f"E{i + 1}", label, app.whose.get(k, ""), app.income.get(k, 0.0))
                for i, (k, label) in enumerate(zip(INCOMES, KB_INCOME, strict=True))]
        rows.append(("E9", "TOTAL of lines E1 through E8", "", app.total))
        for num, label, who, amount in rows:
            for x, wd, _ in cols:
                c.rect(x, y - 20, wd, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold" if num == "E9" else "Helvetica", 7.5)
            c.drawString(54, y - 13, num)
            c.drawString(84, y - 13, label)
            c.setFont("Courier", 9.5)
            c.drawString(346, y - 14, who if amount > 0 else "")
            c.setFont("Helvetica", 8)
            c.drawString(464, y - 14, "$")
            if amount > 0:
                c.setFont("Courier-Bold" if num == "E9" else "Courier", 10)
                c.drawRightString(556, y - 14, money(amount))
            y -= 20
        y -= 14
        y = part(c, y, "PART F   CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 50, y - 12, 512, [
            "I certify that the information in this application is true, that I am the owner of the property or the "
            "successor of a borrower on the note, and that the hardship I identified contributed to my need for "
            "mortgage relief. I agree to provide the documents Kestrel Bay asks for, I consent to a credit report, "
            "and I understand that knowingly false statements may violate federal law."],
            font="Helvetica", size=8, leading=10.5)
        marks: list[Mark] = []
        y -= 18
        people = [("Borrower (successor) signature", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            c.rect(50, y - 34, 360, 34, stroke=1, fill=0)
            c.rect(410, y - 34, 152, 34, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(53, y - 8, label)
            c.drawString(413, y - 8, "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 90, y - 30, w=200, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 420, y - 28, mdy(app.signed_on), size=12, seed=app.seed + 8 + k))
                else:
                    c.setFont("Courier", 10.5)
                    c.drawString(420, y - 27, mdy(app.signed_on))
            y -= 42
        c.setDash(2, 2)
        c.rect(50, y - 60, 512, 50, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(56, y - 20, "For Kestrel Bay use only:  successor confirmed [ ]   documents logged [ ]   "
                                 "reviewer ______")
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "KB-SI2  -  page 2 of 2")
        return marks

    return Paper([page1, page2])


CT_REASONS = ("Job loss", "Less income or fewer hours", "Higher taxes, insurance or dues",
              "Disaster (fire, flood, storm)", "Illness or disability in the family", "Divorce or separation",
              "Unmarried co-owner moved out", "A borrower or wage earner passed away", "Moved far away for work",
              "Something else (explain in your letter)")
CT_INCOME = ("Wages or salary (before taxes)", "Self-employment", "Unemployment benefits",
             "Social Security, pension or survivor benefits (taxable)",
             "Non-taxable Social Security / SSI / disability",
             "Rent you receive (less expenses except the mortgage)", "Investments or insurance payments",
             "Other (alimony, child support, other)")


def calloway_form(app: App, hand: bool) -> Paper:
    """Calloway Trust Mortgage Company's SURVIVING HOMEOWNER ASSISTANCE REQUEST (CT-90): numbered questions
    answered on underlines, printed choices to be CIRCLED. hand=True: filled in pen; hand=False: typed on a
    computer with the choices ringed on screen, then printed, signed and dated in ink."""

    def answer(c: Canvas, marks: list[Mark], x: float, y: float, text: str, k: int) -> None:
        if not text:
            return
        if hand:
            marks.append(Mark("hand", x + 4, y + 3, text, size=12.5, seed=app.seed * 100 + k))
        else:
            c.setFont("Courier-Bold", 10.5)
            c.drawString(x + 4, y + 3, text)

    def ring(c: Canvas, marks: list[Mark], x: float, y: float, w: float, k: int) -> None:
        if hand:
            marks.append(Mark("ring", x + w / 2, y + 3.5, w=w + 18, size=17, seed=app.seed * 50 + k))
        else:
            c.setLineWidth(0.9)
            c.ellipse(x - 5, y - 4.5, x + w + 5, y + 10.5, stroke=1, fill=0)

    def line(c: Canvas, x: float, y: float, label: str, w: float) -> float:
        c.setFont("Times-Roman", 10.5)
        c.drawString(x, y, label)
        lx = x + stringWidth(label, "Times-Roman", 10.5) + 4
        c.setLineWidth(0.5)
        c.line(lx, y - 2, lx + w, y - 2)
        return lx

    def head(c: Canvas, page: int) -> None:
        c.setFont("Times-Bold", 18)
        c.drawString(60, 738, "Calloway Trust")
        c.setFont("Times-Roman", 9)
        c.drawString(60, 726, "MORTGAGE COMPANY  -  Homeowner Assistance Center")
        c.drawString(60, 715, "400 Ridgely Avenue, Springfield, MO 65806  -  (417) 555-0162  -  fax (417) 555-0168")
        c.setFont("Times-Italic", 8.5)
        c.drawRightString(552, 738, "Form CT-90 (2060)")
        c.drawRightString(552, 727, f"Sheet {page} of 2")
        c.setLineWidth(1.4)
        c.line(60, 706, 552, 706)

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 1)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 684, "SURVIVING HOMEOWNER ASSISTANCE REQUEST")
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(W / 2, 670, "For a surviving spouse, family member or co-owner who is keeping the home "
                                        "after a borrower has passed away")
        c.setFont("Times-Roman", 9)
        c.drawString(60, 652, "Print clearly in ink and circle your answers where choices are printed. The person who "
                              "fills in this request is the")
        c.drawString(60, 641, "borrower for this request.")
        y = 614
        lx = line(c, 60, y, "1.  Loan number", 160)
        answer(c, marks, lx, y, app.loan, 1)
        y -= 28
        lx = line(c, 60, y, "2.  Your full name", 220)
        answer(c, marks, lx, y, app.borrower, 2)
        lx = line(c, 380, y, "3.  SSN, last 4", 60)
        answer(c, marks, lx, y, app.ssn[-4:], 3)
        y -= 28
        lx = line(c, 60, y, "4.  Your telephone", 150)
        answer(c, marks, lx, y, app.phone, 4)
        y -= 28
        lx = line(c, 60, y, "5.  Borrower or co-owner who passed away", 170)
        answer(c, marks, lx, y, app.deceased, 5)
        lx = line(c, 400, y, "Date", 100)
        answer(c, marks, lx, y, mdy(app.died) if app.died else "", 6)
        y -= 28
        lx = line(c, 60, y, "6.  Another person applying with you, if any", 160)
        answer(c, marks, lx, y, app.co or "", 7)
        lx = line(c, 420, y, "SSN, last 4", 60)
        answer(c, marks, lx, y, (app.co_ssn or "")[-4:], 8)
        y -= 28
        lx = line(c, 60, y, "7.  Property address: street", 300)
        answer(c, marks, lx, y, app.street, 9)
        y -= 24
        lx = line(c, 84, y, "city", 170)
        answer(c, marks, lx, y, app.city, 10)
        lx = line(c, 300, y, "state", 40)
        answer(c, marks, lx, y, app.state, 11)
        lx = line(c, 390, y, "ZIP", 80)
        answer(c, marks, lx, y, app.zip, 12)
        y -= 30
        c.setFont("Times-Roman", 10.5)
        c.drawString(60, y, "8.  Who lives in the property now? (circle one)")
        y -= 18
        x = 84.0
        for i, label in enumerate(("1  I do - it is my main home", "2  a second home", "3  tenants - rented out")):
            c.setFont("Times-Roman", 10)
            c.drawString(x, y, label)
            wd = stringWidth(label, "Times-Roman", 10)
            if OCCUPANCIES[i] == app.occupancy:
                ring(c, marks, x, y, wd, 13 + i)
            x += wd + 34
        y -= 30
        c.setFont("Times-Roman", 10.5)
        c.drawString(60, y, "9.  What caused your hardship? (circle every one that applies)")
        y -= 18
        for i, reason in enumerate(CT_REASONS):
            col, row = divmod(i, 5)
            xx, yy = 84 + col * 240, y - row * 19
            label = f"{'ABCDEFGHIJ'[i]}  {reason}"
            c.setFont("Times-Roman", 10)
            c.drawString(xx, yy, label)
            if HARDSHIPS[i] in app.hardships:
                ring(c, marks, xx, yy, stringWidth(label, "Times-Roman", 10), 20 + i)
        y -= 5 * 19 + 14
        lx = line(c, 60, y, "10.  When did the hardship start? (mm/dd/yyyy)", 110)
        answer(c, marks, lx, y, mdy(app.start), 31)
        y -= 30
        c.setFont("Times-Roman", 10.5)
        c.drawString(60, y, "11.  Do you expect it to last (circle one)")
        y -= 18
        x = 84.0
        for dur, label in (("short", "6 months or less"), ("long", "more than 6 months"), ("resolved", "it is over")):
            c.setFont("Times-Roman", 10)
            c.drawString(x, y, label)
            wd = stringWidth(label, "Times-Roman", 10)
            if app.duration == dur:
                ring(c, marks, x, y, wd, 32)
            x += wd + 40
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        head(c, 2)
        lx = line(c, 380, 684, "Loan no.", 110)
        answer(c, marks, lx, 684, app.loan, 40)
        c.setFont("Times-Roman", 10.5)
        c.drawString(60, 656, "12.  Monthly income of everyone applying, before taxes. Leave a line blank if it "
                              "does not apply.")
        y = 630
        for i, (k, label) in enumerate(zip(INCOMES, CT_INCOME, strict=True)):
            c.setFont("Times-Roman", 10)
            c.drawString(84, y, f"{'abcdefgh'[i]}.  {label}")
            c.drawString(420, y, "$")
            c.setLineWidth(0.5)
            c.line(430, y - 2, 540, y - 2)
            amount = app.income.get(k, 0.0)
            if amount > 0:
                answer(c, marks, 440, y, money(amount), 41 + i)
            y -= 22
        c.setFont("Times-Bold", 10.5)
        c.drawString(84, y, "TOTAL monthly income (a through h)")
        c.drawString(420, y, "$")
        c.line(430, y - 2, 540, y - 2)
        answer(c, marks, 440, y, money(app.total), 50)
        y -= 40
        c.setFont("Times-Roman", 10.5)
        c.drawString(60, y, "13.  Please sign. By signing I certify that what I wrote is true and that I am the owner "
                            "or a")
        c.drawString(84, y - 13, "successor of a borrower. I agree that Calloway Trust may obtain my credit report.")
        y -= 56
        people = [("Your signature", app.b_signs, app.b_dates, 0),
                  ("Co-borrower's signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            c.setFont("Times-Roman", 10.5)
            c.drawString(60, y, label)
            c.line(190, y - 2, 400, y - 2)
            c.drawString(410, y, "Date")
            c.line(440, y - 2, 540, y - 2)
            if signs:
                marks.append(Mark("sig", 200, y, w=170, seed=app.seed + k))
            if dates:
                marks.append(Mark("hand", 446, y + 1, mdy(app.signed_on), size=12, seed=app.seed + 60 + k))
            y -= 40
        c.setLineWidth(0.8)
        c.rect(60, y - 76, 492, 60, stroke=1, fill=0)
        c.setFont("Times-Bold", 9.5)
        c.drawString(68, y - 30, "Send with this request:")
        c.setFont("Times-Roman", 9.5)
        c.drawString(68, y - 44, "a copy of the death certificate or the obituary; proof of your income (pay stubs, "
                                 "benefit letters or two bank")
        c.drawString(68, y - 56, "statements); and a short letter in your own words about what happened.")
        return marks

    return Paper([page1, page2])


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    person: str = ""  # whose income a pay stub shows
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
    not_documents: set[tuple[str, int]] = field(default_factory=set)  # fax covers and separator sheets

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            else:
                self.not_documents |= {(rel, page + i) for i in range(n)}
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             fax_line: FaxLine | None = None) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            else:
                self.not_documents |= {(rel, len(sheets) + 1 + i) for i in range(len(pages))}
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style, fax_line)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date, person=s.person)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet, read as a careful processor reads it:
    - a borrower the form itself marks deceased (and whose death certificate is in the packet) owes no signature
      (Fannie Mae D2-2-05, domain-rules.md 2.1: every party must submit "unless deceased");
    - a pay stub documents the wages of the person it was paid to, so the final stub of a borrower who has died
      documents nobody's current wages."""
    if app is None:
        return ["application"]
    out: list[str] = []
    borrower_ok = (app.b_signs and app.b_dates) or app.b_deceased
    if not borrower_ok or (app.co and not app.co_signs):
        out.append("application_signature")
    answers = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
               "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
               "income": [v for v in app.income.values() if v > 0]}
    out += [f"application_field:{k}" for k, v in answers.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    living = {n.lower() for n in (app.borrower, app.co) if n} - ({app.borrower.lower()} if app.b_deceased else set())
    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None
             and d.person.lower() in living]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
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


WESTMARK = "Westmark Loan Servicing"


def packet_ch1(seed: int) -> Packet:
    """A widow's e-mailed folder: Form 710 on screen, her own stub, two survivor-benefit papers, a colour scan of the
    certified death certificate."""
    received = dt.date(2060, 3, 15)
    addr = ["418 Wexford Lane", "Altoona, PA 16602"]
    wh = Withholding(0.07, 0.0307, (("PSERS retirement", 96.56), ("Local earned income tax", 21.90)),
                     "PA income tax")
    stub = district_stub("Blair Ridge Area School District", "1200 Logan Boulevard, Altoona, PA 16602",
                         "Loretta J. Brannigan", "E-20417", "Paraprofessional - Learning Support",
                         dt.date(2060, 2, 27), 128.75, 10.0 + (seed % 3) * 0.5, wh)
    died = dt.date(2059, 12, 29)
    ssa = ssa_award("Loretta J. Brannigan", addr, dt.date(2060, 2, 10), "XXX-XX-6634D", "Desmond P. Brannigan",
                    1932.00, dt.date(2060, 1, 1))
    pension = pension_survivor("Allegheny Valley Electric Cooperative Retirement Plan",
                               "PO Box 310, Hollidaysburg, PA 16648  -  (814) 555-0120", "Loretta J. Brannigan", addr,
                               dt.date(2060, 1, 22), "Desmond P. Brannigan", died, 846.20, Color(0.85, 0.5, 0.1))
    death = Death("Desmond Patrick Brannigan", "Male", dt.date(2001, 6, 2), died, "951-20-6634",
                  "Johnstown, Pennsylvania", "418 Wexford Lane, Altoona, PA 16602", "Blair",
                  "Altoona Regional Hospital, Altoona", "Married", "Loretta J. Brannigan",
                  "Loretta J. Brannigan, wife", "Burial", "Kessler & Daughters Funeral Home", "M. Okafor, M.D.",
                  dt.date(2060, 1, 6), "2059-118834")
    cert = death_cert_pa(death, dt.date(2060, 1, 15), seed + 11)
    app = App("0508817342", "Loretta J. Brannigan", "951-44-2817", "418 Wexford Lane", "Altoona", "PA", "16602",
              "(814) 555-0143", "loretta.brannigan@example.net", "primary_residence", ["death"], died, "long",
              {"wages": stub.monthly, "benefits_taxable": r2(1932.00 + 846.20)}, dt.date(2060, 3, 10),
              seed=seed + 10)
    p = Packet("ch1", received, app, [])
    folder = app.loan
    on = dt.date(2060, 3, 9)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, WESTMARK, [
        "My husband Desmond died on December 29 after a heart attack at work. He was a lineman for the electric "
        "cooperative and his pay was most of our income. We had both signed the mortgage, and I am now the only "
        "owner of the house.",
        "I work as a classroom aide for the school district. Social Security now pays me a widow's benefit and "
        "Desmond's pension plan pays me a survivor annuity, but together with my pay it is about two thirds of "
        "what we had. I fell behind in February.",
        "I would like to keep the house we raised our children in. Please review me for a modification."],
        ink=False, seed=seed)
    p.pdf(f"{folder}/Brannigan - Form 710 signed.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{folder}/Pay statement 2-27-2060.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{folder}/SSA notice of award.pdf", paper_pdf(ssa.paper), (letter_doc(ssa), 1))
    p.pdf(f"{folder}/AVEC pension survivor letter.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    style = Scan(dpi=300, tilt=0.35, blur=0.5, noise=0.0003, color=True)
    p.scan(f"{folder}/Death certificate (certified copy).pdf",
           [(letter_doc(cert), scan_paper(cert.paper, style, seed + 101))], style)
    p.pdf(f"{folder}/Letter to Westmark.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_ch2(seed: int) -> Packet:
    """An adult son who inherited his mother's house: Kestrel Bay's successor form on screen, his stubs, the
    letters of administration and the funeral home's statement - but no death certificate and no obituary."""
    received = dt.date(2060, 4, 19)
    addr = ["77 Lantern Hill Road", "Dover, DE 19901"]
    wh = Withholding(0.09, 0.045, (("ATU Local dues", 28.40), ("Medical - employee share", 64.15)),
                     "Delaware income tax")
    stubs = [corp_stub("Delmarva Regional Transit Authority", "900 Transit Way, Dover, DE 19904", "Terrence A. Oduya",
                       "DR-30871", "Bus Operations", d, 26.85, 80.0, wh, dt.date(2060, 1, 9), Color(0.1, 0.35, 0.6),
                       extras=("Overtime",)) for d in (dt.date(2060, 4, 2), dt.date(2060, 4, 16))]
    died = dt.date(2059, 11, 3)
    app = App("3391045826", "Terrence A. Oduya", "966-31-5527", "77 Lantern Hill Road", "Dover", "DE", "19901",
              "(302) 555-0191", "t.oduya@example.com", "primary_residence", ["death"], died, "long",
              {"wages": stubs[-1].monthly}, dt.date(2060, 4, 12), deceased="Beatrice N. Oduya", died=died,
              relation="Son (only child)", title_by="heir", whose={"wages": "Terrence A. Oduya"}, seed=seed + 20)
    p = Packet("ch2", received, app, ["hardship_doc:death"])
    loan = app.loan
    letters = letters_court("Letters of Administration", ["Office of the Register of Wills",
                                                          "In and for Kent County, Delaware"],
                            "Beatrice N. Oduya", died, "K-59-1187", "Terrence A. Oduya", "administrator and son",
                            dt.date(2059, 12, 18), "Hon. Carla M. Whitby", "Register of Wills", "Deputy Register",
                            seed + 21)
    funeral = funeral_statement("Hollis-Wade Funeral Home", "412 South Governors Avenue, Dover, DE 19904  -  "
                                "(302) 555-0150", "Beatrice N. Oduya", died, "Terrence A. Oduya",
                                dt.date(2059, 11, 6),
                                [("Basic services of funeral director and staff", 2395.00),
                                 ("Transfer of remains to funeral home", 425.00), ("Embalming", 895.00),
                                 ("Use of facilities for viewing", 650.00), ("Hearse", 395.00),
                                 ("Casket - 18 gauge steel, silver", 2850.00), ("Memorial folders (100)", 140.00),
                                 ("Certified copies of death certificate (6)", 150.00)])
    on = dt.date(2060, 4, 12)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Kestrel Bay Home Loan Servicing", [
        "My mother, Beatrice Oduya, passed away on November 3, 2059. She was the only borrower on this loan. I am "
        "her only child and the administrator of her estate, and I have lived in the house with her for the last "
        "six years. The Register of Wills' letters naming me administrator are enclosed.",
        "My mother's pension and Social Security paid the mortgage. Those stopped when she died, and on my pay as "
        "a bus operator I cannot make the full payment and the estate's bills. The certified copies of her death "
        "certificate went to the banks and the insurance company; I have ordered another copy for you.",
        "I want to keep my mother's house and ask to be considered for a modification."], ink=False, seed=seed)
    style = Scan(dpi=240, tilt=0.45, blur=0.55, noise=0.0006)
    p.pdf(f"{loan}_KB-SI2_application.pdf", paper_pdf(kestrel_form(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.scan(f"{loan}_letters_of_administration.pdf", [(letter_doc(letters), scan_paper(letters.paper, style,
                                                                                         seed + 201))], style)
    p.scan(f"{loan}_funeral_home.pdf", [(letter_doc(funeral), scan_paper(funeral.paper, style, seed + 202))], style)
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_ch3(seed: int) -> Packet:
    """A probate attorney's fax: Form 710 naming the late husband as borrower ("Deceased" on his signature line)
    and the widow as co-borrower, the letters testamentary, the death certificate, the widow's benefit letter."""
    received = dt.date(2060, 5, 17)
    addr = ["2290 Copley Ridge Drive", "Akron, OH 44321"]
    died = dt.date(2060, 3, 21)
    ssa = ssa_verification("Philippa R. Kettering", addr, dt.date(2060, 4, 28), 2214.00, dt.date(2060, 4, 1))
    app = App("7046628153", "Ambrose T. Kettering", "963-55-1042", "2290 Copley Ridge Drive", "Akron", "OH", "44321",
              "(330) 555-0124", "", "primary_residence", ["death"], died, "long",
              {"benefits_taxable": 2214.00}, dt.date(2060, 5, 12), co="Philippa R. Kettering",
              co_ssn="963-71-8820", b_signs=False, b_dates=False, b_deceased=True, seed=seed + 30)
    p = Packet("ch3", received, app, [])
    death = Death("Ambrose Thaddeus Kettering", "Male", dt.date(1998, 9, 14), died, "963-55-1042", "Canton, Ohio",
                  "2290 Copley Ridge Drive, Akron, OH 44321", "Summit", "Summit Valley Medical Center, Akron",
                  "Married", "Philippa R. Kettering", "Philippa R. Kettering, wife", "Cremation",
                  "Billow-Hart Funeral Home", "R. Anand, M.D.", dt.date(2060, 3, 26), "2060-021577")
    cert = death_cert_short("OHIO", ["DEPARTMENT OF HEALTH", "OFFICE OF VITAL STATISTICS"], death,
                            dt.date(2060, 3, 30), seed + 31, Color(0.55, 0.68, 0.85))
    letters = letters_court("Letters Testamentary", ["In the Court of Common Pleas, Probate Division",
                                                     "Summit County, Ohio"], "Ambrose T. Kettering", died,
                            "2060 ES 00412", "Philippa R. Kettering", "executrix", dt.date(2060, 4, 9),
                            "Hon. Lucinda M. Varga", "Probate Judge", "Deputy Clerk", seed + 32)
    firm = "Whitcomb & Farrell LLP"
    sub = ["One Cascade Plaza, Suite 1410, Akron, Ohio 44308", "Telephone (330) 555-0140  -  Facsimile (330) 555-0147"]
    encl = ["Mortgage Assistance Application (Form 710), signed by Mrs. Kettering",
            "Letters Testamentary, Summit County Probate Court, Case No. 2060 ES 00412",
            "Certification of Death of Ambrose T. Kettering", "Social Security Benefit Verification Letter",
            "Mrs. Kettering's letter describing her hardship"]
    trans = attorney_transmittal(firm, sub, received, [WESTMARK, "Loss Mitigation - Successor in Interest",
                                                       "PO Box 4410, Columbus, OH 43216"], app.loan,
                                 "Philippa R. Kettering", "Ambrose T. Kettering", encl, "Nathaniel B. Whitcomb, Esq.",
                                 seed + 33)
    on = dt.date(2060, 5, 10)
    hl = hardship_letter("Philippa R. Kettering", None, addr, app.loan, on, WESTMARK, [
        "My husband Ambrose died on March 21 after a long illness. He was the borrower on our mortgage and his "
        "salary as a plant engineer paid it. I have not worked outside our home for many years.",
        "I now live on the survivors benefit Social Security pays me. Our attorney is settling the estate, and I am "
        "the executrix and the owner of the house. I fell two payments behind while Ambrose was in the hospital.",
        "I am asking for a modification so that I can keep our home."], ink=True, seed=seed + 34)
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0005, fax=True)
    parts: list[tuple[Doc | None, list[ScannedPage]]] = [
        (letter_doc(trans), scan_paper(trans.paper, style, seed + 301)),
        (app_doc(), form710_ink(app, style, seed + 302)),
        (letter_doc(letters), scan_paper(letters.paper, style, seed + 303)),
        (letter_doc(cert), scan_paper(cert.paper, style, seed + 304)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 305)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 306))]
    total = 1 + sum(len(s) for _, s in parts)
    cover = law_fax_cover(firm, sub, "Westmark Loan Servicing - Loss Mitigation", "(614) 555-0190",
                          "N. Whitcomb / D. Pruitt, paralegal", "(330) 555-0147", received, total,
                          f"Loan {app.loan} - Estate of Ambrose T. Kettering")
    fl = FaxLine(dt.datetime(2060, 5, 17, 14, 12), "WHITCOMB FARRELL LLP", "3305550147", "16145550190", total)
    p.scan("FAX_20600517_141205.pdf", [(None, scan_paper(cover, style, seed + 300)), *parts], style, fl)
    return p


def packet_ch4(seed: int) -> Packet:
    """A widow's one grey scan: Calloway's form typed and signed in ink, her letter, her late husband's FINAL pay
    stub, the life insurer's lump-sum letter and the newspaper obituary - her own wages undocumented."""
    received = dt.date(2060, 6, 21)
    addr = ["1506 Birchmont Avenue", "Saginaw, MI 48602"]
    died = dt.date(2060, 4, 18)
    wh = Withholding(0.10, 0.0425, (("Union dues", 41.00), ("Medical/dental", 118.30)), "Michigan income tax")
    final = corp_stub("Great Lakes Gypsum Company", "2400 Carrollton Road, Saginaw, MI 48604", "Calvin W. Pettigrew",
                      "GL-11804", "Board Line - Maintenance", dt.date(2060, 4, 23), 31.40, 80.0, wh,
                      dt.date(2060, 1, 2), Color(0.4, 0.4, 0.4), final=(72.0, 56.0), extras=("Overtime",))
    insurer = life_claim("Meridian Shield Life Insurance Company", "Group Life Claims  -  PO Box 55012, Hartford, CT "
                         "06155  -  (860) 555-0109", "Rosalind E. Pettigrew", addr, dt.date(2060, 5, 28),
                         "Calvin W. Pettigrew", "GL-20077-0731", 62480.55, "Great Lakes Gypsum Company")
    obit = obituary_clipping("The Saginaw Valley Sentinel", "Wednesday, April 21, 2060  -  B5", "Calvin W. Pettigrew",
                             dt.date(2002, 8, 30), died, "Saginaw", [
                                 "Calvin Wayne Pettigrew, 57, of Saginaw, died unexpectedly at home on Sunday, "
                                 "April 18, 2060.",
                                 "Cal worked thirty-one years at Great Lakes Gypsum, where he kept the board line "
                                 "running through every shift change. He coached Little League for twenty summers "
                                 "and never missed a Tigers home opener.",
                                 "He is survived by his wife of 34 years, Rosalind; his daughters Kiara (Marcus) "
                                 "Bell and Simone Pettigrew; and four grandchildren.",
                                 "Visitation Friday 4-8 p.m. at Deckard Funeral Home; funeral Saturday at 11 a.m. "
                                 "at Second Baptist Church."], seed + 41)
    app = App("2288140597", "Rosalind E. Pettigrew", "974-28-6651", "1506 Birchmont Avenue", "Saginaw", "MI", "48602",
              "(989) 555-0117", "", "primary_residence", ["death"], died, "long", {"wages": 2340.00},
              dt.date(2060, 6, 14), deceased="Calvin W. Pettigrew", died=died, seed=seed + 40)
    p = Packet("ch4", received, app, ["income_doc:wages"])
    on = dt.date(2060, 6, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Calloway Trust Mortgage Company", [
        "My husband Calvin passed away suddenly on April 18. He worked at the gypsum plant for thirty-one years and "
        "his paycheck paid our mortgage. I am enclosing Calvin's last pay stub from the plant, the letter from the "
        "life insurance company and his obituary.",
        "The insurance money went to the funeral and to pay off the car and our credit cards. I work part time at "
        "Hollis Family Dental, about $2,340 a month, and I will send my own pay stubs as soon as the office gives "
        "me copies.",
        "I want to stay in our home. Please tell me what I can do to lower the payment."], ink=True, seed=seed + 42)
    style = Scan(dpi=300, tilt=0.25, blur=0.65, noise=0.0004)
    p.scan(f"Pettigrew {app.loan}.pdf", [
        (app_doc(), scan_paper(calloway_form(app, hand=False), style, seed + 401)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 402)),
        (stub_doc(final), scan_paper(final.paper, style, seed + 403)),
        (letter_doc(insurer), scan_paper(insurer.paper, style, seed + 404)),
        (letter_doc(obit), scan_paper(obit.paper, style, seed + 405))], style)
    return p


def packet_ch5(seed: int) -> Packet:
    """Two adult children who inherited their father's house: Form 710 on screen naming the daughter as borrower
    and her brother as co-borrower - he has not signed. Affidavit of heirship (grey scan), web obituary."""
    received = dt.date(2060, 7, 20)
    addr = ["3108 Hawthorne Road", "Waco, TX 76710"]
    died = dt.date(2060, 2, 8)
    wh = Withholding(0.08, 0.0, (("Medical plan", 71.20), ("401(k) savings", 71.68)))
    stubs = [corp_stub("Brazos Valley Clinical Laboratories", "4100 Lake Shore Drive, Waco, TX 76710",
                       "Annika S. Lindqvist", "BV-5520", "Specimen Processing", d, 22.40, 80.0, wh,
                       dt.date(2060, 1, 9), Color(0.45, 0.2, 0.55), extras=("Shift differential",))
             for d in (dt.date(2060, 6, 25), dt.date(2060, 7, 9))]
    app = App("5617390244", "Annika S. Lindqvist", "985-40-1733", "3108 Hawthorne Road", "Waco", "TX", "76710",
              "(254) 555-0168", "annika.lindqvist@example.com", "primary_residence", ["death"], died, "long",
              {"wages": stubs[-1].monthly}, dt.date(2060, 7, 12), co="Erik J. Lindqvist", co_ssn="985-40-2290",
              co_signs=False, seed=seed + 50)
    p = Packet("ch5", received, app, ["application_signature"])
    heir = affidavit_heirship("McLennan", "Gunnar H. Lindqvist", died, "3108 Hawthorne Road, Waco, Texas 76710",
                              "Annika S. Lindqvist", "daughter",
                              [("Annika S. Lindqvist", "3108 Hawthorne Road, Waco, Texas 76710"),
                               ("Erik J. Lindqvist", "1840 Juniper Court, Fort Collins, Colorado 80521")],
                              dt.date(2060, 5, 4), "Marisela T. Guerra", seed + 51, "Instr. 2060014417")
    obit = obituary_web("Central Texas Courier",
                        "https://www.centraltexascourier.example/obituaries/gunnar-lindqvist-2060",
                        dt.datetime(2060, 7, 11, 20, 14), "Gunnar H. Lindqvist", dt.date(1970, 11, 23), died, [
                            "Gunnar Henrik Lindqvist, 89, of Waco, passed away peacefully on February 8, 2060, at "
                            "home, with his daughter at his side.",
                            "Born in Minneapolis, Gunnar came to Texas as a young engineer with the highway "
                            "department and built bridges across Central Texas for thirty-eight years. He was "
                            "preceded in death by his wife of fifty years, Ingrid.",
                            "He is survived by his daughter Annika Lindqvist of Waco and his son Erik Lindqvist of "
                            "Fort Collins, Colorado.",
                            "A service of remembrance will be held at First Lutheran Church on February 14."],
                        "Grayson & Pike Funeral Directors")
    on = dt.date(2060, 7, 12)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, WESTMARK, [
        "Our father, Gunnar Lindqvist, died on February 8. He was the only borrower on this loan and paid it from "
        "his pension and Social Security, which ended with his death. My brother Erik and I inherited the house "
        "together; the affidavit of heirship recorded with the county is enclosed.",
        "I moved in with Dad three years ago to care for him and I still live here. On my laboratory pay alone the "
        "payment is more than I can manage. Erik lives in Colorado; he has the application and will sign it and "
        "send it to you separately.",
        "We want to keep the house in the family and ask you to review us for a modification."], ink=False,
        seed=seed)
    loan = app.loan
    p.pdf(f"Lindqvist_{loan}_Form710.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"Lindqvist_{loan}_paystub_{s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    style = Scan(dpi=240, tilt=0.55, blur=0.6, noise=0.0005)
    p.scan(f"Lindqvist_{loan}_affidavit_of_heirship.pdf", [(letter_doc(heir), scan_paper(heir.paper, style,
                                                                                         seed + 501))], style)
    p.pdf(f"Lindqvist_{loan}_obituary.pdf", paper_pdf(obit.paper, creator="Chromium"), (letter_doc(obit), 1))
    p.pdf(f"Lindqvist_{loan}_letter.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_ch6(seed: int) -> Packet:
    """A widower's packet in ONE grey scan behind a barcode separator: Calloway's form filled in pen, his letter,
    the long-form death certificate, his weekly grocery stubs and his late wife's pension plan's survivor letter."""
    received = dt.date(2060, 8, 16)
    addr = ["905 Pruett Street", "Joplin, MO 64801"]
    died = dt.date(2060, 5, 30)
    wh = Withholding(0.07, 0.047, (("UFCW dues", 9.50),), "Missouri income tax")
    stubs = [grocer_stub("Fairway Greens Market #114", "2800 East 32nd Street, Joplin, MO 64804", "Wendell R. Ashby",
                         "114-20931", "Produce", d, 18.65, 38.0, wh) for d in (dt.date(2060, 7, 30),
                                                                                dt.date(2060, 8, 6))]
    pension = pension_survivor("Show-Me Public Employees Retirement Fund",
                               "3100 Truman Boulevard, Jefferson City, MO 65109  -  (573) 555-0131",
                               "Wendell R. Ashby", addr, dt.date(2060, 7, 2), "Marjorie L. Ashby", died, 1116.40,
                               Color(0.1, 0.4, 0.25))
    death = Death("Marjorie Louise Ashby", "Female", dt.date(2003, 3, 11), died, "938-62-7015", "Carthage, Missouri",
                  "905 Pruett Street, Joplin, MO 64801", "Jasper", "Four States Regional Medical Center, Joplin",
                  "Married", "Wendell R. Ashby", "Wendell R. Ashby, husband", "Burial",
                  "Parker & Sons Funeral Chapel", "L. Whitfield, D.O.", dt.date(2060, 6, 4), "2060-018832")
    cert = death_cert_long(death, dt.date(2060, 6, 10), seed + 61)
    app = App("6120493387", "Wendell R. Ashby", "938-62-4471", "905 Pruett Street", "Joplin", "MO", "64801",
              "(417) 555-0139", "", "primary_residence", ["death"], died, "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1116.40}, dt.date(2060, 8, 9),
              deceased="Marjorie L. Ashby", died=died, seed=seed + 60)
    p = Packet("ch6", received, app, [])
    on = dt.date(2060, 8, 9)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Calloway Trust Mortgage Company", [
        "My wife Marjorie passed away on May 30 after a stroke. She managed the cafeteria at Eastmoor Elementary "
        "for twenty-two years and her paycheck was the larger one. We were both on the loan.",
        "I work in the produce department at Fairway Greens. Her retirement fund now pays me a survivor benefit, "
        "which is less than half of what she earned, and the hospital bills took our savings.",
        "I am 63 and this is the only home I have. I am asking Calloway Trust to lower my payment."], ink=True,
        seed=seed + 62)
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0006)
    p.scan("scan_20600816_0930.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 600)),
        (app_doc(), scan_paper(calloway_form(app, hand=True), style, seed + 601)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 602)),
        (letter_doc(cert), scan_paper(cert.paper, style, seed + 603)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 604)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 605)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 606))], style)
    return p


def packet_ch7(seed: int) -> Packet:
    """A widow's loose copier scans: Form 710 printed and signed in ink, her Social Security award - 132 days old -,
    the life insurer's letter, the clipped obituary and her signed letter. No bank statements."""
    received = dt.date(2060, 9, 20)
    addr = ["64 Sparrow Hill Lane", "Florence, AL 35630"]
    died = dt.date(2060, 3, 2)
    ssa = ssa_award("Geraldine F. Mabry", addr, dt.date(2060, 5, 11), "XXX-XX-3391D", "Otis L. Mabry", 1688.00,
                    dt.date(2060, 4, 1))
    insurer = life_claim("Heritage Cotton Mutual Life", "Claims Service Center  -  PO Box 2290, Montgomery, AL 36102",
                         "Geraldine F. Mabry", addr, dt.date(2060, 4, 20), "Otis L. Mabry", "HC-0048812", 15071.23,
                         None)
    obit = obituary_clipping("The Shoals Evening Ledger", "Friday, March 5, 2060  -  A9", "Otis L. Mabry",
                             dt.date(1996, 1, 17), died, "Florence", [
                                 "Otis Lee Mabry, 64, of Florence, went home to be with the Lord on Tuesday, "
                                 "March 2, 2060, at Eliza Coffee Hospital.",
                                 "Otis drove a truck for Tri-River Freight for forty years and was a deacon at "
                                 "Greater Shiloh Missionary Baptist Church, where he sang bass in the men's choir.",
                                 "He leaves to cherish his memory his wife of forty-one years, Geraldine; a son, "
                                 "Darnell; a daughter, Tamika Mabry-Fields; and six grandchildren.",
                                 "Services will be held Saturday at 1 p.m. at the church, with burial at Tri-Cities "
                                 "Memorial Gardens. Keller Brothers Funeral Home is in charge."], seed + 71)
    app = App("0937281604", "Geraldine F. Mabry", "947-83-2056", "64 Sparrow Hill Lane", "Florence", "AL", "35630",
              "(256) 555-0172", "gmabry56@example.net", "primary_residence", ["death"], died, "long",
              {"benefits_taxable": 1688.00}, dt.date(2060, 9, 13), seed=seed + 70)
    p = Packet("ch7", received, app, ["income_doc:benefits_taxable"])
    on = dt.date(2060, 9, 13)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, WESTMARK, [
        "My husband Otis died on March 2. He drove a truck until the week he went into the hospital, and his pay "
        "was our living. Social Security has put me on a widow's benefit of $1,688 a month, which is all the income "
        "I have now.",
        "The life insurance paid for the funeral and the hospital. I have tried to keep up the "
        "house payment but I am three months behind.",
        "I have lived in this house for thirty years. Please help me keep it."], ink=True, seed=seed + 72)
    style = Scan(dpi=240, tilt=0.3, blur=0.6, noise=0.0007)
    names = [f"KM_C250i_20600917_{i:04d}.pdf" for i in range(1, 6)]
    p.scan(names[0], [(app_doc(), form710_ink(app, style, seed + 701))], style)
    p.scan(names[1], [(letter_doc(hl), scan_paper(hl.paper, style, seed + 702))], style)
    p.scan(names[2], [(letter_doc(ssa), scan_paper(ssa.paper, style, seed + 703))], style)
    p.scan(names[3], [(letter_doc(obit), scan_paper(obit.paper, style, seed + 704))], style)
    p.scan(names[4], [(letter_doc(insurer), scan_paper(insurer.paper, style, seed + 705))], style)
    return p


def packet_ch8(seed: int) -> Packet:
    """An heir who rents out the house he inherited: Kestrel Bay's form printed and signed in ink (grey scan),
    the death certificate (grey scan), e-filed letters of administration, two e-statements, a signed 4506-C."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2060, 10, 18)
    mail = ["219 Harbourton Road", "Pennington, NJ 08534"]
    died = dt.date(2060, 1, 14)
    pay = 1842.16
    s1 = raritan_statement(rng, "Dominic V. Ferraro", mail, "4410298813", 2060, 8, 3118.40,
                           [(6, "MERCER CNTY PAYROLL DIR DEP", pay), (3, "MOBILE DEPOSIT RENT 46 CHAMBERS", 1650.00),
                            (20, "MERCER CNTY PAYROLL DIR DEP", pay)])
    s2 = raritan_statement(rng, "Dominic V. Ferraro", mail, "4410298813", 2060, 9, s1.fields["ending_balance"],
                           [(2, "MOBILE DEPOSIT RENT 46 CHAMBERS", 1650.00), (3, "MERCER CNTY PAYROLL DIR DEP", pay),
                            (17, "MERCER CNTY PAYROLL DIR DEP", pay)])
    app = App("8815506273", "Dominic V. Ferraro", "912-57-3308", "46 Chambers Street", "Trenton", "NJ", "08609",
              "(609) 555-0155", "dferraro@example.com", "investment_property", ["death"], died, "long",
              {"wages": 5150.00, "rental": 1150.00}, dt.date(2060, 10, 8), deceased="Salvatore J. Ferraro",
              died=died, relation="Son - administrator of the estate", title_by="heir",
              whose={"wages": "Dominic V. Ferraro", "rental": "Dominic V. Ferraro"},
              mailing="219 Harbourton Road, Pennington, NJ 08534", seed=seed + 80)
    p = Packet("ch8", received, app, [])
    death = Death("Salvatore Joseph Ferraro", "Male", dt.date(1984, 7, 19), died, "912-57-1146",
                  "Trenton, New Jersey", "46 Chambers Street, Trenton, NJ 08609", "Mercer",
                  "Delaware Valley Hospice House, Hamilton", "Widowed", "Teresa M. Ferraro (predeceased)",
                  "Dominic V. Ferraro, son", "Entombment", "Carlucci Memorial Home", "J. Abernathy-Cole, M.D.",
                  dt.date(2060, 1, 19), "2060-000771")
    cert = death_cert_short("NEW JERSEY", ["DEPARTMENT OF HEALTH", "OFFICE OF VITAL STATISTICS AND REGISTRY"], death,
                            dt.date(2060, 1, 27), seed + 81, Color(0.85, 0.78, 0.6))
    letters = letters_court("Letters of Administration", ["Superior Court of New Jersey",
                                                          "Surrogate's Court of Mercer County"],
                            "Salvatore J. Ferraro", died, "2060-0311", "Dominic V. Ferraro", "administrator and son",
                            dt.date(2060, 2, 24), "Hon. Renata L. Castellano", "Surrogate of Mercer County",
                            "Deputy Surrogate", seed + 82,
                            efiled="ELECTRONICALLY ISSUED - MERCER COUNTY SURROGATE'S COURT - 02/24/2060 10:14 AM - "
                                   "DOCKET 2060-0311")
    t4506 = form4506c_screen("Dominic", "V", "Ferraro", "912-57-3308", "219 Harbourton Road", "Pennington", "NJ",
                             "08534", "Kestrel Bay Home Loan Servicing", "(410) 555-0180", dt.date(2060, 10, 8),
                             "(609) 555-0155", seed + 83)
    on = dt.date(2060, 10, 8)
    hl = hardship_letter(app.borrower, None, mail, app.loan, on, "Kestrel Bay Home Loan Servicing", [
        "My father, Salvatore Ferraro, died on January 14. He was the only borrower on the loan for his house at "
        "46 Chambers Street. I am his only surviving child and the administrator of his estate, and under the "
        "Surrogate's letters the house is now mine.",
        "I own my own home in Pennington, so in May I rented my father's house to a family. The rent is $1,650 a "
        "month; after taxes, insurance and repairs about $1,150 of it is left toward the mortgage, and the payment "
        "fell four months behind during his illness and the months it took to settle the estate.",
        "I would like to keep the house and ask Kestrel Bay to review me for a modification. My bank statements "
        "show my pay and the rent."], ink=False, seed=seed)
    style = Scan(dpi=300, tilt=0.2, blur=0.6, noise=0.0004)
    p.scan(f"KestrelBay_SI2_{app.loan}.pdf", [(app_doc(), scan_paper(kestrel_form(app, ink=True), style,
                                                                    seed + 801))], style)
    p.scan("Ferraro death certificate.pdf", [(letter_doc(cert), scan_paper(cert.paper, style, seed + 802))], style)
    p.pdf("Letters of Administration - Estate of Salvatore Ferraro.pdf", paper_pdf(letters.paper),
          (letter_doc(letters), 1))
    p.pdf("eStatement_2060-08.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf("eStatement_2060-09.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    p.pdf("4506-C signed.pdf", t4506, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2060-10-08"},
                                           dt.date(2060, 10, 8), signed=True), 1))
    p.pdf("hardship letter Ferraro.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ch1, packet_ch2, packet_ch3, packet_ch4, packet_ch5, packet_ch6,
                                             packet_ch7, packet_ch8]
FIELDS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                       "gross_current", "gross_ytd", "net_current", "monthly_gross"},
          "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                             "ending_balance"},
          "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
          "hardship_letter": {"letter_date"}, "irs_form_4506c": {"signed", "signed_on"}}


def check_packet(p: Packet) -> list[str]:
    """Build-time checks that need the packet's own facts (not only its expected.json)."""
    problems: list[str] = []
    app = p.app
    if app.b_deceased and not any(d.type == "death_certificate" for d in p.docs):
        problems.append(f"{p.name}: a deceased borrower without a death certificate in the packet")
    for d in p.docs:
        if d.date is not None and d.date > p.received:
            problems.append(f"{p.name}: {d.type} dated after the packet arrived")
        if d.type in ("pay_stub", "bank_statement", "benefit_award_letter") and d.date is not None:
            age = (p.received - d.date).days
            if abs(age - FRESH_DAYS) < 5:
                problems.append(f"{p.name}: {d.type} {age} days old, too near the 90-day edge")
    if app.signed_on > p.received or app.start > app.signed_on:
        problems.append(f"{p.name}: application dates")
    return problems


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and field names."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    app_keys = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != app_keys:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and co_borrower_signed disagree")
        if app["signed"] and app["signed_on"] is None:
            problems.append(f"{name}: signed without a date")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate document ids")
        if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
            problems.append(f"{name}: not exactly one application")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            want = FIELDS.get(doc["type"], set())
            if set(doc["fields"]) != want and not (doc["type"] in LETTER_TYPES and set(doc["fields"]) == want):
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
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
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None \
                        and dt.date.fromisoformat(v) > received:
                    problems.append(f"{name}: {doc['id']}.{k} after the received date")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
        for path in sorted((exp_path.parent / "inbox").rglob("*.pdf")):
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            n = len(PdfReader(path).pages)
            unlisted = [i for i in range(1, n + 1) if (rel, i) not in seen]
            if unlisted and not (len(unlisted) == 1 and unlisted[0] == 1):
                problems.append(f"{name}: pages {unlisted} of {rel} belong to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ch1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        problems += check_packet(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
