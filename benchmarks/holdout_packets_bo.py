"""Holdout set bo (bo1..bo8): E-MAILED AND UPLOADED FILES THAT BORROWERS MAKE ON THEIR OWN COMPUTERS. Written blind:
only shared/spec (README, checklist, case-report schema, form710, domain-rules), shared/samples (packets, expected.json,
README), shared/reference's README (the blank Form 710 and Form 4506-C are filled from there), tests/pdf_factory.py,
tests/sample_compare.py, benchmarks/sample_accuracy.py, the af scaffold in full and the module docstrings of the other
holdout sets were read - not the service's code, rules, data files or other tests, and the service was never run on
these packets - to measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bo.py OUT_DIR [--seed N] [--check] [--only bo1 bo5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are weekdays in 2047. The seed changes amounts,
pay histories, transactions and pen strokes, never names, dates or the truth of the answers.

THEME AND SERVICER. Fenwright Mortgage Servicing, LLC (2200 Commerce Row, Suite 500, Columbus OH; borrowers in Ohio,
Indiana and Kentucky) takes most paper by e-mail (a mail robot saves a message's attachments into a folder named after
the loan in its subject) or through an upload page (loose files). Borrowers send MANY SEPARATE PDFs a packet, made on
their own computers and phones, under unhelpful names - "Document (3).pdf", "IMG_2231.pdf", "scan0001.pdf" (born
digital or not), "download.pdf", "Untitled document.pdf", "DOC041247.PDF", "SCAN0001.PDF", "EMAIL.PDF", "LETTER TO
BANK.PDF" - and names that MISLABEL the content: in bo4 "paystub.pdf" and "paystub (1).pdf" hold the two bank
statements and "bank.pdf" holds the two pay stubs. Some files hold several documents (bo2 "SCAN0001.PDF": two monthly
statements and a pay stub; bo4 "bank.pdf": two stubs; "taxes 2046.pdf" and bo6 "1040 and W2.PDF": a 1040 and a W-2;
bo5 "paystubs.pdf": two stubs); one document may be SPLIT ACROSS TWO FILES (bo3: the March credit union statement,
pages 1-2 in "Statement_0331.pdf" and page 3 in "Statement_0331 (1).pdf"; bo7: the Form 710, pages 1-2 in
"scan0001.pdf" and pages 3-4 in "scan0002.pdf"); the pages list of expected.json then runs across both files.

APPLICATIONS (mortgage_assistance_application).
- The real Form 710 (April 2023) FILLED IN A PDF VIEWER AND SAVED FLATTENED (bo1, bo4): no form fields and no AcroForm
  remain; the answers are page text in Helvetica at the widgets' places, each ticked box is the form's own crossed
  lines (vector strokes, no text), the signatures are the viewer's drawn strokes, the dates typed. bo4 is signed by
  both spouses.
- The real Form 710 PRINTED BLANK AND FILLED BY HAND (pen figures, crosses in the boxes, the amounts without cents,
  "1,684"), signed and dated in ink: PHOTOGRAPHED with a phone (bo3: colour JPEG at about 200 dpi, the sheet turned
  0.8-1.8 degrees on a dark table whose edges show, a soft shadow over part of the page, warm light, grain) or
  SCANNED on a home flatbed (bo7: 240 dpi grey JPEG, tilt 0.4 degree, blur, specks) and saved as two files.
- Fenwright's own "Borrower Assistance Form" (Form FMS-22 (Rev. 01/2047), two pages), a WORD DOCUMENT the servicer
  e-mails: a teal "FENWRIGHT / MORTGAGE SERVICING, LLC" word mark, numbered teal section bands (1 LOAN AND BORROWER
  INFORMATION, 2 PROPERTY, 3 HARDSHIP; 4 MONTHLY HOUSEHOLD INCOME (GROSS, BEFORE TAXES), 5 ASSETS, 6 CERTIFICATION
  AND SIGNATURES), every answer typed into a Word TABLE CELL beside its label cell (borrower and co-borrower in two
  columns under a grey "Borrower | Co-Borrower" row), every choice a Word check-box control printed as the characters
  U+2612 (checked) and U+2610 (empty) in the text layer ("The property is my / our", "The hardship is expected to
  be", ten reasons in one column). The income table has ten numbered rows with a "Monthly amount" and a DISTRACTOR
  column "Received by (B, C, Both)", and a TOTAL row: rows 1 (gross wages / salary) and 2 (overtime, commissions,
  tips, bonuses) are both wages and their SUM is the wages amount; rows 9 (alimony, child support) and 10 (other)
  are both "other"; assets are not income. Saved to PDF from Word with the signatures PASTED IN AS PICTURES and the
  dates typed (bo2 - the co-borrower's signature and date cells left empty -, bo6), or printed, signed and dated in
  pen and scanned grey at 300 dpi (bo5) or photographed (bo8).

PAY STUBS (pay_stub; every year-to-date figure is the sum of that year's checks of the job).
- An employee self-service portal's "Pay Statement" page PRINTED FROM THE BROWSER, portrait (bo2 Halden Logistics /
  "MyHalden", bo5 Ohio Valley Medical Billing / "OVMB WorkHub", bo8 Scioto Valley Public Library / "SVPL Employee
  Portal"): the browser's date / title header and URL / "1/1" footer, a dark navigation bar, a breadcrumb, four
  summary cards (Gross Pay, Taxes, Deductions, Net Pay), captioned facts (pay period "Mar 24, 2047 - Apr 6, 2047",
  "Biweekly"), Earnings (hours, rate, amount, YTD hours, YTD amount, a Gross Pay row), Taxes, Deductions and Net Pay
  Distribution tables.
- Tidewell Payroll's semi-monthly "EARNINGS STATEMENT" downloaded as a LANDSCAPE page (bo1 Kestrel Point Veterinary
  Group, bo6 Zanesville Pediatric Dentistry): a dark sidebar at the left with the employer, NET PAY in large type, pay
  date, pay period, frequency, employee; Earnings, Taxes and Deductions panels side by side; a This period / Year to
  date strip.
- A plant's weekly stub over a DIRECT DEPOSIT ADVICE voucher (bo4 Three Rivers Cold Storage, bo7 Moraine Valley
  Fabrication): hours and earnings with YTD hours at the top left, taxes and deductions at the right, a "DETACH HERE"
  perforation and a "NON-NEGOTIABLE - THIS IS NOT A CHECK" voucher with the net pay in words. Pay date = the advice
  date; the period is the week in the stub.

BANK STATEMENTS (bank_statement), downloaded from online banking.
- Bellhaven Savings Bank "Combined Statement" of TWO ACCOUNTS (bo2, two pages): a relationship summary of an Everyday
  Checking and a Statement Savings account, the checking activity with signed amounts and a running balance, then the
  savings activity. The checking account (where the income lands, listed first) is the statement's account: its
  last 4 digits and its beginning / ending balances are the expected fields.
- Cobaltline Bank's ACCOUNT ACTIVITY (transaction history) for a chosen date range, PRINTED FROM THE BROWSER (bo5, two
  pages): browser header and URL footer, newest transaction first, categories, a range summary strip "BEGINNING
  BALANCE (04/01/2047) / CREDITS / DEBITS / ENDING BALANCE (04/30/2047)", and a "Current balance ... as of" the
  print date that is NOT the range's ending balance. It is counted as a bank statement of the range shown; it is the
  packet's only one and decides nothing.
- Quarry Hill Federal Credit Union "MEMBER STATEMENT" with SHARES AND A LOAN (bo3, three pages): a summary of S01
  Primary Share Savings, S10 Share Draft Checking and L01 Auto Loan, each sub-account with its own masked number; the
  share draft (checking) account, where the benefits land, is the statement's account.
- Wrenmoor National Bank e-statement of one account (bo4 and bo7 personal, bo6 business checking; two pages): an
  account box at the top right, a balance summary, deposits, checks paid and other debits in separate lists, a daily
  ending balance grid.

OTHER PAPERS.
- hardship_letter: typed in a WORD PROCESSOR and saved to PDF (block letter, "RE: Request for mortgage assistance -
  Loan # ...", typed names, no ink; bo3's runs to two pages with "Page n of 2"); or an E-MAIL PRINTED FROM THE
  PARKMAIL WEB CLIENT (bo2, bo5): the browser header / footer, the client's print view, the MAIL HEADER BLOCK (From,
  To, Date, Subject) and the body. An e-mail's letter_date is the date it was SENT (the "Date:" line), not the
  browser's print date one day later.
- tax_return: pages 1 and 2 of Form 1040 for 2046 drawn like the real form and saved from tax software, unsigned
  (e-filed) - fields tax_year 2046, form "1040" (bo4, bo6). w2: Form W-2 for 2046 with Copy B and Copy C on one page,
  from a payroll portal (bo1, bo4, bo6) or photographed (bo7); no fields.
- irs_form_4506c: page 1 of the real Form 4506-C (Rev. 10-2022) typed over and signed with drawn strokes (bo6).
- benefit_award_letter: a municipal retirement system's survivor benefit letter e-mailed as a PDF (bo8, taxable).
- obituary: a funeral home's web page printed from the browser (bo8; no fields).
- other: the photographed first page of a PETITION for dissolution of marriage with the clerk's FILED stamp (bo5) -
  a filing that starts the case, not a final decree, so it does not document the divorce hardship.

PACKETS AND TRUTH (status and codes computed by `missing_codes`, shared/spec/checklist.md applied to what was drawn).
- bo1 complete - folder <loan>/: flattened Form 710, two landscape stubs, a word-processor letter named IMG_2231.pdf,
  the W-2 as download.pdf; a reduction in income needs no paper, the fresh stub carries year-to-date pay.
- bo2 INCOMPLETE application_signature - loose capitalised uploads: the Word form signed by the borrower only (the
  co-borrower is named), two consecutive combined statements and the co-borrower's stub in one file, a webmail letter;
  unemployment income and the unemployment hardship need nothing.
- bo3 complete - loose files: the hand-filled Form 710 photographed, two consecutive credit union statements (March
  split across two files) showing the SSDI and child-support deposits, a two-page word-processor letter covering the
  illness.
- bo4 INCOMPLETE irs_form_4506c - folder <loan>/, mislabelled files: flattened Form 710 signed by both, two
  consecutive statements showing wages and rent, two weekly advices, a 1040 and a W-2, a letter; rental income is
  claimed and no 4506-C was sent.
- bo5 INCOMPLETE hardship_doc:divorce_or_separation - loose files: the Word form printed, signed in ink and scanned,
  two browser stubs in one file, the browser transaction history, a webmail letter and the photographed petition.
- bo6 complete - folder <loan>/: the Word form signed with pasted pictures by both, two consecutive business
  statements (self-employment), a signed 4506-C, the wife's landscape stub, a 1040 with her W-2, a letter; a disaster
  needs no paper.
- bo7 INCOMPLETE income_doc:wages - loose files: the hand-filled Form 710 scanned into two files, January's weekly
  advice scanned (more than 90 days old), the W-2 photographed, ONE April statement, a letter.
- bo8 complete - loose files: the Word form printed, signed in ink and photographed, a browser stub, the survivor
  benefit letter, the funeral home's obituary (the death hardship's paper), a letter.
Co-borrowers in bo2, bo4 and bo6. Scanned or photographed (no text layer): bo3's application, bo5's application and
petition, bo7's application, stub and W-2, bo8's application; everything else is born-digital.

`--check` validates every expected.json (keys, codes, weekday received dates, field sets per document type, dates
not after receipt, that every listed page exists and every page of every file is listed once, that `scanned` matches
the absence of a text layer, income sums, monthly_gross) and the run fails when the rules do not give each scenario's
codes. Every file is the same bytes for a seed (reportlab invariant mode, seeded noise, fixed pypdf identifiers). All
people, employers, banks and servicers are fictional; SSNs use the 900-999 area; every page carries a faint
"synthetic test document" line.
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
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
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
TAG = "holdout_packets_bo"

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

SERVICER = "Fenwright Mortgage Servicing, LLC"
SERVICER_ADDR = ["Attn: Loss Mitigation", "2200 Commerce Row, Suite 500", "Columbus, OH 43215"]
SERVICER_MAIL = "assistance@fenwright-servicing.example"


def _register_fonts() -> None:
    """Word-processor faces (Liberation, metric twins of Arial / Times) and DejaVu for the ballot boxes."""
    faces = {"Sans": "liberation2/LiberationSans-Regular.ttf", "Sans-Bold": "liberation2/LiberationSans-Bold.ttf",
             "Sans-Italic": "liberation2/LiberationSans-Italic.ttf",
             "Serif": "liberation2/LiberationSerif-Regular.ttf", "Serif-Bold": "liberation2/LiberationSerif-Bold.ttf",
             "Serif-Italic": "liberation2/LiberationSerif-Italic.ttf", "Boxes": "dejavu/DejaVuSans.ttf"}
    for name, rel in faces.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / rel)))


_register_fonts()
BOX_ON, BOX_OFF = "\u2612", "\u2610"  # Word's check-box content control: ballot box with X / empty


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}"


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def weekday(d: dt.date) -> dt.date:
    assert d.weekday() < 5, d
    return d


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig"), hand-written text ("hand") or a pen cross in a box ("x").
    x, y: PDF points from the page's bottom-left (the baseline's left end, or the box's centre for "x")."""

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
    for p in range(rng.randint(2, 3)):
        pts: list[tuple[float, float]] = []
        span = w * (0.55 if p == 0 else 0.35) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        slant = rng.uniform(0.15, 0.35)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.9 if i < 8 else 0.45) * rng.uniform(0.85, 1.1)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.4 * t)
            px = x + span * t + 3.0 * math.sin(t * loops * 2 * math.pi + 1.3) + slant * (py - h * 0.35)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.05
        if x > w * 0.95:
            break
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
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


def signature_png(seed: int, w: float, dpi: int = 150) -> Image.Image:
    """A signature as a picture: what a borrower pastes into a Word document (photographed ink, cropped)."""
    scale = dpi / 72
    h = 26.0
    img = Image.new("L", (round(w * scale) + 8, round(h * scale) + 8), 255)
    draw = ImageDraw.Draw(img)
    for stroke in signature_path(seed, w):
        pts = [(4 + px * scale, 4 + (h - 4 - py) * scale) for px, py in stroke]
        draw.line(pts, fill=30, width=max(2, round(1.4 * scale)), joint="curve")
    return img.filter(ImageFilter.GaussianBlur(0.6))


def draw_image(c: Canvas, img: Image.Image, x: float, y: float, w: float, h: float) -> None:
    data = io.BytesIO()
    img.save(data, "PNG")
    data.seek(0)
    c.drawImage(ImageReader(data), x, y, width=w, height=h)


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "x":
            c.setLineWidth(1.0)
            c.line(m.x - 3, m.y - 3, m.x + 3, m.y + 3)
            c.line(m.x - 3, m.y + 3, m.x + 3, m.y - 3)
        else:
            c.setFont("Helvetica", 10)
            c.drawString(m.x, m.y, m.text)


def render_papers(papers: Sequence[Paper], creator: str = TAG, with_marks: bool = True) -> bytes:
    """Born-digital PDF of one or more papers (a borrower's own file; several papers = a combined upload)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=papers[0].size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            marks = fn(c)
            if with_marks:
                apply_screen_marks(c, marks)
            synth_line(c, paper.size)
            c.showPage()
    c.save()
    return buf.getvalue()


def paper_pdf(paper: Paper, creator: str = TAG) -> bytes:
    return render_papers([paper], creator)


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": TAG})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pages_of(pdf: bytes, first: int, last: int, tag: str) -> bytes:
    """Pages first..last (1-based) of a PDF: the borrower printed only part of a document to a new file."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for i in range(first - 1, last):
        writer.add_page(reader.pages[i])
    return fixed_pypdf_bytes(writer, tag)


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


def browser_chrome(c: Canvas, printed: dt.datetime, title: str, url: str, page: int, pages: int,
                   size: tuple[float, float] = letter) -> None:
    """The header and footer lines a browser adds when a page is printed to PDF."""
    pw, ph = size
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(black)
    hour = printed.hour % 12 or 12
    stamp = f"{mdy2(printed.date())}, {hour}:{printed.minute:02d} {'AM' if printed.hour < 12 else 'PM'}"
    c.drawString(24, ph - 18, stamp)
    c.drawCentredString(pw / 2, ph - 18, title)
    c.drawString(24, 22, url if len(url) < 110 else url[:107] + "...")
    c.drawRightString(pw - 24, 22, f"{page}/{pages}")
    c.restoreState()


