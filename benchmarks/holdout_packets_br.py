"""Holdout set br (br1..br8): PACKETS ASSEMBLED BY A DOCUMENT-MANAGEMENT SYSTEM and exported as
ONE merged PDF per borrower (br8: two). Written blind: only shared/spec (all files), shared/samples (packets,
expected.json, README), shared/reference/README.md and the blank Form 710 and Form 4506-C it names,
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold (holdout_packets_af.py)
in full and the MODULE DOCSTRINGS ONLY of the other holdout sets were read - never the service's code (src/), its
.yaml data files, other tests, the project README or the git history - and the service was never run on these
packets, so they measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_br.py OUT_DIR [--seed N] [--check] [--only br1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
tests/sample_compare.compare (benchmarks/sample_accuracy.py --samples OUT_DIR) scores them. Each packet is one batch,
processed with `--received-on <received_on>`; the received dates are Tuesdays in 2047. The seed changes amounts, pay
histories, transactions, noise and pen strokes, never names, dates or the truth (the missing codes).

THE TWO SYSTEMS. Every page of an export is SHRUNK to 94 % and ENDORSED by the system:
- Harbor Crest Housing Alliance (a HUD-approved housing counseling agency in Norfolk, VA), "CounselTrack 9.4": a navy
  HEADER BAND across the top of every page ("HARBOR CREST HOUSING ALLIANCE" | "Client ID: C-47-0883" | "Exported
  mm/dd/yyyy | Page n of N" in white), a BATES NUMBER bottom right ("HCA-004512"), "CounselTrack 9.4 - confidential
  client record" bottom left, and a small QR block in the right margin under the band whose code reads
  "HCA-004512 C-47-0883 P3/9" (NOT a loan number: it is no separator).
- Bayline Federal Credit Union's loan officers, "LoanDesk DMS 2047.1": a brick-red band ("BAYLINE FEDERAL CREDIT UNION
  - MORTGAGE SERVICES" | "Member no.: 448812" | "Exported ... | Page n of N"), Bates "BFCU-001207", and a small Code
  128 barcode bottom left reading "BFCU001207".
On born-digital pages the endorsement is vector text over the page; on SCANNED pages it is BURNED INTO THE IMAGE (as
systems do for TIFF productions), so those pages stay image-only with no text layer. Every export starts with an
INDEX page: the organisation, "INDEX OF DOCUMENTS", a facts block (Client ID / Member no., Borrower, Servicer loan no.,
Exported, Pages in this export, Bates range) and a table "# | Document | Dated | Pages | Source" giving each
document's page range in the export ("2-5") and "uploaded" or "scanned". The index is neither a separator sheet nor
a fax cover, so expected.json LISTS IT as a one-page document of type `other`. Some exports put a BARCODE COVER
SHEET before every document ("DOCUMENT COVER SHEET", the system's name, the document's title in capitals, the
borrower and its page count, and a big code reading `LOAN <number>` - Code 128 about 4.2 in wide in br3 and br7, a
QR code 2.2 in square in br4 - with "LOAN <number>" printed under it): by the spec these ARE separator sheets and are
not listed. Every export carries PDF BOOKMARKS, one per document (cover sheets have none), in br5, br6 and br8 some
NAME THE WRONG DOCUMENT (a VA letter bookmarked "Pay stub", a bank statement "Pay stub (2)", the decree "Hardship
letter", the letter "Divorce decree", an "other" hardship letter "Pension letter"): the truth follows the pages.
LANDSCAPE papers (the warehouse stub, the counselor's budget spreadsheet) are TURNED 90 degrees onto portrait export
pages (text runs bottom to top; born-digital in br1, scanned in br6). Page sizes are MIXED: legal-size credit union
statements (8.5 x 14 in, br3 and br7), A4 letters typed in a word processor (br2, br4), letter elsewhere. Some
pages were scanned at 150 dpi, JPEG quality 32, blurred and speckled before import (br2's stubs, br7's stub,
br8's pension letter), and one born-digital page was PRINTED AFTER STAMPING AND RE-SCANNED at 150 dpi (br4's second
stub: band, Bates and QR degraded with it; it is image-only). In br2 one stub page was EXPORTED TWICE BY MISTAKE
(pages 4 and 5 are the same image): expected.json lists each copy as its own pay_stub document with the same fields
(both stale, so the truth of the checklist does not depend on it). Other scans: 300, 240 or 200 dpi grey JPEG,
tilted 0.25-0.4 degrees, a little blurred and speckled.

APPLICATIONS (mortgage_assistance_application).
- The real Form 710 (April 2023) filled through its AcroForm and FLATTENED by the system (pdfium print flattening:
  the answers are page text, no fields remain), signed on screen with drawn strokes and the date typed (br1; br7
  signed by both borrowers); or printed flattened, signed and dated in INK and scanned (br3 at 300 dpi, br5 at 200
  dpi with the hardship-date line LEFT BLANK).
- Harbor Crest's "MORTGAGE ASSISTANCE REQUEST - Client intake summary" (two pages, printed by CounselTrack from the
  counseling intake and signed by the borrowers as their application): navy word mark and address, a line "Prepared
  by <counselor>, housing counselor, from the intake session of <date>", numbered navy section bands (1. LOAN AND
  BORROWERS, 2. PROPERTY, 3. HARDSHIP, 4. MONTHLY HOUSEHOLD INCOME, 5. CERTIFICATION AND SIGNATURES), answers in white
  cells beside grey label cells ("Servicer loan number", "Borrower", "SSN last 4", "Co-borrower" or "none",
  "Occupancy: Owner-occupied principal residence"), the hardships as a two-column list of "[X] Reduction in income"
  / "[ ] ..." in Courier, "Hardship began (date)", "Expected duration", the income as a table Source | Monthly amount
  ("-" for none) with a "Total monthly household income" row, and borrower / co-borrower signature and "Date signed"
  lines - signed on screen with the date typed (br2, br6) or in ink and scanned (br4 at 240 dpi: the co-borrower
  named on it never signed; br8 at 300 dpi).

OTHER PAPERS.
- Pay stubs: Elkhorn Distribution Center's LANDSCAPE bi-weekly "EARNINGS STATEMENT" laid out like a spreadsheet (a
  grey lettered column header A..G, numbered rows, label/value pairs, Earnings | Hours | Rate | Current | YTD beside
  Deductions | Current | YTD, boxed "Gross pay" and "Net pay" rows with Current and YTD); a school district's portrait
  semi-monthly "STATEMENT OF EARNINGS AND DEDUCTIONS" (maroon band, a boxed facts block, EARNINGS and DEDUCTIONS boxes
  side by side with CURRENT / YTD, a grey TOTAL GROSS / NET PAY strip); a restaurant's weekly Courier check stub on the
  top third of the page with a dashed perforation and a voided check below. Every YTD figure is the sum of that
  year's checks (asserted when built); monthly_gross = current gross x periods a year / 12.
- Bank statements: Tidewater Community Credit Union, one LEGAL page (four summary cells, POSTED | TRANSACTION | AMOUNT
  | BALANCE register with signed amounts); Chesapeake Fidelity Bank, two letter pages (a grey summary column at the
  left of page 1, "Page n of 2", daily balances). Running balances are re-derived.
- Letters: borrowers' typed hardship letters (sender block at the top right, A4 in br2 and br4); a municipal
  retirement system's pension verification (benefits_taxable; stale in br8); a VA benefit summary letter
  (benefits_nontaxable); a physician's statement (medical_statement); a circuit court's FINAL DECREE OF DIVORCE and a
  newspaper obituary clipping (listed with no fields, as in the samples); a signed quarterly profit and loss
  statement; page 1 of a Form 1040 for 2046 as tax software prints it; page 1 of the real IRS Form 4506-C typed over,
  signed on screen (br3, br6) or LEFT UNSIGNED (br7); the counselor's landscape household budget worksheet (other).

PACKETS.
- br1 COMPLETE. HCA, "HCA_Export_C-47-0883_20470318.pdf" loose (the loan number only inside); index, flattened Form
  710, two turned landscape stubs, hardship letter (reduction in income needs none), turned budget sheet; no covers.
- br2 INCOMPLETE income_doc:wages. HCA, "<loan>/CounselTrack_export.pdf"; intake summary on screen, the two
  semi-monthly stubs of November 2046 (more than 90 days before 2047-03-12) scanned at 150 dpi, the second exported
  twice, an A4 hardship letter. No bank statements.
- br3 COMPLETE. LoanDesk, "BFCU_LoanDesk_448812.pdf", Code 128 covers; self-employed: Form 710 inked at 300 dpi,
  March and April legal-size statements scanned (consecutive, fresh), signed P&L, 2046 Form 1040, signed 4506-C,
  hardship letter in ink (a disaster needs no paper).
- br4 INCOMPLETE application_signature. HCA, "<loan>_HCA_submission.pdf", QR covers; intake summary inked, the
  co-borrower's signature and date empty; two weekly stubs (the second re-scanned after stamping), the co-borrower's
  pension letter, A4 hardship letter.
- br5 INCOMPLETE application_field:hardship_start_date. LoanDesk, "<loan>/LoanDesk_Export_BFCU-000531.pdf"; Form 710
  inked at 200 dpi with the hardship date blank; a semi-monthly stub, VA letter (bookmarked "Pay stub"), scanned
  physician's statement (covers the illness).
- br6 COMPLETE. HCA, "<loan>/CounselTrack_export_C-47-1187.pdf"; divorce, wages and rent: intake summary on screen,
  the landscape stub scanned and turned, June and July two-page statements showing the rent, the scanned decree,
  hardship letter, signed 4506-C, budget sheet; three wrong bookmarks.
- br7 INCOMPLETE irs_form_4506c. LoanDesk, "Brightwater <loan> loss mit package.pdf", Code 128 covers; rent claimed,
  Form 710 flattened and signed by both, a 150 dpi stub, July and August legal statements, the obituary (covers the
  death), and a 4506-C in the export that nobody signed (fields signed false, signed_on null).
- br8 INCOMPLETE income_doc:benefits_taxable. HCA, TWO exports "<loan> part 1 of 2.pdf" (index, inked intake summary,
  hardship letter explaining the "other" hardship) and "<loan> part 2 of 2.pdf" (its own index, Bates continuing):
  a fresh stub, the pension letter dated 2047-05-02 (stale on 2047-10-22) and ONE September statement only.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and must give each scenario's codes. `--check` validates every expected.json (keys,
codes, dates on weekdays, that every listed page exists, that `scanned` matches the absence of a text layer, the
income total), that every expected field and application answer is printed on the document's content pages, and
decodes every page's barcodes: the pages reading `LOAN <loan>` must be exactly the unlisted cover sheets and every
page (but the low-resolution re-scans) must carry its system's page code. Every file is the same bytes for a seed.
All people, employers, banks, agencies and servicers are fictional; SSNs use the 900-999 area, and every page carries a
faint "synthetic test document" line.
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
import pypdfium2.raw as pdfium_c
import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, landscape, legal, letter
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
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


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
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_br")
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_pdf(papers: Sequence[Paper]) -> bytes:
    """Several born-digital papers in one file (a borrower's combined upload)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            apply_screen_marks(c, fn(c))
            synth_line(c, paper.size)
            c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    seed: int = 1
    quality: int = 78  # JPEG quality of the stored image


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


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_br"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()




@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours or visits, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so histories change with --seed but not between stubs."""
    return random.Random(rng.getstate()[1][0]).randrange(10**6)


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    out = []
    if frequency == "monthly":
        for month in range(1, current.month + 1):
            nxt = dt.date(current.year + (month == 12), month % 12 + 1, 1)
            out.append(nxt - dt.timedelta(days=1))
        return [d for d in out if d <= current]
    step = 7 if frequency == "weekly" else 14
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        out["State income tax"] = r2(gross * self.state)
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

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def cell(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str, cap_size: float = 6.0,
         val_font: tuple[str, float] = ("Helvetica", 9)) -> None:
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", cap_size)
    c.drawString(x + 3, y + h - cap_size - 2, caption)
    c.setFont(*val_font)
    c.drawString(x + 3, y + 4, value)




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


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("MORTGAGE PAYMENT - PARTIAL", 0), ("KROGER #0412 POS", 1), ("CITY UTILITIES AUTOPAY", 0),
              ("SHELL OIL 5510 POS", 1), ("VERIZON WIRELESS", 0), ("WALGREENS #9921 POS", 1),
              ("STATE FARM INS", 0), ("ATM WITHDRAWAL", 1), ("DOLLAR GENERAL POS", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(20, 140) if small else rng.uniform(90, 420))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out




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




def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = ()) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11)
                c.drawString(300, y, v)
                y -= 15
            y -= 12
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


# --- applications ----------------------------------------------------------------------------------------------


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
    start: dt.date | None
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
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


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
        "Date_1": mdy(app.start) if app.start else "",
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "850.00"}
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



def form4506c_screen(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date | None, phone: str, seed: int,
                     year: int = 2047) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over (fields flattened into the page) and, when signed_on is
    given, signed on screen with drawn strokes and the date typed; otherwise the signature block stays empty."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Halyard Income Verification LLC"),
           (312, 506, "HIV-22817"), (420, 506, "HALYARD01"), (27, 484, "400 Commerce Way"),
           (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    if signed_on is not None:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    if signed_on is not None:
        draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"br4506c{seed}")




# --- pay stubs (three layouts) ------------------------------------------------------------------------------


def semimonthly_dates(year: int, current: dt.date) -> list[dt.date]:
    """The 15th and the last day of every month of the year up to the current pay date."""
    out = []
    for month in range(1, 13):
        _, last = month_bounds(year, month)
        out += [dt.date(year, month, 15), last]
    return [d for d in out if d <= current]


def history(dates: Sequence[dt.date], make: Callable[[dt.date], dict[str, tuple[float, float, float]]]) -> list[Check]:
    return [Check(d, make(d)) for d in dates]


def assert_ytd(checks: Sequence[Check], ytd: dict[str, float]) -> None:
    """--check's pay rule: the year-to-date gross printed is the sum of the year's checks."""
    assert abs(ytd["GROSS"] - r2(sum(ch.gross for ch in checks))) < 0.005, "YTD gross"
    assert abs(ytd["NET"] - r2(ytd["GROSS"] - sum(v for k, v in ytd.items() if k not in ("GROSS", "NET")
                                                     and k not in checks[-1].lines))) < 0.02, "YTD net"


def warehouse_stub(rng: random.Random, employer: str, address: str, employee: str, emp_no: str, pay_date: dt.date,
                   rate: float, wh: Withholding) -> Stub:
    """A distribution centre's LANDSCAPE bi-weekly earnings statement laid out like a spreadsheet grid."""
    key = rng_key(rng)

    def make(d: dt.date) -> dict[str, tuple[float, float, float]]:
        rr = random.Random(f"{emp_no}{d}{key}")
        reg = 80.0
        ot = rr.choice([0.0, 4.0, 6.5, 9.0, 12.0])
        shift = rr.choice([0.0, 40.0, 80.0])
        lines = {"Regular": (reg, rate, r2(reg * rate)), "Overtime 1.5x": (ot, r2(rate * 1.5), r2(ot * rate * 1.5))}
        lines["Shift premium"] = (shift, 1.10, r2(shift * 1.10))
        return lines

    checks = history(pay_dates(dt.date(pay_date.year, 1, 4) + dt.timedelta(days=(pay_date - dt.date(
        pay_date.year, 1, 4)).days % 14), pay_date, "biweekly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    assert_ytd(checks, ytd)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    size = landscape(letter)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFont("Helvetica-Bold", 14)
        c.drawString(36, ph - 48, employer)
        c.setFont("Helvetica", 8)
        c.drawString(36, ph - 60, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(pw - 36, ph - 48, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(pw - 36, ph - 60, "Bi-weekly payroll  -  keep for your records")
        grid_x = [36, 96, 260, 340, 420, 500, 580, 660, pw - 36]
        heads = ["", "A", "B", "C", "D", "E", "F", "G"]
        y0 = ph - 84
        c.setLineWidth(0.4)
        c.setFillGray(0.85)
        c.rect(36, y0, pw - 72, 14, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        for i, hd in enumerate(heads):
            c.drawCentredString((grid_x[i] + grid_x[i + 1]) / 2, y0 + 4, hd)
        info = [("Employee", employee, "Emp #", emp_no, "Pay date", mdy(pay_date), "Frequency", "Biweekly"),
                ("Period start", mdy(start), "Period end", mdy(end), "Dept", "Inbound 2", "Check #",
                 f"{pay_date.strftime('%y%m%d')}07")]
        y = y0
        row = 1
        for r in info:
            y -= 15
            c.setFont("Helvetica", 7)
            c.drawCentredString(66, y + 4, str(row))
            for i, val in enumerate(r):  # label / value pairs; the employee's name gets a wide cell
                x = (99, 150, 300, 345, 440, 490, 600, 650)[i]
                c.setFont("Helvetica-Bold" if i % 2 == 0 else "Helvetica", 8)
                c.drawString(x, y + 4, val)
            row += 1
        y -= 8
        cols = ["Earnings", "Hours", "Rate", "Current", "YTD", "Deductions", "Current", "YTD"]
        y -= 15
        c.setFillGray(0.92)
        c.rect(96, y, pw - 132, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for i, t in enumerate(cols):
            c.drawString(grid_x[i + 1] + 3, y + 4, t)
        c.setFont("Helvetica", 7)
        c.drawCentredString(66, y + 4, str(row + 1))
        taxes = list(wh.taxes(ch.gross).items()) + list(wh.deductions)
        earn = list(ch.lines.items())
        for k in range(max(len(earn), len(taxes))):
            y -= 15
            c.setFont("Helvetica", 7)
            c.drawCentredString(66, y + 4, str(row + 2 + k))
            c.setFont("Helvetica", 8.5)
            if k < len(earn):
                lab, (hrs, rt, amt) = earn[k]
                c.drawString(grid_x[1] + 3, y + 4, lab)
                c.drawRightString(grid_x[3] - 4, y + 4, f"{hrs:.2f}")
                c.drawRightString(grid_x[4] - 4, y + 4, f"{rt:.4f}")
                c.drawRightString(grid_x[5] - 4, y + 4, money(amt))
                c.drawRightString(grid_x[6] - 4, y + 4, money(ytd[lab]))
            if k < len(taxes):
                lab2, v = taxes[k]
                c.drawString(grid_x[6] + 3, y + 4, lab2.replace("income tax", "tax"))
                c.drawRightString(grid_x[8] - 70, y + 4, money(v))
                c.drawRightString(grid_x[8] - 4, y + 4, money(ytd[lab2]))
        y -= 22
        c.setFont("Helvetica-Bold", 9)
        tot = [("Gross pay", ch.gross, ytd["GROSS"]), ("Net pay", net, ytd["NET"])]
        for lab, cur, yy in tot:
            c.rect(96, y - 2, 484, 15, stroke=1, fill=0)
            c.drawString(grid_x[1] + 3, y + 3, lab)
            c.drawString(grid_x[4] + 3, y + 3, "Current")
            c.drawRightString(grid_x[5] - 4, y + 3, money(cur))
            c.drawString(grid_x[5] + 3, y + 3, "YTD")
            c.drawRightString(grid_x[7] - 84, y + 3, money(yy))
            y -= 17
        for gx in (grid_x[0], grid_x[1], grid_x[-1]):
            c.line(gx, y0 + 14, gx, y0 - 30)
        c.setFont("Helvetica", 7.5)
        c.drawString(36, 60, "Net pay was deposited to your account on the pay date. Questions: payroll@example.com")
        return []

    fields = stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net)
    return Stub(Paper([page], size), fields, pay_date)


def district_stub(employer: str, address: str, employee: str, emp_no: str, position: str, pay_date: dt.date,
                  salary_half: float, stipend: float, wh: Withholding) -> Stub:
    """A school district's portrait semi-monthly "Statement of Earnings and Deductions" in two boxed columns."""
    checks = history(semimonthly_dates(pay_date.year, pay_date),
                     lambda d: {"Base salary": (0.0, 0.0, salary_half),
                                "Coaching stipend": (0.0, 0.0, stipend if d.month in (1, 2, 3, 9, 10, 11) else 0.0)})
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    assert_ytd(checks, ytd)
    start = pay_date.replace(day=1 if pay_date.day == 15 else 16)
    end = pay_date
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.12, 0.12))
        c.rect(50, 718, 512, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 14)
        c.drawString(60, 728, employer.upper())
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(50, 706, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 682, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setLineWidth(0.6)
        c.rect(50, 590, 512, 80, stroke=1, fill=0)
        rows = [("Employee name", employee), ("Employee number", emp_no), ("Position", position),
                ("Pay frequency", "Semi-monthly (24 pays a year)")]
        rows2 = [("Pay period", f"{mdy(start)} - {mdy(end)}"), ("Pay date", mdy(pay_date)),
                 ("Fiscal year", f"{pay_date.year}"), ("Direct deposit", "Yes")]
        for i, ((a, b), (d, e)) in enumerate(zip(rows, rows2, strict=True)):
            y = 652 - i * 17
            c.setFont("Helvetica", 7.5)
            c.drawString(58, y, a.upper())
            c.drawString(318, y, d.upper())
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(150, y, b)
            c.drawString(400, y, e)
        for x, title, items in ((50, "EARNINGS", [(k, v[2], ytd[k]) for k, v in ch.lines.items()]),
                                (310, "DEDUCTIONS", [(k, v, ytd[k]) for k, v in
                                                     list(wh.taxes(ch.gross).items()) + list(wh.deductions)])):
            c.rect(x, 380, 252, 196, stroke=1, fill=0)
            c.setFillGray(0.88)
            c.rect(x, 558, 252, 18, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 6, 564, title)
            c.drawRightString(x + 180, 564, "CURRENT")
            c.drawRightString(x + 246, 564, "YTD")
            c.setFont("Helvetica", 8.5)
            y = 542
            for k, cur, yy in items:
                c.drawString(x + 6, y, k)
                c.drawRightString(x + 180, y, money(cur))
                c.drawRightString(x + 246, y, money(yy))
                y -= 14
        c.setFillGray(0.93)
        c.rect(50, 320, 512, 46, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        for i, (lab, cur, yy) in enumerate((("TOTAL GROSS", ch.gross, ytd["GROSS"]), ("NET PAY", net, ytd["NET"]))):
            x = 60 + i * 256
            c.drawString(x, 350, lab)
            c.setFont("Helvetica", 8.5)
            c.drawString(x, 334, f"This period {money(cur)}")
            c.drawString(x + 120, 334, f"YTD {money(yy)}")
            c.setFont("Helvetica-Bold", 9)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 300, "Leave balances: sick 11.50 days, personal 2.00 days. This is not a check.")
        return []

    fields = stub_fields(employer, employee, ch, start, end, "semimonthly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date)


def diner_stub(rng: random.Random, employer: str, address: str, employee: str, pay_date: dt.date, rate: float,
               hours: float, tips_avg: float, wh: Withholding) -> Stub:
    """A restaurant's weekly check stub: the stub in the top third, a perforation, the (voided) check below."""
    key = rng_key(rng)

    def make(d: dt.date) -> dict[str, tuple[float, float, float]]:
        rr = random.Random(f"{employee}{d}{key}")
        h = r2(hours + rr.choice([-4.0, -2.5, 0.0, 1.5, 3.0]))
        tips = r2(tips_avg * rr.uniform(0.8, 1.2))
        return {"Hourly": (h, rate, r2(h * rate)), "Tips reported": (0.0, 0.0, tips)}

    first = dt.date(pay_date.year, 1, 1) + dt.timedelta(days=(pay_date.weekday() - dt.date(pay_date.year, 1, 1)
                                                              .weekday()) % 7)
    checks = history(pay_dates(first, pay_date, "weekly"), make)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    assert_ytd(checks, ytd)
    end = pay_date - dt.timedelta(days=3)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier-Bold", 11)
        c.drawString(50, 748, employer.upper())
        c.setFont("Courier", 8.5)
        c.drawString(50, 737, address)
        c.drawRightString(562, 748, "EMPLOYEE PAY STUB - WEEKLY")
        c.drawString(50, 718, f"EMPLOYEE: {employee}")
        c.drawString(50, 707, f"WEEK: {mdy(start)} TO {mdy(end)}")
        c.drawString(330, 718, f"PAY DATE: {mdy(pay_date)}")
        c.drawString(330, 707, "PAID WEEKLY")
        c.line(50, 700, 562, 700)
        c.drawString(50, 690, f"{'DESCRIPTION':<18}{'HRS':>7}{'RATE':>9}{'CURRENT':>12}{'YTD':>12}")
        y = 678
        for k, (h, rt, amt) in ch.lines.items():
            hs = f"{h:.2f}" if h else ""
            rs = f"{rt:.2f}" if rt else ""
            c.drawString(50, y, f"{k:<18}{hs:>7}{rs:>9}{money(amt):>12}{money(ytd[k]):>12}")
            y -= 11
        c.drawString(50, y, f"{'GROSS':<34}{money(ch.gross):>12}{money(ytd['GROSS']):>12}")
        y -= 15
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, f"{k.upper():<34}{money(v):>12}{money(ytd[k]):>12}")
            y -= 11
        c.drawString(50, y - 4, f"{'NET PAY':<34}{money(net):>12}{money(ytd['NET']):>12}")
        c.setDash(2, 3)
        c.line(30, 520, 582, 520)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawString(40, 524, "DETACH AND RETAIN THIS STATEMENT")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 490, employer)
        c.setFont("Helvetica", 9)
        c.drawRightString(552, 490, f"DATE {mdy(pay_date)}")
        c.drawString(60, 450, f"PAY TO THE ORDER OF  {employee}")
        c.drawRightString(552, 450, f"$ {money(net)}")
        c.setFont("Helvetica-Bold", 28)
        c.setFillGray(0.8)
        c.drawCentredString(W / 2, 405, "NON-NEGOTIABLE  VOID")
        c.setFillColor(black)
        return []

    fields = stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date)


# --- bank statements (two layouts) ----------------------------------------------------------------------------


def statement_lines(rng: random.Random, year: int, month: int, begin: float,
                    credits: Sequence[tuple[int, str, float]]) -> tuple[dt.date, dt.date, list[Any], float]:
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    ending = r2(begin + sum(a for _, _, a in lines))
    assert abs(ending - bal) < 0.005, "running balance"
    return start, end, rows, ending


def tidewater_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                        begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Tidewater Community Credit Union: ONE LEGAL-SIZE page (8.5 x 14 in), share-draft register in a ruled table."""
    bank = "Tidewater Community Credit Union"
    start, end, rows, ending = statement_lines(rng, year, month, begin, credits)
    size = legal
    dep = r2(sum(r[2] for r in rows if r[2] > 0))
    wd = r2(-sum(r[2] for r in rows if r[2] < 0))

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFillColor(Color(0.0, 0.35, 0.45))
        c.setFont("Helvetica-Bold", 17)
        c.drawString(50, ph - 62, "TIDEWATER")
        c.setFont("Helvetica", 9)
        c.drawString(50, ph - 75, "COMMUNITY CREDIT UNION  -  Norfolk, Virginia  -  Insured by NCUA")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        y = ph - 110
        for ln in [holder.upper(), *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(pw - 50, ph - 62, "STATEMENT OF ACCOUNT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(pw - 50, ph - 76, f"Period: {mdy(start)} thru {mdy(end)}")
        c.drawRightString(pw - 50, ph - 88, f"Share draft account no. ...{acct[-4:]}")
        y = ph - 180
        c.setLineWidth(0.5)
        for i, (k, v) in enumerate((("Previous balance", begin), ("Deposits (+)", dep), ("Withdrawals (-)", wd),
                                    ("New balance", ending))):
            x = 50 + i * 128
            c.rect(x, y, 128, 34, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 5, y + 23, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(x + 122, y + 6, money(v))
        y -= 30
        c.setFont("Helvetica-Bold", 8)
        c.setFillGray(0.9)
        c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.drawString(54, y, "POSTED")
        c.drawString(110, y, "TRANSACTION")
        c.drawRightString(420, y, "AMOUNT")
        c.drawRightString(556, y, "BALANCE")
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(54, y, mdy(start))
        c.drawString(110, y, "Balance forward")
        c.drawRightString(556, y, money(begin))
        for d, desc, a, bal in rows:
            y -= 14
            c.drawString(54, y, mdy(d))
            c.drawString(110, y, desc)
            c.drawRightString(420, y, ("-" if a < 0 else "+") + money(abs(a)))
            c.drawRightString(556, y, money(bal))
            c.setStrokeGray(0.8)
            c.line(50, y - 4, 562, y - 4)
            c.setStrokeColor(black)
        y -= 18
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(110, y, "Ending balance")
        c.drawRightString(556, y, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(50, 60, "Dividends: 0.05% APY. Report errors to Member Services within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page], size), fields, end, acct)


def fidelity_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Chesapeake Fidelity Bank: two letter pages, a summary column down the left of page 1, "Page n of 2"."""
    bank = "Chesapeake Fidelity Bank"
    start, end, rows, ending = statement_lines(rng, year, month, begin, credits)
    half = len(rows) // 2

    def top(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawString(50, 742, bank)
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 748, f"Everyday Checking  ****{acct[-4:]}")
        c.drawRightString(562, 737, f"{long_date(start)} - {long_date(end)}")
        c.drawRightString(562, 726, f"Page {n} of 2")
        c.setLineWidth(1)
        c.line(50, 720, 562, 720)

    def table(c: Canvas, y: float, part: Sequence[Any]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(200, y, "DATE")
        c.drawString(240, y, "DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(560, y, "DAILY BALANCE")
        y -= 14
        c.setFont("Helvetica", 8)
        for d, desc, a, bal in part:
            c.drawString(200, y, d.strftime("%m/%d"))
            c.drawString(240, y, desc[:30])
            c.drawRightString(470, y, money(a))
            c.drawRightString(560, y, money(bal))
            y -= 12
        return y

    def page1(c: Canvas) -> list[Mark]:
        top(c, 1)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder, *address]:
            c.drawString(50, y, ln)
            y -= 11
        c.setFillGray(0.94)
        c.rect(50, 420, 135, 200, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, 606, "Account summary")
        items = (("Beginning balance", begin), ("Deposits/credits", r2(sum(r[2] for r in rows if r[2] > 0))),
                 ("Withdrawals/debits", r2(sum(r[2] for r in rows if r[2] < 0))), ("Ending balance", ending))
        y = 586
        for k, v in items:
            c.setFont("Helvetica", 7.5)
            c.drawString(56, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(180, y - 11, money(v))
            y -= 32
        c.setFont("Helvetica-Bold", 9)
        c.drawString(200, 606, "Transaction history")
        table(c, 590, rows[:half])
        return []

    def page2(c: Canvas) -> list[Mark]:
        top(c, 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(200, 700, "Transaction history (continued)")
        y = table(c, 684, rows[half:])
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(240, y - 6, "Ending balance")
        c.drawRightString(560, y - 6, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(50, 80, "Member FDIC. Equal Housing Lender. In case of errors call (757) 555-0120.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and other papers ------------------------------------------------------------------------------------


def plain_letter(sender: Sequence[str], date: dt.date, to: Sequence[str], salutation: str, paras: Sequence[str],
                 signers: Sequence[str], ink: bool, seed: int, size: tuple[float, float] = letter,
                 re: str = "") -> Paper:
    """A borrower's own typed letter (block style, sender at the top right); A4 when a word processor's default."""

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFont("Helvetica", 10)
        y = ph - 80
        for ln in sender:
            c.drawRightString(pw - 72, y, ln)
            y -= 13
        y -= 10
        c.drawRightString(pw - 72, y, long_date(date))
        y -= 30
        for ln in to:
            c.drawString(72, y, ln)
            y -= 13
        if re:
            y -= 10
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, re)
            c.setFont("Helvetica", 10)
        y -= 24
        y = paragraphs(c, 72, y, pw - 144, [salutation, *paras], font="Helvetica", size=10, leading=13.5)
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 2, "Respectfully,")
        marks: list[Mark] = []
        for i, nm in enumerate(signers):
            x = 72 + i * 220
            c.drawString(x, y - 52, nm)
            marks.append(Mark("sig", x, y - 40, w=130, seed=seed + i))
        return marks

    return Paper([page], size)


def benefit_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                   table: Sequence[tuple[str, str]], closing: Sequence[str], monthly: float, benefit: str) -> Letter:
    return Letter(simple_letter(head, date, to, re, paras, closing, table), "benefit_award_letter", date, monthly,
                  benefit)


def vrs_pension(member: str, address: Sequence[str], date: dt.date, monthly: float) -> Letter:
    paras = [f"As you requested, this letter verifies the retirement benefit paid to {member} by the Virginia "
             "Tidewater Municipal Retirement System. The benefit is paid on the last business day of each month and "
             "federal and state income taxes are withheld as you elected.",
             "The benefit is payable for the member's lifetime. A cost-of-living adjustment, if granted, takes "
             "effect each July 1."]
    table = [("Gross monthly benefit", "$" + money(monthly)), ("Paid", "Monthly"), ("Taxable", "Yes")]
    return benefit_letter(("TIDEWATER MUNICIPAL RETIREMENT SYSTEM", "Member Services  -  PO Box 1180, Norfolk, VA "
                           "23501  -  (757) 555-0144", Color(0.15, 0.3, 0.2)), date, [member, *address],
                          "Benefit verification", paras, table, ["Member Services"], monthly, "benefits_taxable")


def va_award(vet: str, address: Sequence[str], date: dt.date, monthly: float) -> Letter:
    paras = [f"This letter is a summary of benefits you currently receive from the Department of Veterans Affairs. "
             f"Your combined service-connected evaluation is 70 percent. Your current monthly award amount is "
             f"${money(monthly)}, paid monthly.",
             "VA disability compensation is not taxable income. You may use this letter to verify your income for "
             "mortgage and housing purposes."]
    table = [("Monthly award amount", "$" + money(monthly)), ("Payment frequency", "Monthly"),
             ("Effective date", mdy(date.replace(day=1)))]
    return benefit_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Regional Office  -  Benefit Summary Letter",
                           Color(0.1, 0.2, 0.4)), date, [vet, *address], "Benefit summary and service verification",
                          paras, table, ["Veterans Service Center Manager"], monthly, "benefits_nontaxable")


def medical_statement(patient: str, date: dt.date, doctor: str, practice: str) -> Letter:
    paras = [f"{patient} has been under my care since last autumn for a chronic condition that has kept and will "
             "keep the patient from working full time for at least the next twelve months.",
             "This letter is provided at the patient's request to support an application for mortgage assistance. "
             "No further medical detail is released."]
    paper = simple_letter((practice.upper(), "Internal Medicine  -  411 Colley Avenue, Norfolk, VA 23507",
                           Color(0.1, 0.4, 0.45)), date, ["To whom it may concern"], f"Re: {patient}", paras,
                          ["Sincerely,", "", f"{doctor}, M.D."])
    return Letter(paper, "medical_statement", date)


def divorce_decree(husband: str, wife: str, case_no: str, date: dt.date, county: str) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 730, f"VIRGINIA: IN THE CIRCUIT COURT OF {county.upper()}")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, f"{wife},")
        c.drawString(110, 676, "Complainant,")
        c.drawString(72, 656, "v.")
        c.drawString(330, 656, f"Case No. {case_no}")
        c.drawString(72, 636, f"{husband},")
        c.drawString(110, 622, "Defendant.")
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 590, "FINAL DECREE OF DIVORCE")
        paragraphs(c, 72, 560, W - 144, [
            "THIS CAUSE came to be heard upon the complaint, the answer, the depositions and the separation "
            "agreement of the parties, which the Court approves, ratifies and incorporates into this decree.",
            f"It is ADJUDGED, ORDERED and DECREED that the complainant, {wife}, is granted a divorce a vinculo "
            f"matrimonii from the defendant, {husband}, on the ground that the parties have lived separate and apart "
            "without cohabitation for more than one year.",
            "The marital residence is awarded to the complainant, who shall be solely responsible for the mortgage "
            "on it. This decree is final.",
            f"ENTERED this {date.day} day of {date.strftime('%B')}, {date.year}."], size=11)
        c.line(330, 250, 540, 250)
        c.setFont("Times-Roman", 10)
        c.drawString(330, 238, "Judge")
        return [Mark("sig", 340, 252, w=150, seed=date.toordinal())]

    return Letter(Paper([page]), "divorce_decree", date)


