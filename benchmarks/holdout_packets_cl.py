"""Holdout set cl (cl1..cl8): ELECTRONICALLY SIGNED AND E-DELIVERED PAPERS. Written blind: only shared/spec (all
files), shared/samples (the packets, their expected.json and README), shared/reference (README and the blank Form 710
and Form 4506-C filled here), tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, the af
scaffold in full and the MODULE DOCSTRINGS ONLY of the other holdout sets were read - never the service's code, rules,
data files, README, git history or other tests, and the service was not run on this set - to measure honestly how it
reads papers it has never seen.

    python benchmarks/holdout_packets_cl.py OUT_DIR [--seed N] [--check] [--only cl1 cl5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are weekdays of 2061 (March to October). The seed
changes hours, overtime, transactions and scanner noise, never names, dates or the missing codes; the same seed writes
the same bytes (reportlab invariant mode, seeded noise, pypdf output with fixed identifiers).

THEME. Borrowers sign through e-signature services and download their other papers from web portals:
- TWO FICTIONAL E-SIGNATURE SERVICES. Quillstream prints "Quillstream Envelope ID: XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"
  at the top left of every page of an envelope; its signature tag is a blue BRACKET around "Quillstream signed by:",
  the adopted signature (the name set in a slanted italic face, an IMAGE, no text) and a short hash ("20CA091C9AFA5A9
  ..."). SealPoint prints "SealPoint envelope <id>" with a small seal dot at the top right; its tag is a ROUNDED TEAL
  FRAME with a "SealPoint" tab, a signature DRAWN on a phone or with a mouse (vector strokes) or an adopted style, and
  "Signed by: <name>  <hash>" under it. Both print the service's date stamp beside the tag ("Signed 03/21/2061 10:22 AM
  PDT", in the envelope's time zone) and write the date into the form's date field ("03/21/2061"). A signer who has
  not signed yet has a grey DASHED tag reading "Awaiting signature" (Quillstream: "pending: <name>"; SealPoint:
  "Pending: <name>") and an empty date field. A completed envelope ends with the service's CERTIFICATE OF COMPLETION
  page (envelope id, subject with the loan number, status Completed, time zone, a Signer Events table with each
  signer's name, e-mail, role, signature image and Sent / Viewed / Signed timestamps, carbon copies, envelope summary
  events, the e-record disclosure); a VOIDED envelope carries a red "VOIDED <date> - voided by the sender, cannot be
  signed" line and a big translucent "VOIDED" across the page, "Envelope voided - not signed" in the tag, and ends
  with an "Envelope History - Voided" page giving the void reason.
- APPLICATIONS (type mortgage_assistance_application), three layouts:
  * the real Form 710 (April 2023) uploaded by the servicer to the service, its fields FLATTENED (no form fields
    remain; the answers are page text in Helvetica for Quillstream, Courier for SealPoint; boxes carry a drawn check
    mark), the envelope id on every page, the signature tags on page 4 (cl1, cl5 Quillstream; cl3, cl7 SealPoint);
  * Cascade Ridge Home Loans' own "Mortgage Assistance Application - eSign edition, Form CRHL-MAA-E (01/2061)", three
    pages built for SealPoint: each question at the left and its answer in a PALE YELLOW TEXT TAB at the right, choices
    as check tabs stacked under the question, street / city / state / ZIP in four tabs, the income lines with a
    "Total monthly income (calculated)" tab, page 3 with the borrower's and the co-borrower's tags and "Date signed"
    tabs (cl2 in progress, cl6 printed and scanned, cl8 merged into one PDF);
  * Harrow & Vine Loan Servicing's fillable "Loss Mitigation Request" (HV-LMR, two pages) typed in a PDF viewer and
    PRINTED TO PDF with the viewer's blue field highlight: numbered questions in italic serif flowing down TWO
    NEWSPAPER COLUMNS, each answer in a blue field under its question, income lines 15-22 with a total line 23, and
    the signatures TYPED as "/s/ Dolores M. Whitcomb" and "/s/ Harold E. Whitcomb" with typed dates (cl4). No
    e-signature service is involved; the form says a typed /s/ signature counts as a signature.
- PAY STUBS downloaded from payroll portals (pay_stub): PayTrellis (a pay statement WEB PAGE printed from the browser:
  the browser's date / time and title at the top, the address and "1/1" at the bottom, a green app bar, summary
  tiles, Earnings / Taxes / Deductions tables with This period and Year to date, bi-weekly); WorkNest Payroll (the
  EARNINGS STATEMENT PDF an employee downloads: semi-monthly salary, a masked SSN, "Downloaded from WorkNest Employee
  Self-Service on <date>" in the footer); ClockBay (a staffing agency's worker app printed at PHONE WIDTH in the middle
  of the page: net pay in a big tile, work week, "Paid Weekly", earnings with THIS CHECK / YEAR TO DATE).
- BANK STATEMENTS downloaded as PDFs (bank_statement): Larkspur Bank's calendar-month eStatement ("You chose paperless
  statements ..."), an account summary with beginning and ending balances, one signed Amount column and a running
  balance; Copperline Federal Credit Union's member eStatement whose cycle runs from the 15TH TO THE 14TH
  (06/15/2061 to 07/14/2061, 07/15/2061 to 08/14/2061), four summary figures, Withdrawals / Deposits columns.
- HARDSHIP STATEMENTS typed into the servicer's web form and printed (hardship_letter): the portal's banner "Thank
  you. Your hardship statement was submitted. Submitted <Month d, yyyy> at <time>. Confirmation number HS-61-...",
  boxed fields (Loan number, Date, Borrower name, Co-borrower name, Property address), a "What happened?" text area,
  a ticked certification and "Type your full name as your electronic signature".
- OTHER PAPERS: a retirement fund's benefit verification letter generated from its member portal (benefit_award_letter,
  taxable: a service retirement pension, a surviving spouse pension), an Oregon circuit court's e-filed GENERAL
  JUDGMENT OF DISSOLUTION OF MARRIAGE signed "/s/" by the judge (divorce_decree, two pages "Page n of 2"), an
  employer's OFFER OF TRANSFER sent through Quillstream and signed by HR and by the employee
  (employer_relocation_letter; it states the relocation allowance), a power company's paperless bill (other), a copy
  shop's fax cover sheet and a mailroom's Code 128 "LOAN <number>" separator sheet (neither is a document).
- DELIVERY: a folder named after the loan (cl1, cl7); loose files "<loan>_..." (cl2); loose files named as the
  e-signature service and the bank name their downloads, no loan number in any name (cl3); loose files
  "Whitcomb <loan> - ..." (cl4); ONE 200 dpi black-and-white FAX from a copy shop with the machine's header line on
  every page ("MAY-17-2061 08:52 FROM: SHIPRIGHT CENTER #212 ... P.005/010", the page shrunk under it) behind a cover
  sheet (cl5); ONE 200 dpi grey scan behind a separator sheet (cl6); ONE born-digital PDF the borrower merged from her
  downloads with ONE page inside it that she printed and scanned at 150 dpi (cl8).

HOW A CAREFUL PROCESSOR READS THESE PAPERS (every reading a spec-literal reader could dispute):
1. A Certificate of Completion, an "Envelope History - Voided" page, a fax cover sheet and a separator sheet are not
   borrower documents: they are NOT listed in expected.json (like the samples' separator and fax cover sheets), and
   they are not pages of the document before them - the application is pages 1-4 of its envelope file, never 1-5.
   A service that lists a certificate as `other` loses nothing; one that merges it into the application does.
2. An e-signature (adopted style or drawn) inside the service's tag, with the service's date in the date field and
   its "Signed <date> <time> <zone>" stamp, is a signature and its date: signed true, signed_on that date (the date
   in the signer's zone as printed; no signing time is near midnight). The later Certificate, print or fax dates are
   not the signing date.
3. A typed "/s/ Full Name" on the signature line with a typed date is a signature (cl4): signed true and
   co_borrower_signed true. The form itself says so; so does the E-SIGN practice it follows.
4. A co-borrower whose tag reads "Awaiting signature" and whose date field is empty has NOT signed (cl2):
   co_borrower_signed false and application_signature is missing, although the borrower signed (signed true).
5. A 4506-C in a VOIDED envelope was never signed (cl3): it is listed as irs_form_4506c with signed false and
   signed_on null, and with self-employment claimed and no other 4506-C, irs_form_4506c is missing. The void reason
   promises a corrected form; none is in the packet.
6. A 4506-C signed inside the SAME envelope file as the application (cl7, page 5 after Form 710 pages 1-4) is its own
   document; the 4506-C lists only the borrower (line 1a), so his signature alone signs it.
7. Document dates are the papers' own: a stub's pay date, a statement's period end, a letter's date, a web-form
   statement's Date field (the same day it was submitted and printed). The browser's print date and time, "Downloaded
   ... on", "delivered to your Online Banking inbox on" and the fax header are not document dates.
8. Pay stubs: frequency as printed (Biweekly, Semi-Monthly, Weekly); gross_current is the current Gross pay line,
   gross_ytd its Year to date figure, net_current the current Net pay; monthly_gross = current gross x 26, 24 or
   52 / 12. Semi-monthly checks are paid on the 20th for the 1st-15th and on the 5th for the 16th-end of the month
   before; every year-to-date figure is the sum of that year's checks.
9. The Copperline statements run 15th to 14th; 07/15-08/14 follows 06/15-07/14, so they are two consecutive statements
   of one account (cl7) and, both fresh, document the wages and the rent deposited into it.
10. cl6's two stubs were paid on 03/05 and 03/20/2061 and the packet arrived 07/14/2061: more than 90 days, stale;
    no bank statement - income_doc:wages.
11. cl8's hardship start date tab is EMPTY on the application: hardship_start_date null and
    application_field:hardship_start_date, although her hardship statement says when her husband died. A hardship
    statement is not a death certificate or an obituary: hardship_doc:death.
12. Income on the application is read line by line (Form 710 lines, CRHL tabs, HV lines 15-22); `total` is the total
    the form prints where it prints one (CRHL, HV: always the sum), else the sum of the lines (Form 710).
13. The general judgment of dissolution says it is final and awards the house to the borrower: a final divorce decree
    (divorce_decree, no fields). The e-signed offer of transfer, signed by the employer and the employee, names the new
    location and the relocation allowance: employer_relocation_letter.
14. A retirement fund's online benefit verification letter gives the monthly amount and the frequency and says the
    benefit is taxable: benefit_award_letter, benefit_type benefits_taxable.

PACKETS
- cl1  complete. Folder <loan>/: Form 710 e-signed through Quillstream + its Certificate of Completion (one file),
       two PayTrellis statements printed from the browser, web-form hardship statement, power e-bill (other).
       Wages; reduction in income.
- cl2  incomplete: application_signature. Loose "<loan>_" files: CRHL e-form from an IN-PROGRESS SealPoint envelope
       (borrower signed, co-borrower "Awaiting signature", no certificate), a WorkNest and a PayTrellis stub (one per
       spouse), web-form hardship statement. Wages; higher housing costs.
- cl3  incomplete: irs_form_4506c. Loose files without the loan number: Form 710 e-signed through SealPoint +
       certificate, the VOIDED 4506-C envelope (form + envelope history), two Larkspur Bank business eStatements
       (April, May). Self-employment; disaster.
- cl4  complete. Loose "Whitcomb <loan> - ..." files: HV-LMR signed "/s/" by both spouses, two WorkNest statements,
       a pension fund's verification letter for the co-borrower, web-form hardship statement. Wages and a taxable
       pension; illness.
- cl5  complete. ONE fax: cover, Form 710 e-signed through Quillstream, its certificate, e-filed divorce judgment
       (2 pages), PayTrellis statement, web-form hardship statement - all printed and faxed. Wages; divorce.
- cl6  incomplete: income_doc:wages. ONE grey scan: separator sheet, CRHL e-form from a completed SealPoint envelope,
       its certificate, two STALE WorkNest statements, web-form hardship statement. Wages; reduction in income.
- cl7  complete. Folder <loan>/: ONE SealPoint envelope file (Form 710 signed by both spouses, 4506-C signed by the
       borrower, certificate), two Copperline eStatements (15th-14th) showing pay and rent, an offer of transfer
       e-signed through Quillstream. Wages and rental; relocation.
- cl8  incomplete: application_field:hardship_start_date, hardship_doc:death. ONE merged born-digital PDF: CRHL
       e-form (start date blank), its certificate, ClockBay paycheck, surviving spouse pension letter, and the web-form
       hardship statement printed and scanned (the one image page). Wages and a taxable pension; death.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the build fails if they differ from the scenario's codes. `--check` validates every
expected.json (keys, codes, dates, weekdays, that every listed page exists, that `scanned` matches the absence of a
text layer, 4-12 pages a packet, no full SSN and no stray 6+ digit number in any text layer, the synthetic-document
line on every text page). All people, employers, banks, servicers and e-signature services are fictional; SSNs use the
900-999 area and are printed as the last four digits only; every page carries a faint "synthetic test document" line.
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
SCRIPT_FONT = FONT_DIR / "dejavu/DejaVuSerif-Italic.ttf"
SANS_FONT = FONT_DIR / "dejavu/DejaVuSans.ttf"
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


def short_month(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


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


def synth_line(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.6)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


# --- born-digital papers ------------------------------------------------------------------------------------------

PageFn = Callable[[Canvas], None]


@dataclass
class Paper:
    """One set of pages drawn with reportlab (one logical document, or a page that is none)."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def paper_pdf(paper: Paper) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_cl")
    for fn in paper.pages:
        c.setPageSize(paper.size)
        fn(c)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(hashlib.sha256(tag.encode()).digest()[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cl"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def concat_pdfs(parts: Sequence[bytes], tag: str) -> bytes:
    writer = PdfWriter()
    for data in parts:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    return fixed_pypdf_bytes(writer, tag)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


# --- scanning ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 200
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0006
    fax: bool = False
    fax_header: str = ""  # the sending machine's line across the top of a faxed page ("{n}" = page number)
    fax_pages: int = 0


def render_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Each page of a PDF as a grey image at dpi (the printer's output)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            out.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
        return out
    finally:
        doc.close()


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    """A sheet on the glass or through a fax line: tilt, blur, paper tone, speckle, black-and-white for a fax."""
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:
        out = out.point(lambda v: int(16 + v * 0.92))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0)
        draw = ImageDraw.Draw(out)
        font = ImageFont.truetype(str(SANS_FONT), max(8, round(5.5 * style.dpi / 72)))
        draw.text((wd - round(24 * style.dpi / 72), ht - round(10 * style.dpi / 72)), SYNTH, fill=0, font=font,
                  anchor="rs")
        out = out.convert("1")
    return out


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def scan_pdf_pages(pdf: bytes, style: Scan, seed: int, first_fax_page: int = 1) -> list[ScannedPage]:
    """Print a PDF and scan (or fax) its sheets."""
    sheets = []
    for i, img in enumerate(render_pages(pdf, style.dpi)):
        if style.fax_header:
            draw = ImageDraw.Draw(img)
            font = ImageFont.truetype(str(SANS_FONT), round(7.5 * style.dpi / 72))
            text = style.fax_header.format(n=f"{first_fax_page + i:03d}", total=f"{style.fax_pages:03d}")
            # the machine prints its line in a strip above the shrunk page image
            shrunk = img.resize((img.size[0], round(img.size[1] * 0.975)), Image.Resampling.BILINEAR)
            img = Image.new("L", img.size, 255)
            img.paste(shrunk, (0, img.size[1] - shrunk.size[1]))
            draw = ImageDraw.Draw(img)
            draw.text((round(18 * style.dpi / 72), round(4 * style.dpi / 72)), text, fill=0, font=font, anchor="lt")
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
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


# --- the e-signature services -------------------------------------------------------------------------------------

TZ = {"Pacific": (-8, "P", "(UTC-08:00) Pacific Time (US & Canada)"),
      "Mountain": (-7, "M", "(UTC-07:00) Mountain Time (US & Canada)"),
      "Central": (-6, "C", "(UTC-06:00) Central Time (US & Canada)"),
      "Eastern": (-5, "E", "(UTC-05:00) Eastern Time (US & Canada)")}


def dst(d: dt.date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    march = dt.date(d.year, 3, 1)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7 + 7)
    nov = dt.date(d.year, 11, 1)
    end = nov + dt.timedelta(days=(6 - nov.weekday()) % 7)
    return start <= d < end


def tz_abbr(zone: str, d: dt.date) -> str:
    return TZ[zone][1] + ("DT" if dst(d) else "ST")


def clock(t: dt.datetime) -> str:
    return t.strftime("%I:%M %p").lstrip("0")


def stamp(t: dt.datetime, zone: str) -> str:
    """The service's date stamp beside a signature: 'Signed 03/14/2061 10:22 AM PDT'."""
    return f"Signed {mdy(t.date())} {clock(t)} {tz_abbr(zone, t.date())}"


def event_time(t: dt.datetime) -> str:
    return f"{t.month}/{t.day}/{t.year} | {t.strftime('%I:%M:%S %p').lstrip('0')}"


def hex_id(key: str, n: int) -> str:
    """Upper-case hex digits fixed by key, with never five digits in a row (nothing that reads as a loan number)."""
    k = 0
    while True:
        digest = hashlib.sha256(f"{key}/{k}".encode()).hexdigest().upper()[:n]
        run = best = 0
        for ch in digest:
            run = run + 1 if ch.isdigit() else 0
            best = max(best, run)
        if best < 5:
            return digest
        k += 1


def guid(key: str) -> str:
    h = hex_id(key, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass
class Signer:
    name: str
    email: str
    role: str
    sent_at: dt.datetime
    signed_at: dt.datetime | None  # None: still awaiting signature
    style: str = "script"  # script (an adopted font style) | drawn (drawn on a phone or mouse)
    ip: str = "203.0.113.24"
    seed: int = 1

    @property
    def viewed_at(self) -> dt.datetime:
        if self.signed_at is not None:
            return self.signed_at - dt.timedelta(minutes=6 + self.seed % 9, seconds=11 + self.seed % 40)
        return self.sent_at + dt.timedelta(minutes=25 + self.seed % 30, seconds=7 + self.seed % 50)

    @property
    def hash(self) -> str:
        return hex_id(f"sig/{self.name}/{self.seed}", 15)


@dataclass
class Envelope:
    service: str  # Quillstream | SealPoint
    key: str
    subject: str
    sender: str
    sender_email: str
    zone: str
    signers: list[Signer]
    cc: Sequence[tuple[str, str]] = ()
    voided_at: dt.datetime | None = None
    void_reason: str = ""
    doc_pages: int = 4

    @property
    def env_id(self) -> str:
        return guid(f"env/{self.key}")

    @property
    def completed(self) -> bool:
        return self.voided_at is None and all(s.signed_at is not None for s in self.signers)

    def stamp(self, s: Signer) -> str:
        assert s.signed_at is not None
        return stamp(s.signed_at, self.zone)


INK_BLUE = Color(0.07, 0.14, 0.47)
QUILL = Color(0.22, 0.32, 0.58)
SEAL = Color(0.04, 0.42, 0.43)


def script_image(name: str, seed: int) -> Image.Image:
    """An adopted signature: the name set in an italic face, slanted further, in dark blue ink (an image)."""
    font = ImageFont.truetype(str(SCRIPT_FONT), 64)
    box = font.getbbox(name)
    wd, ht = box[2] - box[0] + 60, box[3] - box[1] + 40
    img = Image.new("RGB", (wd, ht), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    rng = random.Random(seed)
    x = 20.0
    for ch in name:
        dy = rng.uniform(-3, 3)
        draw.text((x, 18 - box[1] + dy), ch, font=font, fill=(18, 36, 118))
        x += font.getlength(ch) * rng.uniform(0.9, 0.98)
    shear = 0.28
    img = img.transform((wd + round(ht * shear), ht), Image.Transform.AFFINE, (1, shear, -ht * shear, 0, 1, 0),
                        resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    grey = img.convert("L")
    bbox = Image.eval(grey, lambda v: 255 - v).getbbox()
    return img.crop(bbox) if bbox else img


def signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """Strokes of a signature drawn with a finger or a mouse inside a w x h box (0,0 bottom-left), as polylines."""
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
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
    return strokes


def tick(c: Canvas, x: float, y: float, size: float) -> None:
    """A check mark drawn as a path inside the square (x, y, size) - a check tab as the services render it."""
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(max(1.0, size * 0.16))
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    p.moveTo(x + size * 0.18, y + size * 0.5)
    p.lineTo(x + size * 0.42, y + size * 0.2)
    p.lineTo(x + size * 0.85, y + size * 0.85)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def draw_strokes(c: Canvas, x: float, y: float, w: float, h: float, seed: int, width: float = 1.0) -> None:
    c.saveState()
    c.setStrokeColor(INK_BLUE)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    strokes = signature_path(seed, w, h)
    reach = max(px for stroke in strokes for px, _ in stroke)
    k = min(1.0, (w - 2) / reach)
    strokes = [[(px * k, py) for px, py in stroke] for stroke in strokes]
    for stroke in strokes:
        path = c.beginPath()
        path.moveTo(x + stroke[0][0], y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(x + px, y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def draw_signature(c: Canvas, s: Signer, x: float, y: float, w: float, h: float) -> None:
    """The signature itself inside (x, y, w, h): an adopted script image or drawn strokes."""
    if s.style == "drawn":
        draw_strokes(c, x, y, w, h, s.seed)
        return
    img = script_image(s.name, s.seed)
    ratio = img.size[0] / img.size[1]
    ih = h
    iw = ih * ratio
    if iw > w:
        iw, ih = w, w / ratio
    c.drawImage(ImageReader(img), x, y + (h - ih) / 2, width=iw, height=ih)


def sig_tag(c: Canvas, env: Envelope, s: Signer | None, x: float, y: float, w: float, h: float,
            pending_name: str = "") -> None:
    """The service's signature tag standing on a signature line at height y: a bracket (Quillstream) or a rounded
    frame (SealPoint) around 'Signed by:', the signature and a short hash; a dashed 'Awaiting signature' tag for a
    signer who has not signed; a 'Voided' tag in a voided envelope."""
    c.saveState()
    top = y + 1 + h
    signed = s is not None and s.signed_at is not None and env.voided_at is None
    if env.service == "Quillstream":
        c.setStrokeColor(QUILL if signed else Color(0.55, 0.55, 0.55))
        c.setLineWidth(1.1)
        if not signed:
            c.setDash(2, 2)
        c.line(x, y + 1, x, top)
        c.line(x, top, x + 16, top)
        c.line(x, y + 1, x + 16, y + 1)
        c.setDash()
        c.setFillColor(QUILL if signed else Color(0.45, 0.45, 0.45))
        c.setFont("Helvetica", 5.5)
        if signed:
            assert s is not None
            c.drawString(x + 4, top - 6, "Quillstream signed by:")
            draw_signature(c, s, x + 8, y + 7, w - 14, h - 14)
            c.setFont("Helvetica", 5)
            c.drawString(x + 4, y + 2.5, s.hash + "...")
        elif env.voided_at is not None:
            c.drawString(x + 4, top - 6, "Quillstream - envelope voided")
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(x + 10, y + h / 2 - 2, "Voided - not signed")
        else:
            c.drawString(x + 4, top - 6, f"Quillstream - pending: {pending_name}")
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(x + 10, y + h / 2 - 3, "Awaiting signature")
    else:
        col = SEAL if signed else Color(0.55, 0.55, 0.55)
        c.setStrokeColor(col)
        c.setLineWidth(0.8)
        if not signed:
            c.setDash(2.5, 2)
        c.roundRect(x, y + 1, w, h, 3, stroke=1, fill=0)
        c.setDash()
        c.setFillColor(col)
        c.rect(x + 6, top - 3.5, 38, 7, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 5)
        c.drawString(x + 8.5, top - 1.6, "SealPoint")
        c.setFillColor(col)
        if signed:
            assert s is not None
            draw_signature(c, s, x + 8, y + 7.5, w - 16, h - 11)
            c.setFont("Helvetica", 4.8)
            c.drawString(x + 5, y + 2.8, f"Signed by: {s.name}")
            c.drawRightString(x + w - 5, y + 2.8, s.hash[:10])
        elif env.voided_at is not None:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(x + 10, y + h / 2 - 2, "Envelope voided - not signed")
        else:
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(x + 10, y + h / 2 - 1, "Awaiting signature")
            c.setFont("Helvetica", 5)
            c.drawString(x + 5, y + 3, f"Pending: {pending_name}")
    c.restoreState()


def env_header(c: Canvas, env: Envelope, size: tuple[float, float] = letter) -> None:
    """The envelope ID the service prints across the top of every page of the envelope."""
    c.saveState()
    if env.service == "Quillstream":
        c.setFillGray(0.3)
        c.setFont("Helvetica", 7)
        c.drawString(24, size[1] - 11, f"Quillstream Envelope ID: {env.env_id}")
    else:
        c.setFillColor(SEAL)
        c.circle(size[0] - 24 - stringWidth(f"SealPoint envelope {env.env_id}", "Helvetica", 6.5) - 8,
                 size[1] - 9, 3.2, stroke=0, fill=1)
        c.setFont("Helvetica", 6.5)
        c.drawRightString(size[0] - 24, size[1] - 11, f"SealPoint envelope {env.env_id}")
    if env.voided_at is not None:
        c.setFillColor(Color(0.75, 0.08, 0.08))
        c.setFont("Helvetica-Bold", 7)
        c.drawString(24, size[1] - (11 if env.service == "SealPoint" else 21),
                     f"VOIDED {mdy(env.voided_at.date())} {clock(env.voided_at)} "
                     f"{tz_abbr(env.zone, env.voided_at.date())} - voided by the sender, cannot be signed")
    c.restoreState()


def void_watermark(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFillColor(Color(0.85, 0.15, 0.15, alpha=0.22))
    c.translate(size[0] / 2, size[1] / 2)
    c.rotate(38)
    c.setFont("Helvetica-Bold", 120)
    c.drawCentredString(0, -40, "VOIDED")
    c.restoreState()


def certificate_page(env: Envelope) -> PageFn:
    """The service's Certificate of Completion (or, for a voided envelope, its envelope history). Not a borrower
    document: it lists the envelope's recipients and events."""

    def page(c: Canvas) -> None:
        env_header(c, env)
        col = QUILL if env.service == "Quillstream" else SEAL
        c.setFillColor(col)
        c.setFont("Helvetica-Bold", 17)
        title = "Certificate Of Completion" if env.voided_at is None else "Envelope History - Voided"
        c.drawString(40, 740, title)
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 742, f"{env.service} electronic signature service")
        c.setStrokeColor(col)
        c.setLineWidth(1.2)
        c.line(40, 732, 572, 732)
        c.setFillColor(black)
        status = "Completed" if env.completed else ("Voided" if env.voided_at is not None else "Sent")
        left = [("Envelope Id:", env.env_id), ("Subject:", env.subject),
                ("Source Envelope:", ""), ("Document Pages:", str(env.doc_pages)),
                ("Signatures:", str(sum(1 for s in env.signers if s.signed_at is not None))),
                ("Envelope Originator:", env.sender), ("", env.sender_email)]
        right = [("Status:", status), ("Time Zone:", TZ[env.zone][2]),
                 ("Certificate Pages:", "1"), ("Signer count:", str(len(env.signers)))]
        y = 714
        for k, v in left:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, k)
            c.setFont("Helvetica", 8)
            for i, ln in enumerate(wrap(v, "Helvetica", 8, 230)):
                c.drawString(130, y - 10 * i, ln)
            y -= 11 * max(1, len(wrap(v, "Helvetica", 8, 230)))
        y2 = 714
        for k, v in right:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(380, y2, k)
            c.setFont("Helvetica", 8)
            for i, ln in enumerate(wrap(v, "Helvetica", 8, 120)):
                c.drawString(450, y2 - 10 * i, ln)
            y2 -= 11 * max(1, len(wrap(v, "Helvetica", 8, 120)))
        y = min(y, y2) - 14
        c.setFillGray(0.9)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, "Signer Events")
        c.drawString(250, y, "Signature")
        c.drawString(420, y, "Timestamp")
        y -= 20
        for s in env.signers:
            c.setFont("Helvetica", 8)
            c.drawString(44, y, s.name)
            c.drawString(44, y - 10, s.email)
            c.drawString(44, y - 20, f"{s.role}")
            c.drawString(44, y - 30, "Security Level: Email, Account Authentication (None)")
            if s.signed_at is not None and env.voided_at is None:
                c.rect(250, y - 22, 140, 28, stroke=1, fill=0)
                draw_signature(c, s, 256, y - 18, 128, 20)
                c.setFont("Helvetica", 7)
                c.drawString(250, y - 31, "Signature Adoption: " + ("Pre-selected Style" if s.style == "script"
                                                                   else "Drawn on Device"))
                c.drawString(250, y - 40, f"Using IP Address: {s.ip}")
            else:
                c.setFont("Helvetica-Oblique", 8)
                c.drawString(250, y, "Not signed" if env.voided_at is not None else "Awaiting signature")
            c.setFont("Helvetica", 7.5)
            rows = [("Sent:", s.sent_at), ("Viewed:", s.viewed_at)]
            if s.signed_at is not None:
                rows.append(("Signed:", s.signed_at))
            for i, (k, t) in enumerate(rows):
                c.drawString(420, y - 10 * i, k)
                c.drawString(455, y - 10 * i, event_time(t))
            y -= 56
        c.setFillGray(0.9)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, "Carbon Copy Events")
        c.drawString(250, y, "Status")
        c.drawString(420, y, "Timestamp")
        y -= 18
        c.setFont("Helvetica", 8)
        first_sent = min(s.sent_at for s in env.signers)
        for name, email in env.cc:
            c.drawString(44, y, name)
            c.drawString(44, y - 10, email)
            c.drawString(250, y, "COPIED")
            c.drawString(420, y, "Sent:")
            c.drawString(455, y, event_time(first_sent))
            y -= 26
        y -= 6
        c.setFillGray(0.9)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, "Envelope Summary Events")
        c.drawString(250, y, "Status")
        c.drawString(420, y, "Timestamps")
        y -= 18
        c.setFont("Helvetica", 8)
        events = [("Envelope Sent", "Hashed/Encrypted", first_sent)]
        signed = [s.signed_at for s in env.signers if s.signed_at is not None]
        if env.voided_at is not None:
            events.append(("Envelope Voided", "Voided", env.voided_at))
        elif signed:
            last = max(signed)
            events.append(("Certified Delivered", "Security Checked", max(s.viewed_at for s in env.signers)))
            if env.completed:
                events += [("Signing Complete", "Security Checked", last), ("Completed", "Security Checked", last)]
        for k, st, t in events:
            c.drawString(44, y, k)
            c.drawString(250, y, st)
            c.drawString(420, y, event_time(t))
            y -= 12
        if env.voided_at is not None:
            y -= 8
            c.setFont("Helvetica-Bold", 8)
            c.drawString(44, y, "Void reason:")
            c.setFont("Helvetica", 8)
            c.drawString(110, y, env.void_reason)
            y -= 12
        y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, "Electronic Record and Signature Disclosure")
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 44, y - 12, 520, [
            "Each signer accepted the service's Electronic Record and Signature Disclosure before signing and agreed "
            "to use electronic records and signatures in place of paper. The disclosure text and the acceptance are "
            "kept with the envelope's audit trail."], font="Helvetica", size=7.5, leading=9.5)

    return page


# --- pay statements downloaded from payroll portals -----------------------------------------------------------------


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

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out["State income tax"] = r2(gross * self.state)
        return out


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


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


def biweekly_dates(first: dt.date, current: dt.date) -> list[dt.date]:
    out = []
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=14)
    assert out[-1] == current, "a bi-weekly pay date must fall on the cycle"
    return out