# --- scanning and photographing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper became an image-only PDF: a flatbed scan (grey JPEG) or a phone photo (colour JPEG, the sheet
    turned on a table with its corners showing, a shadow across part of it, warm light)."""

    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    photo: bool = False


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
        elif m.kind == "x":
            rng = random.Random(m.seed)
            d = 4.2 * scale
            cx, cy = m.x * scale, (page_h - m.y) * scale
            width = max(2, round(1.2 * scale))
            j = [rng.uniform(-0.8, 0.8) * scale for _ in range(8)]
            draw.line([(cx - d + j[0], cy - d + j[1]), (cx + d + j[2], cy + d + j[3])], fill=40, width=width)
            draw.line([(cx - d + j[4], cy + d + j[5]), (cx + d + j[6], cy - d + j[7])], fill=40, width=width)
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=38, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.1)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    """A flatbed scan: a slight tilt, blur, a light grey paper tone and specks."""
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    out = out.point(lambda v: int(16 + v * 0.91))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 228
    return out


def photograph(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    """A phone photo of the sheet on a dark table: turned 0.8 to 1.8 degrees with the table showing at the
    edges, a soft shadow over part of the page, warm uneven light, blur and sensor grain. Returns RGB."""
    rng = random.Random(seed)
    wd, ht = img.size
    margin = round(wd * 0.035)
    paper = img.point(lambda v: int(28 + v * 0.86))
    table = Image.new("L", (wd + 2 * margin, ht + 2 * margin), 58)
    table.paste(paper, (margin, margin))
    angle = rng.uniform(0.8, 1.8) * rng.choice((-1, 1))
    out = table.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=58)
    # a shadow: a soft linear fall-off over 30-45% of the page, from a random side
    side = 2 * round(math.hypot(*out.size))
    grad = Image.linear_gradient("L").resize((side, side))
    grad = grad.rotate(rng.choice((0, 90, 180, 270)) + rng.uniform(-20, 20), resample=Image.Resampling.BILINEAR)
    left, top = (side - out.size[0]) // 2, (side - out.size[1]) // 2
    grad = grad.crop((left, top, left + out.size[0], top + out.size[1]))
    lo, hi = grad.getextrema()
    grad = grad.point(lambda v: int((v - lo) * 255 / max(1, hi - lo)))
    reach = rng.uniform(0.3, 0.45)
    strength = rng.uniform(0.2, 0.3)
    shade = grad.point(lambda v: int(255 * (1 - strength * max(0.0, (reach * 255 - v) / (reach * 255)))))
    out = ImageChops.multiply(out, shade)
    out = out.filter(ImageFilter.GaussianBlur(style.blur or 0.8))
    grain = Image.frombytes("L", (out.size[0] // 3 + 1, out.size[1] // 3 + 1),
                            rng.randbytes((out.size[0] // 3 + 1) * (out.size[1] // 3 + 1)))
    grain = grain.resize(out.size).point(lambda v: 128 + (v - 128) // 10)
    out = ImageChops.add(out, grain, scale=1.0, offset=-128)
    r = out.point(lambda v: min(255, int(v * 1.02 + 3)))
    g = out.point(lambda v: int(v * 0.99))
    b = out.point(lambda v: int(v * 0.9))
    return Image.merge("RGB", (r, g, b))


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as a grey image at dpi, with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            out.append((img, page.get_height()))
        return out
    finally:
        doc.close()


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan or photograph the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        out = photograph(img, style, seed * 31 + i) if style.photo else degrade(img, style, seed * 31 + i)
        sheets.append(ScannedPage(out, (out.size[0] * 72 / style.dpi, out.size[1] * 72 / style.dpi)))
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
    """Wrap scanned sheets into an image-only PDF of JPEG pages."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        sheet.image.save(data, "JPEG", quality=74 if style.photo else 78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def pay_calendar(frequency: str, first: dt.date, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check of the year up to `upto`. Weekly and bi-weekly
    checks pay on a Friday for the period that ended the Saturday before; semi-monthly checks pay on the 15th
    and the last day of the month (the Friday before when that falls on a weekend) for the half-month."""
    out = []
    if frequency == "semimonthly":
        for month in range(1, 13):
            last = (dt.date(first.year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
            for a, b in ((1, 15), (16, last)):
                pay = dt.date(first.year, month, b)
                while pay.weekday() >= 5:
                    pay -= dt.timedelta(days=1)
                out.append((pay, dt.date(first.year, month, a), dt.date(first.year, month, b)))
        return [t for t in out if t[0] <= upto]
    step = 7 if frequency == "weekly" else 14
    d = first
    while d <= upto:
        end = d - dt.timedelta(days=6)
        out.append((d, end - dt.timedelta(days=step - 1), end))
        d += dt.timedelta(days=step)
    return out


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    local: float = 0.0
    pretax: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    posttax: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        base = gross - sum(v for _, v in self.pretax)
        out = {"Federal income tax": r2(base * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145), self.state_name: r2(base * self.state)}
        if self.local:
            out["Local income tax"] = r2(base * self.local)
        return out

    @property
    def deductions(self) -> tuple[tuple[str, float], ...]:
        return self.pretax + self.posttax


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line (and its hours), each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update({f"{k}#hours": v[0] for k, v in ch.lines.items()})
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so amounts change with --seed but not between stubs of one job."""
    return rng.randrange(10**6)


def history(frequency: str, first: dt.date, pay_date: dt.date, key: str,
            lines: Callable[[random.Random], dict[str, tuple[float, float, float]]]) -> list[Check]:
    """Every check of the year up to pay_date, each drawn from its own date, so all stubs of one job agree."""
    out = []
    for pay, start, end in pay_calendar(frequency, first, pay_date):
        out.append(Check(pay, start, end, lines(random.Random(f"{key}|{pay}"))))
    assert out and out[-1].pay_date == pay_date, (key, pay_date)
    return out


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: Check, frequency: str, ytd: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


def hourly_lines(rate: float, base_hours: float, extra: Sequence[tuple[str, float, Sequence[float]]]
                 ) -> Callable[[random.Random], dict[str, tuple[float, float, float]]]:
    """Regular hours (sometimes a few short) and extra lines (label, rate, hours to choose from)."""

    def make(rr: random.Random) -> dict[str, tuple[float, float, float]]:
        reg = rr.choice([base_hours, base_hours, base_hours, base_hours - 4, base_hours - 8])
        out = {"Regular": (reg, rate, r2(reg * rate))}
        for label, rt, choices in extra:
            hrs = rr.choice(list(choices))
            if hrs:
                out[label] = (hrs, rt, r2(hrs * rt))
        return out

    return make


def ess_stub(employer: str, portal: str, host: str, employee: str, emp_id: str, title: str, pay_date: dt.date,
             first_pay: dt.date, rate: float, hours: float, extra: Sequence[tuple[str, float, Sequence[float]]],
             wh: Withholding, acct: str, printed: dt.datetime, key: str) -> Stub:
    """An employee self-service portal's bi-weekly "Pay Statement" page, printed from the browser (portrait)."""
    checks = history("biweekly", first_pay, pay_date, key, hourly_lines(rate, hours, extra))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    url = f"https://{host}/ess/pay/statements/{pay_date.isoformat()}?view=print"

    def page(c: Canvas) -> list[Mark]:
        browser_chrome(c, printed, f"Pay Statement | {portal}", url, 1, 1)
        c.setFillColor(Color(0.12, 0.2, 0.36))
        c.rect(30, 722, W - 60, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(44, 734, portal)
        c.setFont("Helvetica", 8.5)
        x = 200
        for item in ("Home", "Pay", "Time Off", "Benefits", "Profile"):
            c.drawString(x, 735, item)
            x += stringWidth(item, "Helvetica", 8.5) + 22
        c.drawRightString(W - 44, 735, employee.split()[0] + " " + employee.split()[-1] + "  v")
        c.setFillColor(Color(0.35, 0.38, 0.44))
        c.setFont("Helvetica", 8)
        c.drawString(40, 706, f"Pay  >  Pay Statements  >  {short_date(pay_date)}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, 680, "Pay Statement")
        c.setFont("Helvetica", 9)
        c.drawString(40, 665, f"Check date {short_date(pay_date)}   |   {employer}")
        cards = (("Gross Pay", ch.gross), ("Taxes", sum(taxes.values())),
                 ("Deductions", sum(v for _, v in wh.deductions)), ("Net Pay", net))
        for i, (k, v) in enumerate(cards):
            x = 40 + i * 134
            c.setStrokeColor(Color(0.8, 0.82, 0.86))
            c.setFillColor(Color(0.95, 0.96, 0.98) if k != "Net Pay" else Color(0.9, 0.96, 0.92))
            c.roundRect(x, 600, 124, 50, 6, stroke=1, fill=1)
            c.setFillColor(Color(0.35, 0.38, 0.44))
            c.setFont("Helvetica", 8)
            c.drawString(x + 10, 634, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(x + 10, 612, "$" + money(r2(v)))
        c.setStrokeColor(black)
        facts = (("Employee", employee), ("Employee ID", emp_id), ("Job title", title), ("Company", employer),
                 ("Pay period", f"{short_date(ch.start)} - {short_date(ch.end)}"), ("Pay frequency", "Biweekly"))
        y = 578
        for i, (k, v) in enumerate(facts):
            x = 40 if i % 2 == 0 else 310
            c.setFillColor(Color(0.35, 0.38, 0.44))
            c.setFont("Helvetica", 8)
            c.drawString(x, y, k)
            c.setFillColor(black)
            c.setFont("Helvetica", 9.5)
            c.drawString(x, y - 12, v)
            if i % 2:
                y -= 30

        def table(y: float, title: str, heads: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]],
                  bold_last: bool = False) -> float:
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(40, y, title)
            y -= 16
            c.setFillColor(Color(0.93, 0.94, 0.96))
            c.rect(40, y - 4, W - 80, 15, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            for i, (h, x) in enumerate(heads):
                (c.drawString if i == 0 else c.drawRightString)(x, y, h)
            y -= 16
            for j, row in enumerate(rows):
                c.setFont("Helvetica-Bold" if bold_last and j == len(rows) - 1 else "Helvetica", 8.5)
                for i, (cellv, (_, x)) in enumerate(zip(row, heads, strict=True)):
                    (c.drawString if i == 0 else c.drawRightString)(x, y, cellv)
                c.setStrokeColor(Color(0.88, 0.89, 0.91))
                c.line(40, y - 4, W - 40, y - 4)
                c.setStrokeColor(black)
                y -= 14
            return y - 14

        heads = (("Description", 44), ("Hours", 250), ("Rate", 320), ("Amount", 410), ("YTD Hours", 490),
                 ("YTD Amount", W - 44))
        rows = []
        for label in [k for k in ytd if "#" not in k and k in {x for c2 in checks for x in c2.lines}]:
            hrs, rt, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            rows.append([label, f"{hrs:.2f}" if hrs else "", f"{rt:.4f}" if hrs else "", money(amt) if hrs else "",
                         f"{ytd[label + '#hours']:.2f}", money(ytd[label])])
        rows.append(["Gross Pay", "", "", money(ch.gross), "", money(ytd["GROSS"])])
        y = table(470, "Earnings", heads, rows, bold_last=True)
        th = (("Tax", 44), ("Amount", 410), ("YTD", W - 44))
        y = table(y, "Taxes", th, [[k, money(v), money(ytd[k])] for k, v in taxes.items()])
        dh = (("Deduction", 44), ("Type", 250), ("Amount", 410), ("YTD", W - 44))
        drows = [[k, "Pre-tax", money(v), money(ytd[k])] for k, v in wh.pretax]
        drows += [[k, "After-tax", money(v), money(ytd[k])] for k, v in wh.posttax]
        y = table(y, "Deductions", dh, drows)
        y = table(y, "Net Pay Distribution", (("Account", 44), ("Amount", 410)),
                  [[f"Checking ******{acct[-4:]}", money(net)]])
        c.setFont("Helvetica", 7.5)
        c.setFillColor(Color(0.35, 0.38, 0.44))
        c.drawString(40, y, f"Year-to-date net pay: ${money(ytd['NET'])}. This statement is for your records.")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net), pay_date)


