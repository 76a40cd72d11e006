"""Holdout set bk (bk1..bk8): packets sent by a BORROWER'S CHAPTER 13 BANKRUPTCY ATTORNEY. Written without looking at
the service's code, rules, data files or tests (only shared/spec, shared/samples, tests/pdf_factory.py,
tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold and the module docstrings of the other sets
were read), to estimate honestly how the service reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_bk.py OUT_DIR [--seed N] [--check] [--only bk1 bk5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are weekdays in 2048 (March to October). The seed
changes hours, amounts, transactions, pen strokes and scanner noise, never names, dates or the truth of the answers.

THE THEME. Every packet comes from a debtors' law office while its clients are in a Chapter 13 case, so it mixes
the servicer's checklist papers with court papers that are not checklist documents:
- COURT PAPERS carry the court's ECF header line on every page ("Case 48-11872-pmm  Doc 1  Filed 01/16/48  Entered
  01/16/48 09:41:27  Desc Main Document  Page 27 of 59"): the header's "Page x of y" counts pages of the DOCKET ENTRY,
  not of the paper, and its two-digit dates are filing dates, not document dates. Court papers here: a Schedule I
  style income schedule (Debtor 1 / Debtor 2 columns, monthly wages, deductions, lines 8a-8h; type other), orders
  confirming a plan or sending the case to loss mitigation (other), and in bk5 the debtor's pay stubs filed months
  ago as "Exhibit B - Pay Advices" (two separate stubs under one "Page 1 of 2 / Page 2 of 2" header run; stale).
- The attorney's COVER LETTER is on PLEADING PAPER: line numbers 1-28 down the left margin beside a double rule, a
  right rule, a footer rule with the paper's title; it lists the enclosures (pay stubs, statements, Schedule I ...)
  and is itself type other. bk7 adds a state-court Petition for Dissolution of Marriage on pleading paper (other: a
  petition is not a final decree).
- The APPLICATION is a servicer's form retyped by the firm's paralegal as a TWO-COLUMN TABLE: labels on the left
  with DOTTED LEADERS running to the answer column. Larchmont Home Loan Servicing's "Mortgage Assistance Application
  - Borrowers in Bankruptcy" (LHLS-MAA-BK, three pages; answers typed in Courier as words: "Primary residence -
  owner occupied", hardships one per line, unused income lines "0.00" or left blank, co-borrower "N/A") and Cobalt
  Ridge Mortgage Servicing's "Borrower Assistance Form - Debtors in Active Bankruptcy" (CR-BK13, three pages; labels
  say Debtor / Joint Debtor, answers are [X] / [ ] option lists inside the answer cell, wages on two rows - debtor
  and joint debtor - and child support and other income on two rows, unused lines "-0-"). The SSN is typed masked
  (XXX-XX-1234). Both carry distractors a stranger must not read as answers: the petition and confirmation dates,
  the monthly plan payment, the trustee, the Schedule J expenses and net income, a mailing address "c/o" the law
  firm, and the paralegal who typed the form.
- INCOME EVIDENCE: pay stubs (a payroll bureau's weekly earnings statement, a public employer's semi-monthly pay
  statement, a tavern's bi-weekly stub with tips and no printed frequency) and bank statements (a bank's two-page
  statement with one signed amount column, a credit union's statement with two-digit-year dates), with account and
  SSN numbers partly masked; award letters (a union pension fund's survivor annuity, VA compensation, a municipal
  disability pension), a state unemployment determination, a signed IRS Form 4506-C (the real Rev. 10-2022 page 1).
- DELIVERY: born-digital packets (bk1, bk4, bk5, bk7: e-signed with drawn strokes and typed dates; the attorney
  signs "/s/ name") and packets run through the law office's COPIER (bk2, bk3, bk6, bk8: grey, 300 dpi, tilted 0.15
  to 0.65 degrees, a light blur, sensor noise, speckle and mostly a lid shadow, JPEG, no text layer; ink signatures,
  dates hand-written or typed). bk5 mixes one copier scan into a folder of court-portal downloads. Two combined scans
  hold a paper's two sheets in reverse order (bk2's May statement, bk6's Schedule I).

Packets (complete: bk1, bk3, bk6, bk8; incomplete: bk2, bk4, bk5, bk7):
bk1 digital, loose files "<Surname> <loan> - n <paper>.pdf"; joint debtors, weekly and semi-monthly stubs; complete.
bk2 copier scan of the whole packet in a folder named after the loan; self-employed, two fresh business statements
    but no 4506-C -> irs_form_4506c.
bk3 copier scans, one file per paper "LM-<Surname>-<loan>-nn.pdf"; widow with tips and a survivor pension, death
    certificate; complete.
bk4 ONE born-digital PDF of the whole submission; the joint debtor did not sign and the hardship date was left
    blank -> application_signature, application_field:hardship_start_date.
bk5 court-portal downloads in a folder named after the loan; the only stubs are the petition-era exhibits (stale)
    and one statement -> income_doc:wages.
bk6 ONE copier scan named "<loan> LM packet.pdf"; VA compensation and a disability pension; complete.
bk7 digital loose files; divorce claimed but only the petition for dissolution -> hardship_doc:divorce_or_separation.
bk8 copier scans grouped several papers to a file in a folder named after the loan; rental duplex, signed 4506-C,
    an "other" hardship explained by letter; complete.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and main() fails if they differ from the scenario. `--check` validates every
expected.json: keys, codes, types, dates, money, that every page of every file belongs to exactly one listed
document, that `scanned` matches the absence of a text layer, and the pay stub arithmetic. Every file is the same
bytes for a seed (reportlab invariant mode, seeded noise). All people, employers, banks, servicers, law firms and
case numbers are fictional; SSNs use the 900-999 area; every page carries a faint "synthetic test document" line.
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

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
FORM4506C = SHARED / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
HAND_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
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
APP_FIELDS = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
              "hardship_start_date", "income")
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: dt.date) -> str:
    """The two-digit-year date of ECF headers and some statements."""
    return d.strftime("%m/%d/%y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


# --- papers, marks and born-digital output ----------------------------------------------------------------------


@dataclass
class Mark:
    """What a person adds by hand: a signature ("sig") or hand-written text ("hand"); x, y in PDF points from the
    bottom-left of the page (the left end of the baseline)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Doc:
    """What expected.json says about one logical document, and what the checklist needs to judge it."""

    type: str
    fields: dict[str, Any] = field(default_factory=dict)
    date: dt.date | None = None  # the date freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


@dataclass
class Paper:
    """One logical document as printed: its page drawers, what it is, and the order its sheets land in a file."""

    pages: list[PageFn]
    doc: Doc
    order: list[int] | None = None  # sheet order in the delivered file (indices into pages); None = as printed


def synth_line(c: Canvas) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.7)
    c.drawRightString(W - 20, 9, SYNTH)
    c.restoreState()


def scrawl(seed: int, w: float, h: float = 20.0) -> list[list[tuple[float, float]]]:
    """Pen strokes of a signature fitted to a w-wide box (0,0 bottom-left): per word a tall looped initial, then
    letters of mixed height - small humps, looped ascenders, descenders - slanted, with a closing underline."""
    rng = random.Random(seed)
    slant = rng.uniform(0.2, 0.45)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for _ in range(rng.choice([2, 2, 3])):
        pts: list[tuple[float, float]] = []
        for i in range(rng.randint(4, 8)):
            kind = rng.random()
            amp = h * (1.1 if i == 0 else 0.95 if kind < 0.2 else 0.42 if kind < 0.85 else -0.55)
            seg = rng.uniform(8.0, 12.0) if i == 0 else rng.uniform(4.5, 8.5)
            loop = rng.uniform(1.5, 3.5) if i == 0 or abs(amp) > 0.5 * h else rng.uniform(0.0, 1.2)
            for k in range(1, 9):
                t = k / 8
                py = h * 0.15 + amp * math.sin(math.pi * t) + rng.uniform(-0.4, 0.4)
                pts.append((x + seg * t - loop * math.sin(2 * math.pi * t) + slant * py, py))
            x += seg
        strokes.append(pts)
        x += rng.uniform(5.0, 9.0)
    strokes.append([(x * 0.05, h * 0.02), (x * 0.5, -h * 0.12), (x * 0.97, h * 0.05)])
    fit = w / max(px for st in strokes for px, _ in st)
    return [[(px * fit, py) for px, py in st] for st in strokes]