def obituary_clip(name: str, died: dt.date, age: int, town: str, date: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.8)
        c.rect(150, 360, 312, 380, stroke=1, fill=0)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, 722, "THE VIRGINIAN-COURIER")
        c.setFont("Times-Roman", 7.5)
        c.drawCentredString(W / 2, 711, f"Obituaries  -  {long_date(date)}")
        c.setFont("Times-Bold", 13)
        c.drawString(162, 690, name.upper())
        paragraphs(c, 162, 672, 288, [
            f"{name}, {age}, of {town}, died on {long_date(died)}. A machinist at the shipyard for thirty years, "
            "he loved fishing the Elizabeth River with his grandchildren.",
            "He is survived by his wife and two sons. A service will be held at Hollomon Funeral Home on Friday."],
            size=9.5, leading=12)
        return []

    return Letter(Paper([page]), "obituary", date)


def tax_return_1040(names: str, ssn: str, street: str, city_line: str, year: int, wages: float, business: float,
                    rental: float) -> Paper:
    """Page 1 of a Form 1040 for a tax year, as tax software prints it: boxed header, numbered lines."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, 742, "1040")
        c.setFont("Helvetica", 7)
        c.drawString(40, 732, "Department of the Treasury - Internal Revenue Service")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(110, 748, "U.S. Individual Income Tax Return")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(330, 744, str(year))
        c.setFont("Helvetica", 7)
        c.drawString(380, 748, "OMB No. 1545-0074   IRS Use Only")
        c.setFont("Helvetica", 8)
        c.drawString(40, 716, f"For the year Jan. 1-Dec. 31, {year}")
        c.setLineWidth(0.5)
        c.rect(40, 640, 532, 66, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(44, 698, "Your first name and middle initial / Last name")
        c.drawString(420, 698, "Your social security number")
        c.drawString(44, 672, "Home address (number and street)")
        c.drawString(44, 654, "City, town or post office, state, and ZIP code")
        c.setFont("Courier", 10)
        c.drawString(48, 686, names)
        c.drawString(424, 686, ssn)
        c.drawString(48, 662, street)
        c.drawString(48, 644, city_line)
        c.setFont("Helvetica", 8)
        c.drawString(40, 626, "Filing Status   [X] Single   [ ] Married filing jointly   [ ] Head of household")
        lines = [("1a", "Total amount from Form(s) W-2, box 1", wages), ("7", "Capital gain or (loss)", 0.0),
                 ("8", "Additional income from Schedule 1, line 10", r2(business + rental)),
                 ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income",
                  r2(wages + business + rental)),
                 ("11", "Subtract line 10 from line 9. This is your adjusted gross income",
                  r2(wages + business + rental - 1200)),
                 ("12", "Standard deduction", 14600.0),
                 ("15", "Taxable income", max(0.0, r2(wages + business + rental - 1200 - 14600)))]
        y = 596
        for num, lab, amt in lines:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(44, y, num)
            c.setFont("Helvetica", 8)
            c.drawString(70, y, lab)
            c.rect(470, y - 4, 102, 14, stroke=1, fill=0)
            c.setFont("Courier", 9)
            c.drawRightString(568, y, money(amt))
            y -= 20
        c.setFont("Helvetica", 8)
        c.drawString(40, 200, "Sign Here  Under penalties of perjury, I declare that I have examined this return.")
        c.line(80, 170, 300, 170)
        c.drawString(80, 160, "Your signature")
        c.drawString(320, 160, "Date")
        c.setFont("Courier", 9)
        c.drawString(320, 172, f"04/{10 + year % 5:02d}/{year + 1}")
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, f"Form 1040 ({year})   Cat. No. 11320B")
        return [Mark("sig", 90, 172, w=150, seed=year)]

    return Paper([page])


def pl_statement(business: str, owner: str, start: dt.date, end: dt.date, revenue: float, expenses: dict[str, float],
                 signed_on: dt.date) -> tuple[Paper, float]:
    """A sole proprietor's signed quarterly profit and loss statement."""
    net = r2(revenue - sum(expenses.values()))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 730, business)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 710, "PROFIT AND LOSS STATEMENT")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 694, f"For the period {mdy(start)} through {mdy(end)}")
        y = 650
        c.setFont("Helvetica-Bold", 10)
        c.drawString(100, y, "Income")
        y -= 16
        c.setFont("Helvetica", 10)
        c.drawString(120, y, "Gross receipts")
        c.drawRightString(500, y, money(revenue))
        y -= 26
        c.setFont("Helvetica-Bold", 10)
        c.drawString(100, y, "Expenses")
        c.setFont("Helvetica", 10)
        for k, v in expenses.items():
            y -= 16
            c.drawString(120, y, k)
            c.drawRightString(500, y, money(v))
        y -= 20
        c.drawString(120, y, "Total expenses")
        c.drawRightString(500, y, money(r2(sum(expenses.values()))))
        y -= 26
        c.setFont("Helvetica-Bold", 11)
        c.drawString(100, y, "NET PROFIT")
        c.drawRightString(500, y, money(net))
        c.line(400, y - 4, 500, y - 4)
        c.setFont("Helvetica", 9.5)
        c.drawString(100, 300, "I certify that this statement is true and correct to the best of my knowledge.")
        c.line(100, 260, 300, 260)
        c.drawString(100, 248, f"{owner}, owner")
        c.line(340, 260, 470, 260)
        c.drawString(340, 248, "Date")
        c.setFont("Courier", 10)
        c.drawString(344, 263, mdy(signed_on))
        return [Mark("sig", 110, 262, w=150, seed=signed_on.toordinal())]

    return Paper([page]), net