def tidewell_stub(employer: str, address: str, employee: str, emp_no: str, dept: str, pay_date: dt.date,
                  salary: float, extras: Sequence[tuple[str, Sequence[float]]], wh: Withholding, acct: str,
                  key: str) -> Stub:
    """Tidewell Payroll's semi-monthly "Earnings Statement" as downloaded from its portal: a LANDSCAPE page
    with a dark sidebar at the left (employer, net pay, pay date, period, employee) and the earnings, taxes
    and deductions panels side by side at the right over a This period / Year to date strip."""

    def lines(rr: random.Random) -> dict[str, tuple[float, float, float]]:
        out = {"Salary": (0.0, 0.0, salary)}
        for label, choices in extras:
            amt = rr.choice(list(choices))
            if amt:
                out[label] = (0.0, 0.0, amt)
        return out

    checks = history("semimonthly", dt.date(pay_date.year, 1, 15), pay_date, key, lines)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    size = landscape(letter)
    earn_labels = [k for k in ytd if "#" not in k and k in {x for c2 in checks for x in c2.lines}]

    def page(c: Canvas) -> list[Mark]:
        ph = size[1]
        c.setFillColor(Color(0.07, 0.27, 0.3))
        c.rect(0, 0, 212, ph, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        y = ph - 50
        for ln in wrap(employer, "Helvetica-Bold", 12, 180):
            c.drawString(20, y, ln)
            y -= 14
        c.setFont("Helvetica", 7.5)
        for ln in wrap(address, "Helvetica", 7.5, 180):
            c.drawString(20, y, ln)
            y -= 10
        y -= 24
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20, y, "EARNINGS STATEMENT")
        y -= 40
        c.setFont("Helvetica", 8)
        c.drawString(20, y + 16, "NET PAY")
        c.setFont("Helvetica-Bold", 22)
        c.drawString(20, y - 6, "$" + money(net))
        y -= 40
        for k, v in (("Pay date", mdy(pay_date)), ("Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}"),
                     ("Pay frequency", "Semi-Monthly"), ("Employee", employee), ("Employee no.", emp_no),
                     ("Department", dept), ("Deposited to", f"Checking xxxx{acct[-4:]}")):
            c.setFont("Helvetica", 7.5)
            c.setFillColor(Color(0.7, 0.85, 0.86))
            c.drawString(20, y, k.upper())
            c.setFillColor(white)
            c.setFont("Helvetica", 10)
            c.drawString(20, y - 13, v)
            y -= 34
        c.setFont("Helvetica", 6.5)
        c.drawString(20, 30, "Prepared by Tidewell Payroll  |  portal.tidewellpay.example")
        c.setFillColor(black)

        def panel(x: float, w: float, title: str, heads: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
            top = ph - 60
            c.setFont("Helvetica-Bold", 10)
            c.setFillColor(Color(0.07, 0.27, 0.3))
            c.drawString(x, top, title)
            c.setFillColor(black)
            c.setLineWidth(1.2)
            c.setStrokeColor(Color(0.07, 0.27, 0.3))
            c.line(x, top - 5, x + w, top - 5)
            c.setStrokeColor(black)
            c.setLineWidth(0.4)
            c.setFont("Helvetica-Bold", 7)
            cols = [x + w * f for f in ((0.0,) if len(heads) == 1 else (0.0, 0.72, 1.0) if len(heads) == 3
                                        else (0.0, 0.45, 0.72, 1.0))]
            yy = top - 18
            for i, h in enumerate(heads):
                (c.drawString if i == 0 else c.drawRightString)(cols[i], yy, h)
            yy -= 14
            for row in rows:
                c.setFont("Helvetica-Bold" if row[0].startswith("Total") else "Helvetica", 8)
                for i, v in enumerate(row):
                    (c.drawString if i == 0 else c.drawRightString)(cols[i], yy, v)
                yy -= 12.5

        erows = [[k, money(ch.lines[k][2]) if k in ch.lines else "", money(ytd[k])] for k in earn_labels]
        erows.append(["Total earnings", money(ch.gross), money(ytd["GROSS"])])
        panel(232, 170, "Earnings", ["Item", "Current", "YTD"], erows)
        panel(422, 160, "Taxes", ["Tax", "Current", "YTD"],
              [[k, money(v), money(ytd[k])] for k, v in taxes.items()]
              + [["Total taxes", money(r2(sum(taxes.values()))), money(r2(sum(ytd[k] for k in taxes)))]])
        panel(602, 170, "Deductions", ["Deduction", "Current", "YTD"],
              [[k + (" (pre-tax)" if (k, v) in wh.pretax else ""), money(v), money(ytd[k])]
               for k, v in wh.deductions])
        # the strip
        sy = 150
        heads = ["", "Gross pay", "Pre-tax deductions", "Taxes", "After-tax deductions", "Net pay"]
        cur = [ch.gross, sum(v for _, v in wh.pretax), sum(taxes.values()), sum(v for _, v in wh.posttax), net]
        yv = [ytd["GROSS"], sum(ytd[k] for k, _ in wh.pretax), sum(ytd[k] for k in taxes),
              sum(ytd[k] for k, _ in wh.posttax), ytd["NET"]]
        x = 232.0
        widths = [80, 92, 92, 92, 92, 92]
        for i, hd in enumerate(heads):
            c.setFillColor(Color(0.9, 0.94, 0.94))
            c.rect(x, sy, widths[i], 20, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawRightString(x + widths[i] - 6, sy + 7, hd)
            for row, vals in ((1, cur), (2, yv)):
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
                if i == 0:
                    c.drawString(x + 4, sy - 16 * row + 2, "This period" if row == 1 else "Year to date")
                else:
                    c.drawRightString(x + widths[i] - 6, sy - 16 * row + 2, money(r2(vals[i - 1])))
            x += widths[i]
        c.line(232, sy - 20, x, sy - 20)
        c.setFont("Helvetica", 7)
        c.drawString(232, 70, "Your pay has been deposited as shown. This statement is not a check. Keep it for your "
                              "records.")
        return []

    return Stub(Paper([page], size), stub_fields(employer, employee, ch, "semimonthly", ytd["GROSS"], net),
                pay_date)


ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def advice_stub(employer: str, address: str, employee: str, emp_addr: Sequence[str], emp_no: str,
                pay_date: dt.date, rate: float, hours: float, extra: Sequence[tuple[str, float, Sequence[float]]],
                wh: Withholding, acct: str, bank: str, key: str) -> Stub:
    """A plant's weekly stub over a DIRECT DEPOSIT ADVICE voucher, as saved from the payroll site: the stub's
    hours and earnings at the top left, taxes and deductions at the top right, then a perforation and the
    non-negotiable voucher with the amount in words and the account it went to."""
    checks = history("weekly", dt.date(pay_date.year, 1, 4), pay_date, key, hourly_lines(rate, hours, extra))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    advice_no = f"{pay_date.strftime('%y%j')}{emp_no[-3:]}"
    earn_labels = [k for k in ytd if "#" not in k and k in {x for c2 in checks for x in c2.lines}]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 748, employer.upper())
        c.setFont("Helvetica", 8)
        c.drawString(40, 737, address)
        c.setLineWidth(0.8)
        c.rect(392, 722, 180, 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(482, 750, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawString(398, 737, f"Advice no. {advice_no}")
        c.drawString(398, 727, f"Pay date {mdy(pay_date)}")
        c.setFont("Helvetica", 8.5)
        info = [("Employee", employee), ("Employee no.", emp_no),
                ("Week ending", mdy(ch.end)), ("Period", f"{mdy(ch.start)} to {mdy(ch.end)}"), ("Paid", "Weekly")]
        y = 704
        for k, v in info:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(110, y, v)
            y -= 12
        y -= 10
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((40, "HOURS AND EARNINGS"),):
            c.drawString(x, y, t)
        for x, t in ((178, "HRS"), (218, "RATE"), (268, "CURRENT"), (310, "YTD HRS"), (362, "YTD")):
            c.drawRightString(x, y, t)
        c.line(40, y - 3, 364, y - 3)
        y -= 14
        c.setFont("Courier", 8)
        for k in earn_labels:
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(40, y, k)
            if hrs:
                c.drawRightString(178, y, f"{hrs:.2f}")
                c.drawRightString(218, y, f"{rt:.3f}")
                c.drawRightString(268, y, money(amt))
            c.drawRightString(310, y, f"{ytd[k + '#hours']:.2f}")
            c.drawRightString(362, y, money(ytd[k]))
            y -= 11
        c.setFont("Courier-Bold", 8)
        c.drawString(40, y, "GROSS PAY")
        c.drawRightString(268, y, money(ch.gross))
        c.drawRightString(362, y, money(ytd["GROSS"]))
        ty = 704
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(392, ty, "TAXES & DEDUCTIONS")
        c.drawRightString(520, ty, "CURRENT")
        c.drawRightString(572, ty, "YTD")
        c.line(392, ty - 3, 572, ty - 3)
        ty -= 14
        c.setFont("Courier", 8)
        for k, v in list(taxes.items()) + list(wh.deductions):
            c.drawString(392, ty, k[:20])
            c.drawRightString(520, ty, money(v))
            c.drawRightString(572, ty, money(ytd[k]))
            ty -= 11
        c.setFont("Courier-Bold", 8)
        c.drawString(392, ty - 4, "NET PAY")
        c.drawRightString(520, ty - 4, money(net))
        c.drawRightString(572, ty - 4, money(ytd["NET"]))
        # perforation and the voucher
        c.setDash(2, 3)
        c.line(30, 300, W - 30, 300)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 304, "DETACH HERE")
        c.setFillGray(0.94)
        c.rect(40, 90, W - 80, 190, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, 258, employer.upper())
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 54, 258, "DIRECT DEPOSIT ADVICE")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 54, 246, f"Advice no. {advice_no}    Date {mdy(pay_date)}")
        c.setFont("Helvetica", 9)
        dollars, cents = divmod(round(net * 100), 100)
        c.drawString(54, 214, f"Deposited to the account of   {employee.upper()}")
        for i, ln in enumerate(emp_addr):
            c.drawString(205, 202 - 11 * i, ln.upper())
        amount_words = f"{words(dollars).capitalize()} and {cents:02d}/100 dollars"
        c.drawString(54, 160, amount_words)
        c.setFont("Courier-Bold", 11)
        c.drawRightString(W - 54, 160, f"***{money(net)}")
        c.setFont("Helvetica", 8)
        c.drawString(54, 136, f"{bank}   Checking   xxxxxx{acct[-4:]}")
        c.drawRightString(W - 54, 136, money(net))
        c.setFont("Helvetica-Bold", 14)
        c.setFillGray(0.75)
        c.drawCentredString(W / 2, 104, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "weekly", ytd["GROSS"], net), pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


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


DEBITS = (("FENWRIGHT MTG PMT", 0), ("KROGER #0877", 1), ("AEP OHIO ELECTRIC", 0), ("SPEEDWAY 4412", 1),
          ("VERIZON WIRELESS", 0), ("CVS/PHARMACY #2210", 1), ("PROGRESSIVE INS", 0), ("ATM WITHDRAWAL", 1),
          ("AMAZON MKTPLACE", 1), ("COLUMBIA GAS", 0), ("WALMART SUPERCENTER", 1), ("NETFLIX.COM", 1))


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 debits: Sequence[tuple[str, int]] = DEBITS, count: int = 9) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits, by date."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, small in rng.sample(list(debits), min(count, len(debits))):
        amt = r2(rng.uniform(14, 130) if small else rng.uniform(85, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def statement_fields(bank: str, acct: str, start: dt.date, end: dt.date, begin: float, ending: float) -> dict:
    return {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
            "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}


def bellhaven_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], checking: str,
                        savings: str, year: int, month: int, begin: float, sav_begin: float,
                        credits: Sequence[tuple[int, str, float]], transfer: float) -> Statement:
    """Bellhaven Savings Bank's COMBINED statement of two accounts (two pages): a relationship summary of an
    Everyday Checking and a Statement Savings account, then each account's activity with signed amounts and a
    running balance. The checking account carries the household's income; it is the statement's account."""
    bank = "Bellhaven Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    lines.append((start + dt.timedelta(days=9), "TRANSFER TO SAVINGS xxxx" + savings[-4:], -transfer))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    interest = r2(sav_begin * 0.0035 / 12)
    sav_lines = [(start + dt.timedelta(days=9), "TRANSFER FROM CHECKING xxxx" + checking[-4:], transfer),
                 (end, "INTEREST PAID", interest)]
    sav_end = r2(sav_begin + transfer + interest)
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:10], rows[10:]
    green = Color(0.16, 0.36, 0.3)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(green)
        c.circle(58, 742, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(58, 737, "B")
        c.setFillColor(green)
        c.setFont("Times-Bold", 17)
        c.drawString(80, 742, "Bellhaven")
        c.setFont("Times-Roman", 9)
        c.drawString(80, 731, "SAVINGS BANK  ·  Member FDIC")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 748, "Combined Statement")
        c.drawRightString(572, 737, f"{long_date(start)} through {long_date(end)}")
        c.drawRightString(572, 726, f"Page {n} of 2")
        c.setStrokeColor(green)
        c.setLineWidth(1.5)
        c.line(40, 716, 572, 716)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)

    def activity(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "Date")
        c.drawString(96, y, "Transaction")
        c.drawRightString(470, y, "Amount")
        c.drawRightString(568, y, "Balance")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(96, y, desc)
            c.drawRightString(470, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [*(h.upper() for h in holders), *address]:
            c.drawString(56, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 612, "Your relationship summary")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, 596, "Account")
        c.drawString(210, 596, "Account number")
        c.drawRightString(440, 596, "Beginning balance")
        c.drawRightString(568, 596, "Ending balance")
        c.line(40, 592, 572, 592)
        c.setFont("Helvetica", 9)
        for i, (nm, num, b0, b1) in enumerate((("Everyday Checking", checking, begin, ending),
                                               ("Statement Savings", savings, sav_begin, sav_end))):
            yy = 578 - 14 * i
            c.drawString(44, yy, nm)
            c.drawString(210, yy, "xxxxxx" + num[-4:])
            c.drawRightString(440, yy, "$" + money(b0))
            c.drawRightString(568, yy, "$" + money(b1))
        c.setFillColor(Color(0.92, 0.95, 0.93))
        c.rect(40, 512, 532, 22, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(46, 519, f"EVERYDAY CHECKING  xxxxxx{checking[-4:]}")
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Beginning balance", begin), ("Deposits and additions", dep),
                                    ("Withdrawals and subtractions", -wd), ("Ending balance", ending))):
            c.drawString(46 + 132 * i, 496, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(46 + 132 * i, 484, ("-$" if v < 0 else "$") + money(abs(v)))
            c.setFont("Helvetica", 8.5)
        activity(c, 458, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 698, f"EVERYDAY CHECKING  xxxxxx{checking[-4:]}  (continued)")
        y = activity(c, 680, rest)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(96, y, "Ending balance")
        c.drawRightString(568, y, money(ending))
        y -= 34
        c.setFillColor(Color(0.92, 0.95, 0.93))
        c.rect(40, y - 6, 532, 22, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(46, y + 1, f"STATEMENT SAVINGS  xxxxxx{savings[-4:]}")
        y -= 26
        c.setFont("Helvetica", 8.5)
        c.drawString(46, y, f"Beginning balance ${money(sav_begin)}    Ending balance ${money(sav_end)}    "
                            f"Annual percentage yield earned 0.35%")
        y -= 20
        bal = sav_begin
        srows = []
        for d, desc, a in sav_lines:
            bal = r2(bal + a)
            srows.append((d, desc, a, bal))
        y = activity(c, y, srows)
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 20, "Questions? Call 1-800-555-0148 or visit bellhavensavings.example. "
                                 "Report errors on your statement within 60 days.")
        return []

    return Statement(Paper([page1, page2]), statement_fields(bank, checking, start, end, begin, ending), end,
                     checking)


def cobaltline_history(rng: random.Random, holder: str, acct: str, start: dt.date, end: dt.date, begin: float,
                       credits: Sequence[tuple[int, str, float]], printed: dt.datetime) -> Statement:
    """Cobaltline Bank (online only): the ACCOUNT ACTIVITY page for a date range the customer chose, printed
    from the browser (its date / title header and URL / page footer), newest transaction first, with a range
    summary strip (beginning balance, credits, debits, ending balance) and the CURRENT balance as of printing,
    which is not the range's ending balance. Two pages."""
    bank = "Cobaltline Bank"
    lines = transactions(rng, start, end, credits, count=12)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    rows.reverse()
    current = r2(ending + rng.uniform(-300, 300))
    url = (f"https://online.cobaltline.example/accounts/{acct[-4:]}x/activity?from={start.isoformat()}"
           f"&to={end.isoformat()}&sort=desc")
    cats = {"PAYROLL": "Income", "DEPOSIT": "Income", "TRANSFER": "Transfer", "KROGER": "Groceries",
            "WALMART": "Shopping", "AMAZON": "Shopping", "SPEEDWAY": "Gas", "ATM": "Cash", "FENWRIGHT": "Mortgage"}

    def cat(desc: str) -> str:
        return next((v for k, v in cats.items() if k in desc), "Bills & Utilities" if "INS" in desc or "GAS" in desc
                    or "ELECTRIC" in desc or "WIRELESS" in desc else "General")

    blue = Color(0.1, 0.3, 0.62)

    def page1(c: Canvas) -> list[Mark]:
        browser_chrome(c, printed, "Account Activity - Cobaltline Bank", url, 1, 2)
        c.setFillColor(blue)
        c.rect(30, 726, W - 60, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(42, 736, "cobaltline")
        c.setFont("Helvetica", 8.5)
        x = 200.0
        for t in ("Accounts", "Transfers", "Bill Pay", "Statements & Docs", "Help"):
            c.drawString(x, 737, t)
            x += stringWidth(t, "Helvetica", 8.5) + 26
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 696, f"Free Checking (...{acct[-4:]})")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 682, f"Account holder: {holder}")
        c.drawRightString(W - 40, 696, f"Current balance ${money(current)}")
        c.drawRightString(W - 40, 684, f"as of {mdy(printed.date())}")
        c.setStrokeColor(Color(0.8, 0.82, 0.86))
        c.roundRect(40, 640, W - 80, 30, 4, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.drawString(50, 651, f"Date range: {mdy(start)} - {mdy(end)}     Type: All transactions     "
                              f"Showing {len(rows)} transactions")
        heads = (("Beginning balance", begin), ("Credits", r2(sum(a for *_, a, _ in rows if a > 0))),
                 ("Debits", r2(-sum(a for *_, a, _ in rows if a < 0))), ("Ending balance", ending))
        for i, (k, v) in enumerate(heads):
            x = 40 + i * 133
            c.setFont("Helvetica", 7.5)
            c.drawString(x, 620, k.upper() + (f" ({mdy(start)})" if i == 0 else f" ({mdy(end)})" if i == 3 else ""))
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x, 604, "$" + money(v))
        return table(c, 572, rows[:17])

    def table(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> list[Mark]:
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((40, "DATE"), (100, "DESCRIPTION"), (330, "CATEGORY")):
            c.drawString(x, y, t)
        c.drawRightString(480, y, "AMOUNT")
        c.drawRightString(W - 40, y, "BALANCE")
        c.line(40, y - 5, W - 40, y - 5)
        y -= 19
        for d, desc, a, b in part:
            c.setFont("Helvetica", 8.5)
            c.drawString(40, y, short_date(d))
            c.drawString(100, y, desc.title())
            c.drawString(330, y, cat(desc))
            c.setFillColor(Color(0.1, 0.45, 0.2) if a > 0 else black)
            c.drawRightString(480, y, ("+" if a > 0 else "-") + "$" + money(abs(a)))
            c.setFillColor(black)
            c.drawRightString(W - 40, y, "$" + money(b))
            c.setStrokeColor(Color(0.88, 0.89, 0.91))
            c.line(40, y - 7, W - 40, y - 7)
            c.setStrokeColor(black)
            y -= 24
        return []

    def page2(c: Canvas) -> list[Mark]:
        browser_chrome(c, printed, "Account Activity - Cobaltline Bank", url, 2, 2)
        table(c, 740, rows[17:])
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 90, "Cobaltline Bank, N.A. Member FDIC. Transactions are shown in Eastern Time. Pending "
                             "transactions are not included.")
        return []

    return Statement(Paper([page1, page2]), statement_fields(bank, acct, start, end, begin, ending), end, acct)