def draw_sig_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.05, 0.1, 0.4))
    c.setLineWidth(1.0)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in scrawl(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on screen in an e-signing tool: drawn strokes, and text typed in an oblique face."""
    for m in marks:
        if m.kind == "sig":
            draw_sig_vector(c, m)
        else:
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(m.x, m.y, m.text)


def digital_pdf(papers: Sequence[Paper], creator: str) -> bytes:
    """One born-digital file holding the papers, each page drawn with its on-screen marks."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for paper in papers:
        for i in paper.order or range(len(paper.pages)):
            screen_marks(c, paper.pages[i](c))
            synth_line(c)
            c.showPage()
    c.save()
    return buf.getvalue()


# --- the law office's copier ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Copier:
    dpi: int = 300
    tilt: float = 0.4  # degrees; the sign alternates sheet by sheet
    blur: float = 0.55
    speckle: float = 0.0004
    shadow: bool = True  # the darker band a lifted lid leaves along one edge


def hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink(img: Image.Image, marks: Sequence[Mark], scale: float) -> None:
    """Pen marks on a rendered sheet: signatures as strokes, writing glyph by glyph with a wobble."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            for stroke in scrawl(m.seed, m.w):
                pts = [((m.x + px) * scale, (H - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=30, width=max(2, round(1.2 * scale)), joint="curve")
            continue
        rng = random.Random(m.seed)
        font = hand_font(round(m.size * scale))
        x = m.x * scale
        for ch in m.text:
            dy = rng.uniform(-0.9, 0.9) * scale
            draw.text((x, (H - m.y) * scale + dy), ch, fill=38, font=font, anchor="ls")
            x += font.getlength(ch) * rng.uniform(0.94, 1.1)


def copy_sheet(img: Image.Image, style: Copier, seed: int) -> Image.Image:
    """A sheet through the copier: skewed, softened, a grey paper tone, sensor noise, speckle, a lid shadow."""
    rng = np.random.default_rng(seed)
    angle = style.tilt * (1 if seed % 2 else -1) * float(rng.uniform(0.6, 1.0))
    out = img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    out = out.filter(ImageFilter.GaussianBlur(style.blur))
    a = np.asarray(out, dtype=np.float32) * 0.9 + 16.0
    a += rng.normal(0.0, 2.5, a.shape).astype(np.float32)
    spots = rng.random(a.shape) < style.speckle
    a[spots] = 70.0
    if style.shadow:
        band = max(8, a.shape[1] // 60)
        ramp = np.linspace(0.55, 1.0, band, dtype=np.float32)
        a[:, :band] *= ramp[None, :]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def copier_pdf(papers: Sequence[Paper], style: Copier, seed: int) -> bytes:
    """Print the papers, add the pen marks, run every sheet through the copier, and wrap the images in one PDF."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks: list[list[Mark]] = []
    for paper in papers:
        for i in paper.order or range(len(paper.pages)):
            marks.append(paper.pages[i](c))
            synth_line(c)
            c.showPage()
    c.save()
    out = io.BytesIO()
    o = Canvas(out, pagesize=letter, invariant=1)
    scale = style.dpi / 72
    pdf = pdfium.PdfDocument(buf.getvalue())
    try:
        for n in range(len(pdf)):
            img = pdf[n].render(scale=scale, grayscale=True).to_pil().convert("L")
            ink(img, marks[n], scale)
            sheet = copy_sheet(img, style, seed * 101 + n)
            data = io.BytesIO()
            sheet.save(data, "JPEG", quality=80)
            data.seek(0)
            o.drawImage(ImageReader(data), 0, 0, width=W, height=H)
            o.showPage()
    finally:
        pdf.close()
    o.save()
    return out.getvalue()


# --- text helpers -----------------------------------------------------------------------------------------------


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


def block(c: Canvas, x: float, y: float, width: float, paras: Sequence[str], font: str = "Times-Roman",
          size: float = 11.0, leading: float = 14.0, gap: float = 7.0) -> float:
    """Paragraphs wrapped to width from baseline y down; returns the next free baseline."""
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def dotted(c: Canvas, x0: float, x1: float, y: float, font: str, size: float) -> None:
    """A dot leader from x0 to x1 on baseline y, typed as periods so it reads as text too."""
    dot = stringWidth(". ", font, size)
    n = int((x1 - x0) / dot)
    if n > 0:
        c.setFont(font, size)
        c.drawString(x1 - n * dot, y, ". " * n)


# --- court papers: the ECF header, pleading paper, Schedule I, orders --------------------------------------------


@dataclass(frozen=True)
class Ecf:
    """The header the court's CM/ECF system stamps on every page of a docket entry."""

    case: str
    doc: str
    filed: dt.date
    entered: str  # time of entry, HH:MM:SS
    desc: str
    first: int  # the entry's page number of the paper's first page
    total: int  # pages in the whole docket entry
    entered_on: dt.date | None = None

    def line(self, page: int) -> str:
        entered = self.entered_on or self.filed
        return (f"Case {self.case}    Doc {self.doc}    Filed {mdy2(self.filed)}    Entered {mdy2(entered)} "
                f"{self.entered}    Desc {self.desc}    Page {page} of {self.total}")


def on_docket(paper: Paper, ecf: Ecf) -> Paper:
    """The paper as the court's system serves it: the ECF header across the top of every page."""

    def stamped(fn: PageFn, n: int) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            c.saveState()
            c.setFont("Helvetica", 8.2)
            c.drawCentredString(W / 2, 776, ecf.line(n))
            c.restoreState()
            return fn(c)

        return page

    return Paper([stamped(fn, ecf.first + i) for i, fn in enumerate(paper.pages)], paper.doc, paper.order)


@dataclass
class PLine:
    """One line of pleading paper; adv counts half-lines to the next (2 = the next numbered line)."""

    text: str = ""
    font: str = "Times-Roman"
    size: float = 12.0
    align: str = "left"  # left | center | right
    x: float = 0.0
    adv: int = 2
    sig: int | None = None  # a pen signature goes on this line when the paper is signed in ink


PL_TOP = 730.0
PL_HALF = 12.0
PL_LINES = 28
PL_LEFT = 92.0
PL_RIGHT = 548.0


def pleading_frame(c: Canvas, title: str, page_no: int) -> None:
    c.saveState()
    c.setFont("Times-Roman", 10)
    c.setFillGray(0.2)
    for i in range(PL_LINES):
        c.drawRightString(62, PL_TOP - i * 2 * PL_HALF, str(i + 1))
    c.setStrokeGray(0.15)
    c.setLineWidth(0.6)
    c.line(72, H, 72, 0)
    c.line(75, H, 75, 0)
    c.setLineWidth(0.45)
    c.line(560, H, 560, 0)
    c.setFillGray(0)
    c.setFont("Times-Roman", 10)
    c.drawCentredString(316, 62, f"- {page_no} -")
    c.line(72, 55, 560, 55)
    c.setFont("Times-Roman", 7.5)
    c.drawCentredString(316, 45, title.upper())
    c.restoreState()


def para_lines(text: str, indent: float = 36.0, first: str = "", width: float = PL_RIGHT - PL_LEFT) -> list[PLine]:
    """A double-spaced paragraph on pleading paper with a first-line indent."""
    words = (first + text).split()
    out: list[PLine] = []
    line = ""
    lead = indent
    for word in words:
        trial = f"{line} {word}".strip()
        if stringWidth(trial, "Times-Roman", 12) > width - lead and line:
            out.append(PLine(line, x=lead))
            line, lead = word, 0.0
        else:
            line = trial
    if line:
        out.append(PLine(line, x=lead))
    return out


def pleading_paper(lines: Sequence[PLine], title: str, doc: Doc, pen: bool) -> Paper:
    """Lines flowed onto numbered pleading pages; signature lines get pen strokes when signed in ink."""
    pages: list[list[tuple[int, PLine]]] = [[]]
    pos = 0
    for ln in lines:
        if pos > 2 * (PL_LINES - 1):
            pages.append([])
            pos = 0
            if not ln.text:
                continue
        pages[-1].append((pos, ln))
        pos += ln.adv

    def make(n: int, items: list[tuple[int, PLine]]) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            pleading_frame(c, title, n)
            marks: list[Mark] = []
            for pos, ln in items:
                y = PL_TOP - pos * PL_HALF
                text = ln.text
                if pen and ln.sig is not None:
                    marks.append(Mark("sig", PL_LEFT + ln.x + 4, y + 1, w=150, seed=ln.sig))
                    text = "_" * 32
                c.setFont(ln.font, ln.size)
                if ln.align == "center":
                    c.drawCentredString((PL_LEFT + PL_RIGHT) / 2, y, text)
                elif ln.align == "right":
                    c.drawRightString(PL_RIGHT, y, text)
                else:
                    c.drawString(PL_LEFT + ln.x, y, text)
            return marks

        return page

    return Paper([make(i + 1, items) for i, items in enumerate(pages)], doc)


@dataclass(frozen=True)
class Firm:
    attorney: str
    bar: str
    firm: str
    street: str
    city: str
    phone: str
    email: str
    paralegal: str


@dataclass(frozen=True)
class Servicer:
    name: str
    dept: str
    street: str
    city: str
    fax: str


LARCHMONT = Servicer("Larchmont Home Loan Servicing, LLC", "Loss Mitigation - Bankruptcy Unit",
                     "P.O. Box 48120", "Columbus, OH 43248", "(614) 555-0147")
COBALT = Servicer("Cobalt Ridge Mortgage Servicing, Inc.", "Default Servicing / Bankruptcy Loss Mitigation",
                  "7700 Brookhollow Parkway, Suite 200", "Irving, TX 75063", "(972) 555-0183")


def attorney_block(firm: Firm) -> list[PLine]:
    return [PLine(f"{firm.attorney}, Esq. (Bar No. {firm.bar})", size=11, adv=1),
            PLine(firm.firm.upper(), size=11, adv=1), PLine(firm.street, size=11, adv=1),
            PLine(firm.city, size=11, adv=1), PLine(f"Telephone: {firm.phone}", size=11, adv=1),
            PLine(f"Email: {firm.email}", size=11, adv=1), PLine("Attorneys for the Debtors", size=11, adv=2)]


def cover_letter(firm: Firm, on: dt.date, srv: Servicer, debtors: str, case: str, court: str, loan_ref: str,
                 prop: str, enclosures: Sequence[str], with_schedule: bool, pen: bool, seed: int) -> Paper:
    """The attorney's transmittal letter, typed on pleading paper."""
    lines = [*attorney_block(firm), PLine(long_date(on), adv=2),
             PLine("VIA FACSIMILE " + srv.fax + " AND FIRST-CLASS MAIL", font="Times-Bold", size=11, adv=1),
             PLine(srv.name, size=11, adv=1), PLine(srv.dept, size=11, adv=1), PLine(srv.street, size=11, adv=1),
             PLine(srv.city, size=11, adv=2),
             PLine("Re:", font="Times-Bold", adv=0), PLine(f"In re {debtors}", x=40, adv=1),
             PLine(f"Chapter 13 Case No. {case} ({court})", x=40, adv=1),
             PLine(f"Loan No. {loan_ref}", x=40, adv=1), PLine(f"Property: {prop}", x=40, adv=3),
             PLine("Dear Loss Mitigation Department:")]
    lines += para_lines(f"This office represents {debtors} in the Chapter 13 case referenced above. Pursuant to the "
                        "Court's loss mitigation procedures, enclosed please find the Debtors' completed mortgage "
                        "assistance application on your form, together with the supporting documents listed below:")
    for i, e in enumerate(enclosures, 1):
        lines.append(PLine(f"{i}.  {e}", x=36, adv=1 if i < len(enclosures) else 2 + (i - 1) % 2))  # back on a number
    if with_schedule:
        lines += para_lines("The Debtors' Schedule I is enclosed for reference only. It reports income as of the "
                            "petition date; the application and the enclosed documents reflect current income.")
    lines += para_lines("Please direct all communications regarding this loan to the undersigned, not to the "
                        "Debtors, and confirm in writing within five business days whether you need anything "
                        "further to evaluate the application.")
    lines += [PLine("Very truly yours,", adv=2), PLine(firm.firm.upper(), size=11, adv=2),
              PLine(f"/s/ {firm.attorney}", sig=seed, adv=1), PLine(f"{firm.attorney}, Esq.", adv=2),
              PLine("cc: Chapter 13 Standing Trustee (without enclosures); Debtors", size=10, adv=1),
              PLine(f"Prepared by: {firm.paralegal}, Paralegal", size=10, adv=1)]
    return pleading_paper(lines, f"Letter to {srv.name} re loss mitigation submission", Doc("other"), pen)


@dataclass(frozen=True)
class Earner:
    """One column of a Schedule I: a debtor's job and monthly figures as of the petition date."""

    name: str
    occupation: str = ""
    employer: str = ""
    employer_addr: str = ""
    since: str = ""
    wages: float = 0.0
    overtime: float = 0.0
    tax: float = 0.0
    retirement: float = 0.0
    insurance: float = 0.0
    union: float = 0.0
    business: float = 0.0
    support: float = 0.0
    unemployment: float = 0.0
    social_security: float = 0.0
    pension: float = 0.0
    other: float = 0.0

    def lines(self) -> dict[str, float]:
        gross = r2(self.wages + self.overtime)
        ded = r2(self.tax + self.retirement + self.insurance + self.union)
        other = r2(self.business + self.support + self.unemployment + self.social_security + self.pension
                   + self.other)
        return {"2": self.wages, "3": self.overtime, "4": gross, "5a": self.tax, "5b": self.retirement, "5c": 0.0,
                "5d": 0.0, "5e": self.insurance, "5f": 0.0, "5g": self.union, "5h": 0.0, "6": ded,
                "7": r2(gross - ded), "8a": self.business, "8b": 0.0, "8c": self.support, "8d": self.unemployment,
                "8e": self.social_security, "8f": 0.0, "8g": self.pension, "8h": self.other, "9": other,
                "10": r2(gross - ded + other)}


SCHED_ROWS = {
    "2": "List monthly gross wages, salary, and commissions (before all payroll deductions).",
    "3": "Estimate and list monthly overtime pay.", "4": "Calculate gross income. Add line 2 + line 3.",
    "5a": "Tax, Medicare, and Social Security deductions", "5b": "Mandatory contributions for retirement plans",
    "5c": "Voluntary contributions for retirement plans", "5d": "Required repayments of retirement fund loans",
    "5e": "Insurance", "5f": "Domestic support obligations", "5g": "Union dues", "5h": "Other deductions.",
    "6": "Add the payroll deductions. Add lines 5a + 5b + 5c + 5d + 5e + 5f + 5g + 5h.",
    "7": "Calculate total monthly take-home pay. Subtract line 6 from line 4.",
    "8a": "Net income from rental property and from operating a business, profession, or farm",
    "8b": "Interest and dividends", "8c": "Family support payments that you, a non-filing spouse, or a dependent "
    "regularly receive", "8d": "Unemployment compensation", "8e": "Social Security",
    "8f": "Other government assistance that you regularly receive", "8g": "Pension or retirement income",
    "8h": "Other monthly income. Specify:", "9": "Add all other income. Add lines 8a + 8b + ... + 8h.",
    "10": "Calculate monthly income. Add line 7 + line 9.",
}


def schedule_i(court: str, case: str, d1: Earner, d2: Earner | None) -> Paper:
    """A Schedule I style income schedule as filed with the petition (type other)."""
    cols = (462.0, 560.0)
    two = d2 or Earner("")
    v1, v2 = d1.lines(), two.lines()

    def band(c: Canvas, y: float, part: str, title: str) -> None:
        c.setFillColor(black)
        c.rect(50, y - 4, 62, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(54, y, part)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(118, y, title)
        c.setLineWidth(1.2)
        c.line(50, y - 5, 562, y - 5)
        c.setLineWidth(0.5)

    def amount_row(c: Canvas, y: float, key: str) -> float:
        bold = key in ("4", "6", "7", "9", "10")
        lines = wrap(SCHED_ROWS[key], "Helvetica", 8, 300)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
        c.drawString(56, y, f"{key}.")
        for i, ln in enumerate(lines):
            c.drawString(78, y - 10 * i, ln)
        for x, vals in zip(cols, (v1, v2), strict=True):
            c.setFont("Helvetica", 8)
            c.drawString(x - 78, y, key)
            c.rect(x - 66, y - 3, 66, 12, stroke=1, fill=0)
            c.drawString(x - 64, y, "$")
            c.setFont("Courier", 8.5)
            if vals is v1 or d2 is not None:
                c.drawRightString(x - 3, y, money(vals[key]))
        return y - max(15, 10 * len(lines) + 5)

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 40, "Official Form 106I")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(W / 2, 40, "Schedule I: Your Income")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 40, f"page {n}")

    def page1(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.6)
        c.rect(50, 660, 342, 100, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        c.drawString(54, 750, "Fill in this information to identify your case:")
        c.setFont("Helvetica", 7.5)
        for y, k in ((735, "Debtor 1"), (720, "Debtor 2"), (697, "United States Bankruptcy Court for the:"),
                     (667, "Case number")):
            c.drawString(54, y, k)
        c.setFont("Helvetica", 6.5)
        c.drawString(54, 712, "(Spouse, if filing)")
        c.setFont("Courier-Bold", 9)
        c.drawString(130, 735, d1.name)
        c.drawString(130, 720, two.name)
        c.drawString(66, 684, court)
        c.drawString(130, 667, case)
        c.setFont("Helvetica", 7.5)
        c.drawString(404, 735, "Check if this is:")
        c.rect(404, 718, 6, 6, stroke=1, fill=0)
        c.drawString(414, 719, "An amended filing")
        c.rect(404, 704, 6, 6, stroke=1, fill=0)
        c.drawString(414, 705, "A supplement showing postpetition")
        c.drawString(414, 696, "chapter 13 income as of the following date:")
        c.drawString(414, 684, "________________  MM / DD / YYYY")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 644, "Official Form 106I")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, 627, "Schedule I: Your Income")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(562, 627, "12/15")
        y = block(c, 50, 613, 512, ["Be as complete and accurate as possible. If two married people are filing "
                                    "together (Debtor 1 and Debtor 2), both are equally responsible for supplying "
                                    "correct information. If you are married and not filing jointly, and your "
                                    "spouse is living with you, include information about your spouse."],
                  "Helvetica", 8, 10, 4)
        band(c, y - 6, "Part 1:", "Describe Employment")
        y -= 28
        c.setFont("Helvetica-Bold", 8)
        c.drawString(232, y, "Debtor 1")
        c.drawString(404, y, "Debtor 2 or non-filing spouse")
        y -= 15
        rows = [("Employment status", "Employed" if d1.employer else "Not employed",
                 ("Employed" if two.employer else "Not employed") if d2 else ""),
                ("Occupation", d1.occupation, two.occupation), ("Employer's name", d1.employer, two.employer),
                ("Employer's address", d1.employer_addr, two.employer_addr),
                ("How long employed there?", d1.since, two.since)]
        for k, a, b in rows:
            wa, wb = wrap(a, "Courier", 8, 158) or [""], wrap(b, "Courier", 8, 158) or [""]
            n = max(len(wa), len(wb))
            c.setFont("Helvetica", 8)
            c.drawString(70, y, k)
            c.setFont("Courier", 8)
            for i in range(n):
                c.drawString(232, y - 10 * i, wa[i] if i < len(wa) else "")
                c.drawString(404, y - 10 * i, wb[i] if i < len(wb) else "")
            c.setLineWidth(0.3)
            c.line(230, y - 10 * (n - 1) - 3, 392, y - 10 * (n - 1) - 3)
            c.line(402, y - 10 * (n - 1) - 3, 562, y - 10 * (n - 1) - 3)
            y -= 10 * n + 6
        band(c, y - 8, "Part 2:", "Give Details About Monthly Income")
        y -= 30
        c.setFont("Helvetica", 8)
        c.drawString(56, y, "Estimate monthly income as of the date you file this form.")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString(cols[0] - 33, y + 4, "For Debtor 1")
        c.drawCentredString(cols[1] - 33, y + 4, "For Debtor 2 or")
        c.drawCentredString(cols[1] - 33, y - 4, "non-filing spouse")
        y -= 20
        for key in ("2", "3", "4"):
            y = amount_row(c, y, key)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "5. List all payroll deductions:")
        y -= 14
        for key in ("5a", "5b", "5c", "5d", "5e", "5f", "5g", "5h", "6", "7"):
            y = amount_row(c, y, key)
        foot(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 8)
        c.drawString(50, 750, f"Debtor 1   {d1.name}")
        c.drawRightString(562, 750, f"Case number (if known)   {case}")
        y = 724
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "8. List all other income regularly received:")
        y -= 15
        for key in ("8a", "8b", "8c", "8d", "8e", "8f", "8g", "8h", "9", "10"):
            y = amount_row(c, y, key)
        total = r2(v1["10"] + (v2["10"] if d2 else 0.0))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y - 4, "11. State all other regular contributions to the expenses that you list in "
                                "Schedule J.")
        c.setFont("Courier", 8.5)
        c.drawRightString(cols[1] - 3, y - 4, "0.00")
        y -= 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "12. Add the amount in the last column of line 10 to the amount in line 11. The result "
                            "is the combined monthly income.")
        c.rect(cols[1] - 66, y - 17, 66, 12, stroke=1, fill=0)
        c.setFont("Courier-Bold", 8.5)
        c.drawRightString(cols[1] - 3, y - 14, money(total))
        y -= 36
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "13. Do you expect an increase or decrease within the year after you file this form?")
        c.setFont("Helvetica", 8)
        c.rect(78, y - 15, 6, 6, stroke=1, fill=0)
        c.drawString(88, y - 14, "No.")
        c.rect(78, y - 27, 6, 6, stroke=1, fill=0)
        c.drawString(88, y - 26, "Yes. Explain:")
        c.setFont("Courier", 8.5)
        c.drawString(79, y - 14, "X")
        foot(c, 2)
        return []

    return Paper([page1, page2], Doc("other"))


def caption(c: Canvas, court: str, case: str, debtors: Sequence[str], top: float = 735) -> float:
    """A bankruptcy court caption: court name centered, In re box at left, chapter and case number at right."""
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, top, "UNITED STATES BANKRUPTCY COURT")
    c.drawCentredString(W / 2, top - 15, court.upper())
    y = top - 48
    c.setFont("Times-Roman", 11.5)
    c.drawString(80, y, "In re:")
    yy = y - 16
    for d in debtors:
        c.drawString(110, yy, d.upper() + ",")
        yy -= 14
    c.drawString(200, yy - 2, "Debtor(s).")
    c.setLineWidth(0.6)
    c.line(300, y + 10, 300, yy - 12)
    c.line(80, yy - 12, 300, yy - 12)
    c.drawString(330, y - 10, "Chapter 13")
    c.drawString(330, y - 30, f"Case No. {case}")
    return yy - 40


def court_order(court: str, case: str, debtors: Sequence[str], title: str, paras: Sequence[str], judge: str,
                on: dt.date) -> Paper:
    """An order of the bankruptcy court (type other), flowed onto as many pages as its text needs."""
    font, size, lead = "Times-Roman", 11.5, 16.0
    lines: list[str | None] = []
    for p in paras:
        lines += [*wrap(p, font, size, 432), None]

    def first_room(c: Canvas) -> float:
        y = caption(c, court, case, debtors)
        c.setFont("Times-Bold", 12)
        for i, t in enumerate(wrap(title, "Times-Bold", 12, 400)):
            c.drawCentredString(W / 2, y - 15 * i, t)
        return y - 15 * len(wrap(title, "Times-Bold", 12, 400)) - 14

    budget1 = int((735 - 48 - 16 - 14 * len(debtors) - 40 - 45 - 100) / lead)
    chunks = [lines[:budget1]]
    rest = lines[budget1:]
    while rest:
        chunks.append(rest[:38])
        rest = rest[38:]

    def make(i: int, chunk: list[str | None]) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            y = first_room(c) if i == 0 else 740.0
            c.setFont(font, size)
            for ln in chunk:
                if ln is None:
                    y -= 6
                    continue
                c.drawString(90, y, ln)
                y -= lead
            if i == len(chunks) - 1:
                c.drawString(90, y - 14, f"Dated: {long_date(on)}")
                c.drawString(340, y - 14, "BY THE COURT:")
                c.setFont("Times-Italic", 12)
                c.drawString(340, y - 44, f"/s/ {judge}")
                c.setFont(font, size)
                c.line(338, y - 48, 540, y - 48)
                c.drawString(340, y - 62, judge)
                c.drawString(340, y - 76, "United States Bankruptcy Judge")
            return []

        return page

    return Paper([make(i, ch) for i, ch in enumerate(chunks)], Doc("other"))