def weekly_dates(first: dt.date, current: dt.date) -> list[dt.date]:
    out = []
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=7)
    assert out[-1] == current, "a weekly pay date must fall on the cycle"
    return out


def semimonthly_dates(current: dt.date) -> list[dt.date]:
    """Pay on the 20th for the 1st-15th and on the 5th for the 16th-end of the month before."""
    out = []
    for m in range(1, 13):
        for day in (5, 20):
            d = dt.date(current.year, m, day)
            if d <= current:
                out.append(d)
    assert out[-1] == current and current.day in (5, 20)
    return out


def semimonthly_period(pay: dt.date) -> tuple[dt.date, dt.date]:
    if pay.day == 20:
        return pay.replace(day=1), pay.replace(day=15)
    last = pay.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=16), last


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

    @property
    def net(self) -> float:
        return float(self.fields["net_current"])


def browser_chrome(c: Canvas, printed: dt.datetime, title: str, url: str, page: int, pages: int) -> None:
    """What a browser prints around a web page: date, time and title at the top; address and page count below."""
    c.saveState()
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    c.drawString(28, 778, f"{printed.month}/{printed.day}/{printed.strftime('%y')}, {clock(printed)}")
    c.drawCentredString(W / 2, 778, title)
    if stringWidth(url, "Helvetica", 7.5) > 470:
        while stringWidth(url + "...", "Helvetica", 7.5) > 470:
            url = url[:-1]
        url += "..."
    c.drawString(28, 22, url)
    c.drawRightString(W - 28, 22, f"{page}/{pages}")
    c.restoreState()