def budget_sheet(agency: str, client: str, rows: Sequence[tuple[str, float, float]], session: dt.date) -> Paper:
    """The counselor's LANDSCAPE household budget spreadsheet (an agency paper: type other)."""
    size = landscape(letter)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36, ph - 46, f"{agency} - Household Budget Worksheet")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, ph - 60, f"Client: {client}    Session: {mdy(session)}    Amounts are the counselor's "
                                  "estimates, rounded; the application's figures govern.")
        cols = [36, 300, 420, 540, pw - 36]
        y = ph - 90
        c.setFillGray(0.85)
        c.rect(36, y, pw - 72, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in zip(cols, ["Line item", "Monthly", "Annual", "Note"], strict=False):
            c.drawString(x + 4, y + 5, t)
        c.setFont("Helvetica", 8.5)
        for lab, mon, ann in rows:
            y -= 16
            c.rect(36, y, pw - 72, 16, stroke=1, fill=0)
            c.drawString(40, y + 5, lab)
            c.drawRightString(414, y + 5, f"{mon:,.0f}")
            c.drawRightString(534, y + 5, f"{ann:,.0f}")
            c.drawString(544, y + 5, "est." if mon else "")
        for x in cols[1:-1]:
            c.line(x, y, x, ph - 74)
        return []

    return Paper([page], size)


def flatten(writer: PdfWriter) -> bytes:
    """A filled form flattened the way a print driver does it (pdfium, print mode): no form fields remain."""
    buf = io.BytesIO()
    writer.write(buf)
    doc = pdfium.PdfDocument(buf.getvalue())
    try:
        doc.init_forms()
        for i in range(len(doc)):
            page = doc[i]
            pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_PRINT)
            page.close()
        out = io.BytesIO()
        doc.save(out)
    finally:
        doc.close()
    return out.getvalue()