def confirmation_order(court: str, case: str, debtors: Sequence[str], plan: float, months: int, trustee: str,
                       judge: str, on: dt.date, servicer: str) -> Paper:
    paras = ["The Debtor(s) having filed a Chapter 13 plan, and the plan having been transmitted to creditors, and "
             "after notice and a hearing, the Court finds that the plan meets the requirements of 11 U.S.C. "
             "Section 1325. It is hereby ORDERED that the plan is CONFIRMED.",
             f"The Debtor(s) shall pay to {trustee}, the sum of ${money(plan)} per "
             f"month for {months} months, beginning on the first day of the month following the filing of the "
             "petition, by wage order or electronic payment.",
             f"Ongoing post-petition mortgage payments to {servicer} shall be paid directly by the Debtor(s) "
             "outside the plan. Pre-petition arrears shall be paid through the plan as set forth in the allowed "
             "proof of claim unless a loan modification is approved by separate order.",
             "Any income tax refund in excess of $1,500.00 received during the term of the plan shall be turned "
             "over to the Trustee unless the Court orders otherwise."]
    return court_order(court, case, debtors, "ORDER CONFIRMING CHAPTER 13 PLAN", paras, judge, on)


def lmm_order(court: str, case: str, debtors: Sequence[str], servicer: str, loan_tail: str, judge: str,
              on: dt.date, days: int) -> Paper:
    end = on + dt.timedelta(days=days)
    paras = [f"Upon the motion of the Debtor(s) for entry into the Court's Loss Mitigation Program with respect to "
             f"the mortgage loan ending in {loan_tail} serviced by {servicer} (the \"Servicer\"), and good cause "
             "appearing, it is hereby ORDERED:",
             "1. The motion is GRANTED. The Debtor(s) and the Servicer shall participate in loss mitigation in good "
             "faith.",
             "2. Within fourteen (14) days of the entry of this order the Debtor(s) shall submit a complete loss "
             "mitigation application to the Servicer, and the Servicer shall acknowledge receipt and identify any "
             "missing documents within the time required by applicable law.",
             f"3. The loss mitigation period shall end on {long_date(end)} unless extended by further order. The "
             "automatic stay remains in effect during the loss mitigation period.",
             "4. Counsel for the Debtor(s) shall file a status report within seven (7) days after the end of the "
             "loss mitigation period."]
    return court_order(court, case, debtors, "ORDER GRANTING MOTION TO PARTICIPATE IN LOSS MITIGATION PROGRAM",
                       paras, judge, on)


def dissolution_petition(atty: Firm, county: str, petitioner: str, respondent: str, case: str, married: dt.date,
                         separated: dt.date, filed: dt.date, child: str) -> Paper:
    """A state-court Petition for Dissolution of Marriage on pleading paper with a clerk's FILED stamp (other)."""
    lines = [*attorney_block(atty)[:-1], PLine("Attorney for Petitioner", size=11, adv=3),
             PLine("SUPERIOR COURT OF THE STATE OF CALIFORNIA", font="Times-Bold", align="center", adv=1),
             PLine(f"FOR THE COUNTY OF {county.upper()}", font="Times-Bold", align="center", adv=3),
             PLine("In re the Marriage of:", adv=1), PLine(f"Petitioner: {petitioner.upper()},", x=18, adv=1),
             PLine("and", x=18, adv=1), PLine(f"Respondent: {respondent.upper()}.", x=18, adv=0),
             PLine(f"Case No. {case}", x=250, adv=1),
             PLine("PETITION FOR DISSOLUTION", font="Times-Bold", x=250, adv=1),
             PLine("OF MARRIAGE", font="Times-Bold", x=250, adv=2)]
    paras = [("1. RESIDENCE. ", f"Petitioner has been a resident of this state for at least six months and of "
              f"{county} County for at least three months immediately preceding the filing of this petition."),
             ("2. STATISTICAL FACTS. ", f"The parties were married on {long_date(married)} and separated on "
              f"{long_date(separated)}. The time from date of marriage to date of separation is stated in the "
              "attached declaration."),
             ("3. MINOR CHILDREN. ", f"There is one minor child of the marriage, {child}. Petitioner requests "
              "legal and physical custody, with reasonable visitation to Respondent, and child support as "
              "provided by the guideline."),
             ("4. PROPERTY. ", "Petitioner requests confirmation of separate property and division of community "
              "property and debts, including the residence and its mortgage, as set forth in the property "
              "declaration to be filed."),
             ("5. LEGAL GROUNDS. ", "Dissolution of the marriage is requested on the ground of irreconcilable "
              "differences. No judgment has been entered, and this petition does not dissolve the marriage.")]
    for head, text in paras:
        lines += para_lines(text, first=head)
    lines += [PLine(f"Dated: {long_date(filed)}", adv=2), PLine(f"/s/ {atty.attorney}", x=230, adv=1),
              PLine(f"{atty.attorney}, Attorney for Petitioner", x=230, adv=1)]
    paper = pleading_paper(lines, "Petition for dissolution of marriage", Doc("other"), pen=False)
    first = paper.pages[0]

    def stamped(c: Canvas) -> list[Mark]:
        marks = first(c)
        c.saveState()
        c.setStrokeColor(Color(0.15, 0.2, 0.55))
        c.setFillColor(Color(0.15, 0.2, 0.55))
        c.setLineWidth(1.2)
        c.rect(400, 650, 150, 70, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(475, 702, "F I L E D")
        c.setFont("Helvetica", 7)
        c.drawCentredString(475, 690, "SUPERIOR COURT OF CALIFORNIA")
        c.drawCentredString(475, 681, f"COUNTY OF {county.upper()}")
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(475, 666, filed.strftime("%b %d %Y").upper())
        c.setFont("Helvetica", 7)
        c.drawCentredString(475, 655, "Clerk of the Court")
        c.restoreState()
        return marks

    return Paper([stamped, *paper.pages[1:]], Doc("other"))


# --- pay stubs ------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass(frozen=True)
class Taxes:
    fed: float
    state: float
    state_name: str = "State income tax"
    local: float = 0.0
    local_name: str = "Local earned income tax"
    pretax: tuple[tuple[str, float], ...] = ()  # label, share of gross
    fixed: tuple[tuple[str, float], ...] = ()  # label, amount a check

    def items(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out[self.state_name] = r2(gross * self.state)
        if self.local:
            out[self.local_name] = r2(gross * self.local)
        out.update({k: r2(gross * v) for k, v in self.pretax})
        out.update(dict(self.fixed))
        return out


def payday(d: dt.date) -> dt.date:
    """A pay date that falls on a weekend is paid the Friday before."""
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def pay_schedule(pay_date: dt.date, frequency: str) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check of pay_date's calendar year up to pay_date."""
    out: list[tuple[dt.date, dt.date, dt.date]] = []
    if frequency == "semimonthly":  # 1st-15th paid on the 20th; 16th-end paid on the 5th of the next month
        for m in range(0, pay_date.month + 1):
            y, mo = (pay_date.year - 1, 12) if m == 0 else (pay_date.year, m)
            first = (payday(dt.date(y, mo, 20)), dt.date(y, mo, 1), dt.date(y, mo, 15))
            second = (payday(month_end(y, mo) + dt.timedelta(days=5)), dt.date(y, mo, 16), month_end(y, mo))
            out += [first, second]
        return [t for t in out if t[0].year == pay_date.year and t[0] <= pay_date]
    step = 7 if frequency == "weekly" else 14
    lag = 5 if frequency == "weekly" else 4
    d = pay_date
    while d.year == pay_date.year:
        end = d - dt.timedelta(days=lag)
        out.append((d, end - dt.timedelta(days=step - 1), end))
        d -= dt.timedelta(days=step)
    return out[::-1]


LineFn = Callable[[random.Random], dict[str, tuple[float, float, float]]]


def history(pay_date: dt.date, frequency: str, key: str, lines: LineFn) -> list[Check]:
    """The year's checks; each drawn from its own date so two stubs of one job tell the same story."""
    schedule = pay_schedule(pay_date, frequency)
    if schedule[-1][0] != pay_date:
        raise ValueError(f"{pay_date} is not a {frequency} pay date")
    return [Check(p, lines(random.Random(f"{key}|{p}"))) for p, _, _ in schedule]


def ytd(checks: Sequence[Check], tax: Taxes, extra: Callable[[Check], dict[str, float]] | None = None
        ) -> dict[str, float]:
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()} | tax.items(ch.gross) | (extra(ch) if extra else {})
        items["GROSS"] = ch.gross
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def stub_doc(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str, ytd_gross: float,
             net: float) -> Doc:
    fields = {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
              "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
              "gross_current": ch.gross, "gross_ytd": ytd_gross, "net_current": net,
              "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}
    return Doc("pay_stub", fields, ch.pay_date)


def monthly(paper: Paper) -> float:
    return float(paper.doc.fields["monthly_gross"])


def ledger_stub(employer: str, address: str, employee: str, emp_id: str, ssn4: str, dept: str, pay_date: dt.date,
                rate: float, tax: Taxes, acct4: str, key: str) -> Paper:
    """A payroll bureau's weekly earnings statement with a tear-off direct deposit advice."""

    def lines(r: random.Random) -> dict[str, tuple[float, float, float]]:
        reg = r.choice([40.0, 40.0, 40.0, 36.0, 32.0])
        ot = r.choice([0.0, 0.0, 2.5, 4.0, 6.5]) if reg == 40 else 0.0
        shift = r.choice([0.0, 16.0, 24.0, 40.0])
        out = {"Regular": (reg, rate, r2(reg * rate)), "Overtime": (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))}
        if shift:
            out["Shift differential"] = (shift, 0.85, r2(shift * 0.85))
        return out

    checks = history(pay_date, "weekly", key, lines)
    ch = checks[-1]
    _, start, end = pay_schedule(pay_date, "weekly")[-1]
    totals = ytd(checks, tax)
    items = tax.items(ch.gross)
    net = r2(ch.gross - sum(items.values()))
    ytd_ded = r2(sum(totals[k] for k in items))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(44, 742, employer)
        c.setFont("Helvetica", 8)
        c.drawString(44, 731, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(568, 742, "EARNINGS STATEMENT")
        c.setFont("Helvetica-Oblique", 7)
        c.drawRightString(568, 731, "Processed by PayCrest Payroll Services")
        c.setLineWidth(0.6)
        c.rect(44, 648, 290, 72, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(52, 704, employee.upper())
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate((("Employee ID", emp_id), ("SSN", f"XXX-XX-{ssn4}"), ("Department", dept))):
            c.drawString(52, 688 - 12 * i, f"{k}:")
            c.drawString(120, 688 - 12 * i, v)
        rows = (("Check No.", str(random.Random(f"{key}|{pay_date}|no").randrange(100000, 999999))),
                ("Period Beginning", mdy(start)),
                ("Period Ending", mdy(end)), ("Pay Date", mdy(pay_date)), ("Pay Frequency", "Weekly"))
        for i, (k, v) in enumerate(rows):
            y = 708 - 13 * i
            c.setFont("Helvetica", 8)
            c.drawString(352, y, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(568, y, v)
        c.line(348, 648, 568, 648)
        y = 624
        c.setFillGray(0.85)
        c.rect(44, y - 4, 524, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((48, "EARNINGS"), (250, "RATE"), (310, "HOURS"), (420, "THIS PERIOD"), (560, "YEAR TO DATE")):
            (c.drawString if x == 48 else c.drawRightString)(x, y, t)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(48, y, k)
            c.drawRightString(250, y, f"{rt:.4f}" if hrs else "")
            c.drawRightString(310, y, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(420, y, money(amt) if hrs else "")
            c.drawRightString(560, y, money(totals.get(k, 0.0)))
            y -= 12
        for k in ("Regular", "Overtime", "Shift differential"):
            if k not in ch.lines and k in totals:
                c.drawString(48, y, k)
                c.drawRightString(560, y, money(totals[k]))
                y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "Gross Pay")
        c.drawRightString(420, y, money(ch.gross))
        c.drawRightString(560, y, money(totals["GROSS"]))
        y -= 22
        c.setFillGray(0.85)
        c.rect(44, y - 4, 524, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "DEDUCTIONS")
        c.drawRightString(420, y, "THIS PERIOD")
        c.drawRightString(560, y, "YEAR TO DATE")
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in items.items():
            c.drawString(48, y, k)
            c.drawRightString(420, y, money(v))
            c.drawRightString(560, y, money(totals[k]))
            y -= 12
        y -= 10
        c.setLineWidth(1)
        c.line(44, y + 6, 568, y + 6)
        for i, (k, cur, tot) in enumerate((("GROSS PAY", ch.gross, totals["GROSS"]),
                                           ("TOTAL DEDUCTIONS", r2(sum(items.values())), ytd_ded),
                                           ("NET PAY", net, r2(totals["GROSS"] - ytd_ded)))):
            x = 44 + 175 * i
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 4, y - 8, k)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x + 4, y - 22, money(cur))
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 4, y - 33, f"YTD {money(tot)}")
        y -= 60
        c.setDash(3, 3)
        c.line(30, y, 582, y)
        c.setDash()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y - 20, "DIRECT DEPOSIT ADVICE - NON-NEGOTIABLE")
        c.setFont("Helvetica", 8.5)
        c.drawString(44, y - 34, f"Pay to: {employee}")
        c.drawString(44, y - 46, f"Deposited to checking account XXXXXX{acct4}")
        c.drawRightString(568, y - 34, f"Advice date {mdy(pay_date)}")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(568, y - 48, f"Amount ${money(net)}")
        return []

    return Paper([page], stub_doc(employer, employee, ch, start, end, "weekly", totals["GROSS"], net))


def public_stub(employer: str, dept_line: str, employee: str, emp_no: str, position: str, pay_date: dt.date,
                salary: float, tax: Taxes, acct4: str, key: str) -> Paper:
    """A public employer's semi-monthly pay statement: label grid, side-by-side tables, leave balances."""
    per = r2(salary / 24)

    def lines(r: random.Random) -> dict[str, tuple[float, float, float]]:
        out = {"Base salary": (86.67, r2(per / 86.67), per)}
        extra = r.choice([0.0, 0.0, 0.0, 3.0, 5.5])
        if extra:
            out["Extra duty"] = (extra, 38.5, r2(extra * 38.5))
        return out

    checks = history(pay_date, "semimonthly", key, lines)
    ch = checks[-1]
    _, start, end = pay_schedule(pay_date, "semimonthly")[-1]
    totals = ytd(checks, tax)
    items = tax.items(ch.gross)
    net = r2(ch.gross - sum(items.values()))
    ytd_net = r2(totals["GROSS"] - sum(totals[k] for k in items))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.12, 0.22, 0.4))
        c.rect(40, 718, 532, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 15)
        c.drawString(50, 733, employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 722, dept_line)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(562, 730, "PAY STATEMENT")
        c.setFillColor(black)
        grid = [("Employee Name", employee), ("Employee No.", emp_no), ("Position", position),
                ("Pay Period", f"{mdy(start)} to {mdy(end)}"), ("Check Date", mdy(pay_date)),
                ("Pay Frequency", "Semi-Monthly"), ("Annual Salary", "$" + money(salary)),
                ("Direct Deposit", "XXXX XXXX " + acct4)]
        c.setLineWidth(0.5)
        for i, (k, v) in enumerate(grid):
            x = 40 + 266 * (i % 2)
            y = 690 - 26 * (i // 2)
            c.rect(x, y - 6, 266, 26, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 12, k.upper())
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x + 4, y - 1, v)
        top = 568
        earned = dict.fromkeys(k for chk in checks for k in chk.lines)
        for x0, title, rows in ((40, "EARNINGS", [(k, ch.lines[k][2] if k in ch.lines else 0.0, totals[k])
                                                  for k in earned]),
                                (310, "TAXES AND DEDUCTIONS", [(k, v, totals[k]) for k, v in items.items()])):
            c.setFillGray(0.88)
            c.rect(x0, top - 4, 262, 14, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x0 + 4, top, title)
            c.drawRightString(x0 + 186, top, "CURRENT")
            c.drawRightString(x0 + 258, top, "CALENDAR YTD")
            y = top - 15
            c.setFont("Helvetica", 8.5)
            for k, cur, tot in rows:
                c.drawString(x0 + 4, y, k)
                c.drawRightString(x0 + 186, y, money(cur))
                c.drawRightString(x0 + 258, y, money(tot))
                y -= 12
        y = 440
        heads = [("CURRENT GROSS", ch.gross), ("CURRENT NET", net), ("YTD GROSS", totals["GROSS"]),
                 ("YTD NET", ytd_net)]
        for i, (k, v) in enumerate(heads):
            x = 40 + 133 * i
            c.rect(x, y, 133, 34, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 24, k)
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(x + 128, y + 7, money(v))
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, 412, "LEAVE BALANCES (HOURS)")
        c.setFont("Helvetica", 8)
        r = random.Random(key)
        for i, (k, v) in enumerate((("Sick", r.uniform(20, 160)), ("Vacation", r.uniform(8, 120)),
                                    ("Personal", r.choice([8.0, 16.0, 24.0])))):
            c.drawString(40 + 120 * i, 399, f"{k}: {v:.2f}")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, 380, "Questions about this statement: Payroll Office, extension 2210.")
        return []

    return Paper([page], stub_doc(employer, employee, ch, start, end, "semimonthly", totals["GROSS"], net))