def quarry_hill_statement(rng: random.Random, member: str, address: Sequence[str], member_no: str,
                          share: str, draft: str, loan: str, year: int, month: int, share_begin: float,
                          begin: float, loan_begin: float, credits: Sequence[tuple[int, str, float]],
                          loan_payment: float, apr: float) -> Statement:
    """Quarry Hill Federal Credit Union's member statement (three pages): a summary of a Primary Share Savings,
    a Share Draft Checking and an Auto Loan, then each sub-account's detail; the loan section shows its
    payment, principal, interest, APR and next due date. The share draft (checking) account, where the income
    lands, is the statement's account."""
    bank = "Quarry Hill Federal Credit Union"
    start, end = month_bounds(year, month)
    interest = r2(loan_begin * apr / 100 / 12)
    principal = r2(loan_payment - interest)
    lines = transactions(rng, start, end, [*credits, (15, f"TRANSFER TO LOAN {loan[-4:]}", -loan_payment)],
                         count=10)
    ending = r2(begin + sum(a for _, _, a in lines))
    div = r2(share_begin * 0.0015 / 12)
    share_end = r2(share_begin + div)
    loan_end = r2(loan_begin - principal)
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    navy = Color(0.23, 0.2, 0.42)
    due = (end + dt.timedelta(days=15))

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 744, "QUARRY HILL")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 732, "FEDERAL CREDIT UNION  ·  Federally insured by NCUA")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 746, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 734, f"Member number {member_no}   Period {mdy(start)} - {mdy(end)}")
        c.drawRightString(572, 723, f"Page {n} of 3")
        c.setLineWidth(0.5)
        c.line(40, 714, 572, 714)

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(navy)
        c.rect(40, y - 4, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y, title)
        c.setFillColor(black)
        return y - 20

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "POSTED")
        c.drawString(96, y, "DESCRIPTION")
        c.drawRightString(420, y, "WITHDRAWALS")
        c.drawRightString(494, y, "DEPOSITS")
        c.drawRightString(568, y, "BALANCE")
        y -= 13
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(44, y, d.strftime("%b %d").upper())
            c.drawString(96, y, desc)
            c.drawRightString(420 if a < 0 else 494, y, money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 12
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [member.upper(), *address]:
            c.drawString(56, y, ln)
            y -= 12
        y = section(c, 620, "SUMMARY OF YOUR ACCOUNTS")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((44, "ID"), (80, "ACCOUNT"), (250, "ACCOUNT NO.")):
            c.drawString(x, y, t)
        c.drawRightString(470, y, "PREVIOUS BALANCE")
        c.drawRightString(568, y, "NEW BALANCE")
        y -= 14
        c.setFont("Helvetica", 9)
        for sid, nm, num, b0, b1 in (("S01", "Primary Share Savings", share, share_begin, share_end),
                                     ("S10", "Share Draft Checking", draft, begin, ending),
                                     ("L01", "Auto Loan", loan, loan_begin, loan_end)):
            c.drawString(44, y, sid)
            c.drawString(80, y, nm)
            c.drawString(250, y, "****" + num[-4:])
            c.drawRightString(470, y, money(b0))
            c.drawRightString(568, y, money(b1))
            y -= 13
        y = section(c, y - 16, f"S01  PRIMARY SHARE SAVINGS   Account ****{share[-4:]}")
        c.setFont("Helvetica", 8.5)
        c.drawString(46, y, f"Previous balance {money(share_begin)}   Dividends {money(div)}   "
                            f"New balance {money(share_end)}   Dividend rate 0.15% APY")
        y -= 14
        c.drawString(46, y, f"{end.strftime('%b %d').upper()}  DIVIDEND DEPOSIT  {money(div)}")
        y = section(c, y - 28, f"S10  SHARE DRAFT CHECKING   Account ****{draft[-4:]}")
        c.setFont("Helvetica", 8.5)
        c.drawString(46, y, f"Previous balance {money(begin)}")
        y -= 16
        register(c, y, rows[:11])
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = section(c, 694, f"S10  SHARE DRAFT CHECKING   Account ****{draft[-4:]}  (continued)")
        y = register(c, y, rows[11:])
        c.setFont("Helvetica-Bold", 8.5)
        dep = r2(sum(a for *_, a, _ in rows if a > 0))
        wd = r2(-sum(a for *_, a, _ in rows if a < 0))
        c.drawString(96, y - 6, f"Total deposits {money(dep)}    Total withdrawals {money(wd)}")
        c.drawString(96, y - 20, "New balance")
        c.drawRightString(568, y - 20, money(ending))
        return []

    def page3(c: Canvas) -> list[Mark]:
        head(c, 3)
        y = section(c, 694, f"L01  AUTO LOAN   Loan ****{loan[-4:]}   2044 Subaru Outback")
        c.setFont("Helvetica", 9)
        for k, v in (("Previous balance", money(loan_begin)), ("Payment received", money(loan_payment)),
                     ("Applied to principal", money(principal)), ("Applied to interest", money(interest)),
                     ("New balance", money(loan_end)), ("Annual percentage rate", f"{apr:.2f}%"),
                     ("Next payment due", mdy(due)), ("Payment amount", money(loan_payment))):
            c.drawString(56, y, k)
            c.drawRightString(300, y, v)
            y -= 14
        y = section(c, y - 20, "YEAR-TO-DATE SUMMARY")
        c.setFont("Helvetica", 9)
        c.drawString(56, y, f"Dividends paid {money(r2(div * month))}      Loan interest paid "
                            f"{money(r2(interest * month))}")
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 40, y - 40, 532, [
            "In case of errors or questions about your electronic transfers, call 270-555-0110 or write to Quarry "
            "Hill Federal Credit Union, 300 Depot Street, Bowling Green, KY 42101, as soon as you can. We must hear "
            "from you no later than 60 days after we sent the FIRST statement on which the problem appeared."],
            font="Helvetica", size=7.5, leading=9.5)
        return []

    return Statement(Paper([page1, page2, page3]), statement_fields(bank, draft, start, end, begin, ending), end,
                     draft)


def wrenmoor_statement(rng: random.Random, holder: Sequence[str], address: Sequence[str], acct: str, year: int,
                       month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                       kind: str = "Personal Checking", checks: Sequence[tuple[int, int, float]] = (),
                       debits: Sequence[tuple[str, int]] = DEBITS) -> Statement:
    """Wrenmoor National Bank's e-statement of one account (two pages): the account number box at the top right,
    a "Balance summary", then "Deposits and other credits", "Checks paid" (number / date / amount) and
    "Withdrawals and other debits" in separate lists, and a "Daily ending balance" grid."""
    bank = "Wrenmoor National Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, debits, count=8)
    chk = [(start + dt.timedelta(days=day - 1), f"CHECK {num}", -amt) for num, day, amt in checks]
    allx = sorted(lines + chk, key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in allx))
    deps = [t for t in lines if t[2] > 0]
    debs = [t for t in lines if t[2] < 0]
    daily: dict[dt.date, float] = {}
    bal = begin
    for d, _, a in allx:
        bal = r2(bal + a)
        daily[d] = bal
    maroon = Color(0.45, 0.1, 0.16)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(maroon)
        c.setFont("Times-Bold", 20)
        c.drawString(40, 738, "WRENMOOR")
        c.setFont("Times-Roman", 9)
        c.drawString(40, 726, "NATIONAL BANK")
        c.setFillColor(black)
        c.setLineWidth(0.7)
        c.rect(380, 712, 192, 48, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        c.drawString(388, 748, f"{kind}")
        c.drawString(388, 737, f"Account number: ******{acct[-4:]}")
        c.drawString(388, 726, f"{mdy(start)} to {mdy(end)}")
        c.drawString(388, 716, f"Page {n} of 2")

    def listing(c: Canvas, y: float, title: str, rows: Sequence[tuple[dt.date, str, float]]) -> float:
        c.setFont("Helvetica-Bold", 9.5)
        c.setFillColor(maroon)
        c.drawString(40, y, title)
        c.setFillColor(black)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a in rows:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(96, y, desc)
            c.drawRightString(568, y, money(abs(a)))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(96, y, f"Total {title.lower()}")
        c.drawRightString(568, y, money(r2(sum(abs(a) for *_, a in rows))))
        return y - 26

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [*(h.upper() for h in holder), *address]:
            c.drawString(56, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 620, "Balance summary")
        c.setFont("Helvetica", 9)
        items = (("Beginning balance on " + short_date(start), begin),
                 ("Deposits and other credits", r2(sum(a for *_, a in deps))),
                 ("Checks paid", r2(-sum(a for *_, a in chk))),
                 ("Withdrawals and other debits", r2(-sum(a for *_, a in debs))),
                 ("Ending balance on " + short_date(end), ending))
        y = 604
        for i, (k, v) in enumerate(items):
            c.setFont("Helvetica-Bold" if i in (0, 4) else "Helvetica", 9)
            c.drawString(56, y, k)
            c.drawRightString(330, y, ("-" if 0 < i < 4 and i != 1 else "+" if i == 1 else "") + "$" + money(v))
            y -= 13
        y = listing(c, y - 20, "Deposits and other credits", deps)
        if chk:
            c.setFont("Helvetica-Bold", 9.5)
            c.setFillColor(maroon)
            c.drawString(40, y, "Checks paid")
            c.setFillColor(black)
            c.line(40, y - 4, 572, y - 4)
            y -= 16
            c.setFont("Helvetica", 8.5)
            for d, desc, a in chk:
                c.drawString(44, y, desc.split()[-1])
                c.drawString(120, y, d.strftime("%m/%d"))
                c.drawRightString(260, y, money(abs(a)))
                y -= 12
            y -= 14
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = listing(c, 690, "Withdrawals and other debits", debs)
        c.setFont("Helvetica-Bold", 9.5)
        c.setFillColor(maroon)
        c.drawString(40, y, "Daily ending balance")
        c.setFillColor(black)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for i, (d, b) in enumerate(sorted(daily.items())):
            col, row = divmod(i, 8)
            c.drawString(44 + col * 130, y - row * 12, d.strftime("%m/%d"))
            c.drawRightString(150 + col * 130, y - row * 12, money(b))
        c.setFont("Helvetica", 7)
        c.drawString(40, 80, "Wrenmoor National Bank, Member FDIC. To report an error call 1-888-555-0163.")
        return []

    return Statement(Paper([page1, page2]), statement_fields(bank, acct, start, end, begin, ending), end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date | None
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type in ("obituary", "other", "w2"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat() if self.date else None}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def word_letter(writers: Sequence[str], address: Sequence[str], phone: str, date: dt.date, loan: str,
                paras: Sequence[str], font: str = "Serif", size: float = 12, heading: str = "",
                page_numbers: bool = False) -> Letter:
    """A hardship letter typed in a word processor and saved or printed to PDF: the writer's block at the top,
    the date, the servicer's address, a RE line, the body, "Sincerely," and the typed names (no ink: it was
    e-mailed or uploaded). Long letters run to a second page with "Page n of 2" at the foot."""
    bold = font + "-Bold"
    leading = size * 1.25
    body = ["Dear Loss Mitigation Team,", *paras]
    lines: list[tuple[str, str]] = []
    for para in body:
        lines += [(font, ln) for ln in wrap(para, font, size, W - 144)]
        lines.append((font, ""))
    lines += [(font, "Sincerely,"), (font, ""), (font, "")] + [(font, w) for w in writers]
    top_block = 13 + len(address) + len(SERVICER_ADDR) + (2 if heading else 0)
    first_room = int((H - 144) / leading) - top_block - 1
    chunks = [lines[:first_room], lines[first_room:]] if len(lines) > first_room else [lines]
    n = len(chunks)

    def make(k: int) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            y = H - 72
            if k == 0:
                if heading:
                    c.setFont(bold, size + 4)
                    c.drawCentredString(W / 2, y, heading)
                    y -= leading * 2
                c.setFont(bold, size)
                c.drawString(72, y, " and ".join(writers))
                y -= leading
                c.setFont(font, size)
                for ln in [*address, phone]:
                    c.drawString(72, y, ln)
                    y -= leading
                y -= leading
                c.drawString(72, y, long_date(date))
                y -= leading * 2
                for ln in [SERVICER, *SERVICER_ADDR]:
                    c.drawString(72, y, ln)
                    y -= leading
                y -= leading
                c.setFont(bold, size)
                c.drawString(72, y, f"RE: Request for mortgage assistance - Loan # {loan}")
                y -= leading * 2
            for f, ln in chunks[k]:
                c.setFont(f, size)
                c.drawString(72, y, ln)
                y -= leading
            if page_numbers and n > 1:
                c.setFont(font, 10)
                c.drawCentredString(W / 2, 40, f"Page {k + 1} of {n}")
            return []

        return page

    return Letter(Paper([make(k) for k in range(n)]), "hardship_letter", date)


def webmail_letter(sender: str, sender_mail: str, sent: dt.datetime, subject: str, loan: str,
                   paras: Sequence[str], printed: dt.datetime, attachments: Sequence[str] = ()) -> Letter:
    """A hardship letter written as an e-mail and printed from the Parkmail web client: the browser header and
    footer, the client's print view (the product name, the subject, a count of messages), then the MAIL HEADER
    BLOCK - From, To, Date, Subject - and the body. The letter's date is the date it was sent."""
    hour = sent.hour % 12 or 12
    sent_txt = f"{sent.strftime('%a')}, {short_date(sent.date())} at {hour}:{sent.minute:02d} " \
               f"{'AM' if sent.hour < 12 else 'PM'}"
    url = f"https://mail.parkmail.example/u/0/?ik=7f3a21c9&view=pt&search=sent&th=msg-{sent.strftime('%y%m%d%H%M')}"

    def page(c: Canvas) -> list[Mark]:
        browser_chrome(c, printed, f"Parkmail - {subject}", url, 1, 1)
        c.setFont("Helvetica-Bold", 14)
        c.setFillColor(Color(0.85, 0.35, 0.1))
        c.drawString(40, 738, "Parkmail")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 40, 738, f"{sender} <{sender_mail}>")
        c.setLineWidth(0.6)
        c.line(40, 728, W - 40, 728)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 708, subject)
        c.setFont("Helvetica", 8)
        c.drawString(40, 694, "1 message")
        c.line(40, 686, W - 40, 686)
        y = 670
        for k, v in (("From:", f"{sender} <{sender_mail}>"), ("To:", f"Fenwright Assistance <{SERVICER_MAIL}>"),
                     ("Date:", sent_txt), ("Subject:", subject)):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(92, y, v)
            y -= 13
        if attachments:
            c.drawString(92, y, f"Attachments: {len(attachments)} ({', '.join(attachments)})")
            y -= 13
        c.line(40, y - 2, W - 40, y - 2)
        y = paragraphs(c, 40, y - 20, W - 80, ["Hello,", *paras, "Thank you,", sender, f"Loan number {loan}"],
                       font="Helvetica", size=10, leading=13, gap=7)
        return []

    return Letter(Paper([page]), "hardship_letter", sent.date())


def funeral_home_obituary(name: str, born: dt.date, died: dt.date, town: str, paras: Sequence[str],
                          printed: dt.datetime) -> Letter:
    """An obituary page on a funeral home's web site, printed from the browser."""
    slug = name.lower().replace(".", "").replace(" ", "-")
    url = f"https://www.whitcombefuneralhome.example/obituaries/{slug}-{died.year}"

    def page(c: Canvas) -> list[Mark]:
        browser_chrome(c, printed, f"Obituary | {name} | Whitcombe & Sons Funeral Home", url, 1, 1)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 728, "Whitcombe & Sons Funeral Home")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 715, f"Serving {town} and Ross County since 1951   |   Obituaries   |   "
                                        "Plan Ahead   |   Contact")
        c.line(60, 706, W - 60, 706)
        c.setFont("Times-Bold", 22)
        c.drawCentredString(W / 2, 672, name)
        c.setFont("Times-Italic", 11)
        c.drawCentredString(W / 2, 654, f"{long_date(born)} - {long_date(died)}")
        c.setStrokeGray(0.6)
        c.rect(W / 2 - 45, 540, 90, 100, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 587, "[photo]")
        c.setStrokeColor(black)
        y = paragraphs(c, 80, 515, W - 160, paras, font="Times-Roman", size=11, leading=14.5)
        c.setFont("Helvetica", 8)
        c.drawString(80, y - 6, "Share this obituary    Send flowers    Light a candle (12)")
        return []

    return Letter(Paper([page]), "obituary", died)


def survivor_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, member: str,
                    since: dt.date) -> Letter:
    """A municipal retirement system's survivor benefit letter, e-mailed as a PDF (taxable)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.12, 0.3, 0.5))
        c.rect(72, 722, 6, 34, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(86, 744, "LAKESHORE MUNICIPAL RETIREMENT SYSTEM")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(86, 732, "Member Services  ·  PO Box 1180, Sandusky, OH 44871  ·  1-866-555-0127")
        c.setFont("Serif", 11)
        y = 690
        for ln in [long_date(date), "", person, *address, ""]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Serif-Bold", 11)
        c.drawString(72, y, f"RE: Survivor benefit - member {member}")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear {person.split()[0]} {person.split()[-1]}:",
            f"We were sorry to learn of the death of {member}. As his surviving spouse and designated joint "
            f"survivor, you are entitled to a monthly survivor benefit beginning {long_date(since)}.",
            f"Your gross monthly survivor benefit is ${money(monthly)}. It is paid on the first business day of "
            "each month by direct deposit and is subject to federal income tax; you may change your withholding "
            "at any time. The benefit is payable for your lifetime.",
            "Please keep this letter. Lenders and agencies may ask for it as proof of your income."])
        for k, v in (("Gross monthly benefit", "$" + money(monthly)), ("Frequency", "Monthly"),
                     ("First payment", mdy(since)), ("Taxable", "Yes")):
            c.setFont("Serif", 11)
            c.drawString(96, y, k)
            c.setFont("Serif-Bold", 11)
            c.drawString(280, y, v)
            y -= 15
        paragraphs(c, 72, y - 14, W - 144, ["Sincerely,", "Survivor Benefits Unit"])
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def petition(petitioner: str, respondent: str, county: str, case_no: str, filed: dt.date) -> Letter:
    """The first page of a PETITION for dissolution of marriage with the clerk's FILED stamp: a filing that
    starts the case, not a final decree."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 730, "COMMONWEALTH OF KENTUCKY")
        c.drawCentredString(W / 2, 714, f"{county.upper()} CIRCUIT COURT  -  FAMILY DIVISION")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 680, "IN RE THE MARRIAGE OF:")
        c.drawString(72, 660, f"{petitioner.upper()},  PETITIONER")
        c.drawString(72, 640, "and")
        c.drawString(72, 620, f"{respondent.upper()},  RESPONDENT")
        c.drawString(380, 660, f"Case No. {case_no}")
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 580, "PETITION FOR DISSOLUTION OF MARRIAGE")
        paragraphs(c, 72, 552, W - 144, [
            f"Comes the Petitioner, {petitioner}, and for her Petition for Dissolution of Marriage states:",
            f"1. The Petitioner resides in {county} County, Kentucky, and has resided in the Commonwealth for more "
            "than 180 days before the filing of this Petition.",
            "2. The parties were married on June 14, 2036, in Owensboro, Kentucky, and separated on or about "
            "November 20, 2046.",
            "3. The marriage is irretrievably broken.",
            "4. There are no minor children of the marriage and the Petitioner is not pregnant.",
            "5. The parties own real property at the marital residence, which should be divided by the Court "
            "or by agreement of the parties.",
            "WHEREFORE, the Petitioner asks that the marriage be dissolved, that the marital property and debts "
            "be divided, and for all other relief to which she may be entitled."], font="Times-Roman", size=11)
        c.saveState()
        c.translate(450, 612)
        c.rotate(8)
        c.setStrokeColor(Color(0.4, 0.1, 0.1))
        c.setFillColor(Color(0.4, 0.1, 0.1))
        c.setLineWidth(1.5)
        c.rect(-10, -42, 130, 58, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(55, -6, "FILED")
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(55, -20, short_date(filed).upper())
        c.drawCentredString(55, -32, f"{county.upper()} CIRCUIT CLERK")
        c.restoreState()
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 50, "Page 1 of 3")
        return []

    return Letter(Paper([page]), "other", filed)