def form710_flat(app: App) -> bytes:
    """The real Form 710 filled on screen and FLATTENED by the counselor's software: answers become page text; the
    borrower's signature strokes are laid over page 4 with the date typed."""
    flat = PdfWriter(clone_from=PdfReader(io.BytesIO(flatten(form710_filled(app, type_dates=True)))))
    sig = io.BytesIO()
    c = Canvas(sig, pagesize=letter, invariant=1)
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    c.showPage()
    c.save()
    flat.pages[3].merge_page(PdfReader(io.BytesIO(sig.getvalue())).pages[0])
    return fixed_pypdf_bytes(flat, f"br710{app.loan}")


def form710_print(app: App) -> tuple[bytes, list[list[Mark]]]:
    """The real Form 710 typed, printed and then signed and dated in ink (the marks go on when it is scanned)."""
    pdf = fixed_pypdf_bytes(PdfWriter(clone_from=PdfReader(io.BytesIO(flatten(form710_filled(app, False))))),
                            "br710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return pdf, marks


HCA_HARDSHIP = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster",
                "Disability or serious illness", "Divorce or legal separation", "Separation (unmarried co-owners)",
                "Death of borrower or wage earner", "Distant employment transfer / relocation", "Other")
HCA_INCOME = ("Gross wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
              "Social Security, pension, disability (taxable)", "Social Security / disability (non-taxable)",
              "Rental income", "Investment or insurance income", "Other (alimony, child support, other)")
HCA_OCC = {"primary_residence": "Owner-occupied principal residence", "second_home": "Second home",
           "investment_property": "Investment / rental property"}