def paytrellis_stub(employer: str, emp_addr: str, employee: str, emp_id: str, dept: str, first_pay: dt.date,
                    pay_date: dt.date, rate: float, hours: float, wh: Withholding, printed: dt.datetime,
                    deposit_acct: str, seed: int, ot_now: float = 0.0) -> Stub:
    """PayTrellis employee self-service: the pay statement web page printed from the browser (bi-weekly)."""
    checks = []
    for d in biweekly_dates(first_pay, pay_date):
        rr = random.Random(f"{emp_id}{d}{seed}")
        reg = hours if d == pay_date else rr.choice([hours, hours, hours - 4, hours - 8])
        ot = ot_now if d == pay_date else rr.choice([0.0, 0.0, 2.5, 4.0, 6.0])
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    green = Color(0.09, 0.36, 0.27)
    url = f"https://my.paytrellis.com/pay/statements/{pay_date.isoformat()}?view=print"

    def page(c: Canvas) -> None:
        browser_chrome(c, printed, "Pay statement | PayTrellis", url, 1, 1)
        c.setFillColor(green)
        c.rect(36, 732, W - 72, 32, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(48, 743, "PayTrellis")
        c.setFont("Helvetica", 8.5)
        for i, item in enumerate(("Home", "Pay", "Taxes", "Benefits", "Time off")):
            c.drawString(160 + i * 52, 745, item)
        c.drawRightString(W - 48, 745, f"Signed in as {employee.split()[0]}")
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 716, f"Pay  >  Pay statements  >  {short_month(pay_date)}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, 692, "Pay statement")
        c.setFont("Helvetica", 9.5)
        c.drawString(40, 676, f"Check date  {short_month(pay_date)}")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawRightString(W - 40, 692, employer)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 40, 681, emp_addr)
        c.setStrokeColor(Color(0.8, 0.8, 0.8))
        c.setLineWidth(0.7)
        c.roundRect(40, 602, W - 80, 62, 6, stroke=1, fill=0)
        info = [("Employee", employee), ("Employee ID", emp_id), ("Department", dept),
                ("Pay period", f"{short_month(start)} - {short_month(end)}"), ("Pay frequency", "Biweekly"),
                ("Check date", short_month(pay_date))]
        for i, (k, v) in enumerate(info):
            x = 52 + (i % 3) * 172
            y = 648 - (i // 3) * 26
            c.setFont("Helvetica", 7)
            c.setFillColor(Color(0.4, 0.4, 0.4))
            c.drawString(x, y, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y - 11, v)
        tiles = [("Gross pay", ch.gross), ("Taxes", sum(taxes.values())),
                 ("Deductions", sum(v for _, v in wh.deductions)), ("Net pay", net)]
        for i, (k, v) in enumerate(tiles):
            x = 40 + i * 134
            c.setFillColor(Color(0.93, 0.97, 0.95) if k != "Net pay" else Color(0.85, 0.94, 0.89))
            c.roundRect(x, 540, 126, 50, 5, stroke=0, fill=1)
            c.setFillColor(Color(0.3, 0.3, 0.3))
            c.setFont("Helvetica", 8)
            c.drawString(x + 10, 576, k + " (this check)")
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(x + 10, 552, "$" + money(r2(v)))
        c.setFont("Helvetica", 8)
        c.drawString(40, 524, f"Year to date:  Gross ${money(ytd['GROSS'])}   Taxes "
                              f"${money(r2(sum(ytd[k] for k in taxes)))}   Deductions "
                              f"${money(r2(sum(ytd[k] for k, _ in wh.deductions)))}   Net ${money(ytd['NET'])}")
        y = 500

        def table(title: str, heads: Sequence[tuple[float, str]], rows: Sequence[Sequence[str]],
                  total: Sequence[str] | None) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold", 10)
            c.drawString(40, y, title)
            y -= 15
            c.setFont("Helvetica", 7.5)
            c.setFillColor(Color(0.4, 0.4, 0.4))
            for x, t in heads:
                (c.drawString if x < 200 else c.drawRightString)(x, y, t)
            c.setFillColor(black)
            c.line(40, y - 4, W - 40, y - 4)
            y -= 15
            c.setFont("Helvetica", 8.5)
            for row in rows:
                for (x, _), v in zip(heads, row, strict=True):
                    (c.drawString if x < 200 else c.drawRightString)(x, y, v)
                y -= 13
            if total:
                c.setFont("Helvetica-Bold", 8.5)
                for (x, _), v in zip(heads, total, strict=True):
                    (c.drawString if x < 200 else c.drawRightString)(x, y, v)
                y -= 13
            y -= 12

        earn = [[k, f"{rt:.2f}", f"{hrs:.2f}", money(amt), money(ytd[k])] for k, (hrs, rt, amt) in ch.lines.items()]
        earn += [[k, "", "", "0.00", money(ytd[k])] for k in ytd if k == "Overtime" and k not in ch.lines]
        table("Earnings", [(40, "Description"), (330, "Rate"), (400, "Hours"), (480, "This period"),
                           (572, "Year to date")], earn, ["Gross pay", "", "", money(ch.gross), money(ytd["GROSS"])])
        table("Taxes", [(40, "Description"), (480, "This period"), (572, "Year to date")],
              [[k, money(v), money(ytd[k])] for k, v in taxes.items()], None)
        table("Deductions", [(40, "Description"), (480, "This period"), (572, "Year to date")],
              [[k, money(v), money(ytd[k])] for k, v in wh.deductions], None)
        c.setFillColor(Color(0.85, 0.94, 0.89))
        c.rect(40, y - 6, W - 80, 20, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y, "Net pay")
        c.drawRightString(480, y, money(net))
        c.drawRightString(572, y, money(ytd["NET"]))
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 26, f"Direct deposit to checking account ending {deposit_acct}: ${money(net)}")
        c.drawString(40, y - 38, "This pay statement is for your records. Questions? Contact your payroll "
                                 "administrator.")

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def worknest_stub(employer: str, emp_addr: Sequence[str], employee: str, emp_id: str, ssn_last4: str,
                  pay_date: dt.date, salary: float, wh: Withholding, downloaded: dt.datetime, user: str,
                  seed: int, extra: str = "") -> Stub:
    """WorkNest Payroll: the earnings statement PDF an employee downloads (semi-monthly salary)."""
    checks = []
    for d in semimonthly_dates(pay_date):
        lines = {"Salary": (0.0, 0.0, r2(salary))}
        if extra:
            rr = random.Random(f"{emp_id}{d}{seed}")
            amt = rr.choice([0.0, 0.0, 85.0, 120.0, 170.0])
            if amt or d == pay_date:
                lines[extra] = (0.0, 0.0, amt if d != pay_date else 120.0)
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = semimonthly_period(pay_date)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    band = Color(0.93, 0.93, 0.95)
    accent = Color(0.36, 0.2, 0.55)

    def page(c: Canvas) -> None:
        c.setFillColor(band)
        c.rect(36, 700, W - 72, 64, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, 744, employer)
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(emp_addr):
            c.drawString(48, 732 - 10 * i, ln)
        c.setFillColor(accent)
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(W - 48, 742, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 48, 729, "Prepared by WorkNest Payroll")
        c.setFillColor(black)
        rows = [("Employee", employee), ("Employee ID", emp_id), ("SSN", f"XXX-XX-{ssn_last4}"),
                ("Pay frequency", "Semi-Monthly"), ("Period beginning", mdy(start)), ("Period ending", mdy(end)),
                ("Pay date", mdy(pay_date)), ("Check / advice no.", f"DD-{pay_date.strftime('%m%d')}-{emp_id[-2:]}")]
        c.setLineWidth(0.6)
        c.rect(36, 610, W - 72, 80, stroke=1, fill=0)
        for i, (k, v) in enumerate(rows):
            x = 48 + (i // 4) * 270
            y = 676 - (i % 4) * 18
            c.setFont("Helvetica", 8)
            c.drawString(x, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 100, y, v)
        # earnings (left) and deductions (right)
        c.setFillColor(accent)
        c.rect(36, 584, 262, 16, stroke=0, fill=1)
        c.rect(314, 584, 262, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(42, 589, "EARNINGS")
        c.drawRightString(226, 589, "THIS PERIOD")
        c.drawRightString(292, 589, "YEAR TO DATE")
        c.drawString(320, 589, "DEDUCTIONS")
        c.drawRightString(506, 589, "THIS PERIOD")
        c.drawRightString(570, 589, "YEAR TO DATE")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        y = 570
        for k in [k for k in ytd if k in {"Salary", extra}]:
            c.drawString(42, y, k)
            c.drawRightString(226, y, money(ch.lines.get(k, (0, 0, 0.0))[2]))
            c.drawRightString(292, y, money(ytd[k]))
            y -= 13
        y2 = 570
        for k, v in list(taxes.items()) + list(wh.deductions):
            c.drawString(320, y2, k)
            c.drawRightString(506, y2, money(v))
            c.drawRightString(570, y2, money(ytd[k]))
            y2 -= 13
        y = min(y, y2) - 14
        c.setFillColor(band)
        c.rect(36, y - 40, W - 72, 44, stroke=0, fill=1)
        c.setFillColor(black)
        heads = [("GROSS PAY", ch.gross, ytd["GROSS"]),
                 ("TOTAL DEDUCTIONS", r2(sum(taxes.values()) + sum(v for _, v in wh.deductions)),
                  r2(ytd["GROSS"] - ytd["NET"])), ("NET PAY", net, ytd["NET"])]
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 18, "This period")
        c.drawString(48, y - 32, "Year to date")
        for i, (k, cur, yt) in enumerate(heads):
            x = 250 + i * 110
            c.setFont("Helvetica-Bold", 7.5)
            c.drawRightString(x, y - 6, k)
            c.setFont("Helvetica-Bold" if k == "NET PAY" else "Helvetica", 9)
            c.drawRightString(x, y - 18, money(cur))
            c.drawRightString(x, y - 32, money(yt))
        c.setFont("Helvetica", 7.5)
        c.drawString(36, y - 60, f"Net pay of ${money(net)} was deposited by direct deposit. This is not a check.")
        c.setFillColor(Color(0.45, 0.45, 0.45))
        c.setFont("Helvetica", 6.5)
        c.drawString(36, 40, f"Downloaded from WorkNest Employee Self-Service on {mdy(downloaded.date())} "
                             f"{clock(downloaded)} by user {user}. Document {hex_id(emp_id + str(pay_date), 10)}.")

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


def clockbay_stub(agency: str, employee: str, worker_id: str, assignment: str, first_pay: dt.date,
                  pay_date: dt.date, rate: float, hours: float, wh: Withholding, printed: dt.datetime,
                  seed: int) -> Stub:
    """ClockBay, a staffing agency's worker app: the paycheck screen printed from a phone-width web page."""
    checks = []
    for d in weekly_dates(first_pay, pay_date):
        rr = random.Random(f"{worker_id}{d}{seed}")
        reg = hours if d == pay_date else rr.choice([hours, hours - 4, hours - 8, hours])
        ot = 0.0 if d == pay_date else rr.choice([0.0, 0.0, 3.0, 5.5])
        lines = {"Regular hours": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Overtime hours"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    orange = Color(0.86, 0.42, 0.12)
    x0, x1 = 170.0, 442.0
    url = f"https://app.clockbay.com/w/{worker_id.lower()}/paychecks/{pay_date.isoformat()}"

    def page(c: Canvas) -> None:
        browser_chrome(c, printed, "Paycheck details - ClockBay", url, 1, 1)
        c.setStrokeColor(Color(0.85, 0.85, 0.85))
        c.setLineWidth(0.6)
        c.rect(x0, 70, x1 - x0, 690, stroke=1, fill=0)
        c.setFillColor(orange)
        c.rect(x0, 724, x1 - x0, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0 + 12, 737, "ClockBay")
        c.setFont("Helvetica", 8)
        c.drawRightString(x1 - 12, 738, "Paychecks")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(x0 + 12, 706, "< All paychecks")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0 + 12, 686, f"Paycheck - {short_month(pay_date)}")
        c.setFillColor(Color(0.98, 0.93, 0.88))
        c.roundRect(x0 + 12, 616, x1 - x0 - 24, 60, 8, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(x0 + 22, 662, "Net pay")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0 + 22, 638, "$" + money(net))
        c.setFont("Helvetica", 8)
        c.drawRightString(x1 - 22, 662, "Gross pay")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(x1 - 22, 640, "$" + money(ch.gross))
        y = 596
        info = [("Employer", agency), ("Worker", employee), ("Worker ID", worker_id), ("Assignment", assignment),
                ("Work week", f"{short_month(start)} - {short_month(end)}"), ("Paid", "Weekly"),
                ("Pay date", short_month(pay_date))]
        for k, v in info:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(Color(0.4, 0.4, 0.4))
            c.drawString(x0 + 14, y, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(x1 - 14, y, v)
            c.setStrokeColor(Color(0.9, 0.9, 0.9))
            c.line(x0 + 12, y - 5, x1 - 12, y - 5)
            y -= 17
        y -= 8

        def block(title: str, rows: Sequence[tuple[str, str, str]]) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(orange)
            c.drawString(x0 + 14, y, title)
            c.setFillColor(Color(0.4, 0.4, 0.4))
            c.setFont("Helvetica", 6.5)
            c.drawRightString(x1 - 80, y, "THIS CHECK")
            c.drawRightString(x1 - 14, y, "YEAR TO DATE")
            c.setFillColor(black)
            y -= 14
            for a, b, d in rows:
                c.setFont("Helvetica", 7.5)
                c.drawString(x0 + 14, y, a)
                c.drawRightString(x1 - 80, y, b)
                c.drawRightString(x1 - 14, y, d)
                y -= 12
            y -= 10

        earn = [(f"{k} {hrs:.2f} x {rt:.2f}", money(amt), money(ytd[k])) for k, (hrs, rt, amt) in ch.lines.items()]
        earn += [(k, "0.00", money(ytd[k])) for k in ytd if k == "Overtime hours" and k not in ch.lines]
        earn.append(("Gross pay", money(ch.gross), money(ytd["GROSS"])))
        block("Earnings", earn)
        block("Taxes withheld", [(k, money(v), money(ytd[k])) for k, v in taxes.items()])
        if wh.deductions:
            block("Deductions", [(k, money(v), money(ytd[k])) for k, v in wh.deductions])
        block("Net pay", [("Deposited to your ClockBay card", money(net), money(ytd["NET"]))])

    return Stub(Paper([page]), stub_fields(agency, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


# --- bank statements downloaded as PDFs ----------------------------------------------------------------------------


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


def cycle_bounds(year: int, month: int, day: int) -> tuple[dt.date, dt.date]:
    """A cycle that opens on `day` of the month and closes the day before it next month."""
    start = dt.date(year, month, day)
    nxt = dt.date(year + (month == 12), month % 12 + 1, day)
    return start, nxt - dt.timedelta(days=1)


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[dt.date, str, float]],
                 debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The period's lines: the given credits and the debits (description, low, high) on seeded days."""
    out = [(d, desc, amt) for d, desc, amt in credits]
    for d, _, _ in credits:
        assert start <= d <= end, (d, start, end)
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def larkspur_statement(rng: random.Random, holder: Sequence[str], address: Sequence[str], acct: str,
                       year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                       debits: Sequence[tuple[str, float, float]], kind: str = "Business Checking") -> Statement:
    """Larkspur Bank: the calendar-month eStatement PDF delivered to online banking (one page)."""
    bank = "Larkspur Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, [(dt.date(year, month, d), s, a) for d, s, a in credits], debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [a for _, _, a in lines if a > 0]
    wd = [a for _, _, a in lines if a < 0]
    delivered = end + dt.timedelta(days=2)
    leaf = Color(0.33, 0.5, 0.2)

    def page(c: Canvas) -> None:
        c.setFillColor(leaf)
        p = c.beginPath()
        p.moveTo(48, 740)
        p.curveTo(52, 760, 70, 764, 74, 764)
        p.curveTo(72, 748, 62, 738, 48, 740)
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(80, 745, "LARKSPUR BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(80, 734, "Member FDIC  |  larkspurbank.example  |  1-800-555-0142")
        c.setFillColor(leaf)
        c.roundRect(W - 130, 748, 82, 16, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(W - 89, 753, "eStatement")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 48, 732, f"{kind} Statement")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 48, 720, f"Account number ending in {acct[-4:]}")
        c.drawRightString(W - 48, 708, f"Statement period: {long_date(start)} - {long_date(end)}")
        c.setFillColor(Color(0.94, 0.96, 0.91))
        c.rect(48, 676, W - 96, 20, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(56, 683, f"You chose paperless statements. This eStatement was delivered to your Online Banking "
                              f"inbox on {long_date(delivered)}.")
        c.setFont("Helvetica", 9)
        y = 656
        for ln in [*holder, *address]:
            c.drawString(56, y, ln)
            y -= 11.5
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, 596, "Account summary")
        rows = [(f"Beginning balance on {long_date(start)}", begin),
                (f"Deposits and other credits ({len(dep)})", r2(sum(dep))),
                (f"Withdrawals and other debits ({len(wd)})", r2(sum(wd))),
                (f"Ending balance on {long_date(end)}", ending)]
        y = 580
        c.setLineWidth(0.4)
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i in (0, 3) else "Helvetica", 8.5)
            c.drawString(56, y, k)
            c.drawRightString(330, y, ("-$" if v < 0 else "$") + money(abs(v)))
            c.line(56, y - 4, 330, y - 4)
            y -= 15
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, y - 14, "Transactions")
        y -= 32
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(56, y, "Date")
        c.drawString(110, y, "Description")
        c.drawRightString(470, y, "Amount")
        c.drawRightString(W - 56, y, "Balance")
        c.line(48, y - 4, W - 48, y - 4)
        y -= 15
        bal = begin
        c.setFont("Helvetica", 8)
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(56, y, mdy(d)[:5])
            c.drawString(110, y, desc)
            c.drawRightString(470, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(W - 56, y, money(bal))
            y -= 12.5
        assert y > 70, "statement overflows its page"
        c.setFont("Helvetica", 7)
        c.drawString(48, 42, "Questions about an electronic transfer? Call us within 60 days of this statement.")
        c.drawRightString(W - 48, 42, "Page 1 of 1")

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def copperline_statement(rng: random.Random, holder: Sequence[str], address: Sequence[str], member: str,
                         acct: str, year: int, month: int, begin: float,
                         credits: Sequence[tuple[dt.date, str, float]], debits: Sequence[tuple[str, float, float]],
                         downloaded: dt.date) -> Statement:
    """Copperline Federal Credit Union: a member eStatement whose cycle runs from the 15th to the 14th."""
    bank = "Copperline Federal Credit Union"
    start, end = cycle_bounds(year, month, 15)
    lines = transactions(rng, start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    copper = Color(0.65, 0.35, 0.16)

    def page(c: Canvas) -> None:
        c.setFillColor(copper)
        c.rect(0, 742, W, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 17)
        c.drawString(40, 762, "COPPERLINE")
        c.setFont("Times-Roman", 10)
        c.drawString(40, 749, "FEDERAL CREDIT UNION")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 40, 764, "Member eStatement")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 40, 751, "Federally insured by NCUA")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        y = 718
        for ln in [*holder, *address]:
            c.drawString(44, y, ln)
            y -= 11.5
        facts = [("Statement period", f"{mdy(start)} to {mdy(end)}"), ("Member number", f"*****{member[-3:]}"),
                 ("Account", f"Everyday Checking ****{acct[-4:]}")]
        y = 718
        for k, v in facts:
            c.setFont("Helvetica", 8)
            c.drawString(350, y, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(W - 44, y, v)
            y -= 13
        deps = r2(sum(a for _, _, a in lines if a > 0))
        wds = r2(-sum(a for _, _, a in lines if a < 0))
        heads = [("Beginning balance", begin), ("+ Deposits", deps), ("- Withdrawals", wds),
                 ("Ending balance", ending)]
        for i, (k, v) in enumerate(heads):
            x = 44 + i * 132
            c.setStrokeColor(copper)
            c.setLineWidth(0.8)
            c.line(x, 612, x + 120, 612)
            c.setFont("Helvetica", 7.5)
            c.drawString(x, 616, k)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x, 596, "$" + money(v))
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, 566, f"EVERYDAY CHECKING  ****{acct[-4:]}")
        y = 548
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((44, "POSTED"), (100, "DESCRIPTION")):
            c.drawString(x, y, t)
        for x, t in ((400, "WITHDRAWALS"), (475, "DEPOSITS"), (W - 44, "BALANCE")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.4)
        c.line(44, y - 4, W - 44, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        c.drawString(44, y, mdy(start)[:5])
        c.drawString(100, y, "BALANCE FORWARD")
        c.drawRightString(W - 44, y, money(begin))
        y -= 12.5
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(44, y, mdy(d)[:5])
            c.drawString(100, y, desc)
            c.drawRightString(400 if a < 0 else 475, y, money(abs(a)))
            c.drawRightString(W - 44, y, money(bal))
            y -= 12.5
        assert y > 70, "statement overflows its page"
        c.setFont("Helvetica", 6.5)
        c.setFillColor(Color(0.4, 0.4, 0.4))
        c.drawString(44, 40, f"Downloaded from Copperline Online Banking on {mdy(downloaded)}.")
        c.drawRightString(W - 44, 40, "Page 1 of 1")

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and other papers ----------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type in ("divorce_decree", "other"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


@dataclass(frozen=True)
class Portal:
    servicer: str
    name: str  # the servicer's web portal
    host: str
    color: Color


def web_hardship(portal: Portal, loan: str, borrower: str, co: str | None, address: str, submitted: dt.datetime,
                 paras: Sequence[str], typed_name: str) -> Letter:
    """A hardship statement typed into the servicer's web form, submitted and printed from the browser."""
    conf = "HS-" + submitted.strftime("%y") + "-" + hex_id(f"conf/{loan}", 6)
    printed = submitted + dt.timedelta(minutes=3)
    url = f"https://{portal.host}/assistance/hardship-statement/confirmation?ref={conf}"

    def page(c: Canvas) -> None:
        browser_chrome(c, printed, f"Hardship statement - {portal.name}", url, 1, 1)
        c.setFillColor(portal.color)
        c.rect(36, 728, W - 72, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(48, 748, portal.servicer)
        c.setFont("Helvetica", 8.5)
        c.drawString(48, 736, portal.name)
        c.drawRightString(W - 48, 742, "My loan   Documents   Messages   Sign out")
        c.setFillColor(Color(0.87, 0.95, 0.88))
        c.roundRect(36, 684, W - 72, 32, 4, stroke=0, fill=1)
        c.setFillColor(Color(0.1, 0.4, 0.15))
        tick(c, 44, 694, 11)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(62, 702, "Thank you. Your hardship statement was submitted.")
        c.setFont("Helvetica", 8)
        c.drawString(62, 690, f"Submitted {long_date(submitted.date())} at {clock(submitted)}. Confirmation number "
                              f"{conf}. Keep this page for your records.")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(36, 656, "Hardship statement")
        c.setFont("Helvetica", 8.5)
        c.drawString(36, 642, "Tell us in your own words what happened and how it affects your ability to pay.")
        y = 620

        def field_box(label: str, value: str, x: float, w: float) -> None:
            c.setFont("Helvetica-Bold", 8)
            c.setFillColor(Color(0.25, 0.25, 0.25))
            c.drawString(x, y, label)
            c.setFillColor(black)
            c.setStrokeColor(Color(0.7, 0.7, 0.7))
            c.setLineWidth(0.7)
            c.roundRect(x, y - 22, w, 17, 3, stroke=1, fill=0)
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 6, y - 17, value)

        field_box("Loan number", loan, 36, 170)
        field_box("Date", mdy(submitted.date()), 226, 110)
        y -= 36
        field_box("Borrower name", borrower, 36, 260)
        field_box("Co-borrower name (if any)", co or "", 310, 266)
        y -= 36
        field_box("Property address", address, 36, 540)
        y -= 36
        c.setFont("Helvetica-Bold", 8)
        c.drawString(36, y, "What happened?")
        lines: list[str] = []
        for para in paras:
            lines += [*wrap(para, "Helvetica", 9.5, 520), ""]
        lines = lines[:-1]
        box_h = 14 + 12.5 * len(lines)
        c.setStrokeColor(Color(0.7, 0.7, 0.7))
        c.roundRect(36, y - 6 - box_h, 540, box_h, 3, stroke=1, fill=0)
        c.setFont("Helvetica", 9.5)
        ty = y - 18
        for ln in lines:
            c.drawString(44, ty, ln)
            ty -= 12.5
        c.setFont("Helvetica", 7)
        c.setFillColor(Color(0.45, 0.45, 0.45))
        used = sum(len(p) for p in paras)
        c.drawRightString(576, y - 16 - box_h, f"{used} of 4000 characters")
        c.setFillColor(black)
        y = y - box_h - 40
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        c.rect(36, y - 2, 10, 10, stroke=1, fill=0)
        tick(c, 36, y - 2, 10)
        c.setFont("Helvetica", 8.5)
        c.drawString(54, y, "I certify that the information in this statement is true and complete.")
        y -= 30
        field_box("Type your full name as your electronic signature", typed_name, 36, 300)
        c.setFillColor(portal.color)
        c.roundRect(36, y - 62, 90, 22, 4, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(81, y - 55, "Submitted")

    return Letter(Paper([page]), "hardship_letter", submitted.date())


def pension_portal_letter(fund: str, fund_addr: str, member: str, address: Sequence[str], generated: dt.datetime,
                          monthly: float, kind: str, since: dt.date, color: Color) -> Letter:
    """A retirement fund's benefit verification letter generated from its member portal (taxable)."""

    def page(c: Canvas) -> None:
        c.setFillColor(color)
        c.rect(72, 724, 6, 40, stroke=0, fill=1)
        c.setFont("Times-Bold", 15)
        c.drawString(86, 750, fund)
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(86, 737, fund_addr)
        c.drawString(86, 727, "Member Self-Service  -  Benefit Verification")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(generated.date()))
        y = 662
        for ln in [member, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Benefit verification letter")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, [
            f"You asked us for a letter that verifies your benefit. Our records show that {member} receives a "
            f"{kind} from the {fund}. The benefit is paid monthly by direct deposit on the first business day of "
            "each month. It is reported on Form 1099-R and is subject to federal income tax.",
            "The amounts below are current as of the date of this letter. Benefits change only with the annual "
            "cost-of-living adjustment each January."])
        for k, v in (("Benefit type", kind[0].upper() + kind[1:]), ("Benefit start date", long_date(since)),
                     ("Gross monthly benefit", "$" + money(monthly)), ("Payment frequency", "Monthly"),
                     ("Federal tax withheld", "Yes")):
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        y -= 14
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, "Member Services")
        c.drawString(72, y - 14, fund)
        c.setFont("Helvetica", 7)
        c.setFillColor(Color(0.4, 0.4, 0.4))
        c.drawString(72, 60, f"This letter was generated online on {mdy(generated.date())} at {clock(generated)} "
                             "and needs no signature. Verification code "
                             f"{hex_id(member + str(generated), 8)}.")

    return Letter(Paper([page]), "benefit_award_letter", generated.date(), monthly, "benefits_taxable")