@dataclass
class W2Data:
    year: int
    employer: str
    employer_addr: Sequence[str]
    ein: str
    state_id: str
    employee_first: str
    employee_last: str
    employee_addr: Sequence[str]
    ssn: str
    wages: float
    fed: float
    state: str
    state_tax: float
    retirement: float = 0.0
    health: float = 0.0


def w2_paper(w2: W2Data) -> Letter:
    """Form W-2 as printed from a payroll portal: Copy B and Copy C of the box grid on one page."""

    def cell(c: Canvas, x: float, y: float, w: float, h: float, cap: str, val: str | Sequence[str] = "",
             right: bool = False) -> None:
        c.setLineWidth(0.5)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setFont("Helvetica", 5.8)
        c.drawString(x + 2, y + h - 7, cap)
        c.setFont("Courier", 9)
        vals = [val] if isinstance(val, str) else list(val)
        for i, v in enumerate(vals):
            if right:
                c.drawRightString(x + w - 4, y + h - 18 - 10 * i, v)
            else:
                c.drawString(x + 4, y + h - 18 - 10 * i, v)

    ss_wages = r2(w2.wages + w2.retirement)
    copy_titles = ("Copy B-To Be Filed With Employee's FEDERAL Tax Return.",
                   "Copy C-For EMPLOYEE'S RECORDS (See Notice to Employee on the back of Copy B.)")

    def one(c: Canvas, top: float, title: str) -> None:
        x0, x1, x2 = 36.0, 306.0, 576.0
        cell(c, x0, top - 24, 150, 24, "a  Employee's social security number", "XXX-XX-" + w2.ssn[-4:])
        c.setFont("Helvetica", 6)
        c.drawString(x0 + 156, top - 10, "OMB No. 1545-0008")
        cell(c, x0, top - 50, x1 - x0, 26, "b  Employer identification number (EIN)", w2.ein)
        cell(c, x0, top - 110, x1 - x0, 60, "c  Employer's name, address, and ZIP code", [w2.employer,
                                                                                        *w2.employer_addr])
        cell(c, x0, top - 134, x1 - x0, 24, "d  Control number", f"{w2.year}-{w2.ssn[-4:]}-01")
        cell(c, x0, top - 194, x1 - x0, 60, "e  Employee's first name and initial    Last name        Suff.",
             [f"{w2.employee_first} {w2.employee_last}", *w2.employee_addr])
        c.setFont("Helvetica", 5.8)
        c.drawString(x0 + 2, top - 200, "f  Employee's address and ZIP code")
        boxes = [("1  Wages, tips, other compensation", money(w2.wages)),
                 ("2  Federal income tax withheld", money(w2.fed)),
                 ("3  Social security wages", money(ss_wages)), ("4  Social security tax withheld",
                                                                 money(r2(ss_wages * 0.062))),
                 ("5  Medicare wages and tips", money(ss_wages)), ("6  Medicare tax withheld",
                                                                   money(r2(ss_wages * 0.0145))),
                 ("7  Social security tips", ""), ("8  Allocated tips", ""), ("9", ""),
                 ("10  Dependent care benefits", ""), ("11  Nonqualified plans", ""),
                 ("12a  See instructions for box 12", f"D  {money(w2.retirement)}" if w2.retirement else ""),
                 ("13  Stat. emp. / Ret. plan / Sick pay",
                  "          X" if w2.retirement else ""),
                 ("12b", f"DD  {money(w2.health)}" if w2.health else ""), ("14  Other", ""), ("12c", ""),
                 ("", ""), ("12d", "")]
        for i, (cap, val) in enumerate(boxes):
            col, row = i % 2, i // 2
            w = (x2 - x1) / 2
            cell(c, x1 + col * w, top - 24 - 22 * (row + 1), w, 22, cap, val, right=not cap.startswith(("12", "13")))
        y = top - 24 - 22 * 10
        caps = [("15  State  Employer's state ID number", f"{w2.state}  {w2.state_id}", 150),
                ("16  State wages, tips, etc.", money(w2.wages), 90),
                ("17  State income tax", money(w2.state_tax), 80), ("18  Local wages, tips, etc.", "", 80),
                ("19  Local income tax", "", 70), ("20  Locality name", "", 70)]
        x = x0
        for cap, val, w in caps:
            cell(c, x, y - 24, w, 24, cap, val, right=cap[:2] in ("16", "17"))
            x += w
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0, y - 40, "Form W-2")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + 56, y - 40, "Wage and Tax Statement")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(300, y - 42, str(w2.year))
        c.setFont("Helvetica", 6.5)
        c.drawRightString(x2, y - 36, "Department of the Treasury-Internal Revenue Service")
        c.drawString(x0, y - 52, title)

    def page(c: Canvas) -> list[Mark]:
        one(c, 760, copy_titles[0])
        c.setDash(3, 3)
        c.line(20, 398, W - 20, 398)
        c.setDash()
        one(c, 380, copy_titles[1])
        return []

    return Letter(Paper([page]), "w2", None)


@dataclass
class Return1040:
    year: int
    first: str
    last: str
    ssn: str
    spouse_first: str | None
    spouse_last: str | None
    spouse_ssn: str | None
    street: str
    city_state_zip: str
    wages: float
    interest: float
    schedule1: float  # business and rental income carried from Schedule 1
    adjustments: float
    withheld: float
    occupation: str
    spouse_occupation: str = ""


def form1040(r: Return1040) -> Letter:
    """Pages 1 and 2 of Form 1040 as saved from tax software (drawn like the real form, the figures typed),
    the Sign Here block left unsigned (the return was e-filed)."""
    joint = r.spouse_first is not None
    std = 32900.0 if joint else 16450.0
    total = r2(r.wages + r.interest + r.schedule1)
    agi = r2(total - r.adjustments)
    taxable = max(0.0, r2(agi - std))
    tax = r2(taxable * 0.1 if taxable < 23000 else 2300 + (taxable - 23000) * 0.12)
    credits = 2000.0 if joint else 0.0
    se_tax = r2(r.adjustments * 2)
    total_tax = r2(max(0.0, tax - credits) + se_tax)
    diff = r2(r.withheld - total_tax)

    def line(c: Canvas, y: float, num: str, label: str, amount: float | None, box: str = "") -> None:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, num)
        c.setFont("Helvetica", 7.5)
        c.drawString(62, y, label)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(470, y, box or num)
        c.setLineWidth(0.4)
        c.rect(486, y - 3, 90, 12, stroke=1, fill=0)
        if amount is not None:
            c.setFont("Courier", 9)
            c.drawRightString(572, y, money(amount))

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(36, 748, "1040")
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 740, "Form")
        c.setFont("Helvetica", 7)
        c.drawString(100, 756, "Department of the Treasury-Internal Revenue Service")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(100, 742, "U.S. Individual Income Tax Return")
        c.setFont("Helvetica-Bold", 18)
        c.drawString(320, 742, str(r.year))
        c.setFont("Helvetica", 6.5)
        c.drawString(370, 748, "OMB No. 1545-0074   IRS Use Only-Do not write or staple in this space.")
        c.setFont("Helvetica", 7)
        c.drawString(36, 726, f"For the year Jan. 1-Dec. 31, {r.year}, or other tax year beginning")
        c.line(36, 720, 576, 720)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, 708, "Filing Status")
        c.setFont("Helvetica", 7)
        for i, t in enumerate(("Single", "Married filing jointly", "Married filing separately (MFS)",
                               "Head of household (HOH)", "Qualifying surviving spouse (QSS)")):
            x = 100 + [0, 42, 135, 262, 362][i]
            c.rect(x, 706, 7, 7, stroke=1, fill=0)
            if (i == 1) == joint and i in (0, 1):
                c.setFont("Helvetica-Bold", 8)
                c.drawString(x + 1, 707, "X")
                c.setFont("Helvetica", 7)
            c.drawString(x + 10, 707, t)
        c.line(36, 698, 576, 698)
        rows = [("Your first name and middle initial", r.first, "Last name", r.last, "Your social security number",
                 r.ssn),
                ("If joint return, spouse's first name and middle initial", r.spouse_first or "", "Last name",
                 r.spouse_last or "", "Spouse's social security number", r.spouse_ssn or "")]
        y = 690
        for a, av, b, bv, s, sv in rows:
            c.setFont("Helvetica", 6.5)
            c.drawString(38, y, a)
            c.drawString(250, y, b)
            c.drawString(440, y, s)
            c.setFont("Courier", 10)
            c.drawString(40, y - 13, av)
            c.drawString(252, y - 13, bv)
            c.drawString(442, y - 13, sv)
            c.line(36, y - 17, 576, y - 17)
            y -= 26
        c.setFont("Helvetica", 6.5)
        c.drawString(38, y, "Home address (number and street). If you have a P.O. box, see instructions.")
        c.drawString(440, y, "Apt. no.")
        c.setFont("Courier", 10)
        c.drawString(40, y - 13, r.street)
        c.line(36, y - 17, 576, y - 17)
        y -= 26
        c.setFont("Helvetica", 6.5)
        c.drawString(38, y, "City, town, or post office. If you have a foreign address, also complete spaces below.")
        c.drawString(300, y, "State")
        c.drawString(380, y, "ZIP code")
        c.setFont("Courier", 10)
        city, rest = r.city_state_zip.rsplit(",", 1)
        st, zp = rest.split()
        c.drawString(40, y - 13, city)
        c.drawString(300, y - 13, st)
        c.drawString(380, y - 13, zp)
        c.line(36, y - 17, 576, y - 17)
        y -= 30
        c.setFont("Helvetica", 7)
        c.drawString(36, y, "Digital Assets  At any time during the year, did you: (a) receive (as a reward, award, or "
                            "payment for property or services); or (b) sell, ...   [ ] Yes  [X] No")
        y -= 14
        c.drawString(36, y, "Standard Deduction  Someone can claim: [ ] You as a dependent  [ ] Your spouse as a "
                            "dependent")
        y -= 12
        c.drawString(36, y, "Dependents (see instructions): none")
        c.line(36, y - 6, 576, y - 6)
        y -= 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y + 4, "Income")
        y -= 10
        items = [("1a", "Total amount from Form(s) W-2, box 1 (see instructions)", r.wages),
                 ("1b", "Household employee wages not reported on Form(s) W-2", None),
                 ("1z", "Add lines 1a through 1h", r.wages),
                 ("2b", "Taxable interest", r.interest), ("3b", "Ordinary dividends", None),
                 ("4b", "IRA distributions - taxable amount", None), ("5b", "Pensions and annuities - taxable amount",
                                                                      None),
                 ("6b", "Social security benefits - taxable amount", None),
                 ("7", "Capital gain or (loss). Attach Schedule D if required", None),
                 ("8", "Additional income from Schedule 1, line 10", r.schedule1),
                 ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", total),
                 ("10", "Adjustments to income from Schedule 1, line 26", r.adjustments),
                 ("11", "Subtract line 10 from line 9. This is your adjusted gross income", agi),
                 ("12", "Standard deduction or itemized deductions (from Schedule A)", std),
                 ("13", "Qualified business income deduction from Form 8995 or Form 8995-A", None),
                 ("14", "Add lines 12 and 13", std),
                 ("15", "Subtract line 14 from line 11. If zero or less, enter -0-. This is your taxable income",
                  taxable)]
        for num, label, amt in items:
            line(c, y, num, label, amt)
            y -= 17
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 40, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate "
                             "instructions.")
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(576, 40, f"Form 1040 ({r.year})")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(36, 760, f"Form 1040 ({r.year})")
        c.drawRightString(576, 760, "Page 2")
        c.line(36, 755, 576, 755)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, 742, "Tax and Credits")
        y = 730
        items = [("16", "Tax (see instructions)", tax), ("17", "Amount from Schedule 2, line 3", None),
                 ("18", "Add lines 16 and 17", tax), ("19", "Child tax credit or credit for other dependents",
                                                      credits),
                 ("20", "Amount from Schedule 3, line 8", None), ("21", "Add lines 19 and 20", credits),
                 ("22", "Subtract line 21 from line 18. If zero or less, enter -0-", max(0.0, r2(tax - credits))),
                 ("23", "Other taxes, including self-employment tax, from Schedule 2, line 21", se_tax),
                 ("24", "Add lines 22 and 23. This is your total tax", total_tax)]
        for num, label, amt in items:
            line(c, y, num, label, amt)
            y -= 17
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "Payments")
        y -= 12
        for num, label, amt in [("25a", "Federal income tax withheld from Form(s) W-2", r.withheld),
                                ("25d", "Add lines 25a through 25c", r.withheld),
                                ("26", f"{r.year} estimated tax payments and amount applied from {r.year - 1} return",
                                 None),
                                ("33", "Add lines 25d, 26, and 32. These are your total payments", r.withheld)]:
            line(c, y, num, label, amt)
            y -= 17
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "Refund")
        y -= 12
        line(c, y, "34", "If line 33 is more than line 24, subtract line 24 from line 33. This is the amount you "
                         "overpaid", diff if diff > 0 else None)
        y -= 17
        line(c, y, "35a", "Amount of line 34 you want refunded to you", diff if diff > 0 else None)
        y -= 17
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "Amount You Owe")
        y -= 12
        line(c, y, "37", "Subtract line 33 from line 24. This is the amount you owe", -diff if diff < 0 else None)
        y -= 30
        c.line(36, y + 12, 576, y + 12)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(36, y - 4, "Sign")
        c.drawString(36, y - 16, "Here")
        c.setFont("Helvetica", 6.5)
        c.drawString(90, y, "Under penalties of perjury, I declare that I have examined this return and accompanying "
                            "schedules and statements, and to the best of my")
        c.drawString(90, y - 8, "knowledge and belief, they are true, correct, and complete.")
        for i, (who, occ) in enumerate((("Your signature", r.occupation),
                                        ("Spouse's signature. If a joint return, both must sign.",
                                         r.spouse_occupation if joint else ""))):
            yy = y - 32 - 28 * i
            c.setFont("Helvetica", 6.5)
            c.drawString(90, yy + 12, who)
            c.drawString(300, yy + 12, "Date")
            c.drawString(360, yy + 12, "Your occupation" if i == 0 else "Spouse's occupation")
            c.line(90, yy, 296, yy)
            c.line(300, yy, 356, yy)
            c.line(360, yy, 576, yy)
            c.setFont("Courier", 9)
            c.drawString(362, yy + 2, occ)
        y -= 100
        c.line(36, y + 12, 576, y + 12)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(36, y - 2, "Paid Preparer Use Only")
        c.setFont("Helvetica", 7)
        c.drawString(150, y - 2, "Preparer's name, signature, date, PTIN, firm's name: Self-prepared")
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 40, "Go to www.irs.gov/Form1040 for instructions and the latest information.")
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(576, 40, f"Form 1040 ({r.year})")
        return []

    return Letter(Paper([page1, page2]), "tax_return", None)


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              signed_on: dt.date, phone: str, seed: int, tag: str) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over in a PDF editor and signed with drawn strokes, the fields
    flattened into the page."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Meridale Verification Services"),
           (312, 506, "MVS-40118"), (420, 506, "MERIDALE02"), (27, 484, "77 Harbor Point Road"),
           (312, 484, "Baltimore"), (420, 484, "MD"), (474, 484, "21230"), (27, 430, SERVICER),
           (474, 430, "(614) 555-0190"), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (344, 168, mdy(signed_on)), (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
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
    return fixed_pypdf_bytes(writer, tag)


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
    start: dt.date
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    co_email: str = ""
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    overtime: float = 0.0  # the part of wages written on a separate overtime / bonus line
    support: float = 0.0  # the part of "other" written on the alimony / child support line
    received_by: dict[str, str] = field(default_factory=dict)
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


def form710_values(app: App, hand: bool = False) -> dict[str, str | bool]:
    """What the borrower put in each of Form 710's fields (hand-written amounts drop the cents)."""

    def amount(v: float) -> str:
        return (f"{v:,.0f}" if hand and v == int(v) else money(v)) if v else ""

    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": amount(640.0 if not hand else 300.0)}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:], "Email_2": app.co_email,
                       "US_Phone_Number_3": app.co_phone, "Checkbox_9": bool(app.co_phone)})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = amount(v)
    return {k: v for k, v in values.items() if v not in ("", False)}