def tavern_stub(employer: str, address: str, employee: str, pay_date: dt.date, tax: Taxes, key: str) -> Paper:
    """A restaurant's bi-weekly stub printed narrow in a monospace face; tips in gross; no frequency printed."""

    def lines(r: random.Random) -> dict[str, tuple[float, float, float]]:
        hrs = r.choice([52.0, 58.5, 61.0, 64.25, 70.0])
        return {"Server wages": (hrs, 2.83, r2(hrs * 2.83)),
                "Charged tips": (0.0, 0.0, r2(hrs * r.uniform(11.0, 15.5))),
                "Cash tips declared": (0.0, 0.0, r2(hrs * r.uniform(2.0, 4.0)))}

    def cash(ch: Check) -> dict[str, float]:
        return {"Cash tips retained": ch.lines["Cash tips declared"][2]}

    checks = history(pay_date, "biweekly", key, lines)
    ch = checks[-1]
    _, start, end = pay_schedule(pay_date, "biweekly")[-1]
    totals = ytd(checks, tax, cash)
    items = tax.items(ch.gross) | cash(ch)
    net = r2(ch.gross - sum(items.values()))

    def page(c: Canvas) -> list[Mark]:
        x0, x1 = 180.0, 432.0
        c.setLineWidth(0.4)
        c.rect(x0 - 10, 330, x1 - x0 + 20, 420, stroke=1, fill=0)
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(W / 2, 732, employer.upper())
        c.setFont("Courier", 7.5)
        c.drawCentredString(W / 2, 722, address)
        c.drawCentredString(W / 2, 704, "*** PAY STUB ***")
        y = 686
        for k, v in (("EMPLOYEE", employee), ("PAY PERIOD", f"{mdy(start)}-{mdy(end)}"), ("PAY DATE", mdy(pay_date))):
            c.drawString(x0, y, k)
            c.drawRightString(x1, y, v)
            y -= 10
        y -= 6
        c.drawString(x0, y, "-" * 50)
        y -= 10
        c.drawString(x0, y, "EARNINGS")
        c.drawRightString(x1 - 60, y, "CURRENT")
        c.drawRightString(x1, y, "YTD")
        y -= 11
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(x0, y, k if not hrs else f"{k} {hrs:.2f}@{rt:.2f}")
            c.drawRightString(x1 - 60, y, money(amt))
            c.drawRightString(x1, y, money(totals[k]))
            y -= 10
        c.setFont("Courier-Bold", 7.5)
        c.drawString(x0, y, "GROSS")
        c.drawRightString(x1 - 60, y, money(ch.gross))
        c.drawRightString(x1, y, money(totals["GROSS"]))
        c.setFont("Courier", 7.5)
        y -= 14
        c.drawString(x0, y, "WITHHOLDINGS")
        y -= 11
        for k, v in items.items():
            c.drawString(x0, y, k[:26])
            c.drawRightString(x1 - 60, y, money(v))
            c.drawRightString(x1, y, money(totals[k]))
            y -= 10
        y -= 4
        c.drawString(x0, y, "-" * 50)
        y -= 12
        c.setFont("Courier-Bold", 9)
        c.drawString(x0, y, "NET PAY")
        c.drawRightString(x1, y, money(net))
        c.setFont("Courier", 7)
        c.drawCentredString(W / 2, y - 18, "Tips reported by employee under IRC 6053.")
        return []

    return Paper([page], stub_doc(employer, employee, ch, start, end, "biweekly", totals["GROSS"], net))


# --- bank statements --------------------------------------------------------------------------------------------


DEBITS = (("HARMONY ELECTRIC AUTOPAY", 80, 240), ("GIANT FOOD #0612 POS", 25, 160), ("SUNOCO 0447 POS", 20, 70),
          ("T-MOBILE AUTOPAY", 60, 140), ("CH13 TRUSTEE TFS PAYMENT", 0, 0), ("ATM WITHDRAWAL", 20, 200),
          ("PROGRESSIVE INS PREM", 90, 210), ("DOLLAR TREE POS", 8, 40), ("CHECK", 40, 300))


def month_txns(rng: random.Random, year: int, month: int, credits: Sequence[tuple[int, str, float]],
               plan: float) -> list[tuple[dt.date, str, float]]:
    """A month's lines: the given credits (day, description, amount), the trustee payment and ordinary debits."""
    start, end = dt.date(year, month, 1), month_end(year, month)
    out = [(start + dt.timedelta(days=d - 1), desc, amt) for d, desc, amt in credits]
    for desc, lo, hi in DEBITS:
        amt = plan if desc.startswith("CH13") else r2(rng.uniform(lo, hi))
        if amt:
            day = 3 if desc.startswith("CH13") else rng.randrange(1, end.day + 1)
            text = f"{desc} {rng.randrange(1000, 9999)}" if desc == "CHECK" else desc
            out.append((start + dt.timedelta(days=day - 1), text, -amt))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def statement_doc(bank: str, acct: str, year: int, month: int, begin: float, end_bal: float) -> Doc:
    start, end = dt.date(year, month, 1), month_end(year, month)
    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": end_bal}
    return Doc("bank_statement", fields, end, account=acct)