def divorce_judgment(county: str, petitioner: str, respondent: str, case_no: str, filed: dt.datetime,
                     judge: str, married: dt.date, property_addr: str) -> Letter:
    """An Oregon circuit court's general judgment of dissolution, e-filed and signed by the judge electronically."""
    title = "GENERAL JUDGMENT OF DISSOLUTION OF MARRIAGE"

    def stamp_box(c: Canvas) -> None:
        c.setLineWidth(0.8)
        c.rect(400, 724, 172, 44, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(406, 758, "ELECTRONICALLY FILED")
        c.setFont("Helvetica", 7.5)
        c.drawString(406, 747, f"{mdy(filed.date())} {clock(filed)}")
        c.drawString(406, 736, f"{county} County Circuit Court")
        c.drawString(406, 727, f"Case No. {case_no}")

    def foot(c: Canvas, n: int) -> None:
        c.setLineWidth(0.6)
        c.line(72, 62, W - 72, 62)
        c.setFont("Times-Roman", 9)
        c.drawString(72, 50, f"Page {n} of 2 - {title}")

    def page1(c: Canvas) -> None:
        stamp_box(c)
        c.setFont("Times-Bold", 11.5)
        c.drawCentredString(W / 2, 700, "IN THE CIRCUIT COURT OF THE STATE OF OREGON")
        c.drawCentredString(W / 2, 685, f"FOR THE COUNTY OF {county.upper()}")
        c.setFont("Times-Roman", 11)
        y = 655
        for ln in ("In the Matter of the Marriage of:", "", f"{petitioner.upper()},", "Petitioner,", "",
                   "and", "", f"{respondent.upper()},", "Respondent."):
            c.drawString(90 if ln not in ("Petitioner,", "Respondent.") else 150, y, ln)
            y -= 13
        c.line(300, 660, 300, y + 8)
        c.drawString(320, 640, f"Case No. {case_no}")
        c.setFont("Times-Bold", 11)
        for i, ln in enumerate(wrap(title, "Times-Bold", 11, 220)):
            c.drawString(320, 616 - 14 * i, ln)
        y -= 16
        y = paragraphs(c, 72, y, W - 144, [
            f"This matter came before the court on the petition for dissolution of marriage. The parties were married "
            f"on {long_date(married)}. The court finds that irreconcilable differences have caused the irremediable "
            "breakdown of the marriage and that the parties have signed a stipulated property settlement.",
            "IT IS ADJUDGED that:",
            f"1. The marriage of {petitioner} and {respondent} is dissolved. This is a final, general judgment; "
            "each party is restored to the status of a single person.",
            f"2. The real property commonly known as {property_addr} is awarded to Petitioner as her sole and "
            "separate property, subject to the mortgage lien, which Petitioner shall pay and hold Respondent "
            "harmless from. Respondent shall sign a quitclaim deed to Petitioner within 30 days."],
            size=11, leading=14.5)
        foot(c, 1)

    def page2(c: Canvas) -> None:
        c.setFont("Times-Roman", 9)
        c.drawString(72, 745, f"Case No. {case_no}")
        y = paragraphs(c, 72, 712, W - 144, [
            "3. Each party is awarded the vehicles, accounts and household goods in that party's possession, and "
            "shall pay the debts in that party's name. Neither party is awarded spousal support.",
            "4. There are no minor children of the marriage.",
            "5. Each party shall pay that party's own attorney fees and costs."], size=11, leading=14.5)
        y -= 30
        c.setFont("Times-Roman", 11)
        c.drawString(300, y, "Signed: " + f"{mdy(filed.date())} {clock(filed - dt.timedelta(minutes=22))}")
        y -= 30
        c.setFont("Times-Italic", 12)
        c.drawString(300, y, f"/s/ {judge}")
        c.setLineWidth(0.5)
        c.line(300, y - 4, 540, y - 4)
        c.setFont("Times-Roman", 10)
        c.drawString(300, y - 16, f"Circuit Court Judge {judge}")
        c.setFont("Times-Italic", 8.5)
        c.drawString(72, y - 60, "Signed electronically under the court's e-filing rules; no handwritten signature is "
                                 "required.")
        foot(c, 2)

    return Letter(Paper([page1, page2]), "divorce_decree", filed.date())


def offer_letter(env: Envelope, company: str, company_addr: str, employee: str, emp_addr: Sequence[str],
                 date: dt.date, old_place: str, new_place: str, effective: dt.date, allowance: float,
                 position: str) -> Letter:
    """An employer's transfer letter sent through an e-signature envelope and signed by both sides."""
    hr, emp = env.signers

    def page(c: Canvas) -> None:
        env_header(c, env)
        c.setFont("Helvetica-Bold", 16)
        c.setFillColor(Color(0.15, 0.3, 0.5))
        c.drawString(72, 738, company)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(72, 726, company_addr)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 696, long_date(date))
        y = 672
        for ln in [employee, *emp_addr]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Offer of transfer to {new_place}")
        y -= 22
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear {employee.split()[0]}:",
            f"As we discussed, {company} is consolidating its {old_place} operations. We are pleased to offer you a "
            f"transfer to the position of {position} at our {new_place} location, effective {long_date(effective)}. "
            "Your pay, seniority and benefits continue unchanged.",
            f"To help with the move, the company will pay a one-time relocation allowance of ${money(allowance)}, "
            "paid with your first paycheck at the new location. No other relocation assistance is provided.",
            "Please sign below to accept this transfer. If you decline, your position ends when the "
            f"{old_place} operations close."], size=11, leading=14)
        y -= 6
        for i, (s, cap) in enumerate(((hr, f"For {company}"), (emp, "Accepted by the employee"))):
            x = 72 + i * 250
            c.setFont("Times-Roman", 9.5)
            c.drawString(x, y, cap)
            sig_tag(c, env, s, x, y - 46, 200, 34)
            c.setLineWidth(0.5)
            c.line(x, y - 46, x + 210, y - 46)
            c.setFont("Times-Roman", 9.5)
            c.drawString(x, y - 58, f"{s.name}, {s.role}")
            c.setFont("Helvetica", 7)
            c.drawString(x, y - 69, env.stamp(s))

    return Letter(Paper([page]), "employer_relocation_letter", date)