def form710_widgets() -> list[dict[str, tuple[float, float, float, float]]]:
    """Each page's widget rectangles by field name, read from the blank form."""
    out = []
    for page in PdfReader(FORM710).pages:
        rects = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            rects[str(w.get("/T", ""))] = tuple(float(v) for v in w["/Rect"])
        out.append(rects)
    return out


def form710_blank_writer() -> PdfWriter:
    """The blank form with its widgets and AcroForm removed: what is left when a filled copy is flattened."""
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return writer


def form710_flattened(app: App, tag: str) -> bytes:
    """Form 710 filled in a PDF viewer, signed with its signature tool (drawn strokes), the dates typed, then
    saved FLATTENED: the answers are page text in the form's own font, the ticks the form's crossed lines, and
    no form fields remain."""
    values = form710_values(app)
    if app.b_dates:
        values["Date_3"] = mdy(app.signed_on)
    if app.co and app.co_signs:
        values["Date_4"] = mdy(app.signed_on)
    rects = form710_widgets()
    writer = form710_blank_writer()
    for i, page in enumerate(writer.pages):
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1)
        for name, value in values.items():
            if name not in rects[i]:
                continue
            x0, y0, x1, y1 = rects[i][name]
            if value is True:
                c.setLineWidth(1.0)
                c.line(x0 + 2, y0 + 2, x1 - 2, y1 - 2)
                c.line(x0 + 2, y1 - 2, x1 - 2, y0 + 2)
            else:
                size = 12 if name == "Text_1" else 10
                c.setFont("Helvetica", size)
                if y1 - y0 > 30:  # the multi-line "other" box
                    yy = y1 - 12
                    for ln in wrap(str(value), "Helvetica", size, x1 - x0 - 4):
                        c.drawString(x0 + 2, yy, ln)
                        yy -= 12
                else:
                    c.drawString(x0 + 2, y0 + 4, str(value))
        if i == 3:
            if app.b_signs:
                draw_signature_vector(c, Mark("sig", 150, 348, w=200, seed=app.seed))
            if app.co and app.co_signs:
                draw_signature_vector(c, Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        synth_line(c)
        c.showPage()
        c.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return fixed_pypdf_bytes(writer, tag)


def form710_handfilled(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Form 710 printed blank, filled in by hand (pen capitals and figures, crosses in the boxes), signed and
    dated, then scanned or photographed."""
    values = form710_values(app, hand=True)
    rects = form710_widgets()
    marks: list[list[Mark]] = [[], [], [], []]
    for i in range(4):
        for k, (name, value) in enumerate(values.items()):
            if name not in rects[i]:
                continue
            x0, y0, x1, y1 = rects[i][name]
            s = seed * 100 + k
            if value is True:
                marks[i].append(Mark("x", (x0 + x1) / 2, (y0 + y1) / 2, seed=s))
            elif y1 - y0 > 30:
                yy = y1 - 13
                for j, ln in enumerate(wrap(str(value), "Helvetica", 11.5, x1 - x0 - 6)):
                    marks[i].append(Mark("hand", x0 + 3, yy, ln, size=11, seed=s + 50 * j))
                    yy -= 14
            else:
                marks[i].append(Mark("hand", x0 + 4, y0 + 3, str(value), size=11.5, seed=s))
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    blank = form710_blank_writer()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    stamp = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for page in blank.pages:
        page.merge_page(stamp)
    return scan_sheets(fixed_pypdf_bytes(blank, "bo710blank"), marks, style, seed)


BAF_REASONS = ("Unemployment / loss of job", "Reduction in income (fewer hours, lower pay, lost overtime)",
               "Increase in housing expenses (taxes, insurance, HOA)", "Disaster (natural or man-made)",
               "Long-term disability or serious illness (borrower or dependent)", "Divorce or legal separation",
               "Separation of unmarried co-borrowers", "Death of a borrower or wage earner",
               "Distant employment transfer / relocation", "Other (explain below)")
BAF_INCOME = (("Gross wages / salary", "wages"), ("Overtime, commissions, tips, bonuses", "wages"),
              ("Self-employment income (net)", "self_employment"), ("Unemployment benefits", "unemployment"),
              ("Social Security, pension, disability - taxable", "benefits_taxable"),
              ("Social Security, SSI or disability - non-taxable", "benefits_nontaxable"),
              ("Rental income (net of expenses other than the mortgage)", "rental"),
              ("Investment or insurance income", "investment"),
              ("Alimony, child support, separate maintenance", "other"), ("Other income", "other"))
TEAL = Color(0.0, 0.36, 0.4)


def baf(app: App, ink: bool) -> Paper:
    """Fenwright's "Borrower Assistance Form" (FMS-22), a WORD DOCUMENT the servicer e-mails: its answers are
    typed into Word table cells and its check boxes are Word check-box controls that print as the characters
    U+2612 (checked) and U+2610 (empty). Saved to PDF with signatures pasted in as pictures (ink=False), or
    printed, signed and dated in pen (ink=True). Income lines 1-2 are both wages and lines 9-10 both "other";
    the "Received by" column and the assets are not income."""
    left, right = 54.0, 558.0

    def grid(c: Canvas, y: float, cols: Sequence[float], texts: Sequence[str], h: float = 18,
             fill: float | None = None, bold: Sequence[bool] = (), size: float = 9,
             fonts: Sequence[str] = ()) -> float:
        """One Word table row from y down: cell borders at cols (x positions, first = left edge)."""
        edges = [*cols, right]
        if fill is not None:
            c.setFillGray(fill)
            c.rect(left, y - h, right - left, h, stroke=0, fill=1)
            c.setFillColor(black)
        c.setLineWidth(0.5)
        c.rect(left, y - h, right - left, h, stroke=1, fill=0)
        for x in edges[1:-1]:
            c.line(x, y, x, y - h)
        for i, t in enumerate(texts):
            font = fonts[i] if i < len(fonts) and fonts[i] else ("Sans-Bold" if i < len(bold) and bold[i] else "Sans")
            c.setFont(font, size)
            c.drawString(edges[i] + 4, y - h + (h - size) / 2 + 1.5, t)
        return y - h

    def box_row(c: Canvas, y: float, label: str, options: Sequence[tuple[str, bool]]) -> float:
        y2 = grid(c, y, [left, 220], [label, ""], h=18)
        x = 224.0
        for lab, on in options:
            c.setFont("Boxes", 10)
            c.drawString(x, y - 13, BOX_ON if on else BOX_OFF)
            c.setFont("Sans", 9)
            c.drawString(x + 12, y - 12.5, lab)
            x += 18 + stringWidth(lab, "Sans", 9) + 10
        return y2

    def header(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(TEAL)
        c.rect(left, y - 18, right - left, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-Bold", 9.5)
        c.drawString(left + 5, y - 12.5, title)
        c.setFillColor(black)
        return y - 18

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Sans", 7.5)
        c.drawString(left, 36, "FMS-22 Borrower Assistance Form (Rev. 01/2047)")
        c.drawRightString(right, 36, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        c.setFillColor(TEAL)
        c.setFont("Sans-Bold", 19)
        c.drawString(left, 738, "FENWRIGHT")
        c.setFont("Sans", 8)
        c.drawString(left, 727, "MORTGAGE SERVICING, LLC")
        c.setFillColor(black)
        c.setFont("Sans-Bold", 15)
        c.drawRightString(right, 740, "Borrower Assistance Form")
        c.setFont("Sans", 8)
        c.drawRightString(right, 728, "Form FMS-22 (Rev. 01/2047)")
        y = paragraphs(c, left, 706, right - left, [
            "Complete every section, sign and date page 2, and return this form with the documents listed in our "
            f"letter. You may type into this document. E-mail it to {SERVICER_MAIL}, upload it at "
            "fenwright-servicing.example/help, or mail it to 2200 Commerce Row, Suite 500, Columbus, OH 43215."],
            font="Sans", size=8.5, leading=11)
        y = header(c, y - 2, "SECTION 1 - LOAN AND BORROWER INFORMATION")
        y = grid(c, y, [left, 220], ["Loan number", app.loan], bold=[True, False])
        y = grid(c, y, [left, 220, 389], ["", "Borrower", "Co-Borrower"], fill=0.92, bold=[True, True, True])
        for label, a, b in (("Full name", app.borrower, app.co or ""),
                            ("Last 4 digits of SSN", app.ssn[-4:], (app.co_ssn or "")[-4:]),
                            ("Phone number", app.phone, app.co_phone if app.co else ""),
                            ("Email address", app.email, app.co_email if app.co else "")):
            y = grid(c, y, [left, 220, 389], [label, a, b], size=8.5 if "@" in a + b else 9)
        y = header(c, y - 14, "SECTION 2 - PROPERTY")
        y = grid(c, y, [left, 220], ["Property address (street, city, state, ZIP)", app.address], size=8.5)
        y = grid(c, y, [left, 220], ["Mailing address (if different)", ""])
        y = box_row(c, y, "The property is my / our", [("Primary residence", app.occupancy == OCCUPANCIES[0]),
                                                       ("Second home", app.occupancy == OCCUPANCIES[1]),
                                                       ("Investment property", app.occupancy == OCCUPANCIES[2])])
        y = header(c, y - 14, "SECTION 3 - HARDSHIP")
        y = grid(c, y, [left, 220], ["Date hardship began (MM/DD/YYYY)", mdy(app.start)])
        y = box_row(c, y, "The hardship is expected to be", [("Short-term (6 months or less)", app.duration == "short"),
                                                             ("Long-term", app.duration == "long"),
                                                             ("Resolved", app.duration == "resolved")])
        h = 10 * 13 + 8
        c.rect(left, y - h, right - left, h, stroke=1, fill=0)
        c.line(220, y, 220, y - h)
        c.setFont("Sans", 9)
        c.drawString(left + 4, y - 14, "Reason(s) for the hardship")
        c.drawString(left + 4, y - 26, "(check all that apply)")
        for i, reason in enumerate(BAF_REASONS):
            yy = y - 14 - i * 13
            c.setFont("Boxes", 10)
            c.drawString(224, yy, BOX_ON if HARDSHIPS[i] in app.hardships else BOX_OFF)
            c.setFont("Sans", 8.5)
            c.drawString(237, yy + 0.5, reason)
        y -= h
        y = grid(c, y, [left, 220], ["If Other, please explain", app.other_text], size=8.5)
        foot(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Sans", 8)
        c.drawString(left, 748, "Fenwright Mortgage Servicing - Borrower Assistance Form")
        c.setFont("Sans-Bold", 9)
        c.drawRightString(right, 748, f"Loan number: {app.loan}")
        y = header(c, 730, "SECTION 4 - MONTHLY HOUSEHOLD INCOME (GROSS, BEFORE TAXES)")
        cols = [left, 76, 350, 448]
        y = grid(c, y, cols, ["#", "Income source", "Monthly amount", "Received by (B, C, Both)"], fill=0.92,
                 bold=[True] * 4, size=8.5)
        amounts = {"wages": [r2(app.income.get("wages", 0) - app.overtime), app.overtime],
                   "other": [app.support, r2(app.income.get("other", 0) - app.support)]}
        seen: dict[str, int] = {}
        for i, (label, code) in enumerate(BAF_INCOME):
            k = seen.get(code, 0)
            seen[code] = k + 1
            amt = amounts[code][k] if code in amounts else app.income.get(code, 0.0)
            who = app.received_by.get(code, "B") if amt > 0 else ""
            y = grid(c, y, cols, [str(i + 1), label, "$ " + money(amt) if amt > 0 else "$", who], size=8.5)
        y = grid(c, y, cols, ["", "TOTAL MONTHLY HOUSEHOLD INCOME", "$ " + money(app.total), ""], fill=0.92,
                 bold=[False, True, True, False], size=8.5)
        y = header(c, y - 14, "SECTION 5 - ASSETS")
        for label, v in (("Checking accounts and cash on hand", 1250.0), ("Savings, money market, CDs", 400.0),
                         ("Stocks and bonds (not retirement accounts)", 0.0)):
            y = grid(c, y, [left, 350], [label, "$ " + money(v) if v else "$"], size=8.5)
        y = header(c, y - 14, "SECTION 6 - CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, left, y - 12, right - left, [
            "I certify that the information in this form is true and complete and that the hardship I described "
            "contributed to my need for mortgage relief. I agree to provide the documents Fenwright requests, I "
            "consent to a credit report for each borrower, and I understand that knowingly false statements may "
            "violate federal law. Every borrower named in Section 1 must sign."],
            font="Sans", size=8.5, leading=11)
        marks: list[Mark] = []
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0),
                  (app.co or "", "Co-Borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for name, role, signs, dates, k in people:
            y = grid(c, y, [left, 420], [f"{role} signature", "Date (MM/DD/YYYY)"], fill=0.92, bold=[True, True],
                     size=8.5)
            y = grid(c, y, [left, 420], ["", ""], h=40)
            if signs:
                if ink:
                    marks.append(Mark("sig", left + 20, y + 9, w=190, seed=app.seed + k))
                else:
                    draw_image(c, signature_png(app.seed + k, 170), left + 16, y + 4, 176, 30)
            if dates:
                if ink:
                    marks.append(Mark("hand", 428, y + 14, mdy(app.signed_on), size=12, seed=app.seed + 9 + k))
                else:
                    c.setFont("Sans", 10)
                    c.drawString(428, y + 15, mdy(app.signed_on))
            y = grid(c, y, [left], [f"Printed name: {name}"], h=16, size=8.5)
            y -= 8
        foot(c, 2)
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


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        assert rel not in self.files, rel
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            page += n
        assert len(PdfReader(io.BytesIO(data)).pages) == page - 1, (rel, page - 1)

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        """An image-only file holding the given documents' scanned or photographed sheets, in order."""
        assert rel not in self.files, rel
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)

    def split(self, doc: Doc, parts: Sequence[tuple[str, bytes]], scanned: bool = False) -> None:
        """ONE document whose pages the borrower saved into several files (pages 1-2 in one, the rest in the
        next): its pages list runs across the files in the document's own order."""
        doc.pages = []
        for rel, data in parts:
            assert rel not in self.files, rel
            self.files[rel] = data
            n = len(PdfReader(io.BytesIO(data)).pages)
            doc.pages += [(rel, i + 1) for i in range(n)]
        doc.scanned = scanned
        self.docs.append(doc)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def tax_doc(year: int) -> Doc:
    return Doc("tax_return", {"tax_year": year, "form": "1040"}, None)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": [v for v in app.income.values() if v > 0]}
    out += [f"application_field:{k}" for k, v in required.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    signed_return = any(d.type == "tax_return" and d.signed and fresh(d.date) for d in docs)
    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or signed_return, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or sum(d.type == "rent_check" and fresh(d.date) for d in docs) >= 2,
             "investment": two_bank, "other": two_bank}
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


def payroll_credits(rng: random.Random, year: int, month: int, frequency: str, first: dt.date, desc: str,
                    net: float) -> list[tuple[int, str, float]]:
    """The month's payroll deposits (pay days of the schedule that fall in it), each near the stub's net."""
    start, end = month_bounds(year, month)
    out = []
    for pay, _, _ in pay_calendar(frequency, first, end):
        if pay >= start:
            out.append((pay.day, desc, r2(net * rng.uniform(0.93, 1.05))))
    return out


def wage_withholding(fed: float, state: float, state_name: str, local: float = 0.0,
                     pretax: tuple[tuple[str, float], ...] = (),
                     posttax: tuple[tuple[str, float], ...] = ()) -> Withholding:
    return Withholding(fed, state, state_name, local, pretax, posttax)


def printed_at(d: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hour, minute)


def packet_bo1(seed: int) -> Packet:
    """Complete. E-mailed attachments saved by the mail robot into a folder named after the loan."""
    rng = random.Random(seed * 1000 + 1)
    received = weekday(dt.date(2047, 3, 12))
    addr = ["4127 Wexford Glen Drive", "Grove City, OH 43123"]
    wh = wage_withholding(0.095, 0.0275, "Ohio income tax", 0.025,
                          (("401(k)", 91.67), ("Medical PPO", 88.40)), (("Pet care plan", 12.50),))
    key = f"bo1-{rng_key(rng)}"
    stubs = [tidewell_stub("Kestrel Point Veterinary Group", "4410 Hilliard Rome Road, Hilliard, OH 43026",
                           "Marcus T. Oyelaran", "00418", "Surgery", d, 2291.67,
                           [("On-call pay", (0.0, 75.0, 150.0, 225.0))], wh, "2205521", key)
             for d in (dt.date(2047, 2, 15), dt.date(2047, 2, 28))]
    signed = dt.date(2047, 3, 8)
    app = App("3309174826", "Marcus T. Oyelaran", "951-44-2087", "4127 Wexford Glen Drive", "Grove City", "OH",
              "43123", "(614) 555-0143", "m.oyelaran@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 12, 2), "long", {"wages": 4583.34}, signed, seed=seed + 11)
    p = Packet("bo1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Document (3).pdf", form710_flattened(app, "bo1-710"), (app_doc(), 4))
    p.pdf(f"{folder}/Document (4).pdf", paper_pdf(stubs[1].paper), (stub_doc(stubs[1]), 1))
    p.pdf(f"{folder}/Document (5).pdf", paper_pdf(stubs[0].paper), (stub_doc(stubs[0]), 1))
    hl = word_letter([app.borrower], addr, app.phone, signed, app.loan, [
        "I am writing to explain why I fell behind on my mortgage and to ask to be considered for a loan "
        "modification.",
        "Until last November I worked four or five after-hours emergency shifts a month at the animal hospital, "
        "and that extra pay was a third of what I earned. In December the practice hired an outside emergency "
        "service and ended the on-call rotation for its own staff. I still have my salaried job, but I now get an "
        "occasional on-call shift at most, and my income dropped by about $1,400 a month.",
        "I missed the January and February payments while I tried to make up the difference. My salary alone "
        "cannot carry the current payment together with my car and utilities, but I can afford a payment of "
        "about $1,350. I love my home and want to keep it.",
        "My pay statements, my W-2 and the application are attached."], heading="Hardship Letter")
    p.pdf(f"{folder}/IMG_2231.pdf", paper_pdf(hl.paper, "Writer"), (letter_doc(hl), 1))
    w2 = W2Data(2046, "Kestrel Point Veterinary Group", ["4410 Hilliard Rome Road", "Hilliard, OH 43026"],
                "31-7740912", "5512-0087", "Marcus T", "Oyelaran", addr, app.ssn, 68420.00, 7390.00, "OH", 1890.40,
                2200.08, 6960.00)
    p.pdf(f"{folder}/download.pdf", paper_pdf(w2_paper(w2).paper), (Doc("w2", {}), 1))
    return p


def packet_bo2(seed: int) -> Packet:
    """Incomplete (application_signature): uploaded through the portal as loose files with capital names."""
    rng = random.Random(seed * 1000 + 2)
    received = weekday(dt.date(2047, 4, 17))
    addr = ["88 Spindle Tree Court", "Carmel, IN 46032"]
    wh = wage_withholding(0.08, 0.0305, "Indiana income tax", 0.0102, (("401(k)", 65.00), ("Medical", 112.35)),
                          (("Vision", 4.10),))
    key = f"bo2-{rng_key(rng)}"
    stub = ess_stub("Halden Logistics, Inc.", "MyHalden", "myhalden.example.com", "Amara J. Halvorsen", "E-20417",
                    "Dispatch Coordinator", dt.date(2047, 4, 12), dt.date(2047, 1, 4), 24.50, 80.0,
                    [("Overtime", 36.75, (0.0, 0.0, 4.0, 6.5, 9.0)), ("Shift premium", 1.50, (0.0, 24.0, 40.0))],
                    wh, "4410230771", printed_at(dt.date(2047, 4, 13), 19, 5), key)
    net = float(stub.fields["net_current"])
    signed = dt.date(2047, 4, 12)
    app = App("0071528394", "Terrence L. Halvorsen", "962-17-5530", "88 Spindle Tree Court", "Carmel", "IN",
              "46032", "(317) 555-0182", "t.halvorsen@example.net", "primary_residence", ["unemployment"],
              dt.date(2047, 1, 18), "short", {"wages": 4470.00, "unemployment": 1720.00}, signed,
              co="Amara J. Halvorsen", co_ssn="962-48-0913", co_phone="(317) 555-0119",
              co_email="amara.halvorsen@example.com", co_signs=False, overtime=310.00,
              received_by={"wages": "C", "unemployment": "B"}, seed=seed + 21)
    p = Packet("bo2", received, app, ["application_signature"])
    p.pdf("DOC041247.PDF", paper_pdf(baf(app, ink=False), "Microsoft Word"), (app_doc(), 2))
    stmts = []
    begin, sav = 2410.55, 5200.00
    for month in (2, 3):
        credits = payroll_credits(rng, 2047, month, "biweekly", dt.date(2047, 1, 4), "HALDEN LOGISTICS PAYROLL", net)
        credits += [(d, "IN DWD UI BENEFIT PMT", 397.00) for d in range(5 if month == 2 else 1, 29, 7)]
        s = bellhaven_statement(rng, [app.borrower, app.co or ""], addr, "4410230771", "4410239032", 2047, month,
                                begin, sav, credits, 100.00)
        begin = s.fields["ending_balance"]
        sav = r2(sav + 100.00 + r2(sav * 0.0035 / 12))
        stmts.append(s)
    p.pdf("SCAN0001.PDF", render_papers([stmts[0].paper, stmts[1].paper, stub.paper], "Combine Files"),
          (stmt_doc(stmts[0]), 2), (stmt_doc(stmts[1]), 2), (stub_doc(stub), 1))
    hl = webmail_letter("Terrence Halvorsen", app.email, dt.datetime(2047, 4, 11, 21, 41),
                        f"Hardship letter - loan {app.loan}", app.loan, [
                            "I am sending this as my hardship letter for our request for mortgage assistance. My "
                            "wife and I filled out your Borrower Assistance Form and I am uploading it with our bank "
                            "statements and her latest pay stub.",
                            "On January 18 the distribution center where I worked for eleven years closed and I "
                            "was laid off with the rest of the second shift. I have been receiving unemployment "
                            "since February and I am applying for jobs every week. Amara still works at Halden "
                            "Logistics, but her pay alone does not cover the mortgage.",
                            "We are behind for February, March and April. We are asking for a forbearance or a "
                            "lower payment for a few months until I am back at work."],
                        printed_at(dt.date(2047, 4, 12), 8, 2))
    p.pdf("EMAIL.PDF", paper_pdf(hl.paper, "Parkmail"), (letter_doc(hl), 1))
    return p


def packet_bo3(seed: int) -> Packet:
    """Complete. Loose files from a phone and a laptop; the Form 710 hand-filled and PHOTOGRAPHED; the March
    credit union statement split across two files."""
    rng = random.Random(seed * 1000 + 3)
    received = weekday(dt.date(2047, 5, 23))
    addr = ["615 Larch Hollow Road", "Bowling Green, KY 42101"]
    signed = dt.date(2047, 5, 20)
    app = App("5820463317", "Rosalind M. Trevino", "937-62-1148", "615 Larch Hollow Road", "Bowling Green", "KY",
              "42101", "(270) 555-0184", "rosalind.trevino@example.com", "primary_residence",
              ["disability_or_illness"], dt.date(2046, 9, 15), "long",
              {"benefits_taxable": 1684.00, "other": 450.00}, signed, seed=seed + 31)
    p = Packet("bo3", received, app, [])
    photo = Scan(dpi=200, blur=0.8, photo=True)
    p.scan("IMG_4471.pdf", [(app_doc(), form710_handfilled(app, photo, seed + 301))], photo)
    stmts = []
    begin, share, loan_bal = 912.44, 512.33, 9120.00
    for month in (3, 4):
        credits = [(3, "SSA TREAS 310 SOC SEC", 1684.00), (8, "KY CHILD SUPPORT ENF PMT", 225.00),
                   (22, "KY CHILD SUPPORT ENF PMT", 225.00)]
        s = quarry_hill_statement(rng, app.borrower, addr, "44178", "00441785710", "00441782286", "00441787741",
                                  2047, month, share, begin, loan_bal, credits, 289.00, 6.49)
        begin = s.fields["ending_balance"]
        share = r2(share + r2(share * 0.0015 / 12))
        loan_bal = r2(loan_bal - r2(289.00 - r2(loan_bal * 6.49 / 100 / 12)))
        stmts.append(s)
    march = paper_pdf(stmts[0].paper, "Quarry Hill eStatements")
    p.split(stmt_doc(stmts[0]), [("Statement_0331.pdf", pages_of(march, 1, 2, "bo3-mar-a")),
                                 ("Statement_0331 (1).pdf", pages_of(march, 3, 3, "bo3-mar-b"))])
    p.pdf("estmt(2).pdf", paper_pdf(stmts[1].paper, "Quarry Hill eStatements"), (stmt_doc(stmts[1]), 3))
    on = dt.date(2047, 5, 19)
    hl = word_letter([app.borrower], addr, app.phone, on, app.loan, [
        "I am asking for help with my mortgage because a serious illness has left me unable to work.",
        "In September of last year I was diagnosed with multiple sclerosis after months of symptoms. I worked as "
        "a dental hygienist for fourteen years, but the fatigue and the loss of feeling in my hands made it "
        "impossible to keep doing my job, and my last day at the practice was September 15. After the waiting "
        "period my Social Security disability benefits were approved, and I now receive $1,684.00 a month. My "
        "son's father pays $450.00 a month in child support through the state.",
        "Before I got sick I earned a little over $4,000 a month. I used my savings to keep the mortgage current "
        "through the winter, but the savings are gone and I was not able to make the April or May payments.",
        "My condition is not expected to improve enough for me to return to hygiene work. I am asking to be "
        "reviewed for a loan modification that would bring my payment to an amount I can keep paying on my "
        "disability income. My son and I have lived in this house for nine years and I would like to stay here.",
        "I have attached the application and my last two credit union statements, which show the Social "
        "Security and child support deposits. Please call me if you need anything else."],
        font="Sans", size=12, page_numbers=True)
    assert len(hl.paper.pages) == 2
    p.pdf("Untitled document.pdf", paper_pdf(hl.paper, "Google Docs Renderer"), (letter_doc(hl), 2))
    return p


def packet_bo4(seed: int) -> Packet:
    """Incomplete (irs_form_4506c): e-mailed attachments in a folder named after the loan, with names that
    MISLABEL them - "paystub.pdf" holds a bank statement and "bank.pdf" two pay stubs."""
    rng = random.Random(seed * 1000 + 4)
    received = weekday(dt.date(2047, 6, 10))
    addr = ["1902 Bramble Ridge Lane", "Fort Wayne, IN 46804"]
    wh = wage_withholding(0.085, 0.0305, "Indiana income tax", 0.0159, (("Medical", 41.20),), (("Union dues", 9.75),))
    key = f"bo4-{rng_key(rng)}"
    stubs = [advice_stub("Three Rivers Cold Storage, Inc.", "2600 Wabash Industrial Parkway, Fort Wayne, IN 46803",
                         "Desmond K. Achterberg", addr, "30772", d, 22.80, 40.0,
                         [("Overtime", 34.20, (0.0, 3.0, 5.5, 8.0)), ("Freezer premium", 1.25, (0.0, 16.0, 40.0))],
                         wh, "660193377", "Wrenmoor National Bank", key)
             for d in (dt.date(2047, 5, 31), dt.date(2047, 6, 7))]
    net = float(stubs[-1].fields["net_current"])
    signed = dt.date(2047, 6, 6)
    app = App("2264901735", "Desmond K. Achterberg", "973-05-6612", "1902 Bramble Ridge Lane", "Fort Wayne", "IN",
              "46804", "(260) 555-0131", "desmond.achterberg@example.net", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2047, 2, 1), "long", {"wages": 4050.00, "rental": 900.00},
              signed, co="Lucia P. Achterberg", co_ssn="973-21-4470", co_phone="(260) 555-0176",
              co_email="lucia.achterberg@example.net", seed=seed + 41)
    p = Packet("bo4", received, app, ["irs_form_4506c"])
    folder = app.loan
    p.pdf(f"{folder}/Application_final_FINAL.pdf", form710_flattened(app, "bo4-710"), (app_doc(), 4))
    begin = 1877.62
    for i, month in enumerate((4, 5)):
        credits = payroll_credits(rng, 2047, month, "weekly", dt.date(2047, 1, 4), "THREE RIVERS COLD STOR PAYROLL",
                                  net)
        credits.append((3, "ZELLE FROM R NAKAMURA - RENT APT B", 1100.00))
        s = wrenmoor_statement(rng, [app.borrower, app.co or ""], addr, "660193377", 2047, month, begin, credits,
                               checks=[(2214 + i * 3, 11, 165.00), (2215 + i * 3, 20, 84.50)])
        begin = s.fields["ending_balance"]
        p.pdf(f"{folder}/paystub{' (1)' if i else ''}.pdf", paper_pdf(s.paper, "Wrenmoor Online Banking"),
              (stmt_doc(s), 2))
    p.pdf(f"{folder}/bank.pdf", render_papers([stubs[0].paper, stubs[1].paper], "Microsoft: Print To PDF"),
          (stub_doc(stubs[0]), 1), (stub_doc(stubs[1]), 1))
    w2 = W2Data(2046, "Three Rivers Cold Storage, Inc.", ["2600 Wabash Industrial Parkway", "Fort Wayne, IN 46803"],
                "35-2208841", "0044127730-001", "Desmond K", "Achterberg", addr, app.ssn, 51244.80, 4210.00, "IN",
                1562.96, 0.0, 2140.80)
    ret = Return1040(2046, "Desmond K", "Achterberg", app.ssn, "Lucia P", "Achterberg", "973-21-4470", addr[0],
                     addr[1], 51244.80, 18.00, 10800.00, 0.0, 4210.00, "Warehouse lead", "Homemaker")
    p.pdf(f"{folder}/taxes 2046.pdf", render_papers([form1040(ret).paper, w2_paper(w2).paper], "TaxPrep 2046"),
          (tax_doc(2046), 2), (Doc("w2", {}), 1))
    hl = word_letter([app.borrower, app.co or ""], addr, app.phone, signed, app.loan, [
        "We are writing to ask for help because our mortgage payment went up more than we can manage.",
        "In February our escrow analysis came back with a large shortage. The township reassessed the house after "
        "we finished the basement apartment, our property taxes went up by almost $2,900 a year, and our "
        "homeowner's insurance renewed $840 higher. Our payment rose from $1,612 to $2,031 a month.",
        "Desmond works full time at Three Rivers Cold Storage and we rent the basement apartment for $1,100 a "
        "month, which nets about $900 after utilities and upkeep. Lucia stays home with our two small children. "
        "We paid the higher amount in February and March by using our savings, but we could only send part of the "
        "April and May payments.",
        "We would like to keep our home and ask you to review us for a modification that spreads the shortage out "
        "or lowers the payment."])
    p.pdf(f"{folder}/letter.docx.pdf", paper_pdf(hl.paper, "Microsoft Word"), (letter_doc(hl), 1))
    return p


def packet_bo5(seed: int) -> Packet:
    """Incomplete (hardship_doc:divorce_or_separation): loose uploads; the servicer's form printed, signed in ink
    and scanned at home; the only divorce paper is the PETITION (an "other" document, not a decree)."""
    rng = random.Random(seed * 1000 + 5)
    received = weekday(dt.date(2047, 5, 10))
    wh = wage_withholding(0.075, 0.04, "Kentucky income tax", 0.0133, (("Dental", 14.80), ("HSA", 40.00)), ())
    key = f"bo5-{rng_key(rng)}"
    stubs = [ess_stub("Ohio Valley Medical Billing, LLC", "OVMB WorkHub", "workhub.ovmb.example",
                      "Priya N. Castellanos", "OV-1184", "Claims Specialist II", d, dt.date(2047, 1, 11), 19.75, 80.0,
                      [("Overtime", 29.625, (0.0, 0.0, 2.5, 5.0)), ("Bilingual pay", 0.75, (0.0, 80.0))], wh,
                      "7730016610", printed_at(d + dt.timedelta(days=1), 20, 33), key)
             for d in (dt.date(2047, 4, 19), dt.date(2047, 5, 3))]
    net = float(stubs[-1].fields["net_current"])
    signed = dt.date(2047, 5, 6)
    app = App("6045318827", "Priya N. Castellanos", "984-30-7751", "27 Meadowlark Trace", "Owensboro", "KY", "42303",
              "(270) 555-0158", "priya.castellanos@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2046, 11, 20), "long", {"wages": 3380.00}, signed, seed=seed + 51)
    p = Packet("bo5", received, app, ["hardship_doc:divorce_or_separation"])
    flatbed = Scan(dpi=300, tilt=0.35, blur=0.6, noise=0.0005)
    p.scan("scan0001.pdf", [(app_doc(), scan_paper(baf(app, ink=True), flatbed, seed + 501))], flatbed)
    p.pdf("paystubs.pdf", render_papers([stubs[0].paper, stubs[1].paper], "Chrome"), (stub_doc(stubs[0]), 1),
          (stub_doc(stubs[1]), 1))
    credits = payroll_credits(rng, 2047, 4, "biweekly", dt.date(2047, 1, 11), "OVMB PAYROLL DIRECT DEP", net)
    hist = cobaltline_history(rng, app.borrower, "7730016610", dt.date(2047, 4, 1), dt.date(2047, 4, 30), 1204.40,
                              credits, printed_at(dt.date(2047, 5, 6), 21, 14))
    p.pdf("Account Activity - Cobaltline Bank.pdf", paper_pdf(hist.paper, "Chrome"), (stmt_doc(hist), 2))
    hl = webmail_letter("Priya Castellanos", app.email, dt.datetime(2047, 5, 6, 22, 10),
                        f"Loan {app.loan} - hardship explanation", app.loan, [
                            "I was asked to explain my hardship in writing, so here it is.",
                            "My husband Daniel moved out of our house on November 20 of last year and we are "
                            "getting divorced. I filed the petition in February and the case is still going; "
                            "there is no final decree yet. Until he left we paid the mortgage together from both "
                            "of our incomes. He has not paid anything toward the house since December.",
                            "I work full time as a claims specialist and I can pay about two thirds of the "
                            "payment on my own. I want to keep the house and refinance it in my name once the "
                            "divorce is final. I am asking for a modification or a temporary plan until then.",
                            "I attached the assistance form, my two latest pay stubs, my April bank activity and "
                            "the first page of the petition."],
                        printed_at(dt.date(2047, 5, 7), 7, 48), attachments=["scan0001.pdf", "paystubs.pdf"])
    p.pdf("Print.pdf", paper_pdf(hl.paper, "Chrome"), (letter_doc(hl), 1))
    photo = Scan(dpi=200, blur=0.8, photo=True)
    pet = petition(app.borrower, "Daniel R. Castellanos", "Daviess", "47-CI-00318", dt.date(2047, 2, 20))
    p.scan("IMG_0087.pdf", [(letter_doc(pet), scan_paper(pet.paper, photo, seed + 502))], photo)
    return p


def packet_bo6(seed: int) -> Packet:
    """Complete. A self-employed borrower and his wife; e-mailed attachments in a folder named after the loan."""
    rng = random.Random(seed * 1000 + 6)
    received = weekday(dt.date(2047, 7, 24))
    addr = ["3340 Cottonwood Bend", "Zanesville, OH 43701"]
    wh = wage_withholding(0.07, 0.0275, "Ohio income tax", 0.02, (("Dental", 11.25),), ())
    key = f"bo6-{rng_key(rng)}"
    stub = tidewell_stub("Zanesville Pediatric Dentistry", "1120 Maple Avenue, Zanesville, OH 43701",
                         "Noor A. Lindqvist", "0073", "Clinical", dt.date(2047, 7, 15), 1300.00,
                         [("Production bonus", (0.0, 0.0, 60.0, 110.0))], wh, "5510038", key)
    signed = dt.date(2047, 7, 19)
    app = App("7713086452", "Gabriel O. Lindqvist", "948-66-3019", "3340 Cottonwood Bend", "Zanesville", "OH",
              "43701", "(740) 555-0166", "gabe@lindqvistlawn.example", "primary_residence", ["disaster"],
              dt.date(2047, 4, 28), "short", {"wages": 2600.00, "self_employment": 3850.00}, signed,
              co="Noor A. Lindqvist", co_ssn="948-70-2254", co_phone="(740) 555-0171",
              co_email="noor.lindqvist@example.com", received_by={"wages": "C", "self_employment": "B"},
              seed=seed + 61)
    p = Packet("bo6", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Document.pdf", paper_pdf(baf(app, ink=False), "Microsoft Word"), (app_doc(), 2))
    begin = 6120.75
    holder = ["Lindqvist Lawn & Landscape LLC", "Gabriel O. Lindqvist, Member"]
    for i, month in enumerate((5, 6)):
        credits = [(d, desc, r2(amt * rng.uniform(0.8, 1.2))) for d, desc, amt in (
            (2, "MOBILE DEPOSIT", 1450.00), (6, "ACH CREDIT MUSKINGUM HOA MGMT", 1980.00),
            (13, "SQUARE INC DEPOSIT", 860.00), (20, "MOBILE DEPOSIT", 1175.00), (27, "SQUARE INC DEPOSIT", 940.00))]
        debits = (("SITEONE LANDSCAPE SUPPLY", 0), ("MARATHON FLEET FUEL", 1), ("ZANESVILLE RENTAL EQUIP", 0),
                  ("VERIZON BUSINESS", 1), ("OWNER DRAW TO CHECKING", 0), ("ACUITY INS PREMIUM", 0),
                  ("HOME DEPOT PRO", 1))
        end = month_bounds(2047, month)[1]
        s = wrenmoor_statement(rng, holder, ["PO Box 2217", "Zanesville, OH 43702"], "880427715", 2047, month, begin,
                               credits, kind="Business Checking", checks=[(5101 + 2 * i, 9, 412.00),
                                                                          (5102 + 2 * i, 23, 1275.00)],
                               debits=debits)
        begin = s.fields["ending_balance"]
        p.pdf(f"{folder}/eStatement_{end.strftime('%Y%m%d')}.pdf", paper_pdf(s.paper, "Wrenmoor Online Banking"),
              (stmt_doc(s), 2))
    t = form4506c("Gabriel", "O", "Lindqvist", app.ssn, app.street, app.city, app.state, app.zip, signed, app.phone,
                  seed + 66, "bo6-4506c")
    p.pdf(f"{folder}/scan.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": signed.isoformat()}, signed,
                                        signed=True), 1))
    w2 = W2Data(2046, "Zanesville Pediatric Dentistry", ["1120 Maple Avenue", "Zanesville, OH 43701"], "31-4471902",
                "5519-3302", "Noor A", "Lindqvist", addr, "948-70-2254", 30400.00, 1980.00, "OH", 702.30, 0.0,
                3240.00)
    ret = Return1040(2046, "Gabriel O", "Lindqvist", app.ssn, "Noor A", "Lindqvist", "948-70-2254", addr[0], addr[1],
                     30400.00, 44.00, 41200.00, 2911.00, 1980.00, "Landscaper", "Dental assistant")
    p.pdf(f"{folder}/1040 and W2.PDF", render_papers([form1040(ret).paper, w2_paper(w2).paper], "TaxPrep 2046"),
          (tax_doc(2046), 2), (Doc("w2", {}), 1))
    p.pdf(f"{folder}/EarningsStatement.pdf", paper_pdf(stub.paper, "Tidewell Payroll"), (stub_doc(stub), 1))
    hl = word_letter([app.borrower, app.co or ""], addr, app.phone, signed, app.loan, [
        "We are asking for a short-term plan on our mortgage after a storm put my landscaping business out of "
        "work for most of May.",
        "On April 28 a line of severe thunderstorms with straight-line winds came through Zanesville. A tree fell "
        "on our pole barn and destroyed my work truck's trailer, two commercial mowers and most of my hand "
        "equipment. The insurance company paid part of the loss in June, but I had to rent equipment to keep my "
        "contracts and I lost several weekly customers while I could not serve them.",
        "My business is back to a normal schedule now and Noor's job at the dental office has not changed. We "
        "fell two payments behind in May and June. We can resume the regular payment in August, and we ask for a "
        "repayment plan, deferral or modification to bring the loan current.",
        "Our application, two months of business bank statements, Noor's pay statement, our 2046 tax return and "
        "the signed 4506-C are attached."])
    p.pdf(f"{folder}/hardship.pdf", paper_pdf(hl.paper, "Microsoft Word"), (letter_doc(hl), 1))
    return p