def hca_summary(app: App, counselor: str, session: dt.date, ink: bool) -> Paper:
    """Harbor Crest's "MORTGAGE ASSISTANCE REQUEST - CLIENT INTAKE SUMMARY" that CounselTrack prints from the
    counseling intake: two pages of grey label cells and white answer cells, the hardships as a two-column list
    of [X] / [ ] lines, the income as a table, a certification the borrower(s) sign and date."""
    navy = Color(0.1, 0.2, 0.38)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 738, "HARBOR CREST HOUSING ALLIANCE")
        c.setFont("Helvetica", 8)
        c.drawString(50, 727, "HUD-approved housing counseling agency  -  77 Granby Street, Norfolk, VA 23510")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 740, "MORTGAGE ASSISTANCE REQUEST")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 729, f"Client intake summary  -  page {n} of 2")
        c.setStrokeColor(navy)
        c.setLineWidth(1.4)
        c.line(50, 720, 562, 720)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)

    def kv(c: Canvas, y: float, cells: Sequence[tuple[float, float, str, str]]) -> None:
        for x, w, lab, val in cells:
            lw = min(110.0, w * 0.45)
            c.setFillGray(0.9)
            c.rect(x, y, lw, 18, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(x + lw, y, w - lw, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 3, y + 6, lab)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + lw + 4, y + 5.5, val)

    def band(c: Canvas, y: float, title: str) -> None:
        c.setFillColor(navy)
        c.rect(50, y, 512, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(55, y + 4, title)
        c.setFillColor(black)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 8)
        c.drawString(50, 706, f"Prepared by {counselor}, housing counselor, from the intake session of {mdy(session)}. "
                              "The client reviewed every answer.")
        band(c, 684, "1. LOAN AND BORROWERS")
        kv(c, 664, [(50, 256, "Servicer loan number", app.loan), (306, 256, "Servicer", "Tidewater Home Loan "
                                                                                       "Servicing")])
        kv(c, 646, [(50, 340, "Borrower", app.borrower), (390, 172, "SSN last 4", app.ssn[-4:])])
        kv(c, 628, [(50, 340, "Co-borrower", app.co or "none"), (390, 172, "SSN last 4",
                                                                 (app.co_ssn or "")[-4:] or "-")])
        kv(c, 610, [(50, 256, "Phone", app.phone), (306, 256, "E-mail", app.email)])
        band(c, 584, "2. PROPERTY")
        kv(c, 564, [(50, 512, "Property address", app.street)])
        kv(c, 546, [(50, 256, "City", app.city), (306, 128, "State", app.state), (434, 128, "ZIP", app.zip)])
        kv(c, 528, [(50, 512, "Occupancy", HCA_OCC[app.occupancy])])
        band(c, 502, "3. HARDSHIP (the client's reasons, all that apply)")
        c.setFont("Courier", 9.5)
        for i, lab in enumerate(HCA_HARDSHIP):
            col, row = divmod(i, 5)
            mark = "[X]" if HARDSHIPS[i] in app.hardships else "[ ]"
            c.drawString(56 + col * 256, 486 - row * 14, f"{mark} {lab}")
        kv(c, 400, [(50, 512, "Other - explain", app.other_text or "")])
        kv(c, 382, [(50, 256, "Hardship began (date)", mdy(app.start) if app.start else ""),
                    (306, 256, "Expected duration", {"short": "Short-term (6 months or less)",
                                                     "long": "Long-term (over 6 months)"}.get(app.duration,
                                                                                               "Resolved"))])
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 360, "Counselor's note: the documents the client provided are indexed in the export that "
                              "accompanies this summary.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        kv(c, 694, [(50, 256, "Servicer loan number", app.loan), (306, 256, "Borrower", app.borrower)])
        band(c, 668, "4. MONTHLY HOUSEHOLD INCOME (gross, before taxes)")
        y = 650
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "Source")
        c.drawRightString(556, y, "Monthly amount")
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Helvetica", 9)
        for k, lab in zip(INCOMES, HCA_INCOME, strict=True):
            y -= 16
            amount = app.income.get(k, 0.0)
            c.drawString(56, y, lab)
            c.drawRightString(556, y, "$" + money(amount) if amount > 0 else "-")
            c.setStrokeGray(0.8)
            c.line(50, y - 4, 562, y - 4)
            c.setStrokeColor(black)
        y -= 18
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(56, y, "Total monthly household income")
        c.drawRightString(556, y, "$" + money(app.total))
        band(c, y - 30, "5. CERTIFICATION AND SIGNATURES")
        yy = paragraphs(c, 50, y - 48, 512, [
            "I/we certify that the information in this summary is true and complete, that it was taken from my/our "
            "own answers at the intake session, and that the hardship described contributed to my/our need for "
            "mortgage relief. I/we authorize Harbor Crest Housing Alliance to send it to my/our servicer as my/our "
            "mortgage assistance application, and consent to a credit report for every borrower named."],
            font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        y = yy - 40
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0)]
        people.append((app.co or "", "Co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs,
                       1))
        for name, role, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(50, y, 330, y)
            c.line(370, y, 520, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(50, y - 10, f"{role} signature" + (f"  ({name})" if name else ""))
            c.drawString(370, y - 10, "Date signed")
            if signs:
                marks.append(Mark("sig", 66, y + 2, w=190, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 376, y + 4, mdy(app.signed_on), size=12, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(376, y + 4, mdy(app.signed_on))
            y -= 56
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
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    sources: list[tuple[bytes, int]] = field(default_factory=list)  # the content pages, before stamping/scanning


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if app.start is None:
        out.append("application_field:hardship_start_date")
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    of = [d for d in docs if True]
    stmts = sorted((d for d in of if d.type == "bank_statement"), key=lambda d: d.fields["period_end"])
    two_bank = False
    for a in stmts:
        for b in stmts:
            if a.account == b.account and a is not b and fresh(a.date) and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True
    stubs = [d for d in of if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in of)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k, v in app.income.items():
        if v > 0 and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in of}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if (app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0) and not any(
            d.type == "irs_form_4506c" and d.signed for d in of):
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




# --- the document-management export ------------------------------------------------------------------------------

SHRINK = 0.94  # the DMS shrinks every page to leave room for its header band and footer
FOOT = 16.0  # height kept free at the bottom for the Bates line and (BFCU) the page barcode
LOW = Scan(dpi=150, tilt=0.7, blur=0.9, noise=0.0012, quality=32)  # a page re-scanned at 150 dpi, low quality


@dataclass(frozen=True)
class Dms:
    """One system's export settings: who stamps, how the header band and page code look."""

    org: str
    system: str
    prefix: str  # Bates prefix
    id_label: str  # "Client ID" or "Member no."
    client: str
    exported: dt.date
    code: str  # "qr" (a small QR block in the right margin) or "code128" (a small barcode in the footer)
    band: Color
    first: int  # first Bates number of this export


@dataclass
class Sheet:
    """One page before the export stamps it: a page of a content PDF, the ink added on paper, and how it got in."""

    pdf: bytes
    index: int
    marks: list[Mark] = field(default_factory=list)
    turn: bool = False  # landscape content turned 90 degrees onto a portrait page
    scan: Scan | None = None  # printed (inked) and scanned before it was imported
    rescan: bool = False  # the stamped export page was printed and re-scanned at 150 dpi (stamp degraded too)
    seed: int = 1
    synth: bool = False  # the content lacks the synthetic-document line; the stamp adds it


@dataclass
class Part:
    """One entry of the export: a document (or a DMS page such as a cover sheet) and its pages."""

    doc: Doc | None
    sheets: list[Sheet]
    title: str  # the DMS's name for it (index and, unless wrong, bookmark)
    dated: str = ""
    bookmark: str | None = None  # a wrong bookmark when set
    cover: bool = False  # a DMS barcode cover sheet (a separator sheet by the spec)
    index: bool = False


def content_pdf(paper: Paper, screen: bool) -> tuple[bytes, list[list[Mark]]]:
    """A paper drawn once; marks drawn as vector strokes when signed on screen, else returned for the ink."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_br")
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        m = fn(c)
        if screen:
            apply_screen_marks(c, m)
            m = []
        marks.append(m)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def digital(paper: Paper, turn: bool = False, rescan: bool = False, seed: int = 1) -> list[Sheet]:
    pdf, _ = content_pdf(paper, True)
    return [Sheet(pdf, i, turn=turn, rescan=rescan, seed=seed + i) for i in range(len(paper.pages))]


def scanned(paper: Paper, style: Scan, seed: int, turn: bool = False) -> list[Sheet]:
    pdf, marks = content_pdf(paper, False)
    return [Sheet(pdf, i, marks[i], turn=turn, scan=style, seed=seed + i) for i in range(len(paper.pages))]


def pdf_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]] = (), style: Scan | None = None, seed: int = 1,
               synth: bool = True) -> list[Sheet]:
    n = len(PdfReader(io.BytesIO(pdf)).pages)
    return [Sheet(pdf, i, list(marks[i]) if i < len(marks) else [], scan=style, seed=seed + i, synth=synth)
            for i in range(n)]


def page_code(dms: Dms, bates: str, n: int, total: int) -> Image.Image:
    if dms.code == "qr":
        payload = f"{bates} {dms.client} P{n}/{total}"
        bmp = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
    else:
        bmp = zxingcpp.create_barcode(bates.replace("-", ""), zxingcpp.BarcodeFormat.Code128).to_image(scale=2)
    view = memoryview(bmp)
    return Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))


def stamp_pdf(dms: Dms, size: tuple[float, float], n: int, total: int, synth: bool) -> bytes:
    """The DMS endorsement of one export page: header band, Bates number, page code. Transparent elsewhere."""
    pw, ph = size
    bates = f"{dms.prefix}-{dms.first + n - 1:06d}"
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1)
    c.setFillColor(dms.band)
    c.rect(0, ph - 20, pw, 20, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(14, ph - 13.5, dms.org)
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(pw / 2 + 40, ph - 13.5, f"{dms.id_label}: {dms.client}")
    c.drawRightString(pw - 14, ph - 13.5, f"Exported {mdy(dms.exported)}  |  Page {n} of {total}")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawRightString(pw - 14, 4.5, bates)
    c.setFont("Helvetica", 5.5)
    c.drawString(150 if dms.code == "code128" else 14, 5, f"{dms.system}  -  confidential client record")
    code = page_code(dms, bates, n, total)
    if dms.code == "qr":
        c.drawImage(ImageReader(code), pw - 42, ph - 56, width=30, height=30)
    else:
        c.drawImage(ImageReader(code), 14, 1.5, width=120, height=13)
    if synth:
        synth_line(c, size)
    c.showPage()
    c.save()
    return buf.getvalue()


def placed(size: tuple[float, float]) -> tuple[float, float]:
    """Where the shrunken content's lower left corner goes."""
    return (size[0] - SHRINK * size[0]) / 2, FOOT


def digital_page(sheet: Sheet, stamp: bytes) -> PageObject:
    src = PdfReader(io.BytesIO(sheet.pdf)).pages[sheet.index]
    cw, ch = float(src.mediabox.width), float(src.mediabox.height)
    size = (ch, cw) if sheet.turn else (cw, ch)
    t = Transformation()
    if sheet.turn:  # landscape content turned a quarter counter-clockwise: (x, y) -> (ch - y, x)
        t = t.rotate(90).translate(ch, 0)
    ox, oy = placed(size)
    t = t.scale(SHRINK, SHRINK).translate(ox, oy)
    page = PageObject.create_blank_page(width=size[0], height=size[1])
    page.merge_transformed_page(src, t)
    page.merge_page(PdfReader(io.BytesIO(stamp)).pages[0])
    return page


def render_one(pdf: bytes, index: int, dpi: int) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[index]
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        page.close()
        return img
    finally:
        doc.close()


def image_page(img: Image.Image, size: tuple[float, float], quality: int) -> PageObject:
    """An image-only page: no text layer at all."""
    data = io.BytesIO()
    img.save(data, "JPEG", quality=quality)
    data.seek(0)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1)
    c.drawImage(ImageReader(data), 0, 0, width=size[0], height=size[1])
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


def scanned_page(sheet: Sheet, stamp: bytes, style: Scan) -> PageObject:
    """The paper as scanned before import, shrunk onto the export page; the stamp is burned into the image."""
    src = PdfReader(io.BytesIO(sheet.pdf)).pages[sheet.index]
    cw, ch = float(src.mediabox.width), float(src.mediabox.height)
    img = render_one(sheet.pdf, sheet.index, style.dpi)
    ink_on_image(img, sheet.marks, style.dpi / 72, ch)
    img = degrade(img, style, sheet.seed)
    size = (cw, ch)
    if sheet.turn:
        img = img.rotate(90, expand=True)
        size = (ch, cw)
    k = style.dpi / 72
    full = Image.new("L", (round(size[0] * k), round(size[1] * k)), 255)
    small = img.resize((round(img.size[0] * SHRINK), round(img.size[1] * SHRINK)), Image.Resampling.BILINEAR)
    ox, oy = placed(size)
    full.paste(small, (round(ox * k), full.size[1] - round(oy * k) - small.size[1]))
    full = ImageChops.darker(full, render_one(stamp, 0, style.dpi).resize(full.size))
    return image_page(full, size, style.quality)


def rescanned_page(page: PageObject, size: tuple[float, float], seed: int) -> PageObject:
    w = PdfWriter()
    w.add_page(page)
    buf = io.BytesIO()
    w.write(buf)
    img = degrade(render_one(buf.getvalue(), 0, LOW.dpi), LOW, seed)
    return image_page(img, size, LOW.quality)


def sheet_size(sheet: Sheet) -> tuple[float, float]:
    src = PdfReader(io.BytesIO(sheet.pdf)).pages[sheet.index]
    cw, ch = float(src.mediabox.width), float(src.mediabox.height)
    return (ch, cw) if sheet.turn else (cw, ch)


def cover_sheet(dms: Dms, loan: str, title: str, borrower: str, pages: int, symbology: str) -> Paper:
    """The DMS's barcode cover sheet before a document: its big code reads LOAN <number> (a separator sheet)."""
    fmt = zxingcpp.BarcodeFormat.QRCode if symbology == "qr" else zxingcpp.BarcodeFormat.Code128
    bmp = zxingcpp.create_barcode(f"LOAN {loan}", fmt).to_image(scale=4 if symbology == "qr" else 3)
    view = memoryview(bmp)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(60, 560, 492, 150, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 24)
        c.drawCentredString(W / 2, 670, "DOCUMENT COVER SHEET")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 648, f"{dms.system}  -  scan or file this sheet in front of the document")
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 610, title.upper())
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 588, f"{borrower}  -  {pages} page{'s' if pages != 1 else ''}")
        if symbology == "qr":
            c.drawImage(ImageReader(code), W / 2 - 80, 340, width=160, height=160)
        else:
            c.drawImage(ImageReader(code), W / 2 - 150, 400, width=300, height=90)
        c.setFont("Courier-Bold", 14)
        c.drawCentredString(W / 2, 318 if symbology == "qr" else 380, f"LOAN {loan}")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 120, "Do not remove. This sheet is not part of the client's documents.")
        return []

    return Paper([page])