def utility_ebill(company: str, holder: str, service_addr: Sequence[str], account: str, bill_date: dt.date,
                  prev: float, charges: float, kwh: int) -> Letter:
    """A power company's paperless bill PDF (type other: not on the checklist)."""

    def page(c: Canvas) -> None:
        c.setFillColor(Color(0.95, 0.75, 0.1))
        c.circle(60, 748, 11, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(78, 743, company)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 48, 752, "Your paperless bill")
        c.drawRightString(W - 48, 741, f"Bill date {mdy(bill_date)}")
        c.drawRightString(W - 48, 730, f"Account {account}")
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder.upper(), *[a.upper() for a in service_addr]]:
            c.drawString(60, y, ln)
            y -= 12
        rows = [("Previous balance", prev), ("Payment received - thank you", -prev), ("Current charges", charges),
                ("Amount due", charges)]
        y = 620
        for k, v in rows:
            c.setFont("Helvetica-Bold" if k == "Amount due" else "Helvetica", 10)
            c.drawString(60, y, k)
            c.drawRightString(400, y, ("-$" if v < 0 else "$") + money(abs(v)))
            y -= 18
        c.setFont("Helvetica", 9)
        due = bill_date + dt.timedelta(days=21)
        c.drawString(60, y - 6, f"Please pay by {mdy(due)}. Usage this period: {kwh:,} kWh.")
        c.drawString(60, y - 20, "You are enrolled in paperless billing and AutoPay is off.")

    return Letter(Paper([page]), "other", bill_date)


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> None:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 700, "FAX COVER SHEET")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, sender)
        rows = [("To:", to), ("Fax:", to_fax), ("From:", sender), ("Fax:", sender_fax), ("Date:", mdy(date)),
                ("Pages (including cover):", str(pages)), ("Re:", note)]
        y = 640
        c.setLineWidth(0.8)
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(240, y, v)
            c.line(235, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 20, "Self-service fax. The pages that follow are confidential and meant only for the "
                                 "addressee.")

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> None:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "DOCUMENT SEPARATOR SHEET")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Scan this sheet in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")

    return Paper([page])


# --- applications ------------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area; printed as the last four only
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None  # None: the hardship start date was left blank
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_email: str = ""
    other_text: str = ""
    co_signs: bool = True
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
                "income": income, "signed": True, "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def blank_pages(path: Path, keep: int | None = None) -> tuple[PdfWriter, list[dict[str, list[float]]]]:
    """The pages of a real form with its fields taken off (an e-signature service flattens what it receives),
    and each page's field rectangles by field name."""
    reader = PdfReader(path)
    writer = PdfWriter()
    rects: list[dict[str, list[float]]] = []
    for i, page in enumerate(reader.pages):
        if keep is not None and i >= keep:
            break
        r: dict[str, list[float]] = {}
        for a in page.get("/Annots") or []:
            w = a.get_object()
            r[str(w.get("/T", ""))] = [float(x) for x in w["/Rect"]]
        rects.append(r)
        writer.add_page(page)
    for page in writer.pages:
        if "/Annots" in page:
            del page[NameObject("/Annots")]
    if "/AcroForm" in writer._root_object:
        del writer._root_object[NameObject("/AcroForm")]
    return writer, rects


def merge_overlay(writer: PdfWriter, overlay: bytes) -> None:
    pages = PdfReader(io.BytesIO(overlay)).pages
    for page, over in zip(writer.pages, pages, strict=True):
        page.merge_page(over)


def form710_values(app: App) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_20": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "640.00"}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:], "Email_2": app.co_email})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    return values


def form710_esigned(app: App, env: Envelope) -> bytes:
    """The real Form 710 typed into the e-signature service's text tabs, flattened, with the envelope ID on every
    page and the signature tags on page 4."""
    writer, rects = blank_pages(FORM710)
    values = form710_values(app)
    font = ("Helvetica", 9.5) if env.service == "Quillstream" else ("Courier", 9.5)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    b = env.signers[0]
    co = env.signers[1] if len(env.signers) > 1 else None
    for i in range(4):
        env_header(c, env)
        for name, v in values.items():
            if name not in rects[i]:
                continue
            x0, y0, x1, _ = rects[i][name]
            if isinstance(v, bool):
                tick(c, x0, y0, x1 - x0)
            else:
                c.setFont(*font)
                c.drawString(x0 + 3, y0 + 4, v)
        if i == 3:
            sig_tag(c, env, b, 150, 343, 180, 28)
            c.setFont(*font)
            if b.signed_at is not None:
                c.drawString(430, 347, mdy(b.signed_at.date()))
                c.setFont("Helvetica", 5.5)
                c.setFillColor(QUILL if env.service == "Quillstream" else SEAL)
                c.drawString(152, 336.5, env.stamp(b))
                c.setFillColor(black)
            if co is not None:
                sig_tag(c, env, co, 162, 305, 170, 26, pending_name=co.name)
                if co.signed_at is not None:
                    c.setFont(*font)
                    c.drawString(430, 309, mdy(co.signed_at.date()))
                    c.setFont("Helvetica", 5.5)
                    c.setFillColor(QUILL if env.service == "Quillstream" else SEAL)
                    c.drawString(335, 296, env.stamp(co))
                    c.setFillColor(black)
        synth_line(c)
        c.showPage()
    c.save()
    merge_overlay(writer, buf.getvalue())
    return fixed_pypdf_bytes(writer, f"cl710/{app.loan}/{env.key}")


def form4506c_esigned(env: Envelope, first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str,
                      zipc: str, client: str, client_phone: str, phone: str, years: tuple[int, int]) -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), prepared by the servicer's vendor, sent in an envelope:
    signed by the taxpayer with the service's tag and date, or voided before anyone signed it."""
    writer, _ = blank_pages(FORM4506C, keep=1)
    s = env.signers[0]
    signed = s.signed_at is not None and env.voided_at is None
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    if env.voided_at is not None:
        void_watermark(c)
    env_header(c, env)
    c.setFont("Courier", 9)
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, f"XXX-XX-{ssn[-4:]}"), (27, 571, street),
           (312, 571, city), (420, 571, state), (474, 571, zipc), (27, 506, "Halyard Income Verification LLC"),
           (312, 506, "HIV-22817"), (420, 506, "HALYARD01"), (27, 484, "400 Commerce Way"),
           (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(years[0])),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(years[1])), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    tick(c, 97, 349, 8)
    if signed:
        assert s.signed_at is not None
        tick(c, 25, 194, 8)
        tick(c, 342.5, 155.5, 8)
        c.setFont("Courier", 9)
        c.drawString(344, 168, mdy(s.signed_at.date()))
    sig_tag(c, env, s, 196, 166, 140, 21, pending_name=s.name)
    if signed:
        c.setFont("Helvetica", 5.5)
        c.setFillColor(QUILL if env.service == "Quillstream" else SEAL)
        c.drawString(62, 170, env.stamp(s))
        c.setFillColor(black)
    synth_line(c)
    c.showPage()
    c.save()
    merge_overlay(writer, buf.getvalue())
    return fixed_pypdf_bytes(writer, f"cl4506c/{env.key}")


CRHL_REASONS = ("Job loss or unemployment", "Reduced income (fewer hours, lost overtime, pay cut)",
                "Higher housing costs (taxes, insurance, HOA assessment)", "Disaster (natural or man-made)",
                "Serious illness or disability (you or a dependent)", "Divorce or legal separation",
                "Separation from a co-borrower you are not married to", "Death of a borrower or wage earner",
                "Job transfer or relocation far away", "Other")
CRHL_INCOME = ("Gross wages, salary, overtime, tips, bonuses", "Self-employment income (net)",
               "Unemployment benefits", "Taxable Social Security, pension, disability, public assistance",
               "Non-taxable Social Security or disability", "Rental income (less expenses other than mortgage)",
               "Investment or insurance income", "Other income (alimony, child support, other)")
TAB_FILL = Color(1.0, 0.98, 0.86)