def packet_bo7(seed: int) -> Packet:
    """Incomplete (income_doc:wages): loose files; the Form 710 hand-filled, scanned on a home flatbed and saved
    as TWO files (pages 1-2, pages 3-4); the only pay stub is January's (stale) and there is one statement."""
    rng = random.Random(seed * 1000 + 7)
    received = weekday(dt.date(2047, 5, 16))
    addr = ["1215 Old Mill Pike", "Terre Haute, IN 47802"]
    wh = wage_withholding(0.08, 0.0305, "Indiana income tax", 0.0175, (("401(k)", 42.80), ("Medical", 58.15)), ())
    key = f"bo7-{rng_key(rng)}"
    stub = advice_stub("Moraine Valley Fabrication, Inc.", "900 Industrial Drive, Terre Haute, IN 47802",
                       "Harold P. Wojcik", addr, "4471", dt.date(2047, 1, 25), 21.40, 40.0,
                       [("Overtime", 32.10, (0.0, 2.0, 5.0, 7.5))], wh, "660288123", "Wrenmoor National Bank", key)
    signed = dt.date(2047, 5, 13)
    app = App("4408219563", "Harold P. Wojcik", "926-81-3304", "1215 Old Mill Pike", "Terre Haute", "IN", "47802",
              "(812) 555-0129", "hpwojcik@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 10, 1), "long", {"wages": 2950.00}, signed, seed=seed + 71)
    p = Packet("bo7", received, app, ["income_doc:wages"])
    flatbed = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0006)
    sheets = form710_handfilled(app, flatbed, seed + 701)
    p.split(app_doc(), [("scan0001.pdf", scans_pdf(sheets[:2], flatbed)), ("scan0002.pdf", scans_pdf(sheets[2:],
                                                                                                    flatbed))],
            scanned=True)
    p.scan("scan0003.pdf", [(stub_doc(stub), scan_paper(stub.paper, flatbed, seed + 702))], flatbed)
    w2 = W2Data(2046, "Moraine Valley Fabrication, Inc.", ["900 Industrial Drive", "Terre Haute, IN 47802"],
                "35-6620183", "0071180044-000", "Harold P", "Wojcik", addr, app.ssn, 46810.40, 3880.00, "IN", 1427.72,
                2225.60, 3023.80)
    photo = Scan(dpi=200, blur=0.8, photo=True)
    p.scan("IMG_7730.pdf", [(Doc("w2", {}), scan_paper(w2_paper(w2).paper, photo, seed + 703))], photo)
    net = float(stub.fields["net_current"])
    credits = payroll_credits(rng, 2047, 4, "weekly", dt.date(2047, 1, 4), "MORAINE VALLEY FAB PAYROLL",
                              r2(net * 0.72))
    s = wrenmoor_statement(rng, [app.borrower], addr, "660288123", 2047, 4, 642.18, credits)
    p.pdf("Document (1).pdf", paper_pdf(s.paper, "Wrenmoor Online Banking"), (stmt_doc(s), 2))
    hl = word_letter([app.borrower], addr, app.phone, signed, app.loan, [
        "I am writing to ask for help with my house payment.",
        "Last October the plant where I work lost its biggest customer and cut the welding crews from five days to "
        "four, and since March we have been working three days most weeks. My overtime is gone too. I went from "
        "bringing home about $2,300 a month to about $1,600.",
        "I have worked at Moraine Valley for nineteen years and I do not want to start over somewhere else at my "
        "age. The company says the hours will come back when the new contracts start, but nobody knows when.",
        "I am behind on the mortgage since February. I am asking for a lower payment until my hours come back. I "
        "sent my application, my pay stub, my W-2 and my bank statement."])
    p.pdf("LETTER TO BANK.PDF", paper_pdf(hl.paper, "Microsoft Word"), (letter_doc(hl), 1))
    return p