def keystone_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]], plan: float,
                       product: str = "ESSENTIAL CHECKING") -> Paper:
    """Keystone Valley Bank: two pages, masked account number, one signed amount column with a running balance."""
    bank = "Keystone Valley Bank"
    txns = month_txns(rng, year, month, credits, plan)
    start, end = dt.date(year, month, 1), month_end(year, month)
    ending = r2(begin + sum(a for _, _, a in txns))
    rows = []
    bal = begin
    for d, desc, a in txns:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    split = len(rows) - max(3, len(rows) // 3)
    masked = "XXXXXX" + acct[-4:]

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.45, 0.12, 0.12))
        c.circle(62, 738, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(62, 733, "K")
        c.setFillColor(Color(0.45, 0.12, 0.12))
        c.setFont("Times-Bold", 16)
        c.drawString(82, 736, bank)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(82, 725, "Member FDIC  -  keystonevalley.example  -  1-800-555-0126")
        c.setFont("Helvetica", 8)
        c.drawRightString(568, 742, f"Account Number: {masked}")
        c.drawRightString(568, 731, f"Statement Period: {long_date(start)} - {long_date(end)}")
        c.drawRightString(568, 720, f"Page {n} of 2")

    def table(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(470, y, "Amount")
        c.drawRightString(564, y, "Balance")
        c.line(44, y - 4, 568, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(48, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(470, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(564, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        y = 690
        c.setFont("Helvetica", 9.5)
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(70, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, 615, f"{product} ACCOUNT SUMMARY")
        c.setLineWidth(0.6)
        c.line(44, 610, 568, 610)
        dep = [a for _, _, a in txns if a > 0]
        wd = [a for _, _, a in txns if a < 0]
        summary = (("Previous Statement Balance", begin), (f"Deposits and Other Credits ({len(dep)})", r2(sum(dep))),
                   (f"Withdrawals and Other Debits ({len(wd)})", r2(-sum(wd))), ("Service Charges", 0.0),
                   ("Current Balance", ending))
        c.setFont("Helvetica", 9)
        for i, (k, v) in enumerate(summary):
            c.drawString(60, 594 - 14 * i, k)
            c.drawRightString(330, 594 - 14 * i, ("-" if "Withdrawals" in k else "") + "$" + money(v))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, 508, "TRANSACTION DETAIL")
        table(c, 490, rows[:split])
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = table(c, 690, rows[split:])
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "Current Balance")
        c.drawRightString(564, y - 2, money(ending))
        y -= 34
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, "DAILY BALANCE SUMMARY")
        c.setFont("Helvetica", 8)
        seen: dict[dt.date, float] = {}
        for d, _, _, b in rows:
            seen[d] = b
        for i, (d, b) in enumerate(sorted(seen.items())):
            c.drawString(48 + 130 * (i % 4), y - 14 - 11 * (i // 4), f"{d.strftime('%m/%d')}   {money(b)}")
        c.setFont("Helvetica", 7)
        c.drawString(44, 90, "In case of errors or questions about your electronic transfers, call us as soon as you "
                             "can at the number above.")
        return []

    return Paper([page1, page2], statement_doc(bank, acct, year, month, begin, ending))


def brightwater_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int,
                          month: int, begin: float, credits: Sequence[tuple[int, str, float]], plan: float) -> Paper:
    """Brightwater Federal Credit Union: one page, two-digit-year dates, withdrawals and deposits in two columns."""
    bank = "Brightwater Federal Credit Union"
    txns = month_txns(rng, year, month, credits, plan)
    start, end = dt.date(year, month, 1), month_end(year, month)
    ending = r2(begin + sum(a for _, _, a in txns))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.0, 0.35, 0.5))
        c.rect(0, 700, W, 92, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, 752, "Brightwater")
        c.setFont("Helvetica", 10)
        c.drawString(40, 737, "FEDERAL CREDIT UNION")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 758, "MEMBER ACCOUNT STATEMENT")
        c.drawRightString(572, 745, f"Statement Period {mdy2(start)} thru {mdy2(end)}")
        c.drawRightString(572, 732, f"Share Draft Checking  XXXX-XX-{acct[-4:]}")
        c.setFillColor(black)
        y = 676
        c.setFont("Helvetica", 9.5)
        for ln in [holder, *address]:
            c.drawString(48, y, ln)
            y -= 12
        dep = r2(sum(a for _, _, a in txns if a > 0))
        wd = r2(-sum(a for _, _, a in txns if a < 0))
        cells = (("Balance Forward", begin), ("Deposits (+)", dep), ("Withdrawals (-)", wd), ("Dividends", 0.0),
                 ("Ending Balance", ending))
        c.setLineWidth(0.6)
        for i, (k, v) in enumerate(cells):
            x = 40 + 106.4 * i
            c.rect(x, 590, 106.4, 34, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawString(x + 4, 614, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(x + 102, 596, money(v))
        y = 566
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((44, "TRANS DATE"), (96, "EFF DATE"), (150, "TRANSACTION DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((430, "WITHDRAWALS"), (500, "DEPOSITS"), (568, "BALANCE")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(44, y, mdy2(start))
        c.drawString(150, y, "BALANCE FORWARD")
        c.drawRightString(568, y, money(begin))
        y -= 12
        bal = begin
        for d, desc, a in txns:
            bal = r2(bal + a)
            c.drawString(44, y, mdy2(d))
            c.drawString(96, y, mdy2(d))
            c.drawString(150, y, desc)
            c.drawRightString(430 if a < 0 else 500, y, money(abs(a)))
            c.drawRightString(568, y, money(bal))
            y -= 12
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, mdy2(end))
        c.drawString(150, y, "ENDING BALANCE")
        c.drawRightString(568, y, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Federally insured by NCUA. Dividends are declared at the end of each quarter.")
        return []

    return Paper([page], statement_doc(bank, acct, year, month, begin, ending))


# --- letters and other papers -----------------------------------------------------------------------------------


def hardship_letter(writers: Sequence[str], address: Sequence[str], on: dt.date, srv: Servicer, loan: str,
                    case: str, paras: Sequence[str], seed: int) -> Paper:
    """The debtors' own typed letter, signed by each writer (on screen or in ink, by how it is delivered)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 738, " & ".join(w.upper() for w in writers))
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 724, "  |  ".join(address))
        c.setLineWidth(0.8)
        c.line(72, 716, W - 72, 716)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, 690, long_date(on))
        y = 662
        for ln in (srv.name, srv.dept, srv.street, srv.city):
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11.5)
        for ln in ("RE: Hardship statement - request for mortgage assistance", f"Loan number: {loan}",
                   f"Chapter 13 Case No. {case}"):
            c.drawString(72, y, ln)
            y -= 14
        y = block(c, 72, y - 12, W - 144, ["Dear Sir or Madam:", *paras], size=11.5, leading=14.5)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 2, "Respectfully,")
        marks = []
        for i, wr in enumerate(writers):
            x = 72 + 240 * i
            marks.append(Mark("sig", x, y - 36, w=150, seed=seed + i))
            c.line(x, y - 40, x + 190, y - 40)
            c.drawString(x, y - 54, wr)
        return marks

    return Paper([page], Doc("hardship_letter", {"letter_date": on.isoformat()}, on))


def letterhead(c: Canvas, name: str, sub: Sequence[str], color: Color) -> None:
    c.setFillColor(color)
    c.rect(72, 712, 6, 40, stroke=0, fill=1)
    c.setFont("Times-Bold", 15)
    c.drawString(86, 738, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8)
    for i, s in enumerate(sub):
        c.drawString(86, 726 - 10 * i, s)


def award_letter(head: tuple[str, Sequence[str], Color], on: dt.date, to: Sequence[str], re: str,
                 paras: Sequence[str], table: Sequence[tuple[str, str]], closing: Sequence[str], doc: Doc) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawRightString(W - 72, 690, long_date(on))
        y = 672
        for ln in to:
            c.drawString(72, y, ln)
            y -= 13.5
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y = block(c, 72, y - 24, W - 144, paras, size=11)
        if table:
            c.setLineWidth(0.5)
            top = y + 4
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(100, y - 8, k)
                c.setFont("Times-Bold", 11)
                c.drawRightString(W - 100, y - 8, v)
                y -= 18
            c.rect(92, y - 2, W - 184, top - y + 4, stroke=1, fill=0)
            y -= 18
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 13.5
        return []

    return Paper([page], doc)


def benefit_doc(on: dt.date, amount: float, benefit: str) -> Doc:
    return Doc("benefit_award_letter", {"letter_date": on.isoformat(), "monthly_amount": amount,
                                        "benefit_type": benefit}, on, benefit=benefit)


def survivor_pension_letter(widow: str, address: Sequence[str], on: dt.date, participant: str, amount: float,
                            since: dt.date) -> Paper:
    paras = [f"We were sorry to learn of the death of {participant}. As his surviving spouse you are entitled to the "
             "50% Joint and Survivor Annuity he elected at retirement.",
             f"Your surviving spouse pension began on {long_date(since)} and is paid on the first business day of "
             "each month for your lifetime. The pension is subject to federal income tax, and tax is withheld under "
             "the Form W-4P on file. You will receive a Form 1099-R each January.",
             "Please keep this letter as verification of your benefit. Tell the Fund Office at once if your address "
             "changes."]
    table = [("Participant (deceased)", participant), ("Benefit", "Surviving spouse annuity"),
             ("Gross monthly benefit", "$" + money(amount)), ("Payment frequency", "Monthly"),
             ("First payment", mdy(since))]
    return award_letter(("LAKE ERIE PIPE TRADES PENSION FUND", ["Fund Office - 3100 Lakeside Avenue, Cleveland, OH "
                         "44114", "Telephone (216) 555-0173"], Color(0.1, 0.3, 0.5)), on, [widow, *address],
                        "Re: Verification of surviving spouse pension", paras, table,
                        ["Sincerely,", "", "Benefits Department", "Lake Erie Pipe Trades Pension Fund"],
                        benefit_doc(on, amount, "benefits_taxable"))


def va_summary_letter(veteran: str, address: Sequence[str], on: dt.date, rating: int, amount: float,
                      changed: dt.date) -> Paper:
    paras = ["This letter is a summary of benefits you currently receive from the Department of Veterans Affairs. "
             "We are providing this letter to disabled Veterans to use in applying for housing assistance, loans "
             "and other programs. This letter may be used for income verification.",
             "VA disability compensation is not taxable income and is not reported to the Internal Revenue Service. "
             "It is paid monthly, on the first business day of the month, for the month before."]
    table = [("Service-connected disability", "Yes"), ("Combined service-connected evaluation", f"{rating}%"),
             ("Current monthly award amount", "$" + money(amount)), ("Paid", "Monthly"),
             ("Effective date of last change", long_date(changed))]
    return award_letter(("DEPARTMENT OF VETERANS AFFAIRS", ["Pittsburgh Regional Benefit Office",
                         "1000 Liberty Avenue, Pittsburgh, PA 15222"], Color(0.05, 0.2, 0.45)), on,
                        [veteran, *address], "Your VA benefits summary", paras, table,
                        ["Sincerely,", "", "Veterans Service Center Manager"],
                        benefit_doc(on, amount, "benefits_nontaxable"))


def disability_pension_letter(member: str, address: Sequence[str], on: dt.date, amount: float,
                              retired: dt.date) -> Paper:
    paras = [f"This confirms that {member} has received a non-service-connected disability pension from the Harmon "
             f"Falls Municipal Police Pension Fund since {long_date(retired)}.",
             "The pension is paid monthly by direct deposit. It is reported on Form 1099-R and is subject to federal "
             "income tax. The amount is adjusted only by a cost-of-living increase approved by the Board."]
    table = [("Pensioner", member), ("Type", "Disability retirement (non-service-connected)"),
             ("Gross monthly pension", "$" + money(amount)), ("Frequency", "Monthly")]
    return award_letter(("HARMON FALLS MUNICIPAL POLICE PENSION FUND", ["c/o Borough Building - 12 Market Street, "
                         "Harmon Falls, PA 15027", "(724) 555-0155"], Color(0.25, 0.25, 0.25)), on,
                        [member, *address], "Re: Pension income verification", paras, table,
                        ["Very truly yours,", "", "Pension Board Secretary"],
                        benefit_doc(on, amount, "benefits_taxable"))


def ui_determination(claimant: str, address: Sequence[str], on: dt.date, weekly: float, claim: dt.date,
                     quarters: Sequence[tuple[str, float]]) -> Paper:
    paras = [f"You filed a claim for unemployment benefits effective {long_date(claim)}. Based on the wages reported "
             "by your employers in your base period, you are monetarily eligible for benefits.",
             f"Your weekly benefit rate is ${money(weekly)}. Benefits are paid every two weeks after you certify "
             f"for each week. Your maximum benefit amount is ${money(r2(weekly * 26))}.",
             "This determination does not decide whether you are otherwise eligible. If you disagree, you may "
             "appeal within 10 days of the date of this notice."]
    table = [(f"Base period wages - {q}", "$" + money(v)) for q, v in quarters]
    table.append(("Weekly benefit rate", "$" + money(weekly)))
    doc = Doc("unemployment_benefit_letter", {"letter_date": on.isoformat(), "benefit_type": "unemployment"}, on,
              benefit="unemployment")
    return award_letter(("DIVISION OF UNEMPLOYMENT INSURANCE", ["Department of Labor and Workforce Development",
                         "State of New Jersey - Notice of Monetary Determination"], Color(0.3, 0.1, 0.35)), on,
                        [claimant, *address], "NOTICE OF MONETARY DETERMINATION", paras, table,
                        ["Division of Unemployment Insurance", f"Notice date: {mdy(on)}"], doc)


def death_certificate(decedent: str, ssn4: str, born: dt.date, died: dt.date, place: str, residence: str,
                      spouse: str, informant: str, cause: str, filed: dt.date, issued: dt.date) -> Paper:
    """A state certificate of death as a certified copy: numbered boxes on a tinted security background."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.93, 0.95, 0.9))
        c.rect(40, 120, W - 80, 640, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, 740, "STATE OF OHIO - DEPARTMENT OF HEALTH - OFFICE OF VITAL STATISTICS")
        c.setFont("Times-Bold", 18)
        c.drawCentredString(W / 2, 718, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 7)
        c.drawString(50, 702, f"State file number 2048-0{(born.toordinal() * 7) % 90000 + 10000}")
        age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
        boxes = [("1. DECEDENT'S LEGAL NAME", decedent, 2), ("2. SEX", "Male", 1),
                 ("3. SOCIAL SECURITY NUMBER", f"XXX-XX-{ssn4}", 1), ("4. AGE", str(age), 1),
                 ("5. DATE OF BIRTH", mdy(born), 1), ("6. DATE OF DEATH", long_date(died), 2),
                 ("7. PLACE OF DEATH", place, 4), ("8. RESIDENCE", residence, 4),
                 ("9. MARITAL STATUS AT TIME OF DEATH", "Married", 2), ("10. SURVIVING SPOUSE", spouse, 2),
                 ("11. INFORMANT'S NAME AND RELATIONSHIP", informant, 4),
                 ("12. METHOD OF DISPOSITION", "Burial", 2), ("13. DATE FILED BY REGISTRAR", mdy(filed), 2),
                 ("14. IMMEDIATE CAUSE OF DEATH", cause, 4)]
        x, y = 50.0, 672.0
        unit = (W - 100) / 4
        c.setLineWidth(0.5)
        for label, value, span in boxes:
            if x + span * unit > W - 49:
                x, y = 50.0, y - 40
            c.rect(x, y - 14, span * unit, 36, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y + 14, label)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 6, y - 6, value)
            x += span * unit
        c.setFont("Times-Italic", 10)
        c.drawString(50, 260, "I certify that this is a true and correct copy of the original record on file.")
        c.setFont("Times-Roman", 10)
        c.drawString(50, 240, f"Issued {long_date(issued)}")
        c.drawString(330, 240, "Local Registrar of Vital Statistics")
        c.setStrokeColor(Color(0.5, 0.1, 0.1))
        c.setLineWidth(1.5)
        c.circle(480, 170, 36, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.setFillColor(Color(0.5, 0.1, 0.1))
        c.drawCentredString(480, 174, "CERTIFIED")
        c.drawCentredString(480, 164, "COPY")
        return []

    return Paper([page], Doc("death_certificate"))


def form_4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
               client: Servicer, signed_on: dt.date, phone: str, seed: int, hand_date: bool) -> Paper:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over; signed on screen or in ink."""
    c_city, c_state_zip = client.city.rsplit(", ", 1)
    client_addr = [(27, 408, client.street), (312, 408, c_city), (420, 408, c_state_zip.split()[0]),
                   (474, 408, c_state_zip.split()[1])]
    client_phone = "(972) 555-0180"
    blank = pdfium.PdfDocument(str(FORM4506C))
    try:  # the printed blank, laid under the typing as a 300 dpi picture (the paper goes through the copier)
        img = blank[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    finally:
        blank.close()
    data = io.BytesIO()
    img.save(data, "PNG")
    form_img = ImageReader(io.BytesIO(data.getvalue()))
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Keyway Income Verification Services"),
           (312, 506, "KIV-40318"), (420, 506, "KEYWAY07"), (27, 484, "88 Enterprise Drive"), (312, 484, "Reston"),
           (420, 484, "VA"), (474, 484, "20190"), (27, 430, client.name), (474, 430, client_phone), *client_addr,
           (27, 362, "1040"),
           (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)), (186, 268, "12"),
           (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone), (63, 133, f"{first} {mi} {last}")]

    def page(c: Canvas) -> list[Mark]:
        c.drawImage(form_img, 0, 0, width=W, height=H)
        c.setFont("Courier", 9)
        for x, y, t in put:
            c.drawString(x, y, t)
        c.setFont("ZapfDingbats", 8)
        c.drawString(98, 350, "4")
        c.drawString(26, 195, "4")
        marks = [Mark("sig", 80, 166, w=190, seed=seed)]
        if hand_date:
            marks.append(Mark("hand", 346, 166, text=mdy(signed_on), size=10, seed=seed + 3))
        else:
            c.setFont("Courier", 9)
            c.drawString(344, 168, mdy(signed_on))
        return marks

    doc = Doc("irs_form_4506c", {"signed": True, "signed_on": signed_on.isoformat()}, signed_on, signed=True)
    return Paper([page], doc)


# --- the servicers' applications, retyped by the paralegal as leader tables ----------------------------------------


@dataclass(frozen=True)
class Bk:
    """The Chapter 13 case the packet is written from."""

    court: str
    case: str
    filed: dt.date
    plan: float
    trustee: str
    judge: str
    confirmed: dt.date | None = None


ROW_CODE = {"wages": "wages", "wages_joint": "wages", "self": "self_employment", "ui": "unemployment",
            "taxable": "benefits_taxable", "nontaxable": "benefits_nontaxable", "rental": "rental",
            "invest": "investment", "support": "other", "other": "other"}


@dataclass
class App:
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
    start: dt.date | None
    duration: str  # short | long | resolved
    rows: dict[str, float]  # the form's income rows (ROW_CODE keys) -> monthly amount
    signed_on: dt.date
    bk: Bk
    co: str | None = None
    co_ssn4: str | None = None
    co_signs: bool = True
    other_text: str = ""
    assets: tuple[float, float] = (0.0, 0.0)  # checking and cash, savings
    sched_j: tuple[float, float] = (0.0, 0.0)  # Schedule J expenses and monthly net income (distractors)
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for k, v in self.rows.items():
            if v > 0:
                out[ROW_CODE[k]] = r2(out.get(ROW_CODE[k], 0.0) + v)
        return out

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def expected(self) -> dict[str, Any]:
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn4, "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": {**self.income, "total": self.total}, "signed": True,
                "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


@dataclass
class Row:
    label: str
    answer: Sequence[str] = ()
    sig: int | None = None  # a signature goes in the answer cell
    hand: str = ""  # written by hand in the answer cell
    hand_seed: int = 0


@dataclass(frozen=True)
class TableStyle:
    x0: float = 44.0
    split: float = 300.0
    x1: float = 568.0
    label_font: str = "Helvetica"
    label_size: float = 9.0
    answer_font: str = "Courier"
    answer_size: float = 10.0
    band: Color = field(default_factory=lambda: Color(0.86, 0.86, 0.86))
    band_font: str = "Helvetica-Bold"
    band_text: Color = black
    leading: float = 12.0

    def answer_lines(self, text: str) -> list[str]:
        return wrap(text, self.answer_font, self.answer_size, self.x1 - self.split - 14)


def leader_table(c: Canvas, y: float, sections: Sequence[tuple[str, Sequence[Row]]], st: TableStyle
                 ) -> tuple[float, list[Mark]]:
    """Ruled two-column table: each label runs into a dot leader up to the answer column."""
    marks: list[Mark] = []
    c.setLineWidth(0.5)
    for title, rows in sections:
        c.setFillColor(st.band)
        c.rect(st.x0, y - 16, st.x1 - st.x0, 16, stroke=1, fill=1)
        c.setFillColor(st.band_text)
        c.setFont(st.band_font, 9.5)
        c.drawString(st.x0 + 5, y - 12, title)
        c.setFillColor(black)
        y -= 16
        for row in rows:
            lab = wrap(row.label, st.label_font, st.label_size, st.split - st.x0 - 46)
            n = max(len(lab), len(row.answer), 1)
            h = n * st.leading + 8 + (16 if row.sig is not None else 0)
            c.rect(st.x0, y - h, st.x1 - st.x0, h, stroke=1, fill=0)
            c.line(st.split, y, st.split, y - h)
            base = y - 4 - st.label_size
            c.setFont(st.label_font, st.label_size)
            for i, ln in enumerate(lab):
                c.drawString(st.x0 + 5, base - i * st.leading, ln)
            end = st.x0 + 5 + stringWidth(lab[-1], st.label_font, st.label_size) + 3
            dotted(c, end, st.split - 4, base - (len(lab) - 1) * st.leading, st.label_font, st.label_size)
            c.setFont(st.answer_font, st.answer_size)
            for i, ans in enumerate(row.answer):
                c.drawString(st.split + 8, base - i * st.leading, ans)
            if row.sig is not None:
                marks.append(Mark("sig", st.split + 14, y - h + 7, w=170, seed=row.sig))
            if row.hand:
                marks.append(Mark("hand", st.split + 10, base - 1, text=row.hand, size=11.5, seed=row.hand_seed))
            y -= h
    return y, marks


def sign_rows(app: App, hand_dates: bool, who: tuple[str, str], none: str) -> list[Row]:
    """Signature and date rows for the borrower and the co-borrower, signed and dated as the packet says."""

    def date_row(label: str, signs: bool, seed: int) -> Row:
        if not signs:
            return Row(label)
        if hand_dates:
            return Row(label, hand=mdy(app.signed_on), hand_seed=seed)
        return Row(label, [mdy(app.signed_on)])

    rows = [Row(f"{who[0]} signature", sig=app.seed), date_row("Date signed", True, app.seed + 5)]
    if app.co is None:
        rows += [Row(f"{who[1]} signature", [none] if none else []), Row("Date signed", [none] if none else [])]
    else:
        rows += [Row(f"{who[1]} signature", sig=app.seed + 1) if app.co_signs else Row(f"{who[1]} signature"),
                 date_row("Date signed", app.co_signs, app.seed + 6)]
    return rows


CERTIFY = ["I certify that all of the information in this application is truthful and that the hardship I "
           "identified contributed to my need for mortgage relief. I understand that knowingly submitting false "
           "information may violate Federal and other applicable law.",
           "I agree to provide the servicer with all required documents and to respond in a timely manner to all "
           "servicer communications. I consent to the servicer obtaining a current credit report for the borrower "
           "and co-borrower, and to being contacted about this application through my attorney of record while my "
           "bankruptcy case is pending.",
           "I understand that the servicer is not obligated to offer me assistance based solely on this application, "
           "and that any plan offered while my bankruptcy case is pending may require approval of the Bankruptcy "
           "Court."]

A_OCC = {"primary_residence": "Primary residence - owner occupied", "second_home": "Second home",
         "investment_property": "Investment property - rented to tenants"}
A_DURATION = {"short": "Short-term (6 months or less)", "long": "Long-term or permanent (more than 6 months)",
              "resolved": "Resolved"}
A_HARD = {"unemployment": "Unemployment", "reduction_in_income": "Reduction in income",
          "increase_in_housing_expenses": "Increase in housing-related expenses",
          "disaster": "Disaster affecting the property or employment",
          "disability_or_illness": "Long-term disability or serious illness",
          "divorce_or_separation": "Divorce or legal separation",
          "separation_unmarried": "Separation of borrowers not married to each other",
          "death": "Death of a borrower or wage earner", "relocation": "Distant employment transfer",
          "other": "Other"}


def form_a(app: App, firm: Firm, hand_dates: bool, zero: str) -> Paper:
    """Larchmont's "Mortgage Assistance Application - Borrowers in Bankruptcy", three pages."""
    st = TableStyle()
    bk = app.bk

    def amt(*keys: str) -> list[str]:
        v = r2(sum(app.rows.get(k, 0.0) for k in keys))
        return [f"$ {money(v)}"] if v > 0 else ([zero] if zero else [])

    def header(c: Canvas, n: int) -> float:
        c.setFont("Times-Bold", 14)
        c.drawString(44, 744, "LARCHMONT HOME LOAN SERVICING, LLC")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(44, 729, "MORTGAGE ASSISTANCE APPLICATION - BORROWERS IN BANKRUPTCY")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(568, 744, "Form LHLS-MAA-BK (Rev. 03/2047)")
        c.setLineWidth(1.4)
        c.line(44, 721, 568, 721)
        c.setFont("Helvetica", 7)
        c.drawString(44, 40, "LHLS-MAA-BK (Rev. 03/2047)")
        c.drawCentredString(W / 2, 40, "Retyped by counsel for the borrower(s) from the servicer's form")
        c.drawRightString(568, 40, f"Page {n} of 3")
        return 712.0

    def page1(c: Canvas) -> list[Mark]:
        y = header(c, 1)
        y = block(c, 44, y - 4, 524, [f"Complete every item. A borrower who is a debtor in an active bankruptcy case "
                                      f"may have his or her attorney complete and submit this application. Return it "
                                      f"with the required documents to {LARCHMONT.name}, {LARCHMONT.dept}, "
                                      f"{LARCHMONT.street}, {LARCHMONT.city}, or by fax to {LARCHMONT.fax}."],
                  "Helvetica", 8.5, 10.5, 6)
        co = [app.co] if app.co else ([zero and "N/A"] if zero else [])
        co_ssn = [f"XXX-XX-{app.co_ssn4}"] if app.co_ssn4 else co
        sections = [
            ("1.  BORROWER INFORMATION", [
                Row("Loan number", [app.loan]), Row("Borrower's full name", [app.borrower]),
                Row("Social Security number (last four digits only)", [f"XXX-XX-{app.ssn4}"]),
                Row("Home or cell phone", [app.phone]), Row("E-mail address", [app.email]),
                Row("Co-borrower's full name", co), Row("Co-borrower's Social Security number (last four)", co_ssn)]),
            ("2.  PROPERTY", [
                Row("Address of the property securing this loan", [app.street, f"{app.city}, {app.state} {app.zip}"]),
                Row("Mailing address for notices (if different)", [f"c/o {firm.firm}", firm.street, firm.city]),
                Row("The property is currently my / our", [A_OCC[app.occupancy]]),
                Row("Is the property listed for sale?", ["No"]),
                Row("Condominium or HOA dues (monthly)", ["None"])]),
            ("3.  BANKRUPTCY", [
                Row("Have you filed for bankruptcy?", ["Yes - Chapter 13"]), Row("Court", st.answer_lines(bk.court)),
                Row("Case number", [bk.case]), Row("Date the petition was filed", [mdy(bk.filed)]),
                Row("Plan confirmed on", [mdy(bk.confirmed) if bk.confirmed else "Not yet confirmed"]),
                Row("Monthly Chapter 13 plan payment to the trustee", [f"$ {money(bk.plan)}"]),
                Row("Chapter 13 trustee", st.answer_lines(bk.trustee)),
                Row("Attorney for the debtor(s)", [firm.attorney, firm.phone])])]
        _, marks = leader_table(c, y - 4, sections, st)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        y = header(c, 2)
        hard: list[str] = []
        for h in app.hardships:
            hard += st.answer_lines(A_HARD[h] + (f": {app.other_text}" if h == "other" else ""))
        sections = [
            ("4.  HARDSHIP", [
                Row("Date the hardship began", [mdy(app.start)] if app.start else []),
                Row("The hardship is expected to be", st.answer_lines(A_DURATION[app.duration])),
                Row("Type(s) of hardship", hard),
                Row("Explanation", st.answer_lines("See the borrower's enclosed letter and the documents listed in "
                                                   "counsel's cover letter."))]),
            ("5.  MONTHLY GROSS INCOME OF ALL BORROWERS (before taxes and deductions)", [
                Row("Wages, salaries, overtime, commissions, tips and bonuses", amt("wages", "wages_joint")),
                Row("Self-employment income", amt("self")), Row("Unemployment benefits", amt("ui")),
                Row("Taxable Social Security, pension, disability, death benefits, public assistance",
                    amt("taxable")),
                Row("Non-taxable Social Security or disability income", amt("nontaxable")),
                Row("Rental income (rents received, less expenses other than the mortgage)", amt("rental")),
                Row("Investment or insurance income", amt("invest")),
                Row("Other income (alimony, child support, separate maintenance, other)", amt("support", "other")),
                Row("TOTAL MONTHLY GROSS INCOME", [f"$ {money(app.total)}"])])]
        _, marks = leader_table(c, y - 6, sections, st)
        return marks

    def page3(c: Canvas) -> list[Mark]:
        y = header(c, 3)
        sections = [("6.  ASSETS AND EXPENSES", [
            Row("Checking accounts and cash on hand", [f"$ {money(app.assets[0])}"]),
            Row("Savings, money market funds and CDs", [f"$ {money(app.assets[1])}"]),
            Row("Monthly household expenses (Schedule J, line 22)", [f"$ {money(app.sched_j[0])}"]),
            Row("Monthly net income (Schedule J, line 23c)", [f"$ {money(app.sched_j[1])}"])])]
        y, _ = leader_table(c, y - 6, sections, st)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(44, y - 18, "7.  CERTIFICATION")
        y = block(c, 44, y - 32, 524, CERTIFY, "Helvetica", 8.5, 10.5, 5)
        rows = [*sign_rows(app, hand_dates, ("Borrower's", "Co-borrower's"), zero and "N/A"),
                Row("Application typed by", [f"{firm.paralegal}, paralegal", firm.firm])]
        _, marks = leader_table(c, y - 4, [("8.  SIGNATURES", rows)], st)
        return marks

    return Paper([page1, page2, page3], Doc("mortgage_assistance_application"))


B_HARD = (("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income"),
          ("increase_in_housing_expenses", "Increase in housing expenses"),
          ("disaster", "Disaster (natural or man-made)"), ("disability_or_illness", "Disability or serious illness"),
          ("divorce_or_separation", "Divorce or legal separation"),
          ("separation_unmarried", "Separation of unmarried co-borrowers"),
          ("death", "Death of a borrower or wage earner"), ("relocation", "Distant employment transfer"),
          ("other", "Other (describe below)"))
B_OCC = (("primary_residence", "Principal residence"), ("second_home", "Second home"),
         ("investment_property", "Investment / rental property"))


def box(on: bool) -> str:
    return "[X]" if on else "[  ]"


def form_b(app: App, firm: Firm, hand_dates: bool) -> Paper:
    """Cobalt Ridge's "Borrower Assistance Form - Debtors in Active Bankruptcy", three pages, [X] option lists."""
    st = TableStyle(split=286.0, label_font="Times-Roman", label_size=10.0, answer_font="Helvetica-Bold",
                    answer_size=9.0, band=Color(0.16, 0.27, 0.42), band_font="Times-Bold", band_text=white)
    bk = app.bk

    def amt(key: str) -> list[str]:
        v = app.rows.get(key, 0.0)
        return [f"${money(v)}" if v > 0 else "-0-"]

    def header(c: Canvas, n: int) -> float:
        c.setFillColor(Color(0.16, 0.27, 0.42))
        c.rect(44, 724, 524, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 13)
        c.drawString(52, 741, "COBALT RIDGE MORTGAGE SERVICING, INC.")
        c.setFont("Times-Roman", 9.5)
        c.drawString(52, 729, "Borrower Assistance Form - Debtors in Active Bankruptcy")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(560, 741, "Form CR-BK13 (01/2048)")
        c.setFillColor(black)
        c.setFont("Times-Roman", 7.5)
        c.drawString(44, 40, "Cobalt Ridge Mortgage Servicing, Inc.  -  NMLS #10448  -  Form CR-BK13")
        c.drawRightString(568, 40, f"Page {n} of 3")
        return 716.0

    def page1(c: Canvas) -> list[Mark]:
        y = header(c, 1)
        y = block(c, 44, y - 6, 524, ["If you are a debtor in a pending bankruptcy case, complete this form (your "
                                      "attorney may complete it for you) and return it with the documents your "
                                      "hardship and income require. Write -0- for any income you do not receive."],
                  "Times-Roman", 9.5, 11.5, 6)
        sections = [
            ("PART A - DEBTOR / BORROWER", [
                Row("Cobalt Ridge loan number", [app.loan]), Row("Debtor (borrower) name", [app.borrower]),
                Row("Debtor SSN (last four digits)", [f"XXX-XX-{app.ssn4}"]),
                Row("Joint debtor / co-borrower name", [app.co] if app.co else []),
                Row("Joint debtor SSN (last four digits)", [f"XXX-XX-{app.co_ssn4}"] if app.co_ssn4 else []),
                Row("Best contact telephone", [app.phone]), Row("E-mail", [app.email]),
                Row("Debtor's counsel", [*st.answer_lines(f"{firm.attorney}, {firm.firm}"), firm.phone])]),
            ("PART B - PROPERTY", [
                Row("Address of the mortgaged property", [app.street, f"{app.city}, {app.state} {app.zip}"]),
                Row("Occupancy (mark one)", [f"{box(app.occupancy == k)} {t}" for k, t in B_OCC]),
                Row("Is the property vacant?", [f"{box(False)} Yes   {box(True)} No"])]),
            ("PART C - BANKRUPTCY CASE", [
                Row("Chapter", [f"{box(False)} 7   {box(False)} 11   {box(True)} 13"]),
                Row("Case number and district", [bk.case, *st.answer_lines(bk.court)]),
                Row("Petition date", [mdy(bk.filed)]),
                Row("Plan confirmed?", [f"{box(True)} Yes, on {mdy(bk.confirmed)}" if bk.confirmed else
                                        f"{box(False)} Yes   {box(True)} No"]),
                Row("Trustee plan payment (monthly)", [f"${money(bk.plan)}"])])]
        _, marks = leader_table(c, y - 2, sections, st)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        y = header(c, 2)
        dur = [f"{box(app.duration == 'short')} Short-term (6 months or less)",
               f"{box(app.duration == 'long')} Long-term or permanent",
               f"{box(app.duration == 'resolved')} Resolved as of ________"]
        sections = [
            ("PART D - HARDSHIP", [
                Row("Date the hardship began", [mdy(app.start)] if app.start else []),
                Row("The hardship is", dur),
                Row("Reason(s) for the hardship (mark all that apply)",
                    [f"{box(k in app.hardships)} {t}" for k, t in B_HARD]),
                Row("If Other, describe", st.answer_lines(app.other_text) if app.other_text else [])]),
            ("PART E - MONTHLY HOUSEHOLD INCOME (GROSS)", [
                Row("Wages / salary - debtor", amt("wages")), Row("Wages / salary - joint debtor", amt("wages_joint")),
                Row("Self-employment income (net)", amt("self")), Row("Unemployment compensation", amt("ui")),
                Row("Social Security, pension or disability (taxable)", amt("taxable")),
                Row("Non-taxable Social Security / VA disability", amt("nontaxable")),
                Row("Rents received (net of expenses other than mortgage)", amt("rental")),
                Row("Investment or insurance income", amt("invest")),
                Row("Child support / alimony received", amt("support")), Row("Other income", amt("other")),
                Row("TOTAL MONTHLY INCOME", [f"${money(app.total)}"])])]
        _, marks = leader_table(c, y - 6, sections, st)
        return marks

    def page3(c: Canvas) -> list[Mark]:
        y = header(c, 3)
        sections = [("PART F - ASSETS", [
            Row("Checking and cash on hand", [f"${money(app.assets[0])}"]),
            Row("Savings / money market / CDs", [f"${money(app.assets[1])}"]),
            Row("Retirement accounts (do not include)", ["-0-"]),
            Row("Schedule J monthly expenses / net income", [f"${money(app.sched_j[0])} / ${money(app.sched_j[1])}"])])]
        y, _ = leader_table(c, y - 6, sections, st)
        c.setFont("Times-Bold", 10.5)
        c.drawString(44, y - 18, "PART G - CERTIFICATION")
        y = block(c, 44, y - 33, 524, CERTIFY, "Times-Roman", 9.5, 11.5, 5)
        rows = [*sign_rows(app, hand_dates, ("Debtor's", "Joint debtor's"), ""),
                Row("Form completed by", [f"{firm.paralegal} ({firm.firm})"])]
        _, marks = leader_table(c, y - 4, [("SIGNATURES", rows)], st)
        return marks

    return Paper([page1, page2, page3], Doc("mortgage_assistance_application"))


# --- packets, expectations and the checklist ----------------------------------------------------------------------


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def _place(self, rel: str, papers: Sequence[Paper], scanned: bool) -> None:
        page = 1
        for p in papers:
            order = p.order or list(range(len(p.pages)))
            p.doc.pages = [(rel, page + order.index(i)) for i in range(len(p.pages))]
            p.doc.scanned = scanned
            self.docs.append(p.doc)
            page += len(p.pages)

    def digital(self, rel: str, *papers: Paper) -> None:
        """A born-digital file of the papers (e-mailed, downloaded from the court, or saved from the word processor)."""
        self._place(rel, papers, False)
        self.files[rel] = digital_pdf(papers, "holdout_packets_bk")

    def copied(self, rel: str, style: Copier, seed: int, *papers: Paper) -> None:
        """The papers printed, signed in ink and run through the law office's copier into one image-only file."""
        self._place(rel, papers, True)
        self.files[rel] = copier_pdf(papers, style, seed)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if app.co is not None and not app.co_signs:  # the borrower signs and dates in every packet of this set
        out.append("application_signature")
    answers = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
               "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
               "income": app.income}
    out += [f"application_field:{k}" for k in APP_FIELDS if not answers[k]]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and 0 <= (received - d).days <= FRESH_DAYS

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)

    def fresh_count(kind: str, benefit: str | None = None) -> int:
        return sum(1 for d in docs if d.type == kind and fresh(d.date) and (benefit is None or d.benefit == benefit))

    stub_ok = any(d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None for d in docs)
    signed_pl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)
    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank or signed_pl, "unemployment": True,
             "benefits_taxable": two_bank or fresh_count("benefit_award_letter", "benefits_taxable") > 0,
             "benefits_nontaxable": two_bank or fresh_count("benefit_award_letter", "benefits_nontaxable") > 0,
             "rental": two_bank or fresh_count("rent_check") >= 2,
             "investment": two_bank or fresh_count("investment_statement") >= 2, "other": two_bank}
    out += [f"income_doc:{k}" for k in app.income if not rules[k]]
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in need and not need[h] & types]
    if {"self_employment", "rental"} & set(app.income) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