def crhl_form(app: App, env: Envelope) -> Paper:
    """Cascade Ridge Home Loans' own application built for e-signature (Form CRHL-MAA-E, three pages): every answer
    sits in a pale text tab at the right of its question, choices are check tabs stacked under the question, the
    income total is a tab the service calculated, and page 3 carries the signature tags."""
    ink = ("Courier", 10) if env.service == "SealPoint" else ("Helvetica", 10)
    teal = Color(0.05, 0.33, 0.42)

    def head(c: Canvas, n: int) -> None:
        env_header(c, env)
        c.setFillColor(teal)
        p = c.beginPath()
        p.moveTo(40, 728)
        p.lineTo(54, 752)
        p.lineTo(62, 740)
        p.lineTo(68, 748)
        p.lineTo(80, 728)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(88, 738, "Cascade Ridge Home Loans")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 744, "Mortgage Assistance Application")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 733, "eSign edition - Form CRHL-MAA-E (01/2061)")
        c.setStrokeColor(teal)
        c.setLineWidth(1.5)
        c.line(40, 722, 572, 722)
        c.setStrokeColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 30, "CRHL-MAA-E")
        c.drawRightString(572, 30, f"Page {n} of 3")

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFillColor(teal)
        c.rect(40, y - 3, 4, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(50, y, title)
        return y - 22

    def text_row(c: Canvas, y: float, label: str, value: str, w: float = 300) -> float:
        c.setFont("Helvetica", 8.5)
        lines = wrap(label, "Helvetica", 8.5, 190)
        for i, ln in enumerate(lines):
            c.drawString(52, y - 10 * i, ln)
        c.setFillColor(TAB_FILL)
        c.setStrokeColor(Color(0.75, 0.7, 0.45))
        c.setLineWidth(0.5)
        c.rect(262, y - 5, w, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont(*ink)
        c.drawString(266, y - 1, value)
        c.setStrokeColor(Color(0.88, 0.88, 0.88))
        bottom = y - 10 * (len(lines) - 1) - 9
        c.line(52, bottom, 572, bottom)
        c.setStrokeColor(black)
        return bottom - 13

    def check_tab(c: Canvas, x: float, y: float, on: bool, label: str, size: float = 8.5) -> None:
        c.setFillColor(TAB_FILL)
        c.setStrokeColor(Color(0.55, 0.5, 0.3))
        c.setLineWidth(0.6)
        c.rect(x, y - 1, 9, 9, stroke=1, fill=1)
        c.setFillColor(black)
        if on:
            tick(c, x, y - 1, 9)
        c.setFont("Helvetica", size)
        c.drawString(x + 14, y, label)

    def page1(c: Canvas) -> None:
        head(c, 1)
        paragraphs(c, 40, 704, 532, [
            "Cascade Ridge sent you this application through SealPoint. Answer every question that applies to you, "
            "then sign on page 3. Your co-borrower, if you have one, receives the envelope after you and signs "
            "separately."], font="Helvetica", size=8, leading=10)
        y = section(c, 670, "A.  Loan and borrowers")
        for label, value in (("Loan number", app.loan), ("Borrower - full legal name", app.borrower),
                             ("Borrower - last 4 digits of Social Security number", app.ssn[-4:]),
                             ("Borrower - email", app.email), ("Borrower - mobile phone", app.phone),
                             ("Co-borrower - full legal name (leave blank if none)", app.co or ""),
                             ("Co-borrower - last 4 digits of Social Security number", (app.co_ssn or "")[-4:]),
                             ("Co-borrower - email", app.co_email if app.co else "")):
            y = text_row(c, y, label, value)
        y = section(c, y - 8, "B.  The property")
        for label, value, w in (("Street address", app.street, 300), ("City", app.city, 200),
                                ("State", app.state, 40), ("ZIP code", app.zip, 80)):
            y = text_row(c, y, label, value, w)
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, "How is the property used? (choose one)")
        for i, (code, label) in enumerate((("primary_residence", "The borrower's primary residence"),
                                           ("second_home", "A second home"),
                                           ("investment_property", "An investment or rental property"))):
            check_tab(c, 262, y - 15 * i, app.occupancy == code, label)
        y -= 56
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, "What would you like to do?")
        for i, label in enumerate(("Keep the property", "Sell the property", "Not sure yet")):
            check_tab(c, 262 + i * 105, y, i == 0, label)

    def page2(c: Canvas) -> None:
        head(c, 2)
        y = section(c, 700, "C.  Your hardship")
        y = text_row(c, y, "Date the hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "", 100)
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, "How long do you expect it to last?")
        for i, (code, label) in enumerate((("short", "Six months or less"), ("long", "Longer than six months"),
                                           ("resolved", "It is already resolved"))):
            check_tab(c, 262, y - 15 * i, app.duration == code, label)
        y -= 56
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, "What caused your hardship? Check every reason that applies.")
        y -= 17
        for i, reason in enumerate(CRHL_REASONS):
            col, row = divmod(i, 5)
            check_tab(c, 60 + col * 262, y - 15 * row, HARDSHIPS[i] in app.hardships, reason, 8)
        y -= 84
        y = text_row(c, y, "If Other, describe", app.other_text, 300)
        y = section(c, y - 8, "D.  Monthly household income before taxes")
        c.setFont("Helvetica", 7.5)
        c.drawString(52, y + 6, "Enter a monthly amount for each kind of income you receive. Leave the others blank.")
        y -= 12
        for k, label in zip(INCOMES, CRHL_INCOME, strict=True):
            amount = app.income.get(k, 0.0)
            c.setFont("Helvetica", 8.5)
            c.drawString(253, y - 1, "$")
            y = text_row(c, y, label, money(amount) if amount > 0 else "", 120)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, "Total monthly income (calculated)")
        c.setFillColor(Color(0.92, 0.92, 0.92))
        c.rect(262, y - 5, 120, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont(ink[0] + "-Bold", 10)
        c.drawString(266, y - 1, money(app.total))
        c.setFont("Helvetica", 8.5)
        c.drawString(253, y - 1, "$")

    def page3(c: Canvas) -> None:
        head(c, 3)
        y = section(c, 700, "E.  Certification and signatures")
        y = paragraphs(c, 52, y, 510, [
            "I certify that the information in this application is true and that the hardship I described "
            "contributed to my need for mortgage relief. I agree to provide the documents Cascade Ridge Home Loans "
            "asks for and to respond to its requests in time.",
            "I consent to Cascade Ridge obtaining a credit report for each borrower named above, and to being "
            "contacted about this application at any telephone number or email address I have given.",
            "I agree that my electronic signature on this application has the same effect as a handwritten "
            "signature."], font="Helvetica", size=8.5, leading=11)
        y -= 20
        people = [("Borrower", app.borrower, env.signers[0])]
        people.append(("Co-borrower", app.co or "", env.signers[1] if app.co and len(env.signers) > 1 else None))
        for role, name, s in people:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(52, y, f"{role} signature")
            c.drawString(330, y, "Date signed")
            base = y - 52
            if s is not None:
                sig_tag(c, env, s, 52, base, 230, 40, pending_name=s.name)
            c.setLineWidth(0.6)
            c.line(52, base, 300, base)
            c.setFillColor(TAB_FILL)
            c.setStrokeColor(Color(0.75, 0.7, 0.45))
            c.rect(330, base, 110, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setStrokeColor(black)
            if s is not None and s.signed_at is not None:
                c.setFont(*ink)
                c.drawString(334, base + 4, mdy(s.signed_at.date()))
                c.setFont("Helvetica", 6.5)
                c.setFillColor(SEAL if env.service == "SealPoint" else QUILL)
                c.drawString(330, base - 10, env.stamp(s))
                c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(52, base - 10, f"Printed name: {name}" if name else "Printed name:")
            y = base - 44
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(52, y - 10, "Return this application with the documents listed on the Cascade Ridge document "
                                 "checklist. Upload them at homehelp.cascaderidge.example.")

    return Paper([page1, page2, page3])


HV_REASONS = ("Loss of a job", "Lower pay or fewer hours", "Higher taxes, insurance or HOA dues", "A disaster",
              "Serious illness or disability", "Divorce or legal separation", "Separation (not married)",
              "Death in the household", "Transfer or relocation for work", "Something else")
HV_INCOME = ("Wages and salary before taxes", "Self-employment (net)", "Unemployment benefits",
             "Taxable Social Security, pension or disability", "Non-taxable Social Security or disability",
             "Rent received (after expenses)", "Investments or insurance", "Alimony, child support, other")
FIELD_BLUE = Color(0.86, 0.9, 1.0)


def hv_form(app: App) -> Paper:
    """Harrow & Vine Loan Servicing's fillable 'Loss Mitigation Request' (HV-LMR, two pages), typed in a PDF viewer
    and printed to PDF with the viewer's blue field highlight: numbered questions flow down two newspaper columns,
    each answer in a blue field under its question; the signatures are typed '/s/ Name'."""
    maroon = Color(0.45, 0.1, 0.16)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(maroon)
        c.setFont("Times-Bold", 16)
        c.drawString(50, 744, "Harrow & Vine")
        c.setFont("Times-Roman", 9)
        c.drawString(50, 732, "LOAN SERVICING  -  PO Box 1180, Roanoke, VA 24006  -  (540) 555-0131")
        c.setFillColor(black)
        c.setFont("Times-Bold", 12)
        c.drawRightString(562, 744, "Loss Mitigation Request")
        c.setFont("Times-Italic", 8)
        c.drawRightString(562, 733, f"HV-LMR  -  page {n} of 2")
        c.setStrokeColor(maroon)
        c.setLineWidth(2)
        c.line(50, 724, 562, 724)
        c.setStrokeColor(black)

    col_x = (50.0, 317.0)
    col_w = 245.0

    def q(c: Canvas, st: dict[str, Any], num: int, question: str, answer: str | None = None,
          choices: Sequence[tuple[str, bool]] = (), money_field: bool = False) -> None:
        x = col_x[st["col"]]
        lines = wrap(f"{num}.  {question}", "Times-Italic", 9.5, col_w)
        need = 12 * len(lines) + (22 if answer is not None else 0) + 13 * len(choices) + 8
        if st["y"] - need < 70 and st["col"] == 0:
            st["col"], st["y"] = 1, st["top"]
            x = col_x[1]
        y = st["y"]
        c.setFont("Times-Italic", 9.5)
        for ln in lines:
            c.drawString(x, y, ln)
            y -= 12
        if answer is not None:
            c.setFillColor(FIELD_BLUE)
            c.rect(x + 10, y - 8, col_w - 10, 16, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 9.5)
            if money_field:
                c.drawString(x + 2, y - 4, "$")
                if answer:
                    c.drawRightString(x + col_w - 6, y - 4, answer)
            else:
                c.drawString(x + 14, y - 4, answer)
            y -= 22
        for label, on in choices:
            c.setFillColor(FIELD_BLUE)
            c.rect(x + 12, y - 2, 9, 9, stroke=0, fill=1)
            c.setFillColor(black)
            c.setLineWidth(0.4)
            c.rect(x + 12, y - 2, 9, 9, stroke=1, fill=0)
            if on:
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(x + 13.8, y - 0.5, "X")
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 26, y, label)
            y -= 13
        st["y"] = y - 8

    def page1(c: Canvas) -> None:
        head(c, 1)
        paragraphs(c, 50, 708, 512, [
            "Fill in this request on your computer, print it to PDF and e-mail it to lossmit@harrowvine.example, "
            "or print it and mail it. If you sign on the computer, type /s/ and your full name in the signature "
            "field; a typed /s/ signature counts as your signature."], font="Times-Roman", size=9, leading=11)
        st: dict[str, Any] = {"col": 0, "y": 670.0, "top": 670.0}
        q(c, st, 1, "Loan number", app.loan)
        q(c, st, 2, "Borrower's full name", app.borrower)
        q(c, st, 3, "Last four digits of the borrower's Social Security number", app.ssn[-4:])
        q(c, st, 4, "Borrower's phone number", app.phone)
        q(c, st, 5, "Borrower's e-mail address", app.email)
        q(c, st, 6, "Co-borrower's full name (if none, leave blank)", app.co or "")
        q(c, st, 7, "Last four digits of the co-borrower's Social Security number", (app.co_ssn or "")[-4:])
        q(c, st, 8, "Address of the property (street, city, state, ZIP)", app.address)
        q(c, st, 9, "How is the property used?", None, [
            ("We live in it as our main home", app.occupancy == "primary_residence"),
            ("It is a second or vacation home", app.occupancy == "second_home"),
            ("It is rented out / an investment", app.occupancy == "investment_property")])
        q(c, st, 10, "Do you want to keep the property?", None, [("Yes", True), ("No", False)])
        q(c, st, 11, "On what date did the hardship start? (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        q(c, st, 12, "How long will the hardship last?", None, [
            ("Six months or less", app.duration == "short"), ("More than six months", app.duration == "long"),
            ("It is over", app.duration == "resolved")])
        q(c, st, 13, "What caused the hardship? Mark all that apply.", None,
          [(r, HARDSHIPS[i] in app.hardships) for i, r in enumerate(HV_REASONS)])
        q(c, st, 14, "If something else, explain", app.other_text)

    def page2(c: Canvas) -> None:
        head(c, 2)
        c.setFont("Times-Bold", 10)
        c.drawString(50, 706, f"Loan number {app.loan}  -  Monthly income of the household before taxes")
        st: dict[str, Any] = {"col": 0, "y": 684.0, "top": 684.0}
        for i, (k, label) in enumerate(zip(INCOMES, HV_INCOME, strict=True)):
            amount = app.income.get(k, 0.0)
            q(c, st, 15 + i, label, money(amount) if amount > 0 else "", money_field=True)
        q(c, st, 23, "Total monthly income (add 15 through 22)", money(app.total), money_field=True)
        y = min(st["y"], 470.0) - 10
        c.setStrokeColor(maroon)
        c.line(50, y + 8, 562, y + 8)
        c.setStrokeColor(black)
        y = paragraphs(c, 50, y - 8, 512, [
            "24.  Certification. I certify that the information in this request is true and that the hardship I "
            "described contributed to my need for mortgage relief. I will provide the documents Harrow & Vine asks "
            "for. I consent to a credit report for every borrower named here. I understand that knowingly false "
            "statements may violate federal law."], font="Times-Roman", size=9.5, leading=12)
        y -= 14
        people = [("Borrower", app.borrower, True)]
        if app.co:
            people.append(("Co-borrower", app.co, app.co_signs))
        else:
            people.append(("Co-borrower", "", False))
        for role, name, signs in people:
            c.setFont("Times-Italic", 9.5)
            c.drawString(50, y, f"{role} signature (type /s/ and your full name)")
            c.drawString(390, y, "Date (mm/dd/yyyy)")
            c.setFillColor(FIELD_BLUE)
            c.rect(60, y - 24, 300, 18, stroke=0, fill=1)
            c.rect(400, y - 24, 110, 18, stroke=0, fill=1)
            c.setFillColor(black)
            if signs and name:
                c.setFont("Courier", 11)
                c.drawString(66, y - 19, f"/s/ {name}")
                c.setFont("Helvetica", 9.5)
                c.drawString(406, y - 19, mdy(app.signed_on))
            y -= 50
        c.setFont("Times-Italic", 8.5)
        c.drawString(50, y, "Send this request with the documents on Harrow & Vine's checklist. Keep a copy.")

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


Part = tuple[Doc | None, bytes]  # a logical document (None: a page that is none, e.g. a certificate) and its PDF


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def file(self, rel: str, parts: Sequence[Part | tuple[Doc | None, bytes, Scan]], seed: int = 0) -> None:
        """One file holding the parts in order; a part given with a Scan style is printed and scanned (or faxed)
        into image-only pages, the others stay born-digital."""
        datas: list[bytes] = []
        page = 1
        fax_page = 1
        for k, part in enumerate(parts):
            doc, data = part[0], part[1]
            style = part[2] if len(part) > 2 else None  # type: ignore[misc]
            if style is not None:
                sheets = scan_pdf_pages(data, style, seed * 100 + k, first_fax_page=fax_page)
                data = scans_pdf(sheets, style)
                fax_page += len(sheets)
            n = page_count(data)
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                doc.scanned = style is not None
                self.docs.append(doc)
            page += n
            datas.append(data)
        self.files[rel] = datas[0] if len(datas) == 1 else concat_pdfs(datas, f"{self.name}/{rel}")


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def form4506c_doc(env: Envelope) -> Doc:
    s = env.signers[0]
    if s.signed_at is not None and env.voided_at is None:
        return Doc("irs_form_4506c", {"signed": True, "signed_on": s.signed_at.date().isoformat()},
                   s.signed_at.date(), signed=True)
    return Doc("irs_form_4506c", {"signed": False, "signed_on": None})


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if app.co and not app.co_signs:
        out.append("application_signature")
    if app.start is None:
        out.append("application_field:hardship_start_date")
    if not app.hardships:
        out.append("application_field:hardship_types")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = False
    for a in stmts:
        for b in stmts:
            if a is not b and a.account == b.account and fresh(a.date) and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    signed_pl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)
    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or signed_pl, "unemployment": True,
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


def at(y: int, m: int, d: int, hh: int, mm: int) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm)


TAMARACK = Portal("Tamarack Point Mortgage Servicing", "Homeowner Assistance Center", "help.tamarackpoint.example",
                  Color(0.12, 0.3, 0.22))