def index_paper(dms: Dms, loan: str, borrower: str, rows: Sequence[tuple[str, str, str, str]], total: int,
                part_label: str) -> Paper:
    """The export's first page: the DMS's document index (table of contents). Listed as a document of type other."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, 730, dms.org)
        c.setFont("Helvetica", 9)
        c.drawString(50, 716, f"{dms.system}  -  Document export  {part_label}".rstrip())
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 686, "INDEX OF DOCUMENTS")
        facts = [(dms.id_label, dms.client), ("Borrower", borrower), ("Servicer loan no.", loan),
                 ("Exported", mdy(dms.exported)), ("Pages in this export", str(total)),
                 ("Bates range", f"{dms.prefix}-{dms.first:06d} to {dms.prefix}-{dms.first + total - 1:06d}")]
        y = 664
        for i, (k, v) in enumerate(facts):
            x = 50 + (i % 2) * 256
            c.setFont("Helvetica", 8)
            c.drawString(x, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 92, y, v)
            if i % 2:
                y -= 14
        y -= 14
        c.setFillColor(dms.band)
        c.rect(50, y - 4, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in ((56, "#"), (76, "Document"), (330, "Dated"), (410, "Pages"), (470, "Source")):
            c.drawString(x, y + 1, t)
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        for i, (title, dated, pages, source) in enumerate(rows, 1):
            y -= 17
            c.drawString(56, y, str(i))
            c.drawString(76, y, title)
            c.drawString(330, y, dated)
            c.drawString(410, y, pages)
            c.drawString(470, y, source)
            c.setStrokeGray(0.75)
            c.line(50, y - 5, 562, y - 5)
            c.setStrokeColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 26, "Page numbers are those of this export. The agency does not judge completeness; "
                                 "the servicer does.")
        return []

    return Paper([page])


def export(p: Packet, rel: str, dms: Dms, parts: Sequence[Part], covers: str = "", part_label: str = "") -> None:
    """Assemble ONE merged export: index first, cover sheets (when covers names a symbology) before each document,
    every page shrunk and stamped, PDF bookmarks naming each document (wrongly where a part says so)."""
    app = p.app
    seq: list[Part] = []
    for part in parts:
        if covers:
            cov = cover_sheet(dms, app.loan, part.title, app.borrower, len(part.sheets), covers)
            seq.append(Part(None, digital(cov), "cover", cover=True))
        seq.append(part)
    total = 1 + sum(len(x.sheets) for x in seq)
    rows = []
    n = 2
    for part in seq:
        if not part.cover:
            k = len(part.sheets)
            src = "scanned" if part.sheets[0].scan or part.sheets[0].rescan else "uploaded"
            rows.append((part.title, part.dated, f"{n}" if k == 1 else f"{n}-{n + k - 1}", src))
        n += len(part.sheets)
    index_doc = Doc("other", {})
    seq.insert(0, Part(index_doc, digital(index_paper(dms, app.loan, app.borrower, rows, total, part_label)),
                       "Index", index=True))
    writer = PdfWriter()
    n = 1
    for part in seq:
        first = n
        for sheet in part.sheets:
            size = sheet_size(sheet)
            stamp = stamp_pdf(dms, size, n, total, synth=sheet.synth)
            if sheet.scan:
                page = scanned_page(sheet, stamp, sheet.scan)
            else:
                page = digital_page(sheet, stamp)
                if sheet.rescan:
                    page = rescanned_page(page, size, sheet.seed)
            writer.add_page(page)
            n += 1
        if part.doc is not None:
            part.doc.pages = [(rel, first + i) for i in range(len(part.sheets))]
            part.doc.scanned = all(s.scan is not None or s.rescan for s in part.sheets)
            p.docs.append(part.doc)
            part.doc.sources = [(s.pdf, s.index) for s in part.sheets]
        if not part.cover:
            writer.add_outline_item(title=part.bookmark or part.title, page_number=first - 1)
    p.files[rel] = fixed_pypdf_bytes(writer, f"br{p.name}{len(p.files)}")


WH_W = Withholding(0.085, 0.0575, True, (("Medical", 48.10), ("401(k) deferral", 55.00)))
WH_S = Withholding(0.10, 0.0575, True, (("VRS member contribution", 112.40), ("Health plan", 86.00)))
WH_D = Withholding(0.06, 0.03, True, ())
NAVY = Color(0.1, 0.2, 0.38)
BRICK = Color(0.42, 0.14, 0.1)
GREY300 = Scan(dpi=300, tilt=0.25, blur=0.6, noise=0.0004, quality=70)
GREY240 = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0006, quality=65)
GREY200 = Scan(dpi=200, tilt=0.3, blur=0.5, noise=0.0006, quality=62)


def hca(client: str, exported: dt.date, first: int) -> Dms:
    return Dms("HARBOR CREST HOUSING ALLIANCE", "CounselTrack 9.4", "HCA", "Client ID", client, exported, "qr", NAVY,
               first)


def bfcu(member: str, exported: dt.date, first: int) -> Dms:
    return Dms("BAYLINE FEDERAL CREDIT UNION - MORTGAGE SERVICES", "LoanDesk DMS 2047.1", "BFCU", "Member no.", member,
               exported, "code128", BRICK, first)


def weekday(d: dt.date) -> dt.date:
    assert d.weekday() < 5, f"{d} is not a weekday"
    return d


def letter_part(lt: Letter, sheets: list[Sheet], title: str, bookmark: str | None = None) -> Part:
    return Part(letter_doc(lt), sheets, title, mdy(lt.date), bookmark)


def stub_part(s: Stub, sheets: list[Sheet], bookmark: str | None = None) -> Part:
    return Part(stub_doc(s), sheets, f"Pay stub - {s.fields['employer']}", mdy(s.date), bookmark)


def stmt_part(s: Statement, sheets: list[Sheet], bookmark: str | None = None) -> Part:
    return Part(stmt_doc(s), sheets, f"Bank statement - {s.fields['bank_name']} ...{s.fields['account_last4']}",
                mdy(s.date), bookmark)


def packet_br1(seed: int) -> Packet:
    """Complete: Form 710 flattened, two turned landscape stubs, letter, budget sheet; one file, no covers."""
    received = weekday(dt.date(2047, 3, 19))
    addr = ["4118 Shoreham Drive", "Chesapeake, VA 23321"]
    stubs = [warehouse_stub(random.Random(seed * 11 + 1), "Elkhorn Distribution Center", "900 Portlock Road, "
                            "Chesapeake, VA 23324", "Keisha D. Marchbanks", "E-30517", d, 21.35, WH_W)
             for d in (dt.date(2047, 2, 28), dt.date(2047, 3, 14))]
    app = App("0061937204", "Keisha D. Marchbanks", "941-28-6610", "4118 Shoreham Drive", "Chesapeake", "VA", "23321",
              "(757) 555-0183", "kmarchbanks@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 12, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2047, 3, 15), seed=seed + 11)
    p = Packet("br1", received, app, [])
    on = dt.date(2047, 3, 15)
    hl = plain_letter([app.borrower, *addr], on, ["Tidewater Home Loan Servicing", "Loss Mitigation Department"],
                      "Dear Loss Mitigation Team,", [
                          f"I am writing about my mortgage, loan number {app.loan}. In December the distribution "
                          "center cut our Saturday overtime shifts for the whole winter, and my take-home pay fell "
                          "by about six hundred dollars a month.",
                          "I have worked with a counselor at Harbor Crest to build a budget. I can pay a lower "
                          "amount every month and want to keep my home. Please review me for a modification."],
                      [app.borrower], ink=False, seed=seed + 12, re=f"Loan number {app.loan}")
    budget = budget_sheet("Harbor Crest Housing Alliance", app.borrower, [
        ("Take-home pay (two checks a month, rounded)", 2950, 35400), ("Mortgage payment (PITI)", 1412, 16944),
        ("Utilities", 260, 3120), ("Food", 520, 6240), ("Car payment and insurance", 455, 5460),
        ("Phone and internet", 140, 1680), ("Left over each month", 163, 1956)], dt.date(2047, 3, 12))
    parts = [Part(app_doc(), pdf_sheets(form710_flat(app)), "Mortgage Assistance Application (Form 710)", mdy(on)),
             *[stub_part(s, digital(s.paper, turn=True)) for s in stubs],
             Part(hardship_doc(on), digital(hl), "Hardship letter", mdy(on)),
             Part(Doc("other", {}), digital(budget, turn=True), "Household budget worksheet", mdy(dt.date(2047, 3,
                                                                                                          12)))]
    export(p, "HCA_Export_C-47-0883_20470318.pdf", hca("C-47-0883", dt.date(2047, 3, 18), 4512), parts)
    return p


def packet_br2(seed: int) -> Packet:
    """Incomplete (income_doc:wages): both pay stubs are more than 90 days old; one stub page exported twice."""
    received = weekday(dt.date(2047, 3, 12))
    addr = ["27 Wythe Creek Road", "Hampton, VA 23666"]
    stubs = [district_stub("Hampton Roads Public Schools", "One Franklin Street, Hampton, VA 23669",
                           "Dorian L. Whitlock", "0049182", "Teacher, grade 7 science", d, 2487.50, 312.00, WH_S)
             for d in (dt.date(2046, 11, 15), dt.date(2046, 11, 30))]
    app = App("4402718836", "Dorian L. Whitlock", "962-07-3385", "27 Wythe Creek Road", "Hampton", "VA", "23666",
              "(757) 555-0140", "dwhitlock@example.org", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 9, 1), "short", {"wages": stubs[-1].monthly}, dt.date(2047, 3, 4), seed=seed + 21)
    p = Packet("br2", received, app, ["income_doc:wages"])
    on = dt.date(2047, 3, 4)
    hl = plain_letter([app.borrower, *addr], on, ["Tidewater Home Loan Servicing"], "To the loss mitigation team:", [
        "This school year the district ended the summer-school and after-school programs I taught in, and my pay "
        "went back to the base salary and one coaching stipend. I fell two payments behind over the holidays.",
        "My counselor tells me a modification could bring the payment down to what I now earn. I ask that you "
        "review my application."], [app.borrower], ink=False, seed=seed + 22, size=A4, re=f"Loan {app.loan}")
    parts = [Part(app_doc(), digital(hca_summary(app, "Renee A. Castellano", dt.date(2047, 3, 3), ink=False)),
                  "Mortgage assistance request (client intake summary)", mdy(on)),
             stub_part(stubs[0], scanned(stubs[0].paper, LOW, seed + 23)),
             stub_part(stubs[1], scanned(stubs[1].paper, LOW, seed + 24)),
             stub_part(stubs[1], scanned(stubs[1].paper, LOW, seed + 24)),  # the same page exported twice
             Part(hardship_doc(on), digital(hl), "Hardship letter", mdy(on))]
    export(p, f"{app.loan}/CounselTrack_export.pdf", hca("C-47-0912", dt.date(2047, 3, 11), 4630), parts)
    return p


def packet_br3(seed: int) -> Packet:
    """Complete, self-employed: Form 710 inked and scanned, legal-size statements, P&L, 4506-C; Code 128 covers."""
    rng = random.Random(seed * 1000 + 3)
    received = weekday(dt.date(2047, 5, 21))
    addr = ["1502 Laskin Road", "Virginia Beach, VA 23451"]
    holder = "Tomas R. Villanueva dba Villanueva Marine Canvas"
    c1 = [(4, "MOBILE DEPOSIT - CUSTOMER CHECK", r2(rng.uniform(1100, 1600))), (12, "SQUARE INC DEPOSIT",
          r2(rng.uniform(900, 1500))), (22, "DEPOSIT - MARINA INVOICE", r2(rng.uniform(1300, 2100)))]
    c2 = [(3, "SQUARE INC DEPOSIT", r2(rng.uniform(900, 1500))), (15, "MOBILE DEPOSIT - CUSTOMER CHECK",
          r2(rng.uniform(1100, 1600))), (26, "DEPOSIT - MARINA INVOICE", r2(rng.uniform(1300, 2100)))]
    s1 = tidewater_statement(rng, holder, addr, "7730418852", 2047, 3, r2(rng.uniform(1500, 2500)), c1)
    s2 = tidewater_statement(rng, holder, addr, "7730418852", 2047, 4, s1.fields["ending_balance"], c2)
    pl, net = pl_statement("Villanueva Marine Canvas", "Tomas R. Villanueva", dt.date(2047, 1, 1),
                           dt.date(2047, 3, 31), r2(rng.uniform(15000, 17000)),
                           {"Materials": 3920.55, "Shop rent": 2100.00, "Vehicle": 688.20, "Insurance": 402.00},
                           dt.date(2047, 5, 12))
    app = App("7319025548", "Tomas R. Villanueva", "957-44-1903", "1502 Laskin Road", "Virginia Beach", "VA", "23451",
              "(757) 555-0162", "tvillanueva@example.com", "primary_residence", ["disaster"], dt.date(2047, 1, 20),
              "short", {"self_employment": 3150.00}, dt.date(2047, 5, 12), seed=seed + 31)
    p = Packet("br3", received, app, [])
    on = dt.date(2047, 5, 12)
    form, marks = form710_print(app)
    hl = plain_letter([app.borrower, *addr], on, ["Tidewater Home Loan Servicing"], "Dear Sir or Madam,", [
        "In January a nor'easter flooded the marina building where I rent my canvas shop. I lost my sewing machines "
        "and two months of work while the building was repaired.",
        "The shop is open again and orders are coming back, but I need help with the payments I missed."],
        [app.borrower], ink=True, seed=seed + 32)
    t4506 = form4506c_screen("Tomas", "R", "Villanueva", "957-44-1903", "1502 Laskin Road", "Virginia Beach", "VA",
                             "23451", "Tidewater Home Loan Servicing", "(757) 555-0100", on, "(757) 555-0162",
                             seed + 33)
    tax = tax_return_1040("Tomas R Villanueva", "957-44-1903", "1502 Laskin Road", "Virginia Beach, VA 23451", 2046,
                          0.0, 38410.00, 0.0)
    parts = [Part(app_doc(), pdf_sheets(form, marks, GREY300, seed + 34), "Form 710 application", mdy(on)),
             stmt_part(s1, scanned(s1.paper, GREY200, seed + 35)),
             stmt_part(s2, scanned(s2.paper, GREY200, seed + 36)),
             Part(Doc("profit_and_loss_statement", {"period_start": "2047-01-01", "period_end": "2047-03-31",
                                                    "net_income": net, "signed": True}, dt.date(2047, 3, 31),
                      signed=True), digital(pl), "Profit and loss statement Q1 2047", mdy(on)),
             Part(Doc("tax_return", {"tax_year": 2046, "form": "1040"}, None), digital(tax), "2046 Form 1040",
                  "04/11/2047"),
             Part(Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
                  pdf_sheets(t4506, synth=False), "IRS Form 4506-C", mdy(on)),
             Part(hardship_doc(on), scanned(hl, GREY240, seed + 37), "Hardship letter", mdy(on))]
    export(p, "BFCU_LoanDesk_448812.pdf", bfcu("448812", dt.date(2047, 5, 20), 1207), parts, covers="code128")
    return p


def packet_br4(seed: int) -> Packet:
    """Incomplete (application_signature): the co-borrower named on the summary never signed; QR covers."""
    received = weekday(dt.date(2047, 6, 18))
    addr = ["610 Bainbridge Boulevard", "Chesapeake, VA 23320"]
    stubs = [diner_stub(random.Random(seed * 11 + 4), "Bayside Grill & Oyster Bar", "2201 Shore Drive, Norfolk, VA "
                        "23518", "Andre M. Pettigrew", d, 14.25, 36.0, 210.0, WH_D)
             for d in (dt.date(2047, 6, 6), dt.date(2047, 6, 13))]
    pension = vrs_pension("Lorraine B. Pettigrew", addr, dt.date(2047, 5, 28), 1638.42)
    app = App("2208813470", "Andre M. Pettigrew", "933-61-0457", "610 Bainbridge Boulevard", "Chesapeake", "VA",
              "23320", "(757) 555-0117", "apettigrew@example.net", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2047, 1, 1), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1638.42}, dt.date(2047, 6, 10),
              co="Lorraine B. Pettigrew", co_ssn="933-20-7718", co_signs=False, seed=seed + 41)
    p = Packet("br4", received, app, ["application_signature"])
    on = dt.date(2047, 6, 10)
    hl = plain_letter([app.borrower, app.co or "", *addr], on, ["Tidewater Home Loan Servicing"], "Dear servicer,", [
        "Our flood insurance premium nearly doubled at renewal in January, and the county raised our assessment. "
        "Our escrow payment went up by $388 a month.",
        "We both still work or draw our pension, but the new payment is more than we can carry. We ask for a "
        "modification."], [app.borrower, app.co or ""], ink=False, seed=seed + 42, size=A4)
    parts = [Part(app_doc(), scanned(hca_summary(app, "Renee A. Castellano", dt.date(2047, 6, 9), ink=True), GREY240,
                                     seed + 43), "Mortgage assistance request (client intake summary)", mdy(on)),
             stub_part(stubs[0], digital(stubs[0].paper)),
             stub_part(stubs[1], digital(stubs[1].paper, rescan=True, seed=seed + 44)),
             letter_part(pension, digital(pension.paper), "Pension verification - Lorraine Pettigrew"),
             Part(hardship_doc(on), digital(hl), "Hardship letter", mdy(on))]
    export(p, f"{app.loan}_HCA_submission.pdf", hca("C-47-1044", dt.date(2047, 6, 17), 5021), parts, covers="qr")
    return p


def packet_br5(seed: int) -> Packet:
    """Incomplete (application_field:hardship_start_date): Form 710 inked, the hardship date left blank."""
    received = weekday(dt.date(2047, 7, 16))
    addr = ["88 Mill Point Lane", "Suffolk, VA 23434"]
    stub = district_stub("Suffolk City Public Schools", "100 North Main Street, Suffolk, VA 23434",
                         "Marguerite A. Solano", "0077310", "Bus operator", dt.date(2047, 6, 30), 1690.00, 0.0, WH_D)
    va = va_award("Marguerite A. Solano", addr, dt.date(2047, 6, 20), 1716.35)
    med = medical_statement("Marguerite A. Solano", dt.date(2047, 6, 24), "Harold T. Emeka", "Colley Avenue Medical "
                            "Associates")
    app = App("5530617792", "Marguerite A. Solano", "984-15-2260", "88 Mill Point Lane", "Suffolk", "VA", "23434",
              "(757) 555-0129", "msolano@example.com", "primary_residence", ["disability_or_illness"], None, "long",
              {"wages": stub.monthly, "benefits_nontaxable": 1716.35}, dt.date(2047, 7, 8), seed=seed + 51)
    p = Packet("br5", received, app, ["application_field:hardship_start_date"])
    form, marks = form710_print(app)
    parts = [Part(app_doc(), pdf_sheets(form, marks, GREY200, seed + 52), "Form 710 application",
                  mdy(app.signed_on)),
             stub_part(stub, digital(stub.paper)),
             letter_part(va, digital(va.paper), "VA benefit summary letter", bookmark="Pay stub"),
             letter_part(med, scanned(med.paper, GREY240, seed + 53), "Physician's statement")]
    export(p, f"{app.loan}/LoanDesk_Export_BFCU-000531.pdf", bfcu("503377", dt.date(2047, 7, 15), 531), parts)
    return p


def packet_br6(seed: int) -> Packet:
    """Complete: divorce, wages and rent; turned scanned stub, two-page statements, 4506-C; wrong bookmarks."""
    rng = random.Random(seed * 1000 + 6)
    received = weekday(dt.date(2047, 8, 20))
    addr = ["3305 Colonial Avenue", "Norfolk, VA 23508"]
    stub = warehouse_stub(random.Random(seed * 11 + 6), "Elkhorn Distribution Center", "900 Portlock Road, "
                          "Chesapeake, VA 23324", "Naomi J. Feldstein", "E-41188", dt.date(2047, 8, 8), 24.10, WH_W)
    net = stub.fields["net_current"]
    rent = 1325.00
    c1 = [(2, "MOBILE DEPOSIT - RENT APT B", rent), (8, "ELKHORN DC PAYROLL", net), (22, "ELKHORN DC PAYROLL", net)]
    c2 = [(1, "MOBILE DEPOSIT - RENT APT B", rent), (5, "ELKHORN DC PAYROLL", net), (19, "ELKHORN DC PAYROLL", net)]
    s1 = fidelity_statement(rng, "Naomi J. Feldstein", addr, "0048813927", 2047, 6, r2(rng.uniform(800, 1800)), c1)
    s2 = fidelity_statement(rng, "Naomi J. Feldstein", addr, "0048813927", 2047, 7, s1.fields["ending_balance"], c2)
    decree = divorce_decree("Gerald P. Feldstein", "Naomi J. Feldstein", "CL46-2291", dt.date(2047, 2, 9),
                            "the City of Norfolk")
    app = App("8836201157", "Naomi J. Feldstein", "919-72-4406", "3305 Colonial Avenue", "Norfolk", "VA", "23508",
              "(757) 555-0151", "nfeldstein@example.org", "primary_residence", ["divorce_or_separation"],
              dt.date(2046, 10, 15), "long", {"wages": stub.monthly, "rental": 990.00}, dt.date(2047, 8, 12),
              seed=seed + 61)
    p = Packet("br6", received, app, [])
    on = dt.date(2047, 8, 12)
    hl = plain_letter([app.borrower, *addr], on, ["Tidewater Home Loan Servicing"], "Dear Loss Mitigation Department,",
                      ["My husband and I separated last October and our divorce became final in February. The "
                       "house was awarded to me and I now pay the mortgage on my own income and the rent from the "
                       "basement apartment.", "I ask to be reviewed for a modification in my name."],
                      [app.borrower], ink=False, seed=seed + 62)
    t4506 = form4506c_screen("Naomi", "J", "Feldstein", "919-72-4406", "3305 Colonial Avenue", "Norfolk", "VA",
                             "23508", "Tidewater Home Loan Servicing", "(757) 555-0100", on, "(757) 555-0151",
                             seed + 63)
    budget = budget_sheet("Harbor Crest Housing Alliance", app.borrower, [
        ("Take-home pay (rounded)", 3280, 39360), ("Rent from basement apartment", 1325, 15900),
        ("Mortgage payment (PITI)", 2210, 26520), ("Utilities", 310, 3720), ("Food", 480, 5760),
        ("Left over each month", 120, 1440)], dt.date(2047, 8, 11))
    parts = [Part(app_doc(), digital(hca_summary(app, "Marcus E. Lindqvist", dt.date(2047, 8, 11), ink=False)),
                  "Mortgage assistance request (client intake summary)", mdy(on)),
             stub_part(stub, scanned(stub.paper, GREY200, seed + 64, turn=True)),
             stmt_part(s1, digital(s1.paper), bookmark="Pay stub (2)"),
             stmt_part(s2, digital(s2.paper)),
             Part(Doc("divorce_decree", {}, decree.date), scanned(decree.paper, GREY240, seed + 65),
                  "Final decree of divorce", mdy(decree.date), bookmark="Hardship letter"),
             Part(hardship_doc(on), digital(hl), "Hardship letter", mdy(on), bookmark="Divorce decree"),
             Part(Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
                  pdf_sheets(t4506, synth=False), "IRS Form 4506-C", mdy(on)),
             Part(Doc("other", {}), digital(budget, turn=True), "Household budget worksheet", mdy(dt.date(2047, 8,
                                                                                                          11)))]
    export(p, f"{app.loan}/CounselTrack_export_C-47-1187.pdf", hca("C-47-1187", dt.date(2047, 8, 19), 5388), parts)
    return p


def packet_br7(seed: int) -> Packet:
    """Incomplete (irs_form_4506c): rent claimed, the 4506-C in the export was never signed; Code 128 covers."""
    rng = random.Random(seed * 1000 + 7)
    received = weekday(dt.date(2047, 9, 17))
    addr = ["1419 Granby Street", "Norfolk, VA 23517"]
    stub = diner_stub(random.Random(seed * 11 + 7), "Bayside Grill & Oyster Bar", "2201 Shore Drive, Norfolk, VA "
                      "23518", "Yolanda C. Brightwater", dt.date(2047, 9, 5), 15.50, 34.0, 180.0, WH_D)
    rent = 1150.00
    c1 = [(3, "DEPOSIT - RENT 1419 GRANBY REAR", rent), (19, "BAYSIDE GRILL PAYROLL", stub.fields["net_current"])]
    s1 = tidewater_statement(rng, "Yolanda C. Brightwater", addr, "5521903364", 2047, 7, r2(rng.uniform(600, 1400)),
                             c1)
    s2 = tidewater_statement(rng, "Yolanda C. Brightwater", addr, "5521903364", 2047, 8, s1.fields["ending_balance"],
                             c1)
    obit = obituary_clip("Raymond L. Brightwater", dt.date(2047, 5, 30), 61, "Norfolk", dt.date(2047, 6, 2))
    app = App("0093317405", "Yolanda C. Brightwater", "976-30-1184", "1419 Granby Street", "Norfolk", "VA", "23517",
              "(757) 555-0172", "ybrightwater@example.net", "primary_residence", ["death"], dt.date(2047, 5, 30),
              "long", {"wages": stub.monthly, "rental": 860.00}, dt.date(2047, 9, 9),
              co="Marcus R. Brightwater", co_ssn="976-30-5521", seed=seed + 71)
    p = Packet("br7", received, app, ["irs_form_4506c"])
    on = dt.date(2047, 9, 9)
    t4506 = form4506c_screen("Yolanda", "C", "Brightwater", "976-30-1184", "1419 Granby Street", "Norfolk", "VA",
                             "23517", "Tidewater Home Loan Servicing", "(757) 555-0100", None, "(757) 555-0172",
                             seed + 73)
    parts = [Part(app_doc(), pdf_sheets(form710_flat(app)), "Form 710 application", mdy(on)),
             stub_part(stub, scanned(stub.paper, LOW, seed + 74)),
             stmt_part(s1, digital(s1.paper)),
             stmt_part(s2, digital(s2.paper)),
             Part(Doc("obituary", {}, obit.date), scanned(obit.paper, GREY240, seed + 75),
                  "Obituary - Raymond L. Brightwater", mdy(obit.date)),
             Part(Doc("irs_form_4506c", {"signed": False, "signed_on": None}, None, signed=False),
                  pdf_sheets(t4506, synth=False), "IRS Form 4506-C (unsigned)", "")]
    export(p, f"Brightwater {app.loan} loss mit package.pdf", bfcu("612094", dt.date(2047, 9, 16), 1780), parts,
           covers="code128")
    return p


def packet_br8(seed: int) -> Packet:
    """Incomplete (income_doc:benefits_taxable): the pension letter is stale and only one statement came; two files."""
    rng = random.Random(seed * 1000 + 8)
    received = weekday(dt.date(2047, 10, 22))
    addr = ["52 Riverview Terrace", "Portsmouth, VA 23704"]
    stub = district_stub("Portsmouth Public Schools", "801 Crawford Street, Portsmouth, VA 23704",
                         "Curtis W. Oyelaran", "0031558", "Custodial supervisor", dt.date(2047, 10, 15), 2140.00,
                         0.0, WH_S)
    pension = vrs_pension("Curtis W. Oyelaran", addr, dt.date(2047, 5, 2), 904.16)
    s1 = fidelity_statement(rng, "Curtis W. Oyelaran", addr, "0071126645", 2047, 9, r2(rng.uniform(500, 1500)),
                            [(1, "TMRS PENSION DEPOSIT", 904.16), (15, "PORTSMOUTH PS PAYROLL",
                                                                    stub.fields["net_current"]),
                             (30, "PORTSMOUTH PS PAYROLL", stub.fields["net_current"])])
    app = App("6604129983", "Curtis W. Oyelaran", "948-66-0271", "52 Riverview Terrace", "Portsmouth", "VA", "23704",
              "(757) 555-0108", "coyelaran@example.com", "primary_residence", ["other"], dt.date(2047, 4, 1),
              "short", {"wages": stub.monthly, "benefits_taxable": 904.16}, dt.date(2047, 10, 14),
              other_text="Paying for my mother's assisted living", seed=seed + 81)
    p = Packet("br8", received, app, ["income_doc:benefits_taxable"])
    on = dt.date(2047, 10, 14)
    hl = plain_letter([app.borrower, *addr], on, ["Tidewater Home Loan Servicing"], "Dear loss mitigation staff,", [
        "Since April I have paid $1,150 a month toward my mother's room at an assisted-living home after her "
        "savings ran out. That is what put me behind on my mortgage.",
        "Medicaid should begin paying for her care next spring. Until then I ask for a lower payment."],
        [app.borrower], ink=False, seed=seed + 82)
    dms1 = hca("C-47-1302", dt.date(2047, 10, 21), 6001)
    part1 = [Part(app_doc(), scanned(hca_summary(app, "Marcus E. Lindqvist", dt.date(2047, 10, 13), ink=True),
                                     GREY300, seed + 83), "Mortgage assistance request (client intake summary)",
                  mdy(on)),
             Part(hardship_doc(on), digital(hl), "Hardship letter - other", mdy(on), bookmark="Pension letter")]
    export(p, f"{app.loan} part 1 of 2.pdf", dms1, part1, part_label="(part 1 of 2)")
    dms2 = hca("C-47-1302", dt.date(2047, 10, 21), 6001 + 1 + sum(len(x.sheets) for x in part1))
    part2 = [stub_part(stub, digital(stub.paper)),
             letter_part(pension, scanned(pension.paper, LOW, seed + 84), "Pension verification letter"),
             stmt_part(s1, digital(s1.paper))]
    export(p, f"{app.loan} part 2 of 2.pdf", dms2, part2, part_label="(part 2 of 2)")
    return p


def printed_forms(name: str, value: Any) -> list[str]:
    """The ways a value may be printed on a page (for --check: every expected field must be readable)."""
    if isinstance(value, bool) or value is None or name in ("frequency", "benefit_type", "monthly_gross"):
        return []
    if isinstance(value, float | int) and name != "tax_year":
        return [money(float(value)), f"{float(value):.2f}"]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        d = dt.date.fromisoformat(value)
        return [mdy(d), long_date(d), d.strftime("%m/%d")]
    return [str(value)]


def page_text(pdf: bytes, index: int) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[index].extract_text().split())


def check_printed(p: Packet) -> list[str]:
    """Every expected field of every document (and the application's answers) is printed on its content pages."""
    problems: list[str] = []
    for doc in p.docs:
        text = " ".join(page_text(pdf, i) for pdf, i in doc.sources).lower()
        for k, v in doc.fields.items():
            forms = printed_forms(k, v)
            if forms and not any(f.lower() in text for f in forms):
                problems.append(f"{p.name}: {doc.type} field {k}={v!r} not printed")
        if doc.type == "mortgage_assistance_application":
            exp = p.app.expected()
            want = [exp["loan_number"], exp["borrower_name"], exp["ssn_last4"], p.app.street, p.app.city]
            want += [money(v) for k, v in exp["income"].items() if k != "total" or "total monthly" in text]
            if exp["hardship_start_date"]:
                want.append(mdy(dt.date.fromisoformat(exp["hardship_start_date"])))
            if exp["co_borrower_name"]:
                want.append(exp["co_borrower_name"])
            problems += [f"{p.name}: application answer {w!r} not printed" for w in want if w.lower() not in text]
    return problems


def low_resolution(path: Path, index: int) -> bool:
    """A page that is one image stored below 160 dpi (a low-quality re-scan, whose small code may not read)."""
    page = PdfReader(path).pages[index]
    images = list(page.images)
    return bool(images) and images[0].image.size[0] / (float(page.mediabox.width) / 72) < 160


def check_codes(out: Path, exp: dict[str, Any], name: str) -> list[str]:
    """Decode every page of every export: the pages whose code reads LOAN <loan> must be exactly the pages left out
    of expected.json (the cover sheets), and every page must carry the DMS's own page code."""
    problems: list[str] = []
    listed = {(pg["file"], pg["page"]) for d in exp["documents"] for pg in d["pages"]}
    for path in sorted((out / name / "inbox").rglob("*.pdf")):
        rel = path.relative_to(out / name / "inbox").as_posix()
        doc = pdfium.PdfDocument(str(path))
        try:
            for i in range(len(doc)):
                page = doc[i]
                img = page.render(scale=200 / 72, grayscale=True).to_pil()
                page.close()
                texts = [r.text for r in zxingcpp.read_barcodes(img)]
                is_sep = f"LOAN {exp['loan_number']}" in texts
                if is_sep == ((rel, i + 1) in listed):
                    problems.append(f"{name}: {rel}#{i + 1} separator={is_sep} but listed={(rel, i + 1) in listed}")
                low = low_resolution(path, i)
                if not low and not any(t.startswith(("HCA-", "BFCU")) for t in texts):
                    problems.append(f"{name}: {rel}#{i + 1} carries no page code ({texts})")
        finally:
            doc.close()
    return problems


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_br1, packet_br2, packet_br3, packet_br4, packet_br5, packet_br6,
                                          packet_br7, packet_br8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        dt.date.fromisoformat(exp["received_on"])
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
        problems += check_codes(out, exp, name)
        dt.date.fromisoformat(exp["received_on"]).weekday() < 5 or problems.append(f"{name}: weekend")
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
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (br1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if args.check:
            problems += check_printed(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
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