def docketed(paper: Paper, case: str, doc: str, filed: dt.date, time: str, desc: str = "Main Document",
             first: int = 1, total: int | None = None, entered_on: dt.date | None = None) -> Paper:
    return on_docket(paper, Ecf(case, doc, filed, time, desc, first, total or len(paper.pages), entered_on))


TX_PA = Taxes(0.08, 0.0307, "PA state income tax", 0.01, "Local EIT", (("401(k)", 0.04),), (("Medical", 42.10),))
TX_SCHOOL = Taxes(0.06, 0.0307, "PA state income tax", 0.01, "Local EIT", (("PSERS retirement", 0.075),),
                  (("Union dues", 24.50),))
TX_OH = Taxes(0.04, 0.0275, "Ohio income tax", 0.025, "Parma city tax")
TX_NJ = Taxes(0.07, 0.025, "NJ gross income tax", pretax=(("PERS pension", 0.075),),
              fixed=(("NJ SDI/FLI", 7.40), ("Health benefits", 118.20)))
TX_NM = Taxes(0.05, 0.017, "NM state income tax", fixed=(("Medical", 36.00),))
TX_CA = Taxes(0.07, 0.035, "CA state income tax", pretax=(("CA SDI", 0.011),), fixed=(("Dental/vision", 12.75),))
TX_CT = Taxes(0.09, 0.045, "CT income tax", pretax=(("401(k)", 0.05),), fixed=(("Medical", 88.40),))


def packet_bk1(seed: int) -> Packet:
    """Joint debtors, two wage earners, born-digital loose files; complete."""
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2048, 3, 16)
    firm = Firm("Katherine M. Dunleavy", "PA 208871", "Dunleavy & Marsh LLP", "225 North Seventh Street, Suite 400",
                "Allentown, PA 18102", "(610) 555-0193", "kdunleavy@dunleavymarsh.example", "Karen Ostrowski")
    bk = Bk("Eastern District of Pennsylvania", "47-13982-pmm", dt.date(2047, 10, 9), 1140.00,
            "Lorna J. Whitcomb, Standing Chapter 13 Trustee", "Philippa M. Morrow", dt.date(2048, 1, 22))
    rate = r2(rng.uniform(20.5, 22.9))
    salary = round(rng.uniform(29000, 33500), -2)
    hector = ledger_stub("Lehigh Gap Distribution Center, Inc.", "7000 Industrial Boulevard, Fogelsville, PA 18051",
                         "Hector M. Ruiz", "LG-20447", "4417", "Outbound", dt.date(2048, 3, 6), rate, TX_PA, "6605",
                         f"bk1h{seed}")
    alma = public_stub("Saucon Creek School District", "Business Office - 2097 Polk Valley Road, Hellertown, PA "
                       "18055", "Alma R. Ruiz", "004512", "Instructional Aide", dt.date(2048, 3, 5), salary,
                       TX_SCHOOL, "1290", f"bk1a{seed}")
    app = App("2290417735", "Hector M. Ruiz", "4417", "1418 Wexford Lane", "Allentown", "PA", "18104",
              "(610) 555-0134", "hmruiz@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2047, 9, 22), "long", {"wages": r2(monthly(hector) + monthly(alma))}, dt.date(2048, 3, 11),
              bk, co="Alma R. Ruiz", co_ssn4="0962", assets=(412.77, 150.00), sched_j=(6120.00, 1188.00),
              seed=seed + 11)
    p = Packet("bk1", received, app, [])
    base = f"Ruiz {app.loan} - "
    debtors = "Hector M. Ruiz and Alma R. Ruiz"
    addr = [app.street, f"{app.city}, {app.state} {app.zip}"]
    encl = ["Mortgage Assistance Application (Larchmont form LHLS-MAA-BK), signed",
            "Most recent pay statement of Hector M. Ruiz", "Most recent pay statement of Alma R. Ruiz",
            "Debtors' hardship letter", "Schedule I (Doc. 1)", "Order Confirming Chapter 13 Plan (Doc. 47)"]
    p.digital(base + "1 Cover Letter.pdf", cover_letter(firm, dt.date(2048, 3, 13), LARCHMONT, debtors, bk.case,
                                                       bk.court, app.loan, app.address, encl, True, False, seed + 12))
    p.digital(base + "2 Application.pdf", form_a(app, firm, False, "0.00"))
    p.digital(base + "3 Paystub Hector.pdf", hector)
    p.digital(base + "4 Paystub Alma.pdf", alma)
    p.digital(base + "5 Hardship Letter.pdf", hardship_letter([app.borrower, "Alma R. Ruiz"], addr,
                                                              dt.date(2048, 3, 11), LARCHMONT, app.loan, bk.case, [
        "We filed a Chapter 13 case last October after Hector's overtime at the distribution center was cut in "
        "September. For years he worked ten to fifteen hours of overtime a week; now he is held to forty hours and "
        "sometimes fewer. Alma's hours at the school district stayed the same, but our income dropped by more than "
        "nine hundred dollars a month.",
        "Our plan payment to the trustee covers the arrears, but the regular mortgage payment together with the plan "
        "payment is more than we can keep up with. We are asking Larchmont to review us for a loan modification so "
        "we can keep our home and finish our plan."], seed + 13))
    sched = schedule_i(bk.court, bk.case,
                       Earner("Hector M. Ruiz", "Warehouse associate", "Lehigh Gap Distribution Center, Inc.",
                              "7000 Industrial Blvd, Fogelsville PA", "9 years", r2(rate * 40 * 52 / 12),
                              r2(rate * 1.5 * 3 * 52 / 12), 742.18, r2(rate * 40 * 52 / 12 * 0.04), 182.43),
                       Earner("Alma R. Ruiz", "Instructional aide", "Saucon Creek School District",
                              "2097 Polk Valley Road, Hellertown PA", "6 years", r2(salary / 12), 0.0, 401.12,
                              r2(salary / 12 * 0.075), 0.0, 49.00))
    p.digital(base + "6 Schedule I.pdf", docketed(sched, bk.case, "1", bk.filed, "09:41:27", first=24, total=61))
    conf = confirmation_order(bk.court, bk.case, ["Hector M. Ruiz", "Alma R. Ruiz"], bk.plan, 60, bk.trustee,
                              bk.judge, dt.date(2048, 1, 22), LARCHMONT.name)
    p.digital(base + "7 Order Confirming Plan.pdf", docketed(conf, bk.case, "47", dt.date(2048, 1, 22), "15:02:11"))
    return p