CASCADE = Portal("Cascade Ridge Home Loans", "HomeHelp", "homehelp.cascaderidge.example", Color(0.05, 0.33, 0.42))
HARROW = Portal("Harrow & Vine Loan Servicing", "MyLoan Help Center", "myloan.harrowvine.example",
                Color(0.45, 0.1, 0.16))
TAMARACK_ENV = ("Tamarack Point Loss Mitigation", "lossmit@tamarackpoint.example")
BELLWETHER_ENV = ("Bellwether Shoals Mortgage - Default Servicing", "workouts@bellwethershoals.example")
CASCADE_ENV = ("Cascade Ridge Loss Mitigation", "homehelp@cascaderidge.example")

WH_OR = Withholding(0.1, 0.075, (("Medical plan", 88.20), ("401(k)", 95.00)))
WH_ID = Withholding(0.09, 0.058, (("Health insurance", 112.40),))
WH_VA = Withholding(0.1, 0.05, (("VRS retirement", 121.88), ("Dental", 14.60)))
WH_VT = Withholding(0.08, 0.04, (("Health plan", 64.10),))
WH_MI = Withholding(0.07, 0.0425, ())


def packet_cl1(seed: int) -> Packet:
    """Complete: a Form 710 e-signed through Quillstream (Certificate of Completion behind it), two PayTrellis pay
    statements printed from the browser, a hardship statement typed into the servicer's web form, an e-bill."""
    received = dt.date(2061, 3, 24)
    loan = "3390417726"
    name = "Imogen R. Castellanos"
    addr = ["4471 Sagebrush Terrace", "Redmond, OR 97756"]
    stubs = [paytrellis_stub("High Desert Orthopedic Group", "2100 NE Medical Center Drive, Bend, OR 97701", name,
                             "E-40772", "Surgical Scheduling", dt.date(2061, 1, 7), d, 31.85, 64.0, WH_OR,
                             at(d.year, d.month, d.day + 2, 19, 41), "6620", seed * 7 + 1)
             for d in (dt.date(2061, 3, 4), dt.date(2061, 3, 18))]
    app = App(loan, name, "961-44-2807", "4471 Sagebrush Terrace", "Redmond", "OR", "97756", "(541) 555-0163",
              "imogen.castellanos@example.net", "primary_residence", ["reduction_in_income"], dt.date(2060, 11, 14),
              "long", {"wages": stubs[-1].monthly}, dt.date(2061, 3, 21), seed=seed + 11)
    env = Envelope("Quillstream", f"cl1/{seed}", f"Please sign: Mortgage Assistance Application - Loan {loan}",
                   *TAMARACK_ENV, "Pacific",
                   [Signer(name, app.email, "Borrower", at(2061, 3, 18, 16, 5), at(2061, 3, 21, 10, 22),
                           "script", "198.51.100.61", seed + 12)],
                   cc=[("Tamarack Point Document Intake", "docs@tamarackpoint.example")])
    p = Packet("cl1", received, app, [])
    folder = loan
    p.file(f"{folder}/Mortgage Assistance Application - Completed.pdf",
           [(app_doc(), form710_esigned(app, env)), (None, paper_pdf(Paper([certificate_page(env)])))])
    for s in stubs:
        p.file(f"{folder}/PayStatement_{s.date.isoformat()}.pdf", [(stub_doc(s), paper_pdf(s.paper))])
    hl = web_hardship(TAMARACK, loan, name, None, app.address, at(2061, 3, 21, 9, 48), [
        "In November the practice moved our scheduling team to a four-day week and cut my hours from forty to "
        "thirty-two. My take-home pay dropped by about seven hundred dollars a month and the overtime I used to "
        "get at the end of each quarter is gone.",
        "I fell behind on the January and February payments. I want to keep my home and I am asking for a "
        "modification that brings the payment in line with what I earn now."], name)
    p.file(f"{folder}/Hardship statement.pdf", [(letter_doc(hl), paper_pdf(hl.paper))])
    bill = utility_ebill("Deschutes Valley Power & Light", name, addr, "4471-0926-3", dt.date(2061, 3, 9), 142.17,
                         156.38, 1284)
    p.file(f"{folder}/eBill_2061-03.pdf", [(letter_doc(bill), paper_pdf(bill.paper))])
    return p


def packet_cl2(seed: int) -> Packet:
    """Incomplete (application_signature): Cascade Ridge's e-form downloaded from a SealPoint envelope still in
    progress - the borrower signed, the co-borrower's tag says "Awaiting signature"."""
    received = dt.date(2061, 4, 12)
    loan = "5082713364"
    tobias, priya = "Tobias J. Wendt", "Priya S. Wendt"
    t_stub = worknest_stub("Selkirk Timber Products", ["1450 Boyer Avenue", "Sandpoint, ID 83864"], tobias,
                           "STP-0917", "6613", dt.date(2061, 4, 5), 2291.67, WH_ID, at(2061, 4, 7, 21, 10), "twendt",
                           seed * 7 + 2, extra="Shift premium")
    p_stub = paytrellis_stub("Bonner General Health", "520 North Third Avenue, Sandpoint, ID 83864", priya,
                             "BGH-22871", "Laboratory", dt.date(2061, 1, 14), dt.date(2061, 4, 8), 27.40, 72.0,
                             WH_ID, at(2061, 4, 9, 10, 15), "3308", seed * 7 + 3, ot_now=3.0)
    app = App(loan, tobias, "948-27-6613", "88 Kettle Falls Road", "Sandpoint", "ID", "83864", "(208) 555-0148",
              "tj.wendt@example.com", "primary_residence", ["increase_in_housing_expenses"], dt.date(2061, 1, 1),
              "long", {"wages": r2(t_stub.monthly + p_stub.monthly)}, dt.date(2061, 4, 8), co=priya,
              co_ssn="948-61-2290", co_email="priya.wendt@example.com", co_signs=False, seed=seed + 21)
    env = Envelope("SealPoint", f"cl2/{seed}", f"Cascade Ridge - Mortgage Assistance Application - Loan {loan}",
                   *CASCADE_ENV, "Pacific",
                   [Signer(tobias, app.email, "Borrower", at(2061, 4, 6, 9, 30), at(2061, 4, 8, 20, 47), "drawn",
                           "198.51.100.17", seed + 22),
                    Signer(priya, app.co_email, "Co-borrower", at(2061, 4, 8, 20, 47), None, "drawn",
                           "198.51.100.17", seed + 23)], doc_pages=3)
    p = Packet("cl2", received, app, ["application_signature"])
    p.file(f"{loan}_application.pdf", [(app_doc(), paper_pdf(crhl_form(app, env)))])
    p.file(f"{loan}_paystub_Tobias.pdf", [(stub_doc(t_stub), paper_pdf(t_stub.paper))])
    p.file(f"{loan}_paystub_Priya.pdf", [(stub_doc(p_stub), paper_pdf(p_stub.paper))])
    hl = web_hardship(CASCADE, loan, tobias, priya, app.address, at(2061, 4, 8, 20, 31), [
        "Bonner County reassessed our house in the fall and the new taxes started with the January escrow "
        "analysis. Our payment went from $1,912 to $2,466 a month, and the escrow shortage was added on top.",
        "We both work full time and our pay has not changed, but we cannot carry the new payment and our other "
        "bills. We would like to spread the shortage out or lower the payment through a modification."], tobias)
    p.file(f"{loan}_hardship_statement.pdf", [(letter_doc(hl), paper_pdf(hl.paper))])
    return p


def packet_cl3(seed: int) -> Packet:
    """Incomplete (irs_form_4506c): a self-employed welder's Form 710 e-signed through SealPoint, two Larkspur Bank
    eStatements, and the 4506-C envelope that the servicer VOIDED before he signed it."""
    received = dt.date(2061, 6, 8)
    loan = "7164402958"
    name = "Desmond K. Arbogast"
    addr = ["1930 Ironwood Spur", "Billings, MT 59102"]
    rng = random.Random(seed * 1000 + 3)
    holder = ["DESMOND K ARBOGAST", "DBA ARBOGAST MOBILE WELDING"]
    debits = [("WESTERN WELDING SUPPLY POS", 700, 1400), ("CENEX FUEL 0418 POS", 180, 360),
              ("VERIZON WIRELESS", 80, 130), ("ONLINE TRANSFER TO SAVINGS OWNER DRAW", 1500, 2100),
              ("STATE FARM INS", 110, 180), ("BELLWETHER SHOALS MTG PMT", 600, 700), ("ATM WITHDRAWAL", 60, 200),
              ("AIRGAS USA POS", 150, 320)]
    s1 = larkspur_statement(rng, holder, addr, "31207745129", 2061, 4, 3184.52,
                            [(4, "MOBILE DEPOSIT - CUSTOMER CHECK", 1450.00), (12, "SQUARE INC DEPOSIT", 1712.35),
                             (19, "ACH CREDIT RIMROCK FEED SUPPLY", 2200.00), (27, "SQUARE INC DEPOSIT", 936.80)],
                            debits)
    s2 = larkspur_statement(rng, holder, addr, "31207745129", 2061, 5, s1.fields["ending_balance"],
                            [(3, "SQUARE INC DEPOSIT", 1204.60), (10, "MOBILE DEPOSIT - CUSTOMER CHECK", 2675.00),
                             (18, "ACH CREDIT BEARTOOTH RANCH LLC", 1580.00), (26, "SQUARE INC DEPOSIT", 1118.45)],
                            debits)
    app = App(loan, name, "977-08-4415", "1930 Ironwood Spur", "Billings", "MT", "59102", "(406) 555-0187",
              "arbogastwelding@example.com", "primary_residence", ["disaster"], dt.date(2061, 4, 3), "short",
              {"self_employment": 5240.00}, dt.date(2061, 6, 1), seed=seed + 31)
    signer = Signer(name, app.email, "Borrower", at(2061, 5, 31, 14, 2), at(2061, 6, 1, 19, 15), "drawn",
                    "192.0.2.44", seed + 32)
    env = Envelope("SealPoint", f"cl3/{seed}", f"Mortgage Assistance Application - Loan {loan} - please sign",
                   *BELLWETHER_ENV, "Mountain", [signer])
    void_env = Envelope("SealPoint", f"cl3v/{seed}", f"IRS Form 4506-C for loan {loan} - please sign",
                        *BELLWETHER_ENV, "Mountain",
                        [Signer(name, app.email, "Taxpayer", at(2061, 6, 1, 18, 50), None, "drawn", "192.0.2.44",
                                seed + 33)],
                        voided_at=at(2061, 6, 2, 9, 12),
                        void_reason="Tax years entered incorrectly. A corrected Form 4506-C will be sent in a new "
                                    "envelope.", doc_pages=1)
    p = Packet("cl3", received, app, ["irs_form_4506c"])
    p.file("SealPoint_Completed_Mortgage_Assistance_Application.pdf",
           [(app_doc(), form710_esigned(app, env)), (None, paper_pdf(Paper([certificate_page(env)])))])
    f4506 = form4506c_esigned(void_env, "Desmond", "K", "Arbogast", app.ssn, "1930 Ironwood Spur", "Billings", "MT",
                              "59102", "Bellwether Shoals Mortgage", "(888) 555-0126", app.phone, (2058, 2059))
    p.file("SealPoint_VOIDED_IRS_Form_4506-C.pdf",
           [(form4506c_doc(void_env), f4506), (None, paper_pdf(Paper([certificate_page(void_env)])))])
    for s in (s1, s2):
        p.file(f"Larkspur_eStatement_{s.date.isoformat()}.pdf", [(stmt_doc(s), paper_pdf(s.paper))])
    return p


def packet_cl4(seed: int) -> Packet:
    """Complete: Harrow & Vine's fillable request typed on a computer and signed "/s/ Name" by both spouses, two
    WorkNest earnings statements, a pension portal's verification letter, a web-form hardship statement."""
    received = dt.date(2061, 4, 27)
    loan = "0026619043"
    dolores, harold = "Dolores M. Whitcomb", "Harold E. Whitcomb"
    addr = ["617 Larch Hollow Lane", "Blacksburg, VA 24060"]
    stubs = [worknest_stub("Appalachian Ridge Community College", ["3200 College Drive", "Christiansburg, VA 24073"],
                           dolores, "ARCC-5512", "7702", d, 2437.50, WH_VA, at(d.year, d.month, d.day + 1, 7, 55),
                           "dwhitcomb", seed * 7 + 4) for d in (dt.date(2061, 4, 5), dt.date(2061, 4, 20))]
    pension = pension_portal_letter("Blue Ridge Municipal Retirement System", "PO Box 2290, Roanoke, VA 24010  -  "
                                    "(540) 555-0177", harold, addr, at(2061, 4, 18, 20, 12), 1846.20,
                                    "service retirement pension", dt.date(2057, 7, 1), Color(0.15, 0.3, 0.55))
    app = App(loan, dolores, "915-36-7702", "617 Larch Hollow Lane", "Blacksburg", "VA", "24060", "(540) 555-0129",
              "dmwhitcomb@example.org", "primary_residence", ["disability_or_illness"], dt.date(2061, 1, 19), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1846.20}, dt.date(2061, 4, 22), co=harold,
              co_ssn="915-52-0188", seed=seed + 41)
    p = Packet("cl4", received, app, [])
    pre = f"Whitcomb {loan} - "
    p.file(pre + "request form.pdf", [(app_doc(), paper_pdf(hv_form(app)))])
    for s in stubs:
        p.file(pre + f"paystub {s.date.strftime('%m-%d')}.pdf", [(stub_doc(s), paper_pdf(s.paper))])
    p.file(pre + "Harold pension.pdf", [(letter_doc(pension), paper_pdf(pension.paper))])
    hl = web_hardship(HARROW, loan, dolores, harold, app.address, at(2061, 4, 22, 18, 40), [
        "On January 19 my husband Harold had a stroke. He was in the hospital for two weeks and in rehabilitation "
        "for six more, and he still cannot drive or do the part-time work that paid for our car and our "
        "utilities. His pension continues.",
        "Our insurance left us with large bills, and I have used our savings on them and on the mortgage. We ask "
        "for a modification so we can stay in the house while he recovers."], dolores)
    p.file(pre + "hardship statement.pdf", [(letter_doc(hl), paper_pdf(hl.paper))])
    return p