def packet_bo8(seed: int) -> Packet:
    """Complete. A widow's loose e-mailed files; the servicer's form printed, signed in ink and PHOTOGRAPHED."""
    rng = random.Random(seed * 1000 + 8)
    received = weekday(dt.date(2047, 8, 19))
    addr = ["52 Kingfisher Lane", "Chillicothe, OH 45601"]
    wh = wage_withholding(0.06, 0.0275, "Ohio income tax", 0.019, (("OPERS pension", 91.52),), ())
    key = f"bo8-{rng_key(rng)}"
    stub = ess_stub("Scioto Valley Public Library", "SVPL Employee Portal", "employees.svpl.example",
                    "Evangeline S. Marsh", "1093", "Library Associate", dt.date(2047, 8, 16), dt.date(2047, 1, 4),
                    18.40, 56.0, [("Sunday hours", 27.60, (0.0, 4.0, 8.0))], wh, "118204437",
                    printed_at(dt.date(2047, 8, 17), 10, 26), key)
    signed = dt.date(2047, 8, 14)
    app = App("9130657248", "Evangeline S. Marsh", "915-27-4406", "52 Kingfisher Lane", "Chillicothe", "OH", "45601",
              "(740) 555-0112", "evie.marsh@example.com", "primary_residence", ["death"], dt.date(2047, 5, 30),
              "long", {"wages": 2230.00, "benefits_taxable": 1240.00}, signed, overtime=110.00,
              received_by={"wages": "B", "benefits_taxable": "B"}, seed=seed + 81)
    p = Packet("bo8", received, app, [])
    photo = Scan(dpi=200, blur=0.8, photo=True)
    p.scan("IMG_3391.pdf", [(app_doc(), scan_paper(baf(app, ink=True), photo, seed + 801))], photo)
    p.pdf("PayStatement (2).pdf", paper_pdf(stub.paper, "Chrome"), (stub_doc(stub), 1))
    lt = survivor_letter(app.borrower, addr, dt.date(2047, 7, 29), 1240.00, "Walter J. Marsh", dt.date(2047, 7, 1))
    p.pdf("attachment.pdf", paper_pdf(lt.paper, "LMRS Correspondence"), (letter_doc(lt), 1))
    ob = funeral_home_obituary("Walter J. Marsh", dt.date(1982, 3, 9), dt.date(2047, 5, 30), "Chillicothe", [
        "Walter James Marsh, 65, of Chillicothe, passed away unexpectedly on Thursday, May 30, 2047, at Adena "
        "Regional Medical Center.",
        "Walt was born in Circleville to the late James and Irene Marsh. He retired from the City of Sandusky "
        "water department after twenty-six years and moved to Chillicothe, where he drove a school bus for the "
        "Union-Scioto district and never missed a Friday night football game.",
        "He is survived by his wife of thirty-eight years, Evangeline (Evie); his daughter Karen (Tom) Ruhl of "
        "Columbus; two grandsons; and his sister Ruth Ann Pickens.",
        "Visitation will be held Monday, June 3, from 4 to 7 p.m. at Whitcombe & Sons Funeral Home, with the "
        "funeral service Tuesday at 11 a.m. Burial will follow at Grandview Cemetery."],
        printed_at(dt.date(2047, 6, 2), 14, 51))
    p.pdf("print.pdf", paper_pdf(ob.paper, "Chrome"), (letter_doc(ob), 1))
    hl = word_letter([app.borrower], addr, app.phone, signed, app.loan, [
        "My husband Walter died suddenly on May 30 of this year. Our mortgage was paid from his city pension and "
        "his pay as a school bus driver, and my part-time job at the library.",
        "His bus pay stopped in June. The retirement system approved my survivor benefit in July, but it is less "
        "than half of what his pension was. With my library pay and the survivor benefit I have about $3,470 a "
        "month before taxes, and the funeral costs took what we had saved.",
        "I paid June late and could not pay July or August. I want to stay in our home and I am asking to be "
        "considered for a modification that lowers the payment to what I can afford on my own.",
        "I have attached the assistance form, my pay statement, the survivor benefit letter and Walter's "
        "obituary."], font="Sans", size=11)
    p.pdf("Document1.pdf", paper_pdf(hl.paper, "Microsoft Word"), (letter_doc(hl), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bo1, packet_bo2, packet_bo3, packet_bo4, packet_bo5, packet_bo6,
                                          packet_bo7, packet_bo8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and income sums."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    field_names = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                                "gross_current", "gross_ytd", "net_current", "monthly_gross"},
                   "bank_statement": {"bank_name", "account_last4", "period_start", "period_end",
                                      "beginning_balance", "ending_balance"},
                   "hardship_letter": {"letter_date"}, "tax_return": {"tax_year", "form"},
                   "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
                   "irs_form_4506c": {"signed", "signed_on"}}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() >= 5 or received.year != 2047:
            problems.append(f"{name}: received_on {received} is not a 2047 weekday")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan number differs from the application's")
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
            if doc["type"] in field_names and set(doc["fields"]) != field_names[doc["type"]]:
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
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    d = dt.date.fromisoformat(v)
                    if d > received:
                        problems.append(f"{name}: {doc['id']} {k} {v} after the received date")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["period_end"] < f["period_start"] or f["pay_date"] < f["period_start"]:
                    problems.append(f"{name}: stub dates {f}")
        for path in (exp_path.parent / "inbox").rglob("*"):  # every page of every file belongs to a document
            if path.is_file():
                rel = path.relative_to(exp_path.parent / "inbox").as_posix()
                n = len(PdfReader(path).pages)
                listed = {pg for f, pg in seen if f == rel}
                if listed != set(range(1, n + 1)):
                    problems.append(f"{name}: pages of {rel} listed {sorted(listed)} of {n}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bo1 ..)")
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