def packet_bk2(seed: int) -> Packet:
    """Self-employed debtor, one copier scan of everything in a folder named after the loan; no 4506-C."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2048, 6, 16)
    firm = Firm("Marcus T. Oyelaran", "PA 311406", "Susquehanna Debt Relief Law Center, P.C.",
                "1180 Market Street, 2nd Floor", "Harrisburg, PA 17103", "(717) 555-0168", "mto@sdrlaw.example",
                "Danielle Fry")
    bk = Bk("Middle District of Pennsylvania", "48-00418-rnk", dt.date(2048, 2, 20), 640.00,
            "Calvin R. Osterhout, Standing Chapter 13 Trustee", "Rosalind N. Kessler")
    app = App("0871156320", "Delroy A. Whitlock", "7302", "56 Conodoguinet Drive", "Camp Hill", "PA", "17011",
              "(717) 555-0102", "whitlocklawn@example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2047, 11, 1), "short",
              {"self": 4850.00}, dt.date(2048, 6, 8), bk, assets=(2210.40, 0.0), sched_j=(4415.00, 655.00),
              seed=seed + 21)
    p = Packet("bk2", received, app, ["irs_form_4506c"])
    holder = "Delroy A. Whitlock dba Whitlock Lawn & Landscape"
    addr = [app.street, f"{app.city}, {app.state} {app.zip}"]
    begin = r2(rng.uniform(1500, 2300))
    statements = []
    for month in (4, 5):
        credits = [(d, rng.choice(["DEPOSIT - CUSTOMER CHECKS", "MOBILE DEPOSIT", "SQUARE INC DEP 7730"]),
                    r2(rng.uniform(900, 2300))) for d in sorted(rng.sample(range(2, 29), 5))]
        credits += [(8, "SITEONE LANDSCAPE SUPPLY", -r2(rng.uniform(600, 1400))), (22, "JOHN DEERE FINANCIAL", -412.60),
                    (15, "TRANSFER TO PERSONAL CHK", -r2(rng.uniform(1800, 2400))),
                    (28, "TRANSFER TO PERSONAL CHK", -r2(rng.uniform(1200, 1800)))]
        st = keystone_statement(rng, holder, addr, "5531207719", 2048, month, begin, credits, 0.0,
                                "BUSINESS CHECKING")
        begin = st.doc.fields["ending_balance"]
        statements.append(st)
    statements[1].order = [1, 0]  # the copier's feeder took the May statement's two sheets in reverse
    encl = ["Borrower Assistance Form (Cobalt Ridge form CR-BK13), signed", "Debtor's hardship letter",
            "Business bank statements for April and May 2048", "Schedule I (Doc. 1)",
            "Order granting loss mitigation (Doc. 31)"]
    cover = cover_letter(firm, dt.date(2048, 6, 11), COBALT, app.borrower, bk.case, bk.court,
                         f"XXXXXX{app.loan[-4:]}", app.address, encl, True, True, seed + 22)
    hl = hardship_letter([app.borrower], addr, dt.date(2048, 6, 8), COBALT, app.loan, bk.case, [
        "I have run a lawn care and landscaping business for twelve years. Last fall my biggest commercial account, "
        "an apartment complex, went to another contractor, and a wet spring cut my residential work. At the same "
        "time my escrow payment went up by $260 a month after the township reassessed the house.",
        "I filed Chapter 13 in February to stop the foreclosure. The business is picking up again with the new "
        "season and I can afford a modified payment. I ask Cobalt Ridge to review me for a modification."],
        seed + 23)
    sched = schedule_i(bk.court, bk.case, Earner("Delroy A. Whitlock", "Landscaper (self-employed)",
                                                 "Whitlock Lawn & Landscape (self)", "56 Conodoguinet Dr, Camp Hill PA",
                                                 "12 years", business=3960.00), None)
    lmm = lmm_order(bk.court, bk.case, [app.borrower], COBALT.name, app.loan[-4:], bk.judge, dt.date(2048, 5, 28),
                    120)
    p.copied(f"{app.loan}/KM_C458e_20480616_091244.pdf", Copier(tilt=0.45, blur=0.5), seed + 200, cover, hl,
             form_b(app, firm, True), statements[0], statements[1],
             docketed(sched, bk.case, "1", bk.filed, "11:20:53", first=23, total=52),
             docketed(lmm, bk.case, "31", dt.date(2048, 5, 28), "14:47:06"))
    return p


def packet_bk3(seed: int) -> Packet:
    """A widow with tips and a survivor pension; one copier scan per paper, loose files; complete."""
    received = dt.date(2048, 4, 20)
    firm = Firm("Leonard J. Hruska", "OH 0079314", "Hruska Consumer Law, LLC", "1520 Euclid Avenue, Suite 910",
                "Cleveland, OH 44115", "(216) 555-0131", "ljh@hruskalaw.example", "Monica Salas")
    bk = Bk("Northern District of Ohio", "47-51877-amk", dt.date(2047, 8, 14), 455.00,
            "Dorothea A. Lindqvist, Chapter 13 Trustee", "Adrian M. Kowal", dt.date(2047, 12, 2))
    stub = tavern_stub("Brass Lantern Tavern", "5480 Ridge Road, Parma, OH 44129", "Bernadette L. Szymanski",
                       dt.date(2048, 4, 10), TX_OH, f"bk3t{seed}")
    pension = 1286.40
    app = App("5530982214", "Bernadette L. Szymanski", "6158", "3907 Ridgewood Drive", "Parma", "OH", "44134",
              "(440) 555-0177", "bszymanski@example.org", "primary_residence", ["death"], dt.date(2047, 12, 4), "long",
              {"wages": monthly(stub), "taxable": pension}, dt.date(2048, 4, 13), bk, assets=(318.06, 1200.00),
              sched_j=(3630.00, 212.00), seed=seed + 31)
    p = Packet("bk3", received, app, [])
    addr = [app.street, f"{app.city}, {app.state} {app.zip}"]
    style = Copier(tilt=0.55, blur=0.6, speckle=0.0005)
    encl = ["Mortgage Assistance Application (Larchmont form LHLS-MAA-BK), signed", "Most recent pay stub",
            "Pension fund letter (surviving spouse annuity)", "Certified copy of the death certificate of Walter J. "
            "Szymanski", "Debtor's hardship letter", "Order Confirming Chapter 13 Plan (Doc. 38)"]
    conf = confirmation_order(bk.court, bk.case, [app.borrower], bk.plan, 60, bk.trustee, bk.judge, bk.confirmed
                              or bk.filed, LARCHMONT.name)
    papers = [cover_letter(firm, dt.date(2048, 4, 15), LARCHMONT, app.borrower, bk.case, bk.court, app.loan,
                           app.address, encl, False, True, seed + 32),
              form_a(app, firm, False, ""), stub,
              survivor_pension_letter(app.borrower, addr, dt.date(2048, 2, 12), "Walter J. Szymanski", pension,
                                      dt.date(2048, 1, 1)),
              death_certificate("Walter J. Szymanski", "5521", dt.date(1991, 5, 30), dt.date(2047, 12, 4),
                                "Parma Community General Hospital, Parma, Ohio", "3907 Ridgewood Drive, Parma, "
                                "Cuyahoga County, Ohio 44134", "Bernadette L. Szymanski",
                                "Bernadette L. Szymanski, wife", "Acute myocardial infarction",
                                dt.date(2047, 12, 9), dt.date(2047, 12, 20)),
              hardship_letter([app.borrower], addr, dt.date(2048, 4, 13), LARCHMONT, app.loan, bk.case, [
                  "My husband Walter died suddenly on December 4, 2047. He was a pipefitter and earned most of our "
                  "income. I work as a server at a tavern near our house. With my tips and the survivor pension from "
                  "his union I can pay a lower mortgage payment, but not the current one on top of my plan payment.",
                  "I want to stay in the house we bought together. I ask you to review me for a modification."],
                  seed + 33),
              docketed(conf, bk.case, "38", dt.date(2047, 12, 2), "10:05:44")]
    for i, paper in enumerate(papers, 1):
        p.copied(f"LM-Szymanski-{app.loan}-{i:02d}.pdf", style, seed + 300 + i, paper)
    return p


def packet_bk4(seed: int) -> Packet:
    """Joint debtors in ONE born-digital PDF; the joint debtor did not sign and the hardship date is blank."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2048, 7, 13)
    firm = Firm("Priya N. Raghunathan", "NJ 026412009", "Raghunathan & Cole, LLC", "40 Haddon Avenue, Suite 3",
                "Collingswood, NJ 08108", "(856) 555-0112", "priya@rcolelaw.example", "Evan Marchetti")
    bk = Bk("District of New Jersey", "47-22816-abc", dt.date(2047, 12, 5), 810.00,
            "Isidore K. Halvorsen, Standing Chapter 13 Trustee", "Abigail B. Castro", dt.date(2048, 3, 16))
    salary = round(rng.uniform(44000, 48500), -2)
    stubs = [public_stub("Township of Marlwood", "Department of Finance - 1 Municipal Plaza, Marlwood, NJ 08043",
                         "Tamika D. Freeman", "20-1187", "Tax Clerk II", d, salary, TX_NJ, "5076", f"bk4t{seed}")
             for d in (dt.date(2048, 6, 19), dt.date(2048, 7, 3))]
    weekly = 612.00
    app = App("1046627093", "Tamika D. Freeman", "3391", "227 Chestnut Street", "Lindenwold", "NJ", "08021",
              "(856) 555-0150", "tdfreeman@example.com", "primary_residence", ["unemployment"], None, "short",
              {"wages": monthly(stubs[-1]), "ui": r2(weekly * 52 / 12)}, dt.date(2048, 7, 6), bk,
              co="Marcus L. Freeman", co_ssn4="8810", co_signs=False, assets=(690.15, 0.0),
              sched_j=(5980.00, 905.00), seed=seed + 41)
    p = Packet("bk4", received, app, ["application_field:hardship_start_date", "application_signature"])
    addr = [app.street, f"{app.city}, {app.state} {app.zip}"]
    encl = ["Borrower Assistance Form (Cobalt Ridge form CR-BK13)", "Two most recent pay statements of Tamika D. "
            "Freeman", "Notice of Monetary Determination for Marcus L. Freeman", "Schedule I (Doc. 1)",
            "Order Confirming Chapter 13 Plan (Doc. 41)"]
    cover = cover_letter(firm, dt.date(2048, 7, 8), COBALT, "Tamika D. Freeman and Marcus L. Freeman", bk.case,
                         bk.court, app.loan, app.address, encl, True, False, seed + 42)
    ui = ui_determination("Marcus L. Freeman", addr, dt.date(2048, 5, 27), weekly, dt.date(2048, 5, 17),
                          [("Q1 2047", 9850.00), ("Q2 2047", 10120.50), ("Q3 2047", 9930.25), ("Q4 2047", 10411.75)])
    sched = schedule_i(bk.court, bk.case,
                       Earner("Tamika D. Freeman", "Tax clerk", "Township of Marlwood", "1 Municipal Plaza, Marlwood "
                              "NJ", "4 years", r2(salary / 12), 0.0, 521.30, r2(salary / 12 * 0.075), 256.11),
                       Earner("Marcus L. Freeman", "Forklift operator", "Delair Cold Storage, Inc.", "900 River Road, "
                              "Pennsauken NJ", "3 years", 3466.67, 212.50, 688.02, 0.0, 140.00, 61.00))
    conf = confirmation_order(bk.court, bk.case, ["Tamika D. Freeman", "Marcus L. Freeman"], bk.plan, 60,
                              bk.trustee, bk.judge, dt.date(2048, 3, 16), COBALT.name)
    p.digital(f"Freeman LM Submission (Loan {app.loan}).pdf", cover, form_b(app, firm, False), *stubs, ui,
              docketed(sched, bk.case, "1", bk.filed, "16:33:12", first=30, total=64),
              docketed(conf, bk.case, "41", dt.date(2048, 3, 18), "00:28:41", "Imaged Certificate of Notice",
                       total=len(conf.pages) + 2, entered_on=dt.date(2048, 3, 19)))
    return p