def packet_cl5(seed: int) -> Packet:
    """Complete: a Quillstream-signed Form 710 (with its Certificate of Completion) printed and faxed from a copy
    shop together with an e-filed divorce judgment, a PayTrellis pay statement and a web-form hardship statement."""
    received = dt.date(2061, 5, 17)
    loan = "6630958127"
    name = "Rowena T. Pacheco"
    stub = paytrellis_stub("Tualatin Valley Dental Partners", "7400 SW Nimbus Avenue, Beaverton, OR 97008", name,
                           "TVD-1180", "Front Office", dt.date(2061, 1, 7), dt.date(2061, 5, 13), 26.50, 80.0, WH_OR,
                           at(2061, 5, 14, 9, 30), "7185", seed * 7 + 5)
    app = App(loan, name, "938-70-5531", "2208 Wren Crossing", "Hillsboro", "OR", "97124", "(503) 555-0178",
              "rowena.pacheco@example.net", "primary_residence", ["divorce_or_separation"], dt.date(2060, 9, 30),
              "long", {"wages": stub.monthly}, dt.date(2061, 5, 13), seed=seed + 51)
    env = Envelope("Quillstream", f"cl5/{seed}", f"Please sign: Mortgage Assistance Application - Loan {loan}",
                   *TAMARACK_ENV, "Pacific",
                   [Signer(name, app.email, "Borrower", at(2061, 5, 12, 15, 40), at(2061, 5, 13, 11, 5), "script",
                           "198.51.100.90", seed + 52)],
                   cc=[("Tamarack Point Document Intake", "docs@tamarackpoint.example")])
    decree = divorce_judgment("Washington", name, "Damian R. Pacheco", "C60DR04417", at(2060, 11, 18, 14, 14),
                              "Marisa K. Delacroix", dt.date(2049, 6, 12), app.address)
    hl = web_hardship(TAMARACK, loan, name, None, app.address, at(2061, 5, 13, 11, 31), [
        "My husband and I separated in September and our divorce became final in November. The court gave me the "
        "house and the mortgage, but I now pay it on one income.",
        "I work full time at a dental office. I have caught up twice, but I cannot keep up with the full payment "
        "and the repayment of what I missed. I ask for a modification so I can keep the house for my children."],
        name)
    p = Packet("cl5", received, app, [])
    style = Scan(dpi=200, tilt=0.3, blur=0.45, noise=0.0008, fax=True,
                 fax_header="MAY-17-2061 08:52  FROM: SHIPRIGHT CENTER #212  503-555-0119  TO: TAMARACK POINT "
                            "LOSS MIT  P.{n}/{total}", fax_pages=10)
    cover = fax_cover("ShipRight Center #212, Hillsboro", "503-555-0119", "Tamarack Point Mortgage Servicing",
                      "888-555-0170", received, 10, f"Loan {loan} - Rowena Pacheco - application and papers")
    p.file("Fax from ShipRight 0517.pdf", [
        (None, paper_pdf(cover), style), (app_doc(), form710_esigned(app, env), style),
        (None, paper_pdf(Paper([certificate_page(env)])), style), (letter_doc(decree), paper_pdf(decree.paper), style),
        (stub_doc(stub), paper_pdf(stub.paper), style), (letter_doc(hl), paper_pdf(hl.paper), style)], seed + 500)
    return p


def packet_cl6(seed: int) -> Packet:
    """Incomplete (income_doc:wages): Cascade Ridge's e-form from a completed SealPoint envelope, printed with its
    certificate and scanned behind a separator sheet with two WorkNest earnings statements paid in March."""
    received = dt.date(2061, 7, 14)
    loan = "2849057731"
    name = "Anselm R. Kowalczyk"
    stubs = [worknest_stub("Mad River Millwork", ["77 Mill Street", "Waitsfield, VT 05673"], name, "MRM-0384", "8850",
                           d, 2058.33, WH_VT, at(2061, 3, 22, 18, 4), "akowalczyk", seed * 7 + 6, extra="Overtime")
             for d in (dt.date(2061, 3, 5), dt.date(2061, 3, 20))]
    app = App(loan, name, "926-14-8850", "5 Quarry Hill Court", "Waterbury", "VT", "05676", "(802) 555-0152",
              "anselm.k@example.com", "primary_residence", ["reduction_in_income"], dt.date(2061, 2, 1), "long",
              {"wages": stubs[-1].monthly}, dt.date(2061, 7, 8), seed=seed + 61)
    env = Envelope("SealPoint", f"cl6/{seed}", f"Cascade Ridge - Mortgage Assistance Application - Loan {loan}",
                   *CASCADE_ENV, "Eastern",
                   [Signer(name, app.email, "Borrower", at(2061, 7, 7, 11, 20), at(2061, 7, 8, 18, 30), "script",
                           "192.0.2.130", seed + 62)], doc_pages=3)
    hl = web_hardship(CASCADE, loan, name, None, app.address, at(2061, 7, 8, 18, 5), [
        "In February the mill lost its biggest cabinet contract and cut the shop to four days a week. I lost one "
        "day of pay every week and all of my overtime.",
        "I have used my savings to keep the mortgage current until now, but I missed the June payment. Please "
        "review me for a lower payment."], name)
    p = Packet("cl6", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0006)
    p.file("scan_0714_0932.pdf", [
        (None, paper_pdf(separator_sheet(loan)), style), (app_doc(), paper_pdf(crhl_form(app, env)), style),
        (None, paper_pdf(Paper([certificate_page(env)])), style),
        (stub_doc(stubs[0]), paper_pdf(stubs[0].paper), style), (stub_doc(stubs[1]), paper_pdf(stubs[1].paper), style),
        (letter_doc(hl), paper_pdf(hl.paper), style)], seed + 600)
    return p


def packet_cl7(seed: int) -> Packet:
    """Complete: ONE SealPoint envelope holding the Form 710 and a Form 4506-C signed by both spouses and its
    certificate, two Copperline eStatements (cycle 15th-14th) with the pay and the rent, and an e-signed transfer
    offer letter."""
    received = dt.date(2061, 8, 23)
    loan = "9405521186"
    garrett, lucinda = "Garrett L. Fairweather", "Lucinda M. Fairweather"
    addr = ["3140 Bitterroot Lane", "Missoula, MT 59803"]
    rng = random.Random(seed * 1000 + 7)
    pay = 2262.18
    debits = [("BELLWETHER SHOALS MTG PMT", 900, 1100), ("ALBERTSONS 0612 POS", 90, 240),
              ("NORTHWESTERN ENERGY", 80, 160), ("EXXON 7731 POS", 40, 90), ("VERIZON WIRELESS", 90, 140),
              ("AMAZON MKTPLACE", 20, 120),
              ("BOISE RIVERSIDE APTS RENT", 1100, 1100), ("ATM WITHDRAWAL", 40, 160),
              ("LITTLE SPROUTS CHILDCARE", 900, 1000), ("FIRSTMARK VISA PAYMENT", 450, 700)]
    c1 = [(dt.date(2061, 6, 24), "CLARK FORK LOGISTICS PAYROLL", pay), (dt.date(2061, 7, 1), "ZELLE FROM MAI TRAN ADU "
          "RENT", 950.00), (dt.date(2061, 7, 8), "CLARK FORK LOGISTICS PAYROLL", pay),
          (dt.date(2061, 6, 30), "DIVIDEND EARNED", 0.84)]
    c2 = [(dt.date(2061, 7, 22), "CLARK FORK LOGISTICS PAYROLL", pay), (dt.date(2061, 8, 1), "ZELLE FROM MAI TRAN ADU "
          "RENT", 950.00), (dt.date(2061, 8, 5), "CLARK FORK LOGISTICS PAYROLL", pay),
          (dt.date(2061, 7, 31), "DIVIDEND EARNED", 0.61)]
    holder = ["GARRETT L FAIRWEATHER", "LUCINDA M FAIRWEATHER"]
    s1 = copperline_statement(rng, holder, addr, "77310", "6120994408", 2061, 6, 1912.44, c1, debits,
                              dt.date(2061, 8, 16))
    s2 = copperline_statement(rng, holder, addr, "77310", "6120994408", 2061, 7, s1.fields["ending_balance"], c2,
                              debits, dt.date(2061, 8, 16))
    app = App(loan, garrett, "954-21-3379", "3140 Bitterroot Lane", "Missoula", "MT", "59803", "(406) 555-0119",
              "garrett.fairweather@example.com", "primary_residence", ["relocation"], dt.date(2061, 7, 5), "long",
              {"wages": 6125.00, "rental": 950.00}, dt.date(2061, 8, 17), co=lucinda, co_ssn="954-66-0912",
              co_email="lucinda.fairweather@example.com", seed=seed + 71)
    env = Envelope("SealPoint", f"cl7/{seed}", f"Loan {loan} - Mortgage Assistance Application and IRS Form 4506-C",
                   *BELLWETHER_ENV, "Mountain",
                   [Signer(garrett, app.email, "Borrower", at(2061, 8, 16, 15, 0), at(2061, 8, 17, 20, 41), "drawn",
                           "192.0.2.78", seed + 72),
                    Signer(lucinda, app.co_email, "Co-borrower", at(2061, 8, 17, 20, 41), at(2061, 8, 18, 7, 12),
                           "script", "192.0.2.79", seed + 73)], doc_pages=5)
    f4506 = form4506c_esigned(env, "Garrett", "L", "Fairweather", app.ssn, "3140 Bitterroot Lane", "Missoula", "MT",
                              "59803", "Bellwether Shoals Mortgage", "(888) 555-0126", app.phone, (2059, 2060))
    offer_env = Envelope("Quillstream", f"cl7o/{seed}", "Offer of transfer - please sign", "Clark Fork Logistics HR",
                         "hr@clarkforklogistics.example", "Mountain",
                         [Signer("Janelle P. Ortega", "jortega@clarkforklogistics.example",
                                 "Director of Human Resources", at(2061, 6, 20, 13, 40), at(2061, 6, 20, 14, 3),
                                 "script", "203.0.113.9", seed + 74),
                          Signer(garrett, app.email, "Employee", at(2061, 6, 20, 14, 3), at(2061, 6, 21, 8, 15),
                                 "drawn", "192.0.2.78", seed + 72)], doc_pages=1)
    offer = offer_letter(offer_env, "Clark Fork Logistics, Inc.", "900 Scott Street, Missoula, MT 59802", garrett,
                         addr, dt.date(2061, 6, 20), "Missoula, Montana", "Boise, Idaho", dt.date(2061, 7, 5), 6500.00,
                         "Regional Dispatch Supervisor")
    p = Packet("cl7", received, app, [])
    folder = loan
    p.file(f"{folder}/Fairweather_SealPoint_completed.pdf", [
        (app_doc(), form710_esigned(app, env)), (form4506c_doc(env), f4506),
        (None, paper_pdf(Paper([certificate_page(env)])))])
    for s in (s1, s2):
        p.file(f"{folder}/Copperline eStatement {s.date.strftime('%m-%d-%Y')}.pdf", [(stmt_doc(s), paper_pdf(s.paper))])
    p.file(f"{folder}/Transfer offer signed.pdf", [(letter_doc(offer), paper_pdf(offer.paper))])
    return p


def packet_cl8(seed: int) -> Packet:
    """Incomplete (application_field:hardship_start_date, hardship_doc:death): one PDF the widow merged from her
    downloads - Cascade Ridge's e-form from a completed SealPoint envelope with the start date left blank, its
    certificate, a ClockBay paycheck, a survivor pension letter, and the web-form hardship statement she printed
    and scanned. No death certificate or obituary."""
    received = dt.date(2061, 10, 11)
    loan = "1175830264"
    name = "Bernadette L. Szymanski"
    addr = ["77 Foxglove Circle", "Kalamazoo, MI 49008"]
    stub = clockbay_stub("Portage Staffing Group", name, "PSG-31842", "Packing line - Oakwood Foods",
                         dt.date(2061, 1, 7), dt.date(2061, 10, 7), 17.25, 40.0, WH_MI, at(2061, 10, 8, 10, 2),
                         seed * 7 + 8)
    pension = pension_portal_letter("Great Lakes Pipefitters Pension Fund", "1200 Portage Road, Kalamazoo, MI 49001"
                                    "  -  (269) 555-0150", name, addr, at(2061, 9, 29, 19, 22), 1388.40,
                                    "surviving spouse pension", dt.date(2061, 8, 1), Color(0.1, 0.35, 0.25))
    app = App(loan, name, "983-45-1067", "77 Foxglove Circle", "Kalamazoo", "MI", "49008", "(269) 555-0135",
              "bszymanski@example.net", "primary_residence", ["death"], None, "long",
              {"wages": stub.monthly, "benefits_taxable": 1388.40}, dt.date(2061, 10, 5), seed=seed + 81)
    env = Envelope("SealPoint", f"cl8/{seed}", f"Cascade Ridge - Mortgage Assistance Application - Loan {loan}",
                   *CASCADE_ENV, "Eastern",
                   [Signer(name, app.email, "Borrower", at(2061, 10, 4, 10, 0), at(2061, 10, 5, 21, 32), "drawn",
                           "198.51.100.204", seed + 82)], doc_pages=3)
    hl = web_hardship(CASCADE, loan, name, None, app.address, at(2061, 10, 5, 21, 10), [
        "My husband Leon died on July 2 after a heart attack at work. He was the main earner in our house. I work "
        "through a staffing agency on a packing line and now also receive his union's surviving spouse pension.",
        "Together my income is about two thirds of what we had. I want to stay in our home and ask for a payment "
        "I can manage on my own."], name)
    p = Packet("cl8", received, app, ["application_field:hardship_start_date", "hardship_doc:death"])
    style = Scan(dpi=150, tilt=0.6, blur=0.55, noise=0.0007)
    p.file(f"{loan} mortgage help documents.pdf", [
        (app_doc(), paper_pdf(crhl_form(app, env))), (None, paper_pdf(Paper([certificate_page(env)]))),
        (stub_doc(stub), paper_pdf(stub.paper)), (letter_doc(pension), paper_pdf(pension.paper)),
        (letter_doc(hl), paper_pdf(hl.paper), style)], seed + 800)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cl1, packet_cl2, packet_cl3, packet_cl4, packet_cl5, packet_cl6,
                                             packet_cl7, packet_cl8]


def check(out: Path, names: Sequence[str]) -> list[str]:
    """Validate every expected.json written: keys, codes, types, dates, pages, scanned, privacy and size."""
    import re

    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    full_ssn = re.compile(r"\b9\d\d-\d\d-\d{4}\b")
    for name in names:
        exp_path = out / name / "expected.json"
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2061 or received.weekday() > 4:
            problems.append(f"{name}: received_on {received} is not a weekday of 2061")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address",
                        "occupancy", "hardship_types", "hardship_start_date", "income", "signed", "signed_on",
                        "co_borrower_signed"}:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if not 6 <= len(app["loan_number"]) <= 15 or not app["loan_number"].isdigit():
            problems.append(f"{name}: loan number {app['loan_number']}")
        inbox = exp_path.parent / "inbox"
        readers = {str(f.relative_to(inbox)): PdfReader(f) for f in sorted(inbox.rglob("*.pdf"))}
        total_pages = sum(len(r.pages) for r in readers.values())
        if not 4 <= total_pages <= 12:
            problems.append(f"{name}: {total_pages} pages in the inbox")
        for rel, reader in readers.items():
            for i, page in enumerate(reader.pages, 1):
                text = page.extract_text() or ""
                if full_ssn.search(text):
                    problems.append(f"{name}: a full SSN on {rel}#{i}")
                for run in re.findall(r"\d{6,}", text):
                    if run != exp["loan_number"]:
                        problems.append(f"{name}: a number that reads like a loan number ({run}) on {rel}#{i}")
                if text.strip() and SYNTH not in " ".join(text.split()):
                    problems.append(f"{name}: no synthetic-document line on {rel}#{i}")
        seen: set[tuple[str, int]] = set()
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if not doc["pages"]:
                problems.append(f"{name}: {doc['id']} has no pages")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                reader = readers.get(pg["file"])
                if reader is None:
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
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
                if f["pay_date"] > exp["received_on"]:
                    problems.append(f"{name}: a pay date after the received date")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cl1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        root = args.out / p.name
        if (root / "inbox").exists():
            for old in sorted((root / "inbox").rglob("*"), reverse=True):
                old.unlink() if old.is_file() else old.rmdir()
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        built.append(p.name)
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, built)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