def packet_bk5(seed: int) -> Packet:
    """Court-portal downloads plus one copier scan; the only stubs are petition-era exhibits (stale)."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2048, 5, 12)
    firm = Firm("Tomas A. Villanueva", "NM 14502", "Villanueva Bankruptcy Law Firm",
                "2400 Louisiana Blvd NE, Suite 210", "Albuquerque, NM 87110", "(505) 555-0187",
                "tav@villanuevabk.example", "Rosa Chee")
    bk = Bk("District of New Mexico", "47-11734-sjt", dt.date(2047, 12, 18), 385.00,
            "Marisela D. Trujillo, Chapter 13 Trustee", "Sandra J. Tafoya")
    rate = r2(rng.uniform(16.2, 17.8))
    stubs = [ledger_stub("Sandia Medical Linen Services", "4100 Jefferson Street NE, Albuquerque, NM 87109",
                         "Graciela P. Montoya", "SML-0883", "2046", "Sorting", d, rate, TX_NM, "3318", f"bk5s{seed}")
             for d in (dt.date(2047, 12, 27), dt.date(2048, 1, 3))]
    app = App("6614470258", "Graciela P. Montoya", "2046", "8121 Tierra Alta Road NW", "Albuquerque", "NM", "87120",
              "(505) 555-0129", "gmontoya@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2047, 8, 15), "long", {"wages": 3120.00}, dt.date(2048, 5, 4), bk, assets=(264.51, 35.00),
              sched_j=(2890.00, 101.00), seed=seed + 51)
    p = Packet("bk5", received, app, ["income_doc:wages"])
    addr = [app.street, f"{app.city}, {app.state} {app.zip}"]
    folder = app.loan
    encl = ["Mortgage Assistance Application (Larchmont form LHLS-MAA-BK), signed", "Debtor's hardship letter",
            "Pay advices filed as Exhibit B to the loss mitigation motion (Doc. 38-2)",
            "Schedule I filed as Exhibit A (Doc. 38-1)", "March 2048 bank statement",
            "Order granting loss mitigation (Doc. 52)"]
    p.digital(f"{folder}/cover letter.pdf", cover_letter(firm, dt.date(2048, 5, 6), LARCHMONT, app.borrower,
                                                         bk.case, bk.court, app.loan, app.address, encl, True, False,
                                                         seed + 52))
    p.digital(f"{folder}/LM application - Montoya.pdf", form_a(app, firm, False, ""))
    motion = dt.date(2048, 1, 13)
    p.digital(f"{folder}/Doc 38-1 Exhibit A.pdf", docketed(
        schedule_i(bk.court, bk.case, Earner("Graciela P. Montoya", "Linen sorter", "Sandia Medical Linen Services",
                                             "4100 Jefferson St NE, Albuquerque NM", "7 years", r2(rate * 40 * 52 / 12),
                                             0.0, 398.40, 0.0, 156.00), None),
        bk.case, "38-1", motion, "13:10:02", "Exhibit A - Schedule I"))
    p.digital(f"{folder}/Doc 38-2 Exhibit B.pdf",
              *[docketed(s, bk.case, "38-2", motion, "13:10:02", "Exhibit B - Pay Advices", first=i + 1, total=2)
                for i, s in enumerate(stubs)])
    lmm = lmm_order(bk.court, bk.case, [app.borrower], LARCHMONT.name, app.loan[-4:], bk.judge, dt.date(2048, 4, 27),
                    90)
    p.digital(f"{folder}/Doc 52 Order.pdf", docketed(lmm, bk.case, "52", dt.date(2048, 4, 27), "09:15:38"))
    credits = [(d, "SANDIA MED LINEN PAYROLL", r2(rng.uniform(590, 640))) for d in (6, 13, 20, 27)]
    credits.append((2, "LARCHMONT HLS MORTGAGE PMT", -1184.37))
    p.digital(f"{folder}/March 2048 statement.pdf", brightwater_statement(rng, app.borrower, addr, "7700235519", 2048,
                                                                         3, r2(rng.uniform(1400, 1700)), credits,
                                                                         bk.plan))
    p.copied(f"{folder}/hardship letter (scan).pdf", Copier(tilt=0.3), seed + 500,
             hardship_letter([app.borrower], addr, dt.date(2048, 5, 1), LARCHMONT, app.loan, bk.case, [
                 "Last August I was diagnosed with rheumatoid arthritis in both hands. I could not keep up on the "
                 "sorting line and my employer moved me to part-time work while I am in treatment. My pay dropped "
                 "by about a third.",
                 "My attorney filed a Chapter 13 case in December. I can pay my plan and a lower mortgage payment. "
                 "I am asking Larchmont to review me for a loan modification."], seed + 53))
    return p


def packet_bk6(seed: int) -> Packet:
    """A disabled veteran and his wife; ONE copier scan named after the loan; complete."""
    received = dt.date(2048, 8, 25)
    firm = Firm("Gregory P. Sandusky", "PA 90213", "Sandusky Law Offices", "428 Forbes Avenue, Suite 1500",
                "Pittsburgh, PA 15219", "(412) 555-0140", "gps@sanduskylaw.example", "Tara Bielski")
    bk = Bk("Western District of Pennsylvania", "48-20417-gmd", dt.date(2048, 3, 2), 970.00,
            "Rhonda E. Kaczmarek, Chapter 13 Trustee", "Gerald M. Dorsey", dt.date(2048, 6, 12))
    va, pension = 1759.19, 1845.00
    app = App("3307719846", "Dwayne E. Castellanos", "5527", "19 Orchard Hill Road", "Harmon Falls", "PA", "15027",
              "(724) 555-0116", "dcastellanos@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2047, 6, 30), "long", {"taxable": pension, "nontaxable": va}, dt.date(2048, 8, 14), bk,
              co="Patrice N. Castellanos", co_ssn4="1184", assets=(905.32, 2400.00), sched_j=(3310.00, 294.19),
              seed=seed + 61)
    p = Packet("bk6", received, app, [])
    addr = [app.street, f"{app.city}, {app.state} {app.zip}"]
    encl = ["Borrower Assistance Form (Cobalt Ridge form CR-BK13), signed by both Debtors",
            "VA benefits summary letter", "Harmon Falls Municipal Police Pension Fund letter", "Debtors' hardship "
            "letter", "Schedule I (Doc. 1)", "Order Confirming Chapter 13 Plan (Doc. 58)"]
    debtors = "Dwayne E. Castellanos and Patrice N. Castellanos"
    sched = schedule_i(bk.court, bk.case, Earner("Dwayne E. Castellanos", social_security=0.0, pension=pension,
                                                 other=va), Earner("Patrice N. Castellanos"))
    sched.order = [1, 0]  # the two sheets went through the copier in reverse
    conf = confirmation_order(bk.court, bk.case, [app.borrower, "Patrice N. Castellanos"], bk.plan, 60, bk.trustee,
                              bk.judge, dt.date(2048, 6, 12), COBALT.name)
    p.copied(f"{app.loan} LM packet.pdf", Copier(tilt=0.65, blur=0.6), seed + 600,
             cover_letter(firm, dt.date(2048, 8, 18), COBALT, debtors, bk.case, bk.court, app.loan, app.address,
                          encl, True, True, seed + 62),
             form_b(app, firm, True),
             va_summary_letter(app.borrower, addr, dt.date(2048, 7, 30), 70, va, dt.date(2047, 12, 1)),
             disability_pension_letter(app.borrower, addr, dt.date(2048, 8, 4), pension, dt.date(2046, 3, 1)),
             hardship_letter([app.borrower, "Patrice N. Castellanos"], addr, dt.date(2048, 8, 14), COBALT, app.loan,
                             bk.case, [
                 "In June 2047 Dwayne's back injury from his Army service got much worse and he had two surgeries. "
                 "He could no longer work as a police officer and retired on a disability pension, which is less "
                 "than half of his old pay. Patrice left her job to care for him through the recovery.",
                 "We live on his VA compensation and the pension now. We filed Chapter 13 in March to save our home "
                 "and ask Cobalt Ridge to modify the loan so the payment fits our fixed income."], seed + 63),
             docketed(sched, bk.case, "1", bk.filed, "10:52:19", first=27, total=61),
             docketed(conf, bk.case, "58", dt.date(2048, 6, 12), "12:30:05"))
    return p


def packet_bk7(seed: int) -> Packet:
    """A divorcing debtor; born-digital loose files; the only divorce paper is the petition, not a decree."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2048, 9, 14)
    firm = Firm("Alicia M. Fontaine", "CA 287734", "Fontaine Bankruptcy Group, APC",
                "3750 University Avenue, Suite 610", "Riverside, CA 92501", "(951) 555-0162",
                "afontaine@fbglaw.example", "Jordan Pak")
    family = Firm("Howard L. Brandt", "CA 198822", "Brandt Family Law", "4160 Temescal Canyon Road, Suite 300",
                  "Corona, CA 92883", "(951) 555-0119", "hbrandt@brandtfamily.example", "")
    bk = Bk("Central District of California, Riverside Division", "6:48-bk-13355-MH", dt.date(2048, 5, 6), 515.00,
            "Rowena T. Salcedo, Chapter 13 Trustee", "Miriam Halvorsen")
    rate = r2(rng.uniform(31.0, 34.5))
    stub = ledger_stub("Canyon Crest Dental Group", "5225 Canyon Crest Drive, Riverside, CA 92507",
                       "Simone R. Kowalczyk", "CCD-118", "7740", "Hygiene", dt.date(2048, 9, 4), rate, TX_CA, "4129",
                       f"bk7s{seed}")
    support = 650.00
    app = App("9182035567", "Simone R. Kowalczyk", "7740", "6342 Tamarind Court", "Riverside", "CA", "92506",
              "(951) 555-0148", "simone.k@example.net", "primary_residence", ["divorce_or_separation"],
              dt.date(2048, 1, 10), "long", {"wages": monthly(stub), "support": support}, dt.date(2048, 9, 2), bk,
              assets=(1120.64, 0.0), sched_j=(5402.00, 148.00), seed=seed + 71)
    p = Packet("bk7", received, app, ["hardship_doc:divorce_or_separation"])
    addr = [app.street, f"{app.city}, {app.state} {app.zip}"]
    base = f"Kowalczyk, Simone - {app.loan} - "
    encl = ["Mortgage Assistance Application (Larchmont form LHLS-MAA-BK), signed", "Most recent pay statement",
            "Bank statements for July and August 2048", "Petition for Dissolution of Marriage (Riverside Superior "
            "Court)", "Debtor's hardship letter", "Loss mitigation order (Doc. 24)"]
    p.digital(base + "Cover Letter.pdf", cover_letter(firm, dt.date(2048, 9, 9), LARCHMONT, app.borrower, bk.case,
                                                      bk.court, app.loan, app.address, encl, False, False, seed + 72))
    p.digital(base + "Application.pdf", form_a(app, firm, False, "0.00"))
    p.digital(base + "Paystub 09-04-2048.pdf", stub)
    net = float(stub.doc.fields["net_current"])
    begin = r2(rng.uniform(1800, 2600))
    for month, name in ((7, "July"), (8, "August")):
        fridays = [d for d in range(1, month_end(2048, month).day + 1) if dt.date(2048, month, d).weekday() == 4]
        credits = [(d, "CANYON CREST DENTAL PAYROLL", r2(net * rng.uniform(0.93, 1.04))) for d in fridays]
        credits += [(15, "CA SDU CHILD SUPPORT PMT", support), (1, "LARCHMONT HLS MORTGAGE PMT", -1685.22)]
        st = brightwater_statement(rng, app.borrower, addr, "8800416623", 2048, month, begin, credits, bk.plan)
        begin = st.doc.fields["ending_balance"]
        p.digital(base + f"Bank Statement {name}.pdf", st)
    p.digital(base + "Divorce Petition.pdf", dissolution_petition(family, "Riverside", app.borrower,
                                                                  "Daniel J. Kowalczyk", "RID2804417",
                                                                  dt.date(2009, 6, 20), dt.date(2048, 1, 10),
                                                                  dt.date(2048, 3, 2), "Nora Kowalczyk, age 11"))
    p.digital(base + "Hardship Letter.pdf", hardship_letter([app.borrower], addr, dt.date(2048, 9, 2), LARCHMONT,
                                                            app.loan, bk.case, [
        "My husband moved out in January and I filed for divorce in March. The divorce is not final yet. Until he "
        "left we paid the mortgage with two incomes; now I pay it alone on my pay as a dental hygienist and the "
        "temporary child support the court ordered for our daughter.",
        "I filed Chapter 13 in May to keep the house for my daughter and me. I am asking Larchmont to modify the "
        "loan to a payment I can make on one income."], seed + 73))
    lmm = lmm_order(bk.court, bk.case, [app.borrower], LARCHMONT.name, app.loan[-4:], bk.judge, dt.date(2048, 7, 15),
                    120)
    p.digital(base + "LMM Order.pdf", docketed(lmm, bk.case, "24", dt.date(2048, 7, 15), "16:41:20"))
    return p


def packet_bk8(seed: int) -> Packet:
    """Landlords of a rented duplex; copier scans of several papers each in a folder named after the loan."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2048, 10, 20)
    firm = Firm("Nadia R. Castellano", "CT 421977", "Castellano & Whitby, LLC", "1 Constitution Plaza, 7th Floor",
                "Hartford, CT 06103", "(860) 555-0125", "nrc@cwlaw.example", "Brian Keefe")
    bk = Bk("District of Connecticut", "48-20963-jjt", dt.date(2048, 6, 1), 1260.00,
            "Esther M. Lindgren, Standing Chapter 13 Trustee", "Jeremy J. Tolland")
    rate = r2(rng.uniform(33.0, 36.5))
    stub = ledger_stub("Charter Oak Mechanical, Inc.", "410 Brainard Road, Hartford, CT 06114",
                       "Anthony J. Pellegrino", "COM-3302", "2265", "Field service", dt.date(2048, 10, 9), rate, TX_CT,
                       "8851", f"bk8s{seed}")
    app = App("0409351178", "Anthony J. Pellegrino", "2265", "88-90 Wethersfield Avenue", "Hartford", "CT", "06114",
              "(860) 555-0171", "ajpellegrino@example.com", "investment_property", ["other"], dt.date(2048, 3, 1),
              "short", {"wages": monthly(stub), "rental": 1150.00}, dt.date(2048, 10, 12), bk,
              co="Renee M. Pellegrino", co_ssn4="9013", assets=(1804.22, 500.00), sched_j=(7130.00, 410.00),
              other_text="Tenant in one unit paid no rent for five months; eviction and repair costs",
              seed=seed + 81)
    p = Packet("bk8", received, app, [])
    home = ["12 Stonegate Lane", "Wethersfield, CT 06109"]
    folder = app.loan
    style = Copier(tilt=0.25, blur=0.5, speckle=0.0003, shadow=False)
    net = float(stub.doc.fields["net_current"])
    begin = r2(rng.uniform(2600, 3400))
    statements = []
    for month in (8, 9):
        fridays = [d for d in range(1, month_end(2048, month).day + 1) if dt.date(2048, month, d).weekday() == 4]
        credits = [(d, "CHARTER OAK MECH PAYROLL", r2(net * rng.uniform(0.92, 1.05))) for d in fridays]
        credits += [(3, "MOBILE DEPOSIT - RENT UNIT 1", 1375.00), (5, "MOBILE DEPOSIT - RENT UNIT 2", 1425.00),
                    (1, "COBALT RIDGE MTG PMT", -2480.16)]
        st = keystone_statement(rng, "Anthony J. Pellegrino / Renee M. Pellegrino", home, "2100684459", 2048, month,
                                begin, credits, bk.plan)
        begin = st.doc.fields["ending_balance"]
        statements.append(st)
    encl = ["Borrower Assistance Form (Cobalt Ridge form CR-BK13), signed by both Debtors", "Most recent pay "
            "statement of Anthony J. Pellegrino", "Bank statements for August and September 2048 (rents deposited)",
            "IRS Form 4506-C, signed", "Debtors' hardship letter", "Schedule I (Doc. 1)"]
    debtors = "Anthony J. Pellegrino and Renee M. Pellegrino"
    cover = cover_letter(firm, dt.date(2048, 10, 14), COBALT, debtors, bk.case, bk.court, app.loan, app.address,
                         encl, True, True, seed + 82)
    sched = schedule_i(bk.court, bk.case,
                       Earner("Anthony J. Pellegrino", "HVAC technician", "Charter Oak Mechanical, Inc.",
                              "410 Brainard Road, Hartford CT", "11 years", r2(rate * 40 * 52 / 12), 310.00, 1402.55,
                              r2(rate * 40 * 52 / 12 * 0.05), 383.07, business=640.00),
                       Earner("Renee M. Pellegrino"))
    p.copied(f"{folder}/Doc20481019_101522.pdf", style, seed + 800, cover,
             docketed(sched, bk.case, "1", bk.filed, "15:08:47", first=29, total=66))
    p.copied(f"{folder}/Doc20481019_101647.pdf", style, seed + 801, form_b(app, firm, True))
    p.copied(f"{folder}/Doc20481019_101803.pdf", style, seed + 802, stub, *statements)
    p.copied(f"{folder}/Doc20481019_102011.pdf", style, seed + 803,
             form_4506c("Anthony", "J", "Pellegrino", "951-40-2265", home[0], "Wethersfield", "CT", "06109",
                        COBALT, dt.date(2048, 10, 12), app.phone, seed + 84, True),
             hardship_letter([app.borrower, "Renee M. Pellegrino"], home, dt.date(2048, 10, 12), COBALT, app.loan,
                             bk.case, [
                 "We own a two-family house on Wethersfield Avenue that we rent out; we live in Wethersfield. In "
                 "March the tenant in the first-floor unit stopped paying rent. It took five months and an eviction "
                 "case to get the unit back, and the damage he left cost us over four thousand dollars to repair.",
                 "Both units are rented again since August. We filed Chapter 13 in June to catch up, and we ask "
                 "Cobalt Ridge to review the loan for a modification so the payment matches the rents."], seed + 85))
    return p


# --- main -----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bk1, packet_bk2, packet_bk3, packet_bk4, packet_bk5, packet_bk6,
                                             packet_bk7, packet_bk8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out (see the module docstring)."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in APP_FIELDS}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
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
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= {*INCOMES, "total"} or any(v <= 0 for v in app["income"].values()):
            problems.append(f"{name}: bad income line")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["loan_number"] != exp["loan_number"] or not exp["loan_number"].isdigit():
            problems.append(f"{name}: loan number")
        inbox = exp_path.parent / "inbox"
        pages_of = {str(f.relative_to(inbox)): len(PdfReader(f).pages) for f in inbox.rglob("*") if f.is_file()}
        seen: set[tuple[str, int]] = set()
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen or pg["file"] not in pages_of or not 1 <= pg["page"] <= pages_of[pg["file"]]:
                    problems.append(f"{name}: page {key} repeated or absent")
                    continue
                seen.add(key)
                text = PdfReader(inbox / pg["file"]).pages[pg["page"] - 1].extract_text() or ""
                if bool(text.replace(SYNTH, "").strip()) == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} disagrees with the text layer on {key}")
            f = doc["fields"]
            for k, v in f.items():
                if (k.endswith(("_date", "_start", "_end")) or k == "signed_on") and v is not None:
                    d = dt.date.fromisoformat(v)
                    if d > received:
                        problems.append(f"{name}: {doc['id']} {k} after the received date")
            if doc["type"] == "pay_stub":
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: {doc['id']} monthly_gross")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: {doc['id']} year-to-date below the current gross")
        every = {(fn, n) for fn, count in pages_of.items() for n in range(1, count + 1)}
        if every != seen:
            problems.append(f"{name}: pages in no document {sorted(every - seen)[:5]}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bk1 ..)")
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
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        kinds = {d["scanned"] for d in exp["documents"]}
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-':<58} {len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} pages, "
              f"{'/'.join(sorted({True: 'scanned', False: 'digital'}[k] for k in kinds))}")
    if args.check:
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
