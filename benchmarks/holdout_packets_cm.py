"""Holdout set cm (cm1..cm8): MULTILINGUAL IMMIGRANT HOUSEHOLDS - Vietnamese, Brazilian Portuguese, Haitian Creole,
Polish and Tagalog speakers, whose papers mix English with the family's own language.

Written blind: from shared/spec (README, checklist.md, case-report.schema.json, form710.md, domain-rules.md,
loan-data.md, architecture.md, modification-agreement.md), shared/samples (the packets, their expected.json and
README), shared/reference/README.md and the blank Form 710 and Form 4506-C it names, tests/pdf_factory.py,
tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in full (the scaffold:
signatures, scan noise, invariant reportlab output, expected.json, --check; its helpers are copied and adapted here)
and ONLY the module docstrings of the other holdout_packets_*.py - never the service's code, rules, data files,
tests, README or history, and the service was not run on these packets.

    python benchmarks/holdout_packets_cm.py OUT_DIR [--seed N] [--check] [--only cm1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are weekdays of 2061 (March to October). The seed
changes salon revenue, tips, hours, pen strokes and scanner noise - never names, dates, amounts on the applications
or which codes are missing. Same seed, same bytes (reportlab invariant mode with subset TrueType fonts, seeded noise,
fixed pypdf identifiers). All people, employers, agencies, parishes, translators, banks and servicers are fictional;
SSNs use the 900-999 area and are printed as last four digits only; every page carries a faint "synthetic test
document" line. Text is set in Liberation and DejaVu TrueType faces so that every diacritic is a real glyph with a
real Unicode value in the text layer (NFC: "ễ" is one code point, not "e" plus combining marks).

THEME. Houston nail-salon and supermarket workers from Vietnam (cm1, cm5), a Brazilian churrascaria waiter in
Framingham and a Brazilian house cleaner and landlady in Newark (cm2, cm6), a Haitian home health aide in North
Miami widowed this year (cm3), Polish families near Chicago - a remodeling contractor and a bakery clerk, a framer
and a nursing-home aide (cm4, cm8) - and a Filipino caregiver in Daly City (cm7). Names carry their diacritics:
Nguyễn Thị Thu Hằng, Trần Văn Phúc, Lâm Quốc Bảo, João Paulo Gonçalves, Ana Cláudia Gonçalves, Rosângela Araújo
Ferreira, Marie-Ange Désir, Krzysztof Wiśniewski, Małgorzata Wiśniewska, Tomasz Zieliński, Agnieszka Zielińska,
Teresita Mañalac Villanueva.

APPLICATIONS (mortgage_assistance_application)
- Lotus Harbor Mortgage Servicing's bilingual "ĐƠN XIN HỖ TRỢ KHOẢN VAY THẾ CHẤP / MORTGAGE ASSISTANCE APPLICATION"
  (Form LH-7V, two pages): a lotus mark and a plum band; every question is one numbered ROW OF A THREE-COLUMN TABLE
  - the ENGLISH wording in the left column, the VIETNAMESE wording SIDE BY SIDE in the middle column, the answer in
  a boxed right column headed "ANSWER · TRẢ LỜI"; sections A (loan and borrowers, with a preferred-language row),
  B (property: street, city, state, ZIP in four rows, occupancy as three boxes in the answer cell), C (hardship:
  date, duration boxes, TEN REASON ROWS 15a-15j each with its own answer box, an explanation row); page 2 D (income
  rows 17-24, row 25 TOTAL), E (assets, a distractor), F (the certification as two paragraphs side by side, English
  and Vietnamese, then signature and date rows). Typed on screen and signed on screen with the date typed (cm1);
  typed, printed, signed and dated in ink by the borrower only - the co-borrower's row stays empty - and scanned
  grey at 200 dpi (cm5).
- Atlântica Home Loan Servicing's "SOLICITAÇÃO DE ASSISTÊNCIA HIPOTECÁRIA · MORTGAGE ASSISTANCE REQUEST" (Form
  AHS-40PT, two pages): green section bands titled in English at the left and in Portuguese at the right; every
  answer is a BOX WHOSE OWN TOP EDGE CARRIES BOTH CAPTIONS - English small bold capitals at the top left, the
  Portuguese in italics at the top right ("Borrower name" ... "Nome do mutuário") - with the answer typed in the
  box; choices are round bullets (filled when chosen) with "English · Português" labels; the monthly income is a
  GRID OF EIGHT BOXES (two columns, four rows) each captioned both ways with a "$" amount, above a wide TOTAL box.
  Typed, printed, signed and dated in ink by both spouses and scanned grey at 200 dpi inside one combined scan
  (cm2); typed and signed on screen, date typed (cm6).
- Keystone Commons Loan Servicing's "MORTGAGE ASSISTANCE APPLICATION" printed in a language edition - KC-12HT with
  Haitian Creole ("APLIKASYON POU ÈD SOU IPOTÈK") and KC-12TL with Tagalog ("APLIKASYON PARA SA TULONG SA
  MORTGAGE"): NEWSPAPER-STYLE TWO-COLUMN pages of numbered questions 1-17, each question in English bold with its
  translation in grey italics UNDER it and the answer on a rule UNDER both; choices are boxes with two-line labels;
  question 14's income lines a-h and i TOTAL ask to "write 0 if none". Filled BY HAND in ink (block letters, X-ed
  boxes), signed and dated, FAXED at 200 dpi behind a Haitian community center's fax cover (cm3); typed and signed on
  screen by both spouses with the HARDSHIP DATE LEFT BLANK (cm7).
- The real Form 710 (April 2023) through its AcroForm: typed and signed on screen with drawn strokes, dates typed
  (cm4); typed, printed, signed and dated in ink by both spouses and scanned grey at 200 dpi behind a Code 128
  "LOAN <number>" separator sheet (cm8). Form 710 prints no income total, so `total` is the sum of its lines.

PAY STUBS (year to date = the sum of that year's checks; frequency printed on each; Texas and Florida withhold no
state tax). A nail salon's bi-weekly "PHIẾU LƯƠNG / EARNINGS STATEMENT" paid by SERVICE COMMISSION plus REPORTED
TIPS, printed by a payroll service that drops diacritics ("NGUYEN THI THU HANG", cm1); a churrascaria's weekly
"RECIBO DE PAGAMENTO SEMANAL · WEEKLY PAY RECEIPT" with hourly wages and gorjetas and NO YEAR-TO-DATE figures (cm2);
home health agencies' stubs with a shift log, labels in Kreyòl / English ("FICH PEMAN", weekly, cm3) and Tagalog /
English ("TALAAN NG SAHOD", bi-weekly, cm7); ledger-style stubs - a Polish bakery's semi-monthly "ODCINEK WYPŁATY"
(cm4), a Vietnamese supermarket's semi-monthly "BẢNG LƯƠNG" (cm5), a cleaning company's bi-weekly "HOLERITE" (cm6)
and a framing contractor's weekly "TYGODNIOWY ODCINEK WYPŁATY" above its voided check (cm8).

OTHER PAPERS. Hardship letters written in the borrower's language - Vietnamese HANDWRITTEN on ruled paper (cm1),
Portuguese, Kreyòl, Tagalog and Polish typed - each dated in its own language's words ("Houston, ngày 14 tháng 3
năm 2061", "Framingham, 9 de abril de 2061", "North Miami, 12 me 2061", "Daly City, ika-12 ng Setyembre, 2061",
"Niles, 12 czerwca 2061 r."), five of them followed by a translation agency's ENGLISH TRANSLATION and its signed
CERTIFICATE OF TRANSLATION; English benefit letters (a hospitality pension fund's surviving-spouse pension,
taxable, cm3; Social Security's SSI notice, non-taxable, cm5; a disability insurer's long-term disability approval,
taxable, cm8); a Kreyòl/French community weekly's obituary ("NEKWOLOJI · AVIS DE DÉCÈS", cm3); a bilingual Polish
profit and loss statement, signed and dated (cm4); a New Jersey Final Judgment of Divorce (cm6); two deposited rent
checks photocopied front and back (cm6); page 1 of the real IRS Form 4506-C (cm6); thermal REMITTANCE RECEIPTS for
money sent home to Vietnam, Haiti and the Philippines, laid on a flatbed and scanned at 150 dpi (cm1, cm5, cm7) or
faxed (cm3); letters from a Brazilian church, a Polish parish mission, a Buddhist temple and a Filipino community
center (cm2, cm4, cm5, cm7).

HOW A CAREFUL PROCESSOR READS THESE PAPERS (where a spec-literal reader could dispute, what is recorded here):
- Names are recorded exactly as each paper writes them, diacritics included, in the order written (Vietnamese
  family name first: "Nguyễn Thị Thu Hằng"). A payroll service that prints "NGUYEN THI THU HANG" gives that stub's
  employee_name as printed - the stub does not say "Nguyễn", so the stub's field is not corrected to the form's
  spelling. Employers are the legal name at the head of the stub ("Hoa Sen Nails & Spa LLC", "Churrascaria Fogo do
  Vale, LLC", "Piekarnia Pod Kasztanem Bakery, Inc.", "Á Đông Supermarket, Inc.").
- A bilingual form states each answer once; the English and the translated caption are one question. Lotus
  Harbor's, Atlântica's and Keystone Commons' forms are each "the servicer's equivalent" of Form 710.
- KC-12's income lines "write 0 if none": a line with 0 or 0.00 is not a claim (only lines above zero are listed);
  `total` is the TOTAL line the borrower wrote (equal to the sum here). LH-7V's and AHS-40PT's TOTAL likewise.
- Letter dates written in Vietnamese, Portuguese, Kreyòl, Tagalog or Polish words are ordinary letter dates
  (ISO in expected.json). Forms and stubs print mm/dd/yyyy ("tháng/ngày/năm", "mm/dd/aaaa", "mm/jj/aaaa").
- A hardship letter in the borrower's language is a hardship_letter: a written statement of the hardship, whatever
  the language. The agency's English TRANSLATION is its own logical document (its own letterhead, "ENGLISH
  TRANSLATION", "Original document: one-page letter in Vietnamese") of type hardship_letter, and its letter_date is
  the date of the letter it translates, which it reproduces in the dateline; no translator's date is on it. The
  CERTIFICATE OF TRANSLATION (the translator's signed statement that the attached translation is accurate, dated a
  few days later) is its own one-page document of type `other`: it certifies a translation and explains no hardship.
  A reader who stapled translation and certificate into one document, or typed the translation `other`, would change
  document checks but no status: wherever a hardship letter is required, the original letter is in the packet.
- Letters from a church, a parish mission, a temple or a community center are `other`: they are third parties'
  letters of support, not the borrower's own written statement, and they give no benefit amount and frequency.
  Remittance receipts are `other` (money the household SENDS abroad, not income). Fax cover and separator sheets
  are not listed.
- cm2: both churrascaria stubs are fresh but print NO year-to-date earnings, nothing else gives year-to-date
  earnings and there are no bank statements: income_doc:wages is missing (Form 710: "most recent pay stub and
  documentation of year-to-date earnings if not on pay stub"). Their gross_ytd is null. Tips (gorjetas, reported
  tips) are part of the gross each stub prints.
- cm4: self-employment is documented by a signed and dated year-to-date profit and loss statement (period ending
  May 31, signed June 10, both within 90 days), but no Form 4506-C came: irs_form_4506c is missing, nothing else.
- cm5: the co-borrower is named on LH-7V and his signature and date are empty: application_signature (signed true,
  co_borrower_signed false).
- cm7: KC-12TL's hardship date is blank; the Tagalog letter says only "noong nakaraang taon" (last year), which
  fills no date: application_field:hardship_start_date, hardship_start_date null.
- cm6: the two rent checks (July 1 and August 1, each photocopied front and back with the bank's deposit
  endorsement) are the two most recent deposited rent checks; a signed 4506-C covers rental income; the "FINAL
  JUDGMENT OF DIVORCE" of a New Jersey court is a final decree. Rent checks carry fields {}.
- cm3: the obituary in Kreyòl and French satisfies hardship_doc:death as an obituary, whatever its language; like
  the samples' obituary it carries fields {}. The letter's and the obituary's "28 janvye 2061" is the death, not a
  letter date: each letter's date is its dateline.
- File names keep their diacritics as received ("Thư xin hỗ trợ.pdf", "Gonçalves 3308817264.pdf", Polish and
  Portuguese names), in NFC.

PACKETS
- cm1 complete: loan folder of e-mailed files - LH-7V on screen (both spouses), two bi-weekly nail-salon stubs
  (born-digital), the handwritten Vietnamese letter (scan), translation + certificate (one born-digital file),
  a remittance receipt (scan). Reduction in income and the husband's illness (the letter covers it).
- cm2 incomplete [income_doc:wages]: one 200 dpi grey scan named "Gonçalves <loan>.pdf" - AHS-40PT in ink, two
  churrascaria stubs without YTD, the Portuguese letter, translation, certificate, a church letter.
- cm3 complete: one 200 dpi fax behind a community center's cover - KC-12HT filled by hand, a weekly home-health
  stub, the surviving-spouse pension letter, the obituary, the Kreyòl letter, translation, certificate, a
  remittance receipt. Death of the husband; wages and taxable pension documented.
- cm4 incomplete [irs_form_4506c]: loose born-digital files "<loan> - ..." - Form 710 on screen (both spouses), the
  bakery stub, the signed P&L, the Polish letter (typed, signed on screen), the parish mission's letter (150 dpi
  scan).
- cm5 incomplete [application_signature]: loan folder of scans "SCAN0001..5" (200 dpi; the receipt 150 dpi) -
  LH-7V in ink (borrower only), two supermarket stubs in one file, the SSI notice, a remittance receipt, the
  temple's letter.
- cm6 complete: loose files "Ferreira <loan> ..." - AHS-40PT on screen, a bi-weekly holerite, the rent checks
  (scan, two documents in one file), the 4506-C on screen, the divorce judgment (scan, two pages).
- cm7 incomplete [application_field:hardship_start_date]: ONE combined upload "<loan>_upload.pdf" of born-digital
  pages and one scanned page - KC-12TL on screen (both spouses), two bi-weekly home-health stubs, the Tagalog
  letter, translation, certificate, a remittance receipt (the image page), a community center's letter.
- cm8 complete: ONE 200 dpi grey scan behind a separator sheet - Form 710 in ink (both spouses), a weekly framing
  stub over its voided check, the long-term disability approval, the Polish letter, translation, certificate.
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
import unicodedata
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

_FONT_FILES = {
    "Sans": "liberation2/LiberationSans-Regular.ttf", "Sans-B": "liberation2/LiberationSans-Bold.ttf",
    "Sans-I": "liberation2/LiberationSans-Italic.ttf", "Sans-BI": "liberation2/LiberationSans-BoldItalic.ttf",
    "Serif": "liberation2/LiberationSerif-Regular.ttf", "Serif-B": "liberation2/LiberationSerif-Bold.ttf",
    "Serif-I": "liberation2/LiberationSerif-Italic.ttf", "Mono": "liberation2/LiberationMono-Regular.ttf",
    "Mono-B": "liberation2/LiberationMono-Bold.ttf", "DV": "dejavu/DejaVuSans.ttf",
    "DV-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf", "DVC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVC-I": "dejavu/DejaVuSansCondensed-Oblique.ttf", "DVS": "dejavu/DejaVuSerif.ttf",
    "DVS-B": "dejavu/DejaVuSerif-Bold.ttf", "DVS-I": "dejavu/DejaVuSerif-Italic.ttf",
}
for _name, _file in _FONT_FILES.items():
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))

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
PLUM = Color(0.42, 0.16, 0.36)
GREEN = Color(0.05, 0.36, 0.27)
NAVY = Color(0.12, 0.2, 0.38)
GREY = Color(0.38, 0.38, 0.38)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- dates in the families' languages -------------------------------------------------------------------------

PT_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro")
HT_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm",
             "desanm")
PL_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia")
TL_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
             "Nobyembre", "Disyembre")


def vn_date(d: dt.date) -> str:
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def pt_date(d: dt.date) -> str:
    return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


def ht_date(d: dt.date) -> str:
    return f"{d.day} {HT_MONTHS[d.month - 1]} {d.year}"


def pl_date(d: dt.date) -> str:
    return f"{d.day} {PL_MONTHS[d.month - 1]} {d.year} r."


def tl_date(d: dt.date) -> str:
    return f"ika-{d.day} ng {TL_MONTHS[d.month - 1]}, {d.year}"


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig"), a hand-written string ("hand") or a pen X in a box ("x").
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
        elif m.kind == "x":
            c.setFont("Mono-B", 10)
            c.drawString(m.x, m.y, "X")
        else:  # typed on screen
            c.setFont("Mono", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, creator: str = "holdout_packets_cm") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        marks = fn(c)
        apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 200
    tilt: float = 0.3
    blur: float = 0.5
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
        elif m.kind == "x":  # two pen strokes across a box m.w points wide, its lower-left corner at x, y
            rng = random.Random(m.seed)
            width = max(2, round(1.2 * scale))
            j = [rng.uniform(-0.8, 0.8) for _ in range(8)]
            a = ((m.x + 1 + j[0]) * scale, (page_h - m.y - 1 - j[1]) * scale)
            b = ((m.x + m.w - 1 + j[2]) * scale, (page_h - m.y - m.w + 1 + j[3]) * scale)
            d = ((m.x + 1 + j[4]) * scale, (page_h - m.y - m.w + 1 + j[5]) * scale)
            e = ((m.x + m.w - 1 + j[6]) * scale, (page_h - m.y - 1 - j[7]) * scale)
            draw.line([a, b], fill=35, width=width)
            draw.line([d, e], fill=35, width=width)
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.97, 1.06)


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
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def _draw_sheet(c: Canvas, sheet: ScannedPage, fax: bool) -> None:
    c.setPageSize(sheet.size)
    data = io.BytesIO()
    if fax:
        sheet.image.convert("L").save(data, "PNG", optimize=False)
    else:
        sheet.image.save(data, "JPEG", quality=78)
    data.seek(0)
    c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        _draw_sheet(c, sheet, style.fax)
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cm"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- text helpers ---------------------------------------------------------------------------------------------


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


def fit(c: Canvas, x: float, y: float, text: str, font: str, size: float, width: float) -> None:
    """Draw text at x, y, shrinking the size until it fits width."""
    while size > 5 and stringWidth(text, font, size) > width:
        size -= 0.25
    c.setFont(font, size)
    c.drawString(x, y, text)


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # key -> (quantity, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Tax:
    """Withholding: federal rate, FICA, an optional state rate and fixed deductions, keyed by stable names."""

    fed: float = 0.08
    state: float = 0.0
    sdi: float = 0.0
    deductions: tuple[tuple[str, float], ...] = ()  # key, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"fed": r2(gross * self.fed), "ss": r2(gross * 0.062), "med": r2(gross * 0.0145)}
        if self.state:
            out["state"] = r2(gross * self.state)
        if self.sdi:
            out["sdi"] = r2(gross * self.sdi)
        return out

    def withheld(self, gross: float) -> dict[str, float]:
        out = self.taxes(gross)
        out.update(dict(self.deductions))
        return out


def net_of(ch: Check, tax: Tax) -> float:
    return r2(ch.gross - sum(tax.withheld(ch.gross).values()))


def ytd_of(checks: Sequence[Check], tax: Tax) -> dict[str, float]:
    """Year-to-date figures of the checks paid in the current check's year: lines, withholdings, gross, net."""
    year = checks[-1].pay_date.year
    total: dict[str, float] = {}
    for ch in checks:
        if ch.pay_date.year != year:
            continue
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(tax.withheld(ch.gross))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, tax)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def stepped_periods(first_pay: dt.date, current: dt.date, days: int, lag: int) -> list[tuple[dt.date, dt.date,
                                                                                          dt.date]]:
    """(start, end, pay date) of weekly or bi-weekly checks from first_pay up to current; the period ends lag days
    before its pay date."""
    out = []
    d = first_pay
    while d <= current:
        end = d - dt.timedelta(days=lag)
        out.append((end - dt.timedelta(days=days - 1), end, d))
        d += dt.timedelta(days=days)
    return out


def semimonthly_periods(year: int, current: dt.date, lag: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """The 1st-15th and 16th-last periods, each paid lag days after it ends, whose pay date falls in year."""
    out = []
    for y, m in [(year - 1, 12)] + [(year, k) for k in range(1, 13)]:
        last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
        for a, b in ((1, 15), (16, last)):
            start, end = dt.date(y, m, a), dt.date(y, m, b)
            pay = end + dt.timedelta(days=lag)
            if pay.year == year and pay <= current:
                out.append((start, end, pay))
    return out


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

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def two_line(c: Canvas, x: float, y: float, native: str, english: str, size: float = 7.5, bold: bool = True,
             right: bool = False, fonts: tuple[str, str] = ("Sans-B", "Sans-I")) -> None:
    """A caption in the family's language over its English (smaller, italic)."""
    f1 = fonts[0] if bold else fonts[0].replace("-B", "")
    draw = c.drawRightString if right else c.drawString
    c.setFont(f1, size)
    draw(x, y, native)
    c.setFont(fonts[1], size - 1)
    draw(x, y - size, english)


def salon_stub(seed: int, employer: str, address: str, employee: str, emp_id: str, pay_date: dt.date,
               tax: Tax, share: float = 0.60) -> Stub:
    """A nail salon's bi-weekly 'PHIẾU LƯƠNG / EARNINGS STATEMENT': service commission plus reported tips."""
    checks = []
    for start, end, d in stepped_periods(dt.date(pay_date.year, 1, 7), pay_date, 14, 5):
        rr = random.Random(f"{emp_id}{d}{seed}")
        revenue = r2(rr.uniform(2500, 3400))
        tips = r2(rr.uniform(380, 640))
        checks.append(Check(d, start, end, {"comm": (revenue, share, r2(revenue * share)), "tips": (0, 0, tips)}))
    ch = checks[-1]
    ytd = ytd_of(checks, tax)
    net = net_of(ch, tax)
    rose = Color(0.72, 0.27, 0.45)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(rose)
        c.rect(40, 748, 532, 5, stroke=0, fill=1)
        for i in range(5):  # a small lotus of petals
            ang = math.radians(90 + (i - 2) * 28)
            c.ellipse(66 + 14 * math.cos(ang) - 5, 712 + 14 * math.sin(ang) - 9,
                      66 + 14 * math.cos(ang) + 5, 712 + 14 * math.sin(ang) + 9, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("DV-B", 15)
        c.drawString(92, 722, employer.upper())
        c.setFont("DV", 8)
        c.drawString(92, 709, address)
        c.setFont("DV-B", 14)
        c.drawRightString(572, 724, "PHIẾU LƯƠNG")
        c.setFont("DV", 9)
        c.drawRightString(572, 711, "EARNINGS STATEMENT")
        c.setLineWidth(0.6)
        c.rect(40, 600, 532, 88, stroke=1, fill=0)
        info = [("Nhân viên", "Employee", employee), ("Mã nhân viên", "Employee ID", emp_id),
                ("Chức vụ", "Position", "Thợ nail / Nail technician"),
                ("Kỳ lương", "Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}"),
                ("Ngày trả lương", "Pay date", mdy(ch.pay_date)),
                ("Định kỳ trả lương", "Pay frequency", "Mỗi 2 tuần / Bi-weekly")]
        for i, (vn, en, val) in enumerate(info):
            col, row = divmod(i, 3)
            x = 48 + col * 266
            y = 672 - row * 27
            two_line(c, x, y, vn, en, 7.5, fonts=("DVC-B", "DVC-I"))
            c.setFont("DV", 10)
            c.drawString(x + 92, y - 4, val)
        y = 578
        c.setFillColor(rose)
        c.rect(40, y - 4, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DV-B", 8.5)
        c.drawString(46, y + 1, "THU NHẬP / EARNINGS")
        for x, vn, en in ((410, "Kỳ này", "This period"), (560, "Từ đầu năm", "Year to date")):
            c.drawRightString(x, y + 1, f"{vn} / {en}")
        c.setFillColor(black)
        y -= 22
        rows = [("Hoa hồng dịch vụ", "Service commission",
                 f"Doanh thu / Sales ${money(ch.lines['comm'][0])} × {share * 100:.0f}%", ch.lines["comm"][2],
                 ytd["comm"]),
                ("Tiền tip (đã báo cáo)", "Tips (reported)", "", ch.lines["tips"][2], ytd["tips"])]
        for vn, en, detail, cur, yr in rows:
            two_line(c, 46, y, vn, en, 8.5, fonts=("DV-B", "DVC-I"))
            c.setFont("DV", 8.5)
            c.drawString(200, y - 3, detail)
            c.setFont("DV", 9.5)
            c.drawRightString(410, y - 3, money(cur))
            c.drawRightString(560, y - 3, money(yr))
            y -= 26
        c.line(46, y + 12, 566, y + 12)
        two_line(c, 46, y, "TỔNG LƯƠNG GỘP", "GROSS PAY", 9, fonts=("DV-B", "DVC-I"))
        c.setFont("DV-B", 10)
        c.drawRightString(410, y - 3, money(ch.gross))
        c.drawRightString(560, y - 3, money(ytd["GROSS"]))
        y -= 34
        c.setFillColor(rose)
        c.rect(40, y - 4, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DV-B", 8.5)
        c.drawString(46, y + 1, "KHẤU TRỪ / DEDUCTIONS")
        c.setFillColor(black)
        y -= 22
        labels = {"fed": ("Thuế thu nhập liên bang", "Federal income tax"), "ss": ("An Sinh Xã Hội", "Social Security"),
                  "med": ("Medicare", "Medicare tax")}
        for k, v in tax.withheld(ch.gross).items():
            vn, en = labels[k]
            two_line(c, 46, y, vn, en, 8.5, bold=False, fonts=("DV-B", "DVC-I"))
            c.setFont("DV", 9.5)
            c.drawRightString(410, y - 3, money(v))
            c.drawRightString(560, y - 3, money(ytd[k]))
            y -= 24
        y -= 6
        c.setFillGray(0.92)
        c.rect(300, y - 14, 272, 30, stroke=1, fill=1)
        c.setFillColor(black)
        two_line(c, 308, y + 4, "LƯƠNG THỰC LÃNH", "NET PAY", 9, fonts=("DV-B", "DVC-I"))
        c.setFont("DV-B", 11)
        c.drawRightString(470, y - 4, money(net))
        c.setFont("DV", 9)
        c.drawRightString(564, y - 4, money(ytd["NET"]))
        c.setFont("DV", 7.5)
        c.drawString(40, y - 40, "Trả bằng chuyển khoản / Paid by direct deposit.  Payroll prepared by Bayou Payroll "
                                 "Services, Houston TX.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net), ch.pay_date)


def receipt_stub(seed: int, employer: str, address: str, employee: str, position: str, pay_date: dt.date,
                 rate: float, tax: Tax, ink_seed: int) -> Stub:
    """A churrascaria's weekly pay receipt: hourly wages and tips, NO year-to-date figures, signed by the waiter."""
    rr = random.Random(f"{employee}{pay_date}{seed}")
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    hours = float(rr.choice([24, 26, 27, 28, 30]))
    tips = r2(rr.uniform(290, 430))
    ch = Check(pay_date, start, end, {"hourly": (hours, rate, r2(hours * rate)), "tips": (0, 0, tips)})
    net = net_of(ch, tax)
    wine = Color(0.5, 0.09, 0.1)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.rect(60, 330, 492, 420, stroke=1, fill=0)
        c.setFont("Serif-B", 17)
        c.drawCentredString(W / 2, 722, employer.upper())
        c.setFont("Serif-I", 9)
        c.drawCentredString(W / 2, 708, address)
        c.setFillColor(wine)
        c.rect(60, 680, 492, 20, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 10)
        c.drawCentredString(W / 2, 686, "RECIBO DE PAGAMENTO SEMANAL  ·  WEEKLY PAY RECEIPT")
        c.setFillColor(black)
        rows = [("Funcionário / Employee", employee), ("Função / Position", position),
                ("Semana trabalhada / Week worked", f"{mdy(start)}  a / to  {mdy(end)}"),
                ("Data do pagamento / Pay date", mdy(pay_date)), ("Frequência / Frequency", "Semanal / Weekly")]
        y = 660
        for k, v in rows:
            c.setFont("Sans-B", 9)
            c.drawString(74, y, k + ":")
            c.setFont("Mono", 10)
            c.drawString(270, y, v)
            y -= 15
        y -= 8
        c.setFont("Sans-B", 8)
        c.drawString(74, y, "Descrição / Description")
        c.drawRightString(330, y, "Horas / Hours")
        c.drawRightString(420, y, "Valor / Rate")
        c.drawRightString(536, y, "Total")
        c.setLineWidth(0.6)
        c.line(74, y - 4, 538, y - 4)
        y -= 17
        c.setFont("Sans", 9.5)
        hrs, rt, amt = ch.lines["hourly"]
        c.drawString(74, y, "Salário por hora / Hourly wages")
        c.drawRightString(330, y, f"{hrs:.2f}")
        c.drawRightString(420, y, money(rt))
        c.drawRightString(536, y, money(amt))
        y -= 15
        c.drawString(74, y, "Gorjetas / Tips")
        c.drawRightString(536, y, money(ch.lines["tips"][2]))
        y -= 6
        c.line(380, y, 538, y)
        y -= 13
        c.setFont("Sans-B", 10)
        c.drawString(74, y, "TOTAL BRUTO / GROSS TOTAL")
        c.drawRightString(536, y, money(ch.gross))
        y -= 22
        c.setFont("Sans-B", 8)
        c.drawString(74, y, "Descontos / Deductions")
        y -= 15
        labels = {"fed": "Imposto de renda federal / Federal income tax", "ss": "Seguro Social / Social Security",
                  "med": "Medicare", "state": "Imposto estadual MA / MA income tax",
                  "pfml": "Licença familiar MA / MA PFML"}
        c.setFont("Sans", 9.5)
        for k, v in tax.withheld(ch.gross).items():
            c.drawString(74, y, labels[k])
            c.drawRightString(536, y, f"({money(v)})")
            y -= 14
        c.line(380, y + 6, 538, y + 6)
        y -= 8
        c.setFont("Sans-B", 11)
        c.drawString(74, y, "TOTAL LÍQUIDO / NET PAY")
        c.drawRightString(536, y, money(net))
        y -= 30
        c.setFont("Serif-I", 9)
        c.drawString(74, y, "Recebi a importância líquida acima.  /  I received the net amount above.")
        c.line(74, y - 30, 300, y - 30)
        c.setFont("Sans", 7.5)
        c.drawString(74, y - 40, "Assinatura do funcionário / Employee signature")
        return [Mark("sig", 84, y - 28, w=150, seed=ink_seed)]

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "weekly", None, net), pay_date)


AGENCY_LABELS = {
    "ht": {"title": ("FICH PEMAN", "EARNINGS STATEMENT"), "employee": ("Anplwaye", "Employee"),
           "id": ("Nimewo anplwaye", "Employee no."), "period": ("Peryòd peman", "Pay period"),
           "pay": ("Dat peman", "Pay date"), "freq": ("Frekans", "Frequency"),
           "freq_v": {"weekly": "Chak semèn / Weekly", "biweekly": "Chak 2 semèn / Bi-weekly"},
           "log": ("LIS VIZIT YO", "SHIFT LOG"), "date": ("Dat", "Date"), "client": ("Kliyan", "Client"),
           "hours": ("Lè", "Hours"), "reg": ("Lè regilye", "Regular hours"), "ot": ("Lè siplemantè", "Overtime"),
           "cur": ("Peryòd sa a", "This period"), "ytd": ("Depi kòmansman ane a", "Year to date"),
           "gross": ("SALÈ BRIT", "GROSS PAY"), "net": ("SALÈ NÈT", "NET PAY"),
           "fed": ("Enpo federal", "Federal income tax"), "ss": ("Sekirite Sosyal", "Social Security"),
           "med": ("Medicare", "Medicare"), "state": ("Enpo eta", "State income tax"), "sdi": ("SDI", "SDI"),
           "rate": ("To", "Rate"), "earn": ("SALÈ", "EARNINGS"), "ded": ("DEDIKSYON", "DEDUCTIONS")},
    "tl": {"title": ("TALAAN NG SAHOD", "PAY STUB"), "employee": ("Empleyado", "Employee"),
           "id": ("Numero ng empleyado", "Employee no."), "period": ("Panahon ng bayad", "Pay period"),
           "pay": ("Petsa ng bayad", "Pay date"), "freq": ("Dalas ng bayad", "Frequency"),
           "freq_v": {"weekly": "Lingguhan / Weekly", "biweekly": "Kada 2 linggo / Bi-weekly"},
           "log": ("TALAAN NG SHIFT", "SHIFT LOG"), "date": ("Petsa", "Date"), "client": ("Kliyente", "Client"),
           "hours": ("Oras", "Hours"), "reg": ("Regular na oras", "Regular hours"), "ot": ("Overtime", "Overtime"),
           "cur": ("Ngayong panahon", "This period"), "ytd": ("Mula simula ng taon", "Year to date"),
           "gross": ("KABUUANG KITA", "GROSS PAY"), "net": ("NETONG SAHOD", "NET PAY"),
           "fed": ("Federal na buwis", "Federal income tax"), "ss": ("Social Security", "Social Security"),
           "med": ("Medicare", "Medicare"), "state": ("Buwis ng estado (CA)", "CA income tax"),
           "sdi": ("CA SDI", "State disability insurance"), "rate": ("Rate", "Rate"), "earn": ("KITA", "EARNINGS"),
           "ded": ("MGA KALTAS", "DEDUCTIONS")},
}


def agency_stub(seed: int, lang: str, agency: str, address: str, employee: str, emp_no: str, pay_date: dt.date,
                frequency: str, rate: float, tax: Tax, first_pay: dt.date) -> Stub:
    """A home health agency's stub: a shift log of the period, then earnings and deductions, current and YTD."""
    lab = AGENCY_LABELS[lang]
    days = 7 if frequency == "weekly" else 14
    checks = []
    logs: dict[dt.date, list[tuple[dt.date, str, float]]] = {}
    clients = ["R.M.", "G.P.", "E.L.", "J.C.", "A.T."]
    for start, end, d in stepped_periods(first_pay, pay_date, days, 5):
        rr = random.Random(f"{emp_no}{d}{seed}")
        log = []
        for i in range(days):
            day = start + dt.timedelta(days=i)
            if rr.random() < 0.74:
                log.append((day, rr.choice(clients), float(rr.choice([6, 8, 8, 8, 10, 12]))))
        total = sum(h for _, _, h in log)
        reg = min(total, 40.0 * days / 7)
        ot = total - reg
        lines = {"reg": (reg, rate, r2(reg * rate))}
        if ot:
            lines["ot"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        checks.append(Check(d, start, end, lines))
        logs[d] = log
    ch = checks[-1]
    ytd = ytd_of(checks, tax)
    net = net_of(ch, tax)
    teal = Color(0.0, 0.4, 0.45)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(teal)
        c.setLineWidth(3)
        c.line(40, 752, 572, 752)
        c.setStrokeColor(black)
        c.setFillColor(teal)
        c.circle(58, 722, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 13)
        c.drawCentredString(58, 717, "+")
        c.setFillColor(black)
        c.setFont("Sans-B", 14)
        c.drawString(80, 726, agency)
        c.setFont("Sans", 8)
        c.drawString(80, 713, address)
        c.setFont("Sans-B", 13)
        c.drawRightString(572, 728, lab["title"][0])
        c.setFont("Sans-I", 9)
        c.drawRightString(572, 715, lab["title"][1])
        c.setLineWidth(0.5)
        cells = [("employee", employee, 150), ("id", emp_no, 88), ("period", f"{mdy(ch.start)} - {mdy(ch.end)}", 122),
                 ("pay", mdy(ch.pay_date), 72), ("freq", lab["freq_v"][frequency], 100)]
        x = 40.0
        for key, val, wd in cells:
            c.rect(x, 656, wd, 40, stroke=1, fill=0)
            two_line(c, x + 4, 686, lab[key][0], lab[key][1], 7)
            fit(c, x + 4, 662, val, "Sans", 9, wd - 8)
            x += wd
        y = 630
        two_line(c, 40, y, lab["log"][0], lab["log"][1], 8.5)
        y -= 22
        c.setFont("Sans-B", 7.5)
        c.drawString(44, y, f"{lab['date'][0]} / {lab['date'][1]}")
        c.drawString(150, y, f"{lab['client'][0]} / {lab['client'][1]}")
        c.drawRightString(300, y, f"{lab['hours'][0]} / {lab['hours'][1]}")
        c.line(40, y - 4, 304, y - 4)
        y -= 14
        c.setFont("Sans", 8.5)
        for day, cl, hrs in logs[ch.pay_date]:
            c.drawString(44, y, f"{day.strftime('%a')} {mdy(day)}")
            c.drawString(150, y, cl)
            c.drawRightString(300, y, f"{hrs:.2f}")
            y -= 11.5
        c.line(40, y + 6, 304, y + 6)
        c.setFont("Sans-B", 8.5)
        c.drawRightString(300, y - 4, f"{sum(h for _, _, h in logs[ch.pay_date]):.2f}")
        # earnings and deductions on the right
        x0, y = 330, 630
        two_line(c, x0, y, lab["earn"][0], lab["earn"][1], 8.5)
        c.setFont("Sans-B", 7)
        c.drawRightString(450, y - 20, f"{lab['hours'][1]}")
        c.drawRightString(500, y - 20, lab["cur"][1])
        c.drawRightString(570, y - 20, lab["ytd"][1])
        c.line(x0, y - 24, 572, y - 24)
        y -= 38
        for key in ("reg", "ot"):
            if key not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(key, (0.0, 0.0, 0.0))
            two_line(c, x0, y, lab[key][0], lab[key][1], 7.5, bold=False)
            c.setFont("Sans", 7.5)
            c.drawRightString(450, y - 3, f"{hrs:.2f} @ {rt:.2f}" if hrs else "")
            c.drawRightString(500, y - 3, money(amt) if hrs else "0.00")
            c.drawRightString(570, y - 3, money(ytd[key]))
            y -= 22
        c.line(x0, y + 10, 572, y + 10)
        two_line(c, x0, y, lab["gross"][0], lab["gross"][1], 8.5)
        c.setFont("Sans-B", 9)
        c.drawRightString(500, y - 3, money(ch.gross))
        c.drawRightString(570, y - 3, money(ytd["GROSS"]))
        y -= 34
        two_line(c, x0, y, lab["ded"][0], lab["ded"][1], 8.5)
        y -= 24
        for k, v in tax.withheld(ch.gross).items():
            two_line(c, x0, y, lab[k][0], lab[k][1], 7.5, bold=False)
            c.setFont("Sans", 8.5)
            c.drawRightString(500, y - 3, money(v))
            c.drawRightString(570, y - 3, money(ytd[k]))
            y -= 20
        c.setFillColor(Color(0.88, 0.95, 0.95))
        c.rect(x0, y - 22, 242, 30, stroke=1, fill=1)
        c.setFillColor(black)
        two_line(c, x0 + 6, y - 2, lab["net"][0], lab["net"][1], 9)
        c.setFont("Sans-B", 10.5)
        c.drawRightString(500, y - 12, money(net))
        c.setFont("Sans", 8.5)
        c.drawRightString(568, y - 12, money(ytd["NET"]))
        return []

    return Stub(Paper([page]), stub_fields(agency, employee, ch, frequency, ytd["GROSS"], net), ch.pay_date)


LEDGER_LABELS = {
    "pl": {"title": ("ODCINEK WYPŁATY", "EARNINGS STATEMENT"),
           "title_weekly": ("TYGODNIOWY ODCINEK WYPŁATY", "WEEKLY PAY STUB"), "employee": ("Pracownik", "Employee"),
           "id": ("Nr pracownika", "Employee no."), "dept": ("Dział", "Department"),
           "period": ("Okres rozliczeniowy", "Pay period"), "pay": ("Data wypłaty", "Pay date"),
           "freq": ("Częstotliwość", "Pay frequency"),
           "freq_v": {"semimonthly": "Dwa razy w miesiącu / Semi-monthly", "weekly": "Co tydzień / Weekly"},
           "earn": ("WYNAGRODZENIE", "EARNINGS"), "hours": ("Godziny", "Hours"), "rate": ("Stawka", "Rate"),
           "cur": ("Bieżący okres", "Current"), "ytd": ("Od początku roku", "Year to date"),
           "reg": ("Godziny podstawowe", "Regular"), "ot": ("Nadgodziny", "Overtime"),
           "gross": ("WYNAGRODZENIE BRUTTO", "GROSS PAY"), "ded": ("POTRĄCENIA", "DEDUCTIONS"),
           "fed": ("Federalny podatek dochodowy", "Federal income tax"), "ss": ("Ubezpieczenie społeczne",
                                                                                "Social Security"),
           "med": ("Medicare", "Medicare"), "state": ("Podatek stanowy IL", "Illinois income tax"),
           "health": ("Ubezpieczenie zdrowotne", "Health insurance"), "union": ("Składka związkowa", "Union dues"),
           "net": ("WYPŁATA NETTO", "NET PAY"), "pay_to": ("Zapłacić na zlecenie", "Pay to the order of")},
    "vn": {"title": ("BẢNG LƯƠNG", "PAY STATEMENT"), "employee": ("Nhân viên", "Employee"),
           "id": ("Mã số nhân viên", "Employee no."), "dept": ("Bộ phận", "Department"),
           "period": ("Kỳ lương", "Pay period"), "pay": ("Ngày lãnh lương", "Pay date"),
           "freq": ("Định kỳ", "Frequency"), "freq_v": {"semimonthly": "Nửa tháng / Semi-monthly"},
           "earn": ("THU NHẬP", "EARNINGS"), "hours": ("Số giờ", "Hours"), "rate": ("Lương/giờ", "Rate"),
           "cur": ("Kỳ này", "Current"), "ytd": ("Từ đầu năm", "Year to date"), "reg": ("Giờ thường", "Regular"),
           "ot": ("Giờ phụ trội", "Overtime"), "gross": ("TỔNG LƯƠNG", "GROSS PAY"), "ded": ("KHẤU TRỪ", "DEDUCTIONS"),
           "fed": ("Thuế liên bang", "Federal income tax"), "ss": ("An Sinh Xã Hội", "Social Security"),
           "med": ("Medicare", "Medicare"), "health": ("Bảo hiểm sức khỏe", "Health insurance"),
           "net": ("LƯƠNG THỰC LÃNH", "NET PAY")},
    "pt": {"title": ("HOLERITE", "EARNINGS STATEMENT"), "employee": ("Funcionária", "Employee"),
           "id": ("Matrícula", "Employee no."), "dept": ("Equipe", "Crew"), "period": ("Período", "Pay period"),
           "pay": ("Data do pagamento", "Pay date"), "freq": ("Frequência", "Frequency"),
           "freq_v": {"biweekly": "A cada duas semanas / Bi-weekly"}, "earn": ("PROVENTOS", "EARNINGS"),
           "hours": ("Horas", "Hours"), "rate": ("Valor/hora", "Rate"), "cur": ("Atual", "Current"),
           "ytd": ("Acumulado no ano", "Year to date"), "reg": ("Horas normais", "Regular"),
           "ot": ("Horas extras", "Overtime"), "gross": ("TOTAL BRUTO", "GROSS PAY"),
           "ded": ("DESCONTOS", "DEDUCTIONS"),
           "fed": ("Imposto federal", "Federal income tax"), "ss": ("Seguro Social", "Social Security"),
           "med": ("Medicare", "Medicare"), "state": ("Imposto estadual NJ", "NJ income tax"),
           "sdi": ("NJ SDI/FLI", "NJ disability and family leave"), "net": ("LÍQUIDO A RECEBER", "NET PAY")},
}


def ledger_stub(seed: int, lang: str, employer: str, address: str, employee: str, emp_no: str, dept: str,
                pay_date: dt.date, frequency: str, schedule: Sequence[tuple[dt.date, dt.date, dt.date]], rate: float,
                base_hours: float, tax: Tax, band: Color, with_check: bool = False) -> Stub:
    """A ledger-style stub in the family's language over English: a coloured band, a facts grid, earnings and
    deductions with Current and Year to date; with_check adds a voided check under a perforation."""
    lab = LEDGER_LABELS[lang]
    checks = []
    for start, end, d in schedule:
        rr = random.Random(f"{emp_no}{d}{seed}")
        reg = base_hours + rr.choice([0.0, 0.0, -4.0, -8.0, 2.5])
        ot = rr.choice([0.0, 0.0, 0.0, 3.0, 5.5])
        lines = {"reg": (reg, rate, r2(reg * rate))}
        if ot:
            lines["ot"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        checks.append(Check(d, start, end, lines))
    ch = checks[-1]
    assert ch.pay_date == pay_date
    ytd = ytd_of(checks, tax)
    net = net_of(ch, tax)
    title = lab["title_weekly"] if (with_check and "title_weekly" in lab) else lab["title"]

    def page(c: Canvas) -> list[Mark]:
        top = 752
        c.setFillColor(band)
        c.rect(36, top - 46, 540, 46, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 14)
        c.drawString(46, top - 20, employer)
        c.setFont("Sans", 8)
        c.drawString(46, top - 34, address)
        c.setFont("Sans-B", 12)
        c.drawRightString(566, top - 20, title[0])
        c.setFont("Sans-I", 8.5)
        c.drawRightString(566, top - 33, title[1])
        c.setFillColor(black)
        facts = [("employee", employee), ("id", emp_no), ("dept", dept),
                 ("period", f"{mdy(ch.start)} - {mdy(ch.end)}"), ("pay", mdy(ch.pay_date)),
                 ("freq", lab["freq_v"][frequency])]
        y = top - 66
        for i, (key, val) in enumerate(facts):
            col, row = i % 3, i // 3
            x = 40 + col * 180
            yy = y - row * 30
            two_line(c, x, yy, lab[key][0], lab[key][1], 7)
            fit(c, x, yy - 17, val, "Sans", 9.5, 172)
        y -= 74
        c.setLineWidth(0.6)
        heads = [(lab["hours"], 300), (lab["rate"], 370), (lab["cur"], 460), (lab["ytd"], 566)]

        def table_head(yy: float, title2: tuple[str, str], cols: Sequence[tuple[tuple[str, str], float]]) -> float:
            c.setFillGray(0.9)
            c.rect(36, yy - 18, 540, 24, stroke=0, fill=1)
            c.setFillColor(black)
            two_line(c, 42, yy, title2[0], title2[1], 7.5)
            for (a, b), x in cols:
                two_line(c, x, yy, a, b, 7, right=True)
            return yy - 34

        y = table_head(y, lab["earn"], heads)
        for key in ("reg", "ot"):
            if key not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(key, (0.0, 0.0, 0.0))
            two_line(c, 42, y, lab[key][0], lab[key][1], 8, bold=False)
            c.setFont("Sans", 9)
            if hrs:
                c.drawRightString(300, y - 3, f"{hrs:.2f}")
                c.drawRightString(370, y - 3, f"{rt:.2f}")
            c.drawRightString(460, y - 3, money(amt))
            c.drawRightString(566, y - 3, money(ytd[key]))
            y -= 24
        c.line(36, y + 12, 576, y + 12)
        two_line(c, 42, y, lab["gross"][0], lab["gross"][1], 8.5)
        c.setFont("Sans-B", 9.5)
        c.drawRightString(460, y - 3, money(ch.gross))
        c.drawRightString(566, y - 3, money(ytd["GROSS"]))
        y -= 36
        y = table_head(y, lab["ded"], [(lab["cur"], 460), (lab["ytd"], 566)])
        for k, v in tax.withheld(ch.gross).items():
            two_line(c, 42, y, lab[k][0], lab[k][1], 8, bold=False)
            c.setFont("Sans", 9)
            c.drawRightString(460, y - 3, money(v))
            c.drawRightString(566, y - 3, money(ytd[k]))
            y -= 22
        c.setLineWidth(1.2)
        c.line(36, y + 10, 576, y + 10)
        c.setLineWidth(0.6)
        two_line(c, 42, y - 2, lab["net"][0], lab["net"][1], 9.5)
        c.setFont("Sans-B", 11)
        c.drawRightString(460, y - 6, money(net))
        c.setFont("Sans", 9)
        c.drawRightString(566, y - 6, money(ytd["NET"]))
        if with_check:
            py = 250
            c.setDash(4, 3)
            c.line(20, py, 592, py)
            c.setDash()
            c.setFont("Sans", 6.5)
            c.drawCentredString(W / 2, py + 4, "ODERWIJ WZDŁUŻ LINII  ·  DETACH ALONG PERFORATION")
            c.setFillColor(Color(0.93, 0.95, 0.9))
            c.rect(36, 40, 540, 195, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Sans-B", 11)
            c.drawString(48, 212, employer)
            c.setFont("Sans", 7.5)
            c.drawString(48, 200, address)
            c.setFont("Sans", 9)
            c.drawRightString(564, 212, f"No. {ch.pay_date.strftime('%y%m%d')}{emp_no[-2:]}")
            c.drawRightString(564, 198, f"Date  {mdy(ch.pay_date)}")
            two_line(c, 48, 160, lab["pay_to"][0], lab["pay_to"][1], 7)
            c.setFont("Sans", 11)
            c.drawString(160, 154, employee)
            c.line(156, 150, 440, 150)
            c.rect(455, 146, 105, 20, stroke=1, fill=0)
            c.setFont("Sans-B", 11)
            c.drawRightString(554, 152, f"$ {money(net)}")
            c.setFillColor(Color(0.75, 0.2, 0.2))
            c.setFont("Sans-B", 26)
            c.saveState()
            c.translate(300, 95)
            c.rotate(12)
            c.drawCentredString(0, 0, "VOID - NON-NEGOTIABLE")
            c.restoreState()
            c.setFillColor(black)
            c.setFont("Mono", 10)
            c.drawString(60, 52, "C0041907C  A071000013A  9983012274C")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, frequency, ytd["GROSS"], net), ch.pay_date)


# --- letters and papers ---------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type == "obituary":  # like the samples' obituary: no fields
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def hand_wrap(text: str, size: float, width: float) -> list[str]:
    font = _hand_font(100)
    scale = size / 100
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if font.getlength(trial) * scale * 1.02 > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


@dataclass
class NativeLetter:
    """A letter in the family's language: its parts, laid out typed or written by hand."""

    dateline: str
    to: Sequence[str]
    re: str
    salutation: str
    paras: Sequence[str]
    closing: str
    signers: Sequence[str]
    dateline_right: bool = True


def typed_letter(lt: NativeLetter, sender: Sequence[str], seed: int, font: str = "Serif") -> Paper:
    """A typed letter; signed with strokes (on screen when born-digital, in ink when printed and scanned)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, 11)
        y = 730
        for ln in sender:
            c.drawString(72, y, ln)
            y -= 14
        y -= 8
        if lt.dateline_right:
            c.drawRightString(W - 72, y, lt.dateline)
        else:
            c.drawString(72, y, lt.dateline)
        y -= 28
        for ln in lt.to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont(font + "-B", 11)
        c.drawString(72, y, lt.re)
        y -= 26
        y = paragraphs(c, 72, y, W - 144, [lt.salutation, *lt.paras], font=font, size=11, leading=14.5)
        c.setFont(font, 11)
        c.drawString(72, y - 4, lt.closing)
        marks = []
        sy = y - 46
        for i, nm in enumerate(lt.signers):
            x = 72 + i * 240
            c.drawString(x, sy - 14, nm)
            marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def handwritten_letter(lt: NativeLetter, seed: int) -> Paper:
    """A letter written by hand on ruled notebook paper (only the rules are printed)."""
    size = 12.5
    rule = 25.0

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.62, 0.75, 0.9))
        c.setLineWidth(0.5)
        y = 740.0
        while y > 50:
            c.line(36, y, W - 30, y)
            y -= rule
        c.setStrokeColor(Color(0.9, 0.45, 0.45))
        c.line(84, 770, 84, 30)
        c.setStrokeColor(black)
        for hole in (150, 396, 642):
            c.setFillGray(0.93)
            c.circle(52, hole, 8, stroke=0, fill=1)
        c.setFillColor(black)
        marks: list[Mark] = []
        k = 0

        def write(x: float, yy: float, text: str) -> None:
            nonlocal k
            k += 1
            marks.append(Mark("hand", x, yy + 3, text, size=size, seed=seed * 100 + k))

        y = 740.0
        write(W - 60 - _hand_font(100).getlength(lt.dateline) * size / 100, y, lt.dateline)
        y -= rule * 2
        for ln in lt.to:
            write(92, y, ln)
            y -= rule
        write(92, y, lt.re)
        y -= rule * 2
        write(92, y, lt.salutation)
        y -= rule
        for para in lt.paras:
            first = True
            for ln in hand_wrap(para, size, W - 130 - (24 if first else 0)):
                write(92 + (24 if first else 0), y, ln)
                first = False
                y -= rule
        write(300, y, lt.closing)
        y -= rule * 1.6
        marks.append(Mark("sig", 300, y, w=150, seed=seed + 7))
        y -= rule
        for nm in lt.signers:
            write(300, y, nm)
            y -= rule
        return marks

    return Paper([page])


def translation_page(agency: tuple[str, str, str], language: str, job: str, lt: NativeLetter,
                     signed_note: str) -> Paper:
    """A translation agency's English rendering of the letter, on its letterhead; the only date is the letter's."""

    def page(c: Canvas) -> list[Mark]:
        name, addr, color = agency
        c.setFillColor(Color(*[float(v) for v in color.split()]))
        c.rect(0, 742, W, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 15)
        c.drawString(54, 766, name)
        c.setFont("Sans", 8)
        c.drawString(54, 752, addr)
        c.setFillColor(black)
        c.setFont("Sans-B", 12)
        c.drawString(54, 714, "ENGLISH TRANSLATION")
        c.setFont("Sans", 9)
        c.drawString(54, 700, f"Original document: one-page letter in {language}.  Our job no. {job}.")
        c.drawString(54, 688, "Bracketed notes are the translator's.")
        c.setLineWidth(0.6)
        c.line(54, 680, W - 54, 680)
        c.setFont("Serif", 11)
        y = 656
        if lt.dateline_right:
            c.drawRightString(W - 72, y, lt.dateline)
        else:
            c.drawString(72, y, lt.dateline)
        y -= 26
        for ln in lt.to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Serif-B", 11)
        c.drawString(72, y, lt.re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, [lt.salutation, *lt.paras], size=11, leading=14.2)
        c.setFont("Serif", 11)
        c.drawString(72, y - 2, lt.closing)
        y -= 22
        c.setFont("Serif-I", 10.5)
        c.drawString(72, y, signed_note)
        y -= 15
        c.setFont("Serif", 11)
        for nm in lt.signers:
            c.drawString(72, y, nm)
            y -= 14
        c.setFont("Sans", 7.5)
        c.drawCentredString(W / 2, 36, f"{name}  -  translation {job}  -  see the attached certificate of translation")
        return []

    return Paper([page])


def certificate_page(agency: tuple[str, str, str], translator: str, language: str, author: str,
                     letter_on: dt.date, cert_on: dt.date, member_no: str, seed: int) -> Paper:
    """The translator's signed certificate of translation (its own page, dated days after the letter)."""

    def page(c: Canvas) -> list[Mark]:
        name, addr, color = agency
        c.setStrokeColor(Color(*[float(v) for v in color.split()]))
        c.setLineWidth(3)
        c.rect(40, 40, W - 80, H - 80, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.rect(46, 46, W - 92, H - 92, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Sans-B", 13)
        c.drawCentredString(W / 2, 700, name)
        c.setFont("Sans", 8.5)
        c.drawCentredString(W / 2, 686, addr)
        c.setFont("Serif-B", 20)
        c.drawCentredString(W / 2, 630, "CERTIFICATE OF TRANSLATION")
        y = paragraphs(c, 90, 590, W - 180, [
            f"I, {translator}, hereby certify that I am fluent in {language} and English and competent to translate "
            f"from {language} into English, and that the attached English translation of a letter written in "
            f"{language} by {author}, dated {long_date(letter_on)}, is a true, complete and accurate translation of "
            "the original document to the best of my knowledge and ability.",
            "I am not related to the author of the letter and have no interest in the matter it concerns. The "
            "translation was prepared from a copy of the original provided by the author."], size=12, leading=17)
        marks = [Mark("sig", 90, y - 40, w=170, seed=seed)]
        c.setLineWidth(0.6)
        c.line(90, y - 44, 300, y - 44)
        c.line(360, y - 44, 520, y - 44)
        c.setFont("Serif", 11)
        c.drawString(360, y - 38, long_date(cert_on))
        c.setFont("Sans", 8.5)
        c.drawString(90, y - 56, f"{translator}, Translator")
        c.drawString(360, y - 56, "Date")
        c.drawString(90, y - 70, f"American Translators Association member no. {member_no}")
        c.setFillColor(Color(0.8, 0.15, 0.15))
        c.circle(470, 170, 46, stroke=1, fill=0)
        c.circle(470, 170, 42, stroke=1, fill=0)
        words = name.upper().replace(",", "").split()
        half = (len(words) + 1) // 2
        c.setFont("Sans-B", 6.5)
        c.drawCentredString(470, 184, " ".join(words[:half]))
        c.drawCentredString(470, 175, " ".join(words[half:]))
        c.setFont("Sans-B", 7)
        c.drawCentredString(470, 160, "CERTIFIED")
        c.drawCentredString(470, 151, "TRANSLATION")
        c.setFillColor(black)
        return marks

    return Paper([page])


def letterhead(c: Canvas, name: str, sub: str, color: Color, font: str = "Sans-B") -> None:
    c.setFillColor(color)
    c.setFont(font, 15)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Sans", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], dateline: str, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), sign: int | None = None) -> Paper:
    """A letter on a letterhead: dateline, address block, subject, paragraphs, an optional facts table."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Serif", 11)
        c.drawString(72, 690, dateline)
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Serif-B", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            for k, v in table:
                c.setFont("Serif", 11)
                c.drawString(96, y, k)
                c.setFont("Serif-B", 11)
                c.drawString(310, y, v)
                y -= 15
            y -= 12
        c.setFont("Serif", 11)
        marks = []
        for i, ln in enumerate(closing):
            if i == 1 and sign is not None:
                marks.append(Mark("sig", 72, y - 4, w=130, seed=sign))
            c.drawString(72, y, ln)
            y -= 14
        return marks

    return Paper([page])


def survivor_pension_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, late: str,
                            died: dt.date, start: dt.date) -> Letter:
    paras = [f"We were sorry to learn of the death of {late}, a participant of the Fund, on {long_date(died)}. "
             "Because he elected the 50% joint and survivor form of pension, you are entitled to a surviving "
             "spouse pension for the rest of your life.",
             "Your application has been approved. The benefit is paid monthly by direct deposit on the first day of "
             "each month. The surviving spouse pension is subject to federal income tax; we will withhold tax as "
             "you elected and send you a Form 1099-R each January."]
    table = [("Participant (deceased)", late), ("Surviving spouse", person),
             ("Monthly surviving spouse pension", "$" + money(monthly)), ("Payment frequency", "Monthly"),
             ("First payment", long_date(start)), ("Taxable", "Yes - federal income tax")]
    paper = simple_letter(("SOUTHEAST HOSPITALITY WORKERS PENSION FUND",
                           "Benefits Office  -  2200 NW 72nd Avenue, Suite 140, Miami, FL 33122  -  (305) 555-0131",
                           Color(0.1, 0.3, 0.5)), long_date(date), [person, *address],
                          "Re: Surviving spouse pension - benefit award", paras,
                          ["Sincerely,", "", "Benefits Office", "Southeast Hospitality Workers Pension Fund"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def ssi_notice(person: str, address: Sequence[str], date: dt.date, monthly: float) -> Letter:
    begin = (date.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    paras = [f"We are writing to tell you about your Supplemental Security Income (SSI) payments. Beginning "
             f"{begin.strftime('%B')} {begin.year}, your monthly SSI payment will be ${money(monthly)}. We pay SSI "
             "once a month, on the first day of the month.",
             "SSI payments are not taxable income and you do not need to report them on a tax return. You must tell "
             "us right away about changes in your income, resources or living arrangements.",
             "If you disagree with this decision, you have 60 days to ask for an appeal. If you need an interpreter, "
             "call us; we provide one free of charge (Tiếng Việt: xin gọi số 1-800-772-1213)."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION",
                           "Supplemental Security Income  -  Notice of Change in Payment", Color(0.1, 0.25, 0.45)),
                          f"Date: {long_date(date)}", [person, *address], "Your SSI payment amount", paras,
                          ["Social Security Administration", "Houston Southwest Field Office"],
                          [("Monthly SSI payment", "$" + money(monthly)), ("Paid", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def ltd_approval(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str, since: dt.date,
                 employer: str) -> Letter:
    paras = [f"We have completed our review of your claim for Long Term Disability benefits under the group policy "
             f"issued to {employer}, and we are pleased to tell you that your claim has been APPROVED.",
             f"Benefits begin after the 90-day elimination period, on {long_date(since)}. Your gross monthly benefit "
             f"is ${money(monthly)}, paid monthly. Because your employer paid the premiums, the benefit is taxable "
             "income and we will send you a Form W-2 for it.",
             "We will review your claim from time to time and may ask for updated information from you and your "
             "physician."]
    paper = simple_letter(("GREAT LAKES MUTUAL LIFE & DISABILITY",
                           "Group Disability Claims  -  PO Box 40917, Milwaukee, WI 53240  -  (414) 555-0182",
                           Color(0.35, 0.1, 0.1)), long_date(date), [person, *address],
                          f"Claim {claim} - Long Term Disability claim approval", paras,
                          ["Sincerely,", "", "Disability Claims Examiner", "Great Lakes Mutual Life & Disability"],
                          [("Gross monthly benefit", "$" + money(monthly)), ("Frequency", "Monthly"),
                           ("Benefit start date", mdy(since)), ("Tax status", "Taxable")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def obituary_ht(name: str, born: str, died: dt.date, age: int, paras_ht: Sequence[str], paras_fr: Sequence[str],
                issue: dt.date) -> Letter:
    """A Haitian community weekly's obituary page, in Kreyòl and French."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("DVS-B", 24)
        c.drawCentredString(W / 2, 730, "LAVWA LAKAY")
        c.setFont("DVS-I", 10)
        c.drawCentredString(W / 2, 715, "La Voix de Chez Nous  -  Jounal kominote ayisyen Nò Miami  -  Chak semèn")
        c.setFont("DV", 8)
        c.drawCentredString(W / 2, 702, f"Edisyon {ht_date(issue)}  -  Volim 41, Nimewo 5  -  Paj 14")
        c.setLineWidth(1.5)
        c.line(60, 694, W - 60, 694)
        c.setLineWidth(0.5)
        c.line(60, 690, W - 60, 690)
        c.setFillGray(0.15)
        c.rect(60, 656, W - 120, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DV-B", 13)
        c.drawCentredString(W / 2, 663, "NEKWOLOJI  ·  AVIS DE DÉCÈS")
        c.setFillColor(black)
        c.setFillGray(0.8)
        c.rect(72, 520, 110, 120, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("DV", 7)
        c.drawCentredString(127, 512, "(foto)")
        c.setFont("DVS-B", 17)
        c.drawString(200, 618, name)
        c.setFont("DVS-I", 11)
        c.drawString(200, 600, f"{born}  -  {died.year}")
        c.setFont("DVS", 10)
        c.drawString(200, 584, f"{age} an  ·  {age} ans")
        y = paragraphs(c, 200, 560, W - 272, paras_ht, font="DVS", size=10, leading=13.5)
        c.line(72, y - 2, W - 72, y - 2)
        paragraphs(c, 72, y - 20, W - 144, paras_fr, font="DVS-I", size=10, leading=13.5)
        return []

    return Letter(Paper([page]), "obituary", issue)


def remittance_receipt(lines: Sequence[tuple[str, str]], header: Sequence[str], footer: Sequence[str],
                       x0: float = 198) -> Paper:
    """A thermal remittance receipt (a 3-inch strip) laid on a flatbed scanner's glass."""

    def page(c: Canvas) -> list[Mark]:
        height = 120 + 13 * len(lines) + 12 * (len(header) + len(footer))
        top = 700
        c.setFillGray(0.985)
        c.setStrokeGray(0.85)
        c.rect(x0, top - height, 216, height, stroke=1, fill=1)
        c.setFillColor(black)
        c.setStrokeColor(black)
        y = top - 24
        c.setFont("DV-B", 10)
        c.drawCentredString(x0 + 108, y, header[0])
        y -= 13
        c.setFont("DVC", 7.5)
        for ln in header[1:]:
            c.drawCentredString(x0 + 108, y, ln)
            y -= 11
        y -= 4
        c.setDash(2, 2)
        c.line(x0 + 10, y, x0 + 206, y)
        c.setDash()
        y -= 14
        for k, v in lines:
            if not k:
                c.setDash(2, 2)
                c.line(x0 + 10, y + 6, x0 + 206, y + 6)
                c.setDash()
                y -= 6
                continue
            c.setFont("DVC", 7.5)
            c.drawString(x0 + 12, y, k)
            c.setFont("DVC-B", 8)
            c.drawRightString(x0 + 204, y, v)
            y -= 13
        y -= 8
        c.setFont("DVC", 7.5)
        for ln in footer:
            c.drawCentredString(x0 + 108, y, ln)
            y -= 11
        for i in range(28):  # a barcode of bars
            c.rect(x0 + 40 + i * 5, y - 30, 1.5 + (i * 7 % 3), 22, stroke=0, fill=1)
        return []

    return Paper([page])


def community_letter(head: tuple[str, str, Color], dateline: str, to: Sequence[str], re: str, paras: Sequence[str],
                     closing: Sequence[str], seed: int, font: str = "Serif", symbol: str = "✝") -> Paper:
    """A letter of support from a church, parish, temple or community center (type other)."""

    def page(c: Canvas) -> list[Mark]:
        name, sub, color = head
        c.setFillColor(color)
        c.circle(W / 2, 740, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DV-B", 14)
        c.drawCentredString(W / 2, 735, symbol)
        c.setFillColor(color)
        c.setFont("Serif-B", 14)
        c.drawCentredString(W / 2, 710, name)
        c.setFillColor(black)
        c.setFont("Serif-I", 9)
        c.drawCentredString(W / 2, 697, sub)
        c.setStrokeColor(color)
        c.line(100, 690, W - 100, 690)
        c.setStrokeColor(black)
        c.setFont(font, 11)
        c.drawRightString(W - 72, 664, dateline)
        y = 640
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont(font + "-B", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras, font=font, size=11, leading=14.5)
        marks = [Mark("sig", 72, y - 30, w=140, seed=seed)]
        y -= 46
        c.setFont(font, 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return marks

    return Paper([page])


def pnl_statement(business: str, owner: str, address: str, start: dt.date, end: dt.date,
                  income: Sequence[tuple[str, str, float]], expenses: Sequence[tuple[str, str, float]],
                  signed_on: dt.date, seed: int) -> tuple[Paper, dict[str, Any]]:
    """A bilingual Polish / English year-to-date profit and loss statement, signed and dated by the owner."""
    total_in = r2(sum(v for _, _, v in income))
    total_ex = r2(sum(v for _, _, v in expenses))
    net = r2(total_in - total_ex)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Sans-B", 16)
        c.drawString(60, 730, business)
        c.setFont("Sans", 9)
        c.drawString(60, 716, f"{owner}, właściciel / owner  -  {address}")
        c.setLineWidth(1.5)
        c.line(60, 706, W - 60, 706)
        c.setFont("Sans-B", 13)
        c.drawCentredString(W / 2, 680, "RACHUNEK ZYSKÓW I STRAT")
        c.setFont("Sans-I", 11)
        c.drawCentredString(W / 2, 665, "PROFIT AND LOSS STATEMENT")
        c.setFont("Sans", 10)
        c.drawCentredString(W / 2, 645, f"Okres / Period: {mdy(start)} – {mdy(end)}  (od początku roku / year to date)")
        y = 610

        def block(title: tuple[str, str], rows: Sequence[tuple[str, str, float]], total: tuple[str, str, float],
                  yy: float) -> float:
            c.setFillGray(0.9)
            c.rect(60, yy - 6, W - 120, 18, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Sans-B", 9.5)
            c.drawString(66, yy, f"{title[0]} / {title[1]}")
            yy -= 20
            for pl, en, v in rows:
                c.setFont("Sans", 9.5)
                c.drawString(72, yy, pl)
                c.setFont("Sans-I", 8.5)
                c.drawString(250, yy, en)
                c.setFont("Sans", 9.5)
                c.drawRightString(W - 66, yy, money(v))
                yy -= 15
            c.line(W - 200, yy + 9, W - 60, yy + 9)
            c.setFont("Sans-B", 10)
            c.drawString(72, yy - 4, f"{total[0]} / {total[1]}")
            c.drawRightString(W - 66, yy - 4, money(total[2]))
            return yy - 34

        y = block(("PRZYCHODY", "INCOME"), income, ("Przychody razem", "Total income", total_in), y)
        y = block(("KOSZTY", "EXPENSES"), expenses, ("Koszty razem", "Total expenses", total_ex), y)
        c.setLineWidth(1.2)
        c.rect(60, y - 10, W - 120, 26, stroke=1, fill=0)
        c.setFont("Sans-B", 11.5)
        c.drawString(70, y, "ZYSK NETTO / NET PROFIT")
        c.drawRightString(W - 66, y, money(net))
        y -= 50
        c.setFont("Sans", 9.5)
        c.drawString(60, y, "Oświadczam, że powyższe dane są prawdziwe i kompletne.")
        c.setFont("Sans-I", 9)
        c.drawString(60, y - 13, "I certify that the above figures are true and complete.")
        y -= 60
        c.setLineWidth(0.6)
        c.line(60, y, 290, y)
        c.line(360, y, 520, y)
        c.setFont("Sans", 8)
        c.drawString(60, y - 11, f"Podpis właściciela / Owner's signature - {owner}")
        c.drawString(360, y - 11, "Data / Date")
        c.setFont("Mono", 10)
        c.drawString(366, y + 5, mdy(signed_on))
        return [Mark("sig", 70, y + 3, w=170, seed=seed)]

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True}
    return Paper([page]), fields


def divorce_judgment(docket: str, plaintiff: str, defendant: str, county: str, heard: dt.date, married: str,
                     residence: str, judge: str, seed: int) -> Paper:
    """A New Jersey Final Judgment of Divorce, two pages, with a true-copy certification."""

    def caption(c: Canvas, n: int) -> None:
        c.setFont("Serif", 9)
        c.drawRightString(W - 72, 750, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        caption(c, 1)
        c.setFont("Serif", 10.5)
        y = 715
        for ln in (plaintiff.upper() + ",", "", "Plaintiff,", "", "v.", "", defendant.upper() + ",", "", "Defendant."):
            c.drawString(72, y, ln)
            y -= 12
        c.line(300, 730, 300, 600)
        for i, ln in enumerate(("SUPERIOR COURT OF NEW JERSEY", "CHANCERY DIVISION - FAMILY PART",
                                f"{county.upper()} COUNTY", f"DOCKET NO. {docket}", "", "CIVIL ACTION")):
            c.drawString(312, 715 - i * 14, ln)
        c.setFont("Serif-B", 14)
        c.drawCentredString(W / 2, 568, "FINAL JUDGMENT OF DIVORCE")
        paragraphs(c, 72, 540, W - 144, [
            f"THIS MATTER having been opened to the Court by the plaintiff, {plaintiff}, and the Court having "
            f"heard the testimony on {long_date(heard)}, and it appearing that the parties were married on "
            f"{married}, and that irreconcilable differences have caused the breakdown of the marriage for a period "
            "of six months and more, which make it appear that the marriage should be dissolved, and that there is "
            "no reasonable prospect of reconciliation;",
            f"IT IS on this {heard.day}th day of {heard.strftime('%B')}, {heard.year}, ORDERED AND ADJUDGED that "
            f"the plaintiff, {plaintiff}, and the defendant, {defendant}, be and they are hereby divorced from the "
            "bonds of matrimony for the cause aforesaid, and each of the parties is freed and discharged from the "
            "obligations thereof;",
            "IT IS FURTHER ORDERED AND ADJUDGED that the Marital Settlement Agreement of the parties, a copy of "
            "which is attached to the original of this Judgment, is incorporated into this Judgment and shall "
            "survive it, and the parties shall comply with its terms."], size=11, leading=15)
        return []

    def page2(c: Canvas) -> list[Mark]:
        caption(c, 2)
        c.setFont("Serif", 9)
        c.drawString(72, 750, f"Docket No. {docket}")
        y = paragraphs(c, 72, 715, W - 144, [
            f"IT IS FURTHER ORDERED AND ADJUDGED that the former marital residence known as {residence} shall be "
            "the sole property of the plaintiff, who shall be solely responsible for the mortgage, taxes and "
            "insurance on it, and the defendant shall execute a deed conveying his interest to the plaintiff within "
            "thirty days;",
            "IT IS FURTHER ORDERED AND ADJUDGED that neither party shall pay alimony to the other, the parties "
            "having waived alimony knowingly and voluntarily;",
            "IT IS FURTHER ORDERED AND ADJUDGED that a copy of this Judgment be served on the defendant within "
            "seven days of the date hereof."], size=11, leading=15)
        c.setFont("Serif", 11)
        c.drawString(330, y - 40, f"/s/ {judge}")
        c.line(330, y - 44, 530, y - 44)
        c.drawString(330, y - 58, f"{judge.replace('Hon. ', '')}, J.S.C.")
        c.setStrokeColor(Color(0.2, 0.25, 0.6))
        c.setFillColor(Color(0.2, 0.25, 0.6))
        c.rect(72, 110, 230, 86, stroke=1, fill=0)
        c.setFont("Sans-B", 9)
        c.drawString(80, 180, "A TRUE COPY OF THE ORIGINAL")
        c.setFont("Sans", 8)
        c.drawString(80, 166, "ON FILE IN MY OFFICE")
        c.drawString(80, 150, f"{county.upper()} COUNTY FAMILY PART")
        c.drawString(80, 124, "Deputy Clerk of the Superior Court")
        c.setStrokeColor(black)
        c.setFillColor(black)
        return [Mark("sig", 160, 135, w=110, seed=seed)]

    return Paper([page1, page2])


def rent_check_copy(payer: Sequence[str], bank: str, number: str, on: dt.date, payee: str, amount: float,
                    words: str, memo: str, endorse: str, deposit_stamp: str, seed: int) -> Paper:
    """A photocopy of a deposited rent check, front above, back (endorsement and deposit stamp) below."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Sans-B", 9)
        c.drawString(60, 742, "FRONT")
        c.setFillColor(Color(0.9, 0.93, 0.97))
        c.rect(60, 560, 492, 175, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-B", 9.5)
        c.drawString(72, 718, payer[0])
        c.setFont("Sans", 8)
        for i, ln in enumerate(payer[1:]):
            c.drawString(72, 706 - i * 10, ln)
        c.setFont("Sans-B", 10)
        c.drawRightString(540, 718, number)
        c.setFont("Sans", 9)
        c.drawString(400, 694, "DATE")
        c.line(430, 692, 540, 692)
        c.setFont("Sans", 8)
        c.drawString(72, 660, "PAY TO THE")
        c.drawString(72, 651, "ORDER OF")
        c.line(120, 650, 430, 650)
        c.rect(445, 646, 95, 18, stroke=1, fill=0)
        c.drawString(435, 651, "$")
        c.line(72, 622, 470, 622)
        c.drawString(475, 624, "DOLLARS")
        c.setFont("Sans-B", 9)
        c.drawString(72, 596, bank)
        c.setFont("Sans", 8)
        c.drawString(72, 582, "MEMO")
        c.line(100, 580, 280, 580)
        c.line(330, 580, 540, 580)
        c.setFont("Mono", 10)
        c.drawString(120, 566, f"C{number}C  A021200339A  4471029956C")
        marks = [Mark("hand", 436, 695, mdy(on), size=11, seed=seed + 1),
                 Mark("hand", 128, 653, payee, size=12, seed=seed + 2),
                 Mark("hand", 452, 650, money(amount), size=11, seed=seed + 3),
                 Mark("hand", 78, 625, words, size=11, seed=seed + 4),
                 Mark("hand", 106, 583, memo, size=10, seed=seed + 5),
                 Mark("sig", 350, 582, w=150, seed=seed + 6)]
        c.setFont("Sans-B", 9)
        c.drawString(60, 520, "BACK")
        c.setFillColor(Color(0.96, 0.96, 0.94))
        c.rect(60, 340, 492, 175, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Sans", 6.5)
        c.drawString(72, 502, "ENDORSE HERE")
        c.line(72, 470, 300, 470)
        c.line(72, 450, 300, 450)
        c.drawString(72, 430, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE")
        c.line(72, 440, 300, 440)
        marks += [Mark("sig", 80, 472, w=130, seed=seed + 7), Mark("hand", 80, 453, endorse, size=10, seed=seed + 8)]
        c.saveState()
        c.setFillColor(Color(0.25, 0.3, 0.6))
        c.setStrokeColor(Color(0.25, 0.3, 0.6))
        c.translate(420, 420)
        c.rotate(-8)
        c.rect(-95, -30, 190, 60, stroke=1, fill=0)
        c.setFont("Sans-B", 9)
        for i, ln in enumerate(deposit_stamp.split("|")):
            c.drawCentredString(0, 12 - i * 13, ln)
        c.restoreState()
        return marks

    return Paper([page])


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
    c.setFont("Mono", 9)
    masked = f"XXX-XX-{ssn[-4:]}"
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, masked), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Coastline Income Verification LLC"),
           (312, 506, "CIV-40917"), (420, 506, "COASTLN01"), (27, 484, "900 Harborside Drive"),
           (312, 484, "Jersey City"), (420, 484, "NJ"), (474, 484, "07311"), (27, 430, client),
           (474, 430, client_phone), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
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
    return fixed_pypdf_bytes(writer, "cm4506c")


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "DOCUMENT SEPARATOR SHEET")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Mailroom use - place in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(org: Sequence[str], to: str, to_fax: str, from_fax: str, date: dt.date, pages: int,
              note: str) -> Paper:
    """A community center's bilingual (Kreyòl / English) fax cover sheet; not a document of the case."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Sans-B", 28)
        c.drawString(72, 712, "FAKS  ·  FAX")
        c.setFont("Sans-B", 11)
        c.drawString(72, 690, org[0])
        c.setFont("Sans", 9)
        for i, ln in enumerate(org[1:]):
            c.drawString(72, 677 - i * 11, ln)
        rows = [("Pou / To:", to), ("Faks / Fax:", to_fax), ("Soti nan / From:", org[0]), ("Faks / Fax:", from_fax),
                ("Dat / Date:", mdy(date)), ("Paj (ak kouvèti a) / Pages (with cover):", str(pages)), ("Sijè / Re:",
                                                                                                     note)]
        y = 620
        c.setLineWidth(0.8)
        for k, v in rows:
            c.setFont("Sans-B", 10)
            c.drawString(72, y, k)
            c.setFont("Sans", 10.5)
            c.drawString(290, y, v)
            c.line(286, y - 4, 545, y - 4)
            y -= 26
        paragraphs(c, 72, y - 14, W - 144, [
            "Paj sa yo ka gen enfòmasyon konfidansyèl. Si ou resevwa faks sa a pa erè, tanpri rele nou.",
            "These pages may contain confidential information. If you received this fax in error, please call us."],
            font="Sans", size=9, leading=12)
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area; only the last four digits are ever printed
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None  # None: the hardship date is left blank
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    explain: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    savings: float = 640.0
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


class Filler:
    """Puts a form's answers on a page: typed on screen ("screen"), typed then signed and dated in ink ("ink"), or
    written by hand ("hand"); collects the hand marks (signatures, hand-written text, pen X's) of the page."""

    def __init__(self, c: Canvas, mode: str, seed: int):
        self.c = c
        self.mode = mode
        self.seed = seed
        self.marks: list[Mark] = []
        self.k = 0

    def _seed(self) -> int:
        self.k += 1
        return self.seed * 1000 + self.k

    def text(self, x: float, y: float, s: str, size: float = 10.0, font: str = "Mono", width: float = 0) -> None:
        if not s:
            return
        if self.mode == "hand":
            s = s if "@" in s else s.upper()
            size += 1.0
            while width and size > 6 and _hand_font(100).getlength(s) * size / 100 * 1.06 > width:
                size -= 0.5
            self.marks.append(Mark("hand", x, y, s, size=size, seed=self._seed()))
        elif width:
            fit(self.c, x, y, s, font, size, width)
        else:
            self.c.setFont(font, size)
            self.c.drawString(x, y, s)

    def box(self, x: float, y: float, side: float, checked: bool) -> None:
        self.c.setLineWidth(0.7)
        self.c.rect(x, y, side, side, stroke=1, fill=0)
        if not checked:
            return
        if self.mode == "hand":
            self.marks.append(Mark("x", x, y, w=side, seed=self._seed()))
        else:
            self.c.setFont("Mono-B", side + 2)
            self.c.drawCentredString(x + side / 2, y + side * 0.12, "X")

    def bullet(self, x: float, y: float, r: float, chosen: bool) -> None:
        self.c.setLineWidth(0.7)
        self.c.circle(x, y, r, stroke=1, fill=1 if chosen and self.mode != "hand" else 0)
        if chosen and self.mode == "hand":
            self.marks.append(Mark("x", x - r, y - r, w=2 * r, seed=self._seed()))

    def sign(self, x: float, y: float, w: float, present: bool, seed: int) -> None:
        if present:
            self.marks.append(Mark("sig", x, y, w=w, seed=seed))

    def date(self, x: float, y: float, d: dt.date | None, size: float = 10.0) -> None:
        if d is None:
            return
        if self.mode == "screen":
            self.c.setFont("Mono", size)
            self.c.drawString(x, y, mdy(d))
        else:
            self.marks.append(Mark("hand", x, y, mdy(d), size=size + 1.5, seed=self._seed()))


# Lotus Harbor LH-7V: English | Vietnamese | answer, side by side.
LH_REASONS = (("Unemployment", "Thất nghiệp"), ("Reduction in income", "Giảm thu nhập"),
              ("Increase in housing expenses", "Chi phí nhà ở tăng"),
              ("Disaster (natural or man-made)", "Thiên tai hoặc thảm họa do con người"),
              ("Disability or serious illness of a borrower or dependent",
               "Khuyết tật hoặc bệnh nặng của người vay hoặc người phụ thuộc"),
              ("Divorce or legal separation", "Ly hôn hoặc ly thân hợp pháp"),
              ("Separation of borrowers who are not married", "Người đồng vay không kết hôn chia tay"),
              ("Death of a borrower or of a wage earner", "Người vay hoặc người có thu nhập qua đời"),
              ("Distant job transfer or relocation", "Chuyển công tác hoặc chuyển chỗ ở xa"),
              ("Other (explain in 16)", "Lý do khác (giải thích ở mục 16)"))
LH_INCOME = (("Wages, salary, overtime, tips, commissions, bonuses",
              "Lương, tiền làm thêm giờ, tiền tip, hoa hồng, tiền thưởng"),
             ("Self-employment income", "Thu nhập tự kinh doanh"), ("Unemployment benefits", "Trợ cấp thất nghiệp"),
             ("Taxable Social Security, pension, disability, public assistance",
              "An Sinh Xã Hội, lương hưu, trợ cấp khuyết tật, trợ cấp xã hội (chịu thuế)"),
             ("Non-taxable Social Security, SSI or disability",
              "An Sinh Xã Hội, SSI hoặc trợ cấp khuyết tật (không chịu thuế)"),
             ("Rental income (after expenses other than the mortgage)", "Thu nhập cho thuê nhà (sau chi phí)"),
             ("Investment or insurance income", "Thu nhập đầu tư hoặc bảo hiểm"),
             ("Other: alimony, child support, other", "Khác: tiền cấp dưỡng, tiền nuôi con, khác"))
LH_COLS = (36.0, 58.0, 230.0, 404.0, 576.0)  # number | English | Vietnamese | answer


def lh7v(app: App, mode: str) -> Paper:
    x0, xe, xv, xa, x1 = LH_COLS

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(PLUM)
        for i in range(5):
            ang = math.radians(90 + (i - 2) * 30)
            cx, cy = 58 + 12 * math.cos(ang), 736 + 12 * math.sin(ang)
            c.ellipse(cx - 4.5, cy - 8, cx + 4.5, cy + 8, stroke=0, fill=1)
        c.setFont("Serif-B", 15)
        c.drawString(80, 742, "LOTUS HARBOR")
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(80, 731, "Mortgage Servicing, LLC  ·  Công ty Dịch vụ Vay Thế chấp")
        c.drawString(80, 721, "9800 Bellaire Blvd, Suite 300, Houston, TX 77036  ·  (713) 555-0148")
        c.setFont("Sans-B", 11.5)
        c.drawRightString(x1, 744, "ĐƠN XIN HỖ TRỢ KHOẢN VAY THẾ CHẤP")
        c.setFont("Sans", 10)
        c.drawRightString(x1, 731, "MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Sans", 7)
        c.drawRightString(x1, 721, f"Form LH-7V (rev. 01/2061)  ·  Trang / Page {n} of 2")
        c.setFillColor(PLUM)
        c.rect(x0, 708, x1 - x0, 5, stroke=0, fill=1)
        c.setFillColor(black)

    def colheads(c: Canvas, y: float) -> float:
        c.setFillColor(Color(0.93, 0.88, 0.92))
        c.rect(x0, y - 4, x1 - x0, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Sans-B", 7.5)
        c.drawString(x0 + 3, y, "#")
        c.drawString(xe + 3, y, "ENGLISH")
        c.drawString(xv + 3, y, "TIẾNG VIỆT")
        c.drawString(xa + 3, y, "ANSWER  ·  TRẢ LỜI")
        return y - 4

    def section(c: Canvas, y: float, en: str, vn: str) -> float:
        c.setFillColor(PLUM)
        c.rect(x0, y - 15, x1 - x0, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 8.5)
        c.drawString(xe + 3, y - 11, en)
        c.drawString(xv + 3, y - 11, vn)
        c.setFillColor(black)
        return y - 15

    def row(c: Canvas, y: float, num: str, en: str, vn: str, min_h: float = 19.0) -> tuple[float, float]:
        """Draw a row's frame and both questions; return (top, bottom) of the row."""
        le = wrap(en, "Sans", 8, xv - xe - 8)
        lv = wrap(vn, "Sans-I", 8, xa - xv - 8)
        h = max(min_h, 9.5 * max(len(le), len(lv)) + 8)
        c.setLineWidth(0.4)
        c.setStrokeGray(0.55)
        c.rect(x0, y - h, x1 - x0, h, stroke=1, fill=0)
        for x in (xe, xv, xa):
            c.line(x, y - h, x, y)
        c.setStrokeColor(black)
        c.setFont("Sans-B", 8)
        c.drawString(x0 + 3, y - 12, num)
        c.setFont("Sans", 8)
        for i, ln in enumerate(le):
            c.drawString(xe + 4, y - 12 - 9.5 * i, ln)
        c.setFont("Sans-I", 8)
        for i, ln in enumerate(lv):
            c.drawString(xv + 4, y - 12 - 9.5 * i, ln)
        return y, y - h

    def choices(c: Canvas, f: Filler, y: float, num: str, en: str, vn: str,
                opts: Sequence[tuple[str, bool]]) -> float:
        top, bottom = row(c, y, num, en, vn, min_h=8 + 11.5 * len(opts))
        for i, (label, on) in enumerate(opts):
            yy = top - 12 - 11.5 * i
            f.box(xa + 5, yy - 1, 7, on)
            c.setFont("Sans", 7.3)
            c.drawString(xa + 16, yy, label)
        return bottom

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed)
        head(c, 1)
        c.setFont("Sans", 7.5)
        c.drawString(x0, 696, "Answer every row in the right-hand column. Trả lời từng hàng trong cột bên phải. "
                              "Dates: mm/dd/yyyy (tháng/ngày/năm).")
        y = colheads(c, 680)
        y = section(c, y, "A. LOAN AND BORROWERS", "A. KHOẢN VAY VÀ NGƯỜI VAY")
        texts = [("1", "Loan number", "Số khoản vay", app.loan),
                 ("2", "Borrower's full name", "Họ và tên người vay", app.borrower),
                 ("3", "Borrower's SSN - last 4 digits", "4 số cuối số An Sinh Xã Hội của người vay", app.ssn[-4:]),
                 ("4", "Phone number", "Số điện thoại", app.phone),
                 ("5", "Co-borrower's full name (leave blank if none)",
                  "Họ và tên người đồng vay (để trống nếu không có)", app.co or ""),
                 ("6", "Co-borrower's SSN - last 4 digits", "4 số cuối số An Sinh Xã Hội của người đồng vay",
                  (app.co_ssn or "")[-4:]),
                 ("7", "Preferred language", "Ngôn ngữ ưa dùng", "Tiếng Việt")]
        for num, en, vn, ans in texts:
            top, y = row(c, y, num, en, vn)
            f.text(xa + 5, top - 13, ans, 9.5, width=x1 - xa - 10)
        y = section(c, y, "B. PROPERTY", "B. BẤT ĐỘNG SẢN")
        for num, en, vn, ans in [("8", "Property street address", "Địa chỉ căn nhà (số nhà, tên đường)", app.street),
                                 ("9", "City", "Thành phố", app.city), ("10", "State", "Tiểu bang", app.state),
                                 ("11", "ZIP code", "Mã bưu chính (ZIP)", app.zip)]:
            top, y = row(c, y, num, en, vn)
            f.text(xa + 5, top - 13, ans, 9.5, width=x1 - xa - 10)
        y = choices(c, f, y, "12", "The property is", "Căn nhà này là", [
            ("Primary residence · Nhà ở chính", app.occupancy == "primary_residence"),
            ("Second home · Nhà thứ hai", app.occupancy == "second_home"),
            ("Investment / rental · Nhà cho thuê", app.occupancy == "investment_property")])
        y = section(c, y, "C. HARDSHIP", "C. KHÓ KHĂN TÀI CHÍNH")
        top, y = row(c, y, "13", "Date the hardship began (mm/dd/yyyy)", "Ngày bắt đầu khó khăn (tháng/ngày/năm)")
        f.text(xa + 5, top - 13, mdy(app.start) if app.start else "", 9.5)
        y = choices(c, f, y, "14", "The hardship is expected to be", "Khó khăn này dự kiến là", [
            ("Short-term (6 months or less) · Ngắn hạn", app.duration == "short"),
            ("Long-term or permanent · Dài hạn / vĩnh viễn", app.duration == "long"),
            ("Resolved · Đã giải quyết xong", app.duration == "resolved")])
        top, y = row(c, y, "15", "Reason(s) for the hardship - mark every row that applies",
                     "Lý do gây khó khăn - đánh dấu mọi hàng phù hợp", min_h=15)
        for i, (en, vn) in enumerate(LH_REASONS):
            top, y = row(c, y, f"15{'abcdefghij'[i]}", en, vn, min_h=15)
            f.box(xa + 5, top - 11, 7.5, HARDSHIPS[i] in app.hardships)
            if HARDSHIPS[i] == "other" and app.other_text:
                f.text(xa + 18, top - 11, app.other_text, 8, width=x1 - xa - 22)
        top, y = row(c, y, "16", "Explain the hardship in a few words", "Giải thích ngắn gọn về khó khăn", min_h=24)
        f.text(xa + 5, top - 13, app.explain, 8, width=x1 - xa - 10)
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed + 50)
        head(c, 2)
        c.setFont("Sans-B", 8.5)
        c.drawString(x0, 694, "Loan number · Số khoản vay:")
        f.text(x0 + 130, 694, app.loan, 10)
        y = colheads(c, 676)
        y = section(c, y, "D. MONTHLY INCOME, BEFORE TAXES", "D. THU NHẬP HÀNG THÁNG (TRƯỚC THUẾ)")
        for i, (en, vn) in enumerate(LH_INCOME):
            top, y = row(c, y, str(17 + i), en, vn)
            c.setFont("Sans", 9)
            c.drawString(xa + 6, top - 13, "$")
            amount = app.income.get(INCOMES[i], 0.0)
            if amount > 0:
                f.text(x1 - 8 - stringWidth(money(amount), "Mono", 10), top - 13, money(amount), 10)
        top, y = row(c, y, "25", "TOTAL monthly income (add rows 17 to 24)", "TỔNG thu nhập hàng tháng (cộng 17-24)")
        c.setFont("Sans-B", 9)
        c.drawString(xa + 6, top - 13, "$")
        f.text(x1 - 8 - stringWidth(money(app.total), "Mono", 10), top - 13, money(app.total), 10, font="Mono-B")
        y = section(c, y - 6, "E. ASSETS", "E. TÀI SẢN")
        top, y = row(c, y, "26", "Checking and savings accounts, cash on hand",
                     "Tiền trong tài khoản séc, tiết kiệm và tiền mặt")
        c.setFont("Sans", 9)
        c.drawString(xa + 6, top - 13, "$")
        f.text(x1 - 8 - stringWidth(money(app.savings), "Mono", 10), top - 13, money(app.savings), 10)
        y = section(c, y - 6, "F. CERTIFICATION AND SIGNATURES", "F. CAM KẾT VÀ CHỮ KÝ")
        ye = paragraphs(c, xe, y - 14, xa - xe - 12, [
            "I certify that the information in this application is true and that the hardship I described "
            "contributed to my need for mortgage relief. I agree to send the documents Lotus Harbor asks for and "
            "consent to a credit report for every borrower named. Knowingly false statements may violate federal "
            "law."], font="Sans", size=7.8, leading=10)
        yv = paragraphs(c, xa - 2, y - 14, x1 - xa + 2, [
            "Tôi xác nhận mọi thông tin trong đơn này là đúng sự thật và khó khăn tôi nêu đã khiến tôi cần hỗ trợ. "
            "Tôi đồng ý gửi các giấy tờ Lotus Harbor yêu cầu và đồng ý cho kiểm tra tín dụng của mọi người vay. "
            "Khai gian có thể vi phạm luật liên bang."], font="Sans-I", size=7.8, leading=10)
        y = min(ye, yv) - 12
        people = [("Borrower signature · Chữ ký người vay", app.b_signs, app.signed_on if app.b_dates else None, 0),
                  ("Co-borrower signature · Chữ ký người đồng vay", bool(app.co) and app.co_signs,
                   app.signed_on if app.co and app.co_signs else None, 1)]
        for label, signs, on, k in people:
            c.setLineWidth(0.5)
            c.rect(x0, y - 40, xa - x0 - 6, 40, stroke=1, fill=0)
            c.rect(xa, y - 40, x1 - xa, 40, stroke=1, fill=0)
            c.setFont("Sans-B", 7)
            c.drawString(x0 + 4, y - 9, label)
            c.drawString(xa + 4, y - 9, "Date · Ngày (mm/dd/yyyy)")
            f.sign(x0 + 40, y - 34, 190, signs, app.seed + k)
            f.date(xa + 12, y - 31, on)
            y -= 48
        c.setFont("Sans", 7)
        c.drawString(x0, y - 6, "Return with your documents to Lotus Harbor Mortgage Servicing. "
                                "Gửi kèm giấy tờ về Lotus Harbor Mortgage Servicing.")
        return f.marks

    return Paper([page1, page2])


# Atlântica AHS-40PT: every answer a box captioned in English (top left) and Portuguese (top right).
AT_REASONS = (("Unemployment", "Desemprego"), ("Reduced income", "Redução de renda"),
              ("Higher housing costs", "Aumento das despesas com moradia"), ("Disaster", "Desastre"),
              ("Illness or disability", "Doença ou invalidez"),
              ("Divorce or legal separation", "Divórcio ou separação"),
              ("Separation of unmarried co-owners", "Separação de co-proprietários"),
              ("Death of a borrower or wage earner", "Falecimento de mutuário ou provedor"),
              ("Job transfer / relocation", "Transferência de emprego / mudança"), ("Other", "Outro motivo"))
AT_INCOME = (("Wages, tips, overtime, bonuses", "Salários, gorjetas, horas extras"),
             ("Self-employment", "Trabalho autônomo"), ("Unemployment benefits", "Seguro-desemprego"),
             ("Taxable Social Security, pension, disability", "Previdência, aposentadoria (tributável)"),
             ("Non-taxable Social Security or disability", "Previdência ou invalidez (isenta)"),
             ("Rental income, net", "Renda de aluguel, líquida"),
             ("Investments or insurance", "Investimentos ou seguros"),
             ("Other (alimony, child support)", "Outros (pensão alimentícia)"))


def ahs40(app: App, mode: str) -> Paper:
    L, R = 40.0, 572.0

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(GREEN)
        c.rect(0, 730, W, 62, stroke=0, fill=1)
        c.setStrokeColor(Color(0.55, 0.85, 0.75))
        c.setLineWidth(2)
        for k in range(3):
            p = c.beginPath()
            p.moveTo(40, 742 + k * 6)
            for i in range(1, 21):
                p.lineTo(40 + i * 3, 742 + k * 6 + 3 * math.sin(i / 3))
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(white)
        c.setFont("Serif-B", 20)
        c.drawString(110, 760, "ATLÂNTICA")
        c.setFont("Sans", 8.5)
        c.drawString(110, 747, "Home Loan Servicing, Inc.")
        c.setFont("Sans-B", 11.5)
        c.drawRightString(R, 764, "SOLICITAÇÃO DE ASSISTÊNCIA HIPOTECÁRIA")
        c.setFont("Sans", 10)
        c.drawRightString(R, 750, "MORTGAGE ASSISTANCE REQUEST")
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(L, 718, "1 Concord Street, Suite 400, Framingham, MA 01702  ·  (508) 555-0163")
        c.drawRightString(R, 718, f"Form AHS-40PT (03/2061)  ·  Página {n} de 2 / Page {n} of 2")

    def band(c: Canvas, y: float, en: str, pt: str) -> float:
        c.setFillColor(GREEN)
        c.rect(L, y - 16, R - L, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 9)
        c.drawString(L + 6, y - 11.5, en)
        c.setFont("Sans-BI", 9)
        c.drawRightString(R - 6, y - 11.5, pt)
        c.setFillColor(black)
        return y - 20

    def capbox(c: Canvas, x: float, top: float, w: float, h: float, en: str, pt: str) -> None:
        c.setLineWidth(0.6)
        c.setStrokeColor(GREEN)
        c.rect(x, top - h, w, h, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Sans-B", 6.3)
        c.drawString(x + 4, top - 8, en.upper())
        c.setFont("Sans-I", 6.8)
        if stringWidth(en.upper(), "Sans-B", 6.3) + stringWidth(pt, "Sans-I", 6.8) + 14 < w:
            c.drawRightString(x + w - 4, top - 8, pt)
        else:  # no room beside the English: the Portuguese goes under it
            c.drawString(x + 4, top - 15.5, pt)

    def boxes(c: Canvas, f: Filler, top: float, cells: Sequence[tuple[float, str, str, str]], h: float = 30) -> float:
        x = L
        for w, en, pt, ans in cells:
            capbox(c, x, top, w, h, en, pt)
            f.text(x + 6, top - h + 7, ans, 10.5, width=w - 12)
            x += w
        return top - h

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed)
        head(c, 1)
        c.setFont("Sans", 8)
        c.drawString(L, 700, "Preencha todos os campos; datas no formato mm/dd/aaaa.  Complete every box; dates as "
                             "mm/dd/yyyy.")
        y = band(c, 690, "1  BORROWERS", "MUTUÁRIOS")
        y = boxes(c, f, y, [(170, "Loan number", "Número do empréstimo", app.loan),
                            (362, "Borrower name", "Nome do mutuário", app.borrower)])
        y = boxes(c, f, y, [(150, "SSN - last 4", "Seguro Social (4 últimos)", app.ssn[-4:]),
                            (150, "Phone", "Telefone", app.phone), (232, "E-mail", "E-mail", app.email)])
        y = boxes(c, f, y, [(322, "Co-borrower name", "Nome do co-mutuário", app.co or ""),
                            (210, "Co-borrower SSN - last 4", "Seguro Social (4 últimos)", (app.co_ssn or "")[-4:])])
        y = band(c, y - 8, "2  PROPERTY", "IMÓVEL")
        y = boxes(c, f, y, [(532, "Street address", "Endereço (rua e número)", app.street)])
        y = boxes(c, f, y, [(260, "City", "Cidade", app.city), (90, "State", "Estado", app.state),
                            (182, "ZIP code", "CEP (ZIP)", app.zip)])
        capbox(c, L, y, 532, 34, "Occupancy", "Ocupação")
        for i, (occ, label) in enumerate(zip(OCCUPANCIES, ("Primary residence · Residência principal",
                                                           "Second home · Segunda residência",
                                                           "Investment property · Imóvel de investimento"),
                                             strict=True)):
            x = L + 10 + i * 176
            f.bullet(x + 4, y - 23, 4, app.occupancy == occ)
            c.setFont("Sans", 7.8)
            c.drawString(x + 12, y - 26, label)
        y -= 34
        y = band(c, y - 8, "3  HARDSHIP", "DIFICULDADE FINANCEIRA")
        capbox(c, L, y, 190, 34, "Hardship began (mm/dd/yyyy)", "Início (mm/dd/aaaa)")
        f.text(L + 6, y - 27, mdy(app.start) if app.start else "", 10.5)
        capbox(c, L + 190, y, 342, 34, "Expected duration", "Duração prevista")
        for i, (dur, label) in enumerate(zip(("short", "long", "resolved"),
                                             ("Short-term · Curto prazo", "Long-term · Longo prazo",
                                              "Resolved · Resolvida"), strict=True)):
            x = L + 200 + i * 112
            f.bullet(x + 4, y - 23, 4, app.duration == dur)
            c.setFont("Sans", 7.8)
            c.drawString(x + 12, y - 26, label)
        y -= 34
        capbox(c, L, y, 532, 122, "Causes - mark all that apply", "Causas - marque todas que se aplicam")
        for i, (en, pt) in enumerate(AT_REASONS):
            col, rowi = divmod(i, 5)
            x = L + 10 + col * 266
            yy = y - 26 - rowi * 20
            f.box(x, yy - 1, 8, HARDSHIPS[i] in app.hardships)
            c.setFont("Sans", 8)
            c.drawString(x + 14, yy, en)
            c.setFont("Sans-I", 7.3)
            c.drawString(x + 14, yy - 8, pt)
        y -= 122
        capbox(c, L, y, 532, 40, "If other, or to explain", "Se outro, ou para explicar")
        f.text(L + 6, y - 30, app.other_text or app.explain, 9.5, width=520)
        c.setFont("Sans", 7)
        c.drawCentredString(W / 2, 40, "Continue na página 2 · Continue on page 2")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed + 50)
        head(c, 2)
        y = boxes(c, f, 706, [(200, "Loan number", "Número do empréstimo", app.loan)])
        y = band(c, y - 10, "4  MONTHLY INCOME BEFORE TAXES", "RENDA MENSAL BRUTA")
        for i, (en, pt) in enumerate(AT_INCOME):
            col, rowi = i % 2, i // 2
            x = L + col * 266
            top = y - rowi * 38
            capbox(c, x, top, 266, 38, en, pt)
            c.setFont("Sans", 10)
            c.drawString(x + 8, top - 30, "$")
            amount = app.income.get(INCOMES[i], 0.0)
            if amount > 0:
                f.text(x + 258 - stringWidth(money(amount), "Mono", 11), top - 30, money(amount), 11)
        y -= 4 * 38
        c.setLineWidth(1.4)
        c.rect(L, y - 36, 532, 36, stroke=1, fill=0)
        c.setFont("Sans-B", 7.5)
        c.drawString(L + 4, y - 9, "TOTAL MONTHLY INCOME")
        c.setFont("Sans-BI", 7.5)
        c.drawRightString(R - 4, y - 9, "Renda mensal total")
        c.setFont("Sans-B", 11)
        c.drawString(L + 300, y - 28, "$")
        f.text(R - 8 - stringWidth(money(app.total), "Mono-B", 12), y - 28, money(app.total), 12, font="Mono-B")
        y = band(c, y - 48, "5  ASSETS", "BENS")
        y = boxes(c, f, y, [(266, "Checking and savings", "Conta corrente e poupança", "$ " + money(app.savings)),
                            (266, "Other assets", "Outros bens", "")])
        y = band(c, y - 8, "6  CERTIFICATION AND SIGNATURES", "DECLARAÇÃO E ASSINATURAS")
        y = paragraphs(c, L, y - 10, R - L, [
            "I certify that the information in this request is true and that the hardship described contributed to "
            "my need for mortgage relief. I will provide the documents Atlântica asks for and consent to a credit "
            "report for each borrower. Knowingly false statements may violate federal law."],
            font="Sans", size=8, leading=10.5, gap=4)
        y = paragraphs(c, L, y, R - L, [
            "Declaro que as informações desta solicitação são verdadeiras e que a dificuldade descrita contribuiu "
            "para a minha necessidade de ajuda. Enviarei os documentos solicitados pela Atlântica e autorizo a "
            "consulta de crédito de cada mutuário. Declarações falsas podem violar a lei federal."],
            font="Sans-I", size=8, leading=10.5, gap=4)
        y -= 8
        people = [("Borrower signature", "Assinatura do mutuário", app.b_signs,
                   app.signed_on if app.b_dates else None, 0),
                  ("Co-borrower signature", "Assinatura do co-mutuário", bool(app.co) and app.co_signs,
                   app.signed_on if app.co and app.co_signs else None, 1)]
        for en, pt, signs, on, k in people:
            capbox(c, L, y, 352, 44, en, pt)
            capbox(c, L + 352, y, 180, 44, "Date (mm/dd/yyyy)", "Data (mm/dd/aaaa)")
            f.sign(L + 30, y - 38, 200, signs, app.seed + k)
            f.date(L + 362, y - 34, on, 10.5)
            y -= 52
        return f.marks

    return Paper([page1, page2])


# Keystone Commons KC-12: two columns of numbered questions, English over the edition's language, answers under.
KC_TEXT: dict[str, dict[str, Any]] = {
    "ht": {"code": "KC-12HT", "edition": "Kreyòl ayisyen / Haitian Creole edition",
           "title": "APLIKASYON POU ÈD SOU IPOTÈK", "page": "Paj {n} sou 2",
           "instr": "Reponn chak kesyon. Ekri repons lan sou liy ki anba kesyon an. Dat: mm/jj/aaaa.",
           "q": ["Nimewo prè a", "Non konplè moun ki prete a", "4 dènye chif nimewo Sekirite Sosyal li",
                 "Nimewo telefòn", "Non konplè ko-prete a (kite l vid si pa genyen)",
                 "4 dènye chif Sekirite Sosyal ko-prete a", "Adrès kay la - nimewo ak ri",
                 "Vil, eta ak kòd postal", "Kijan kay la sèvi?", "Dat difikilte a te kòmanse (mm/jj/aaaa)",
                 "Konbyen tan difikilte a ap dire?", "Kisa ki lakòz difikilte a? Make tout sa ki aplike.",
                 "Eksplikasyon (si ou make J, oswa pou eksplike)",
                 "Revni chak mwa anvan taks (ekri 0 si pa genyen)", "Sètifikasyon", "Siyati moun ki prete a ak dat",
                 "Siyati ko-prete a ak dat"],
           "occ": ["Mwen rete ladan l (rezidans prensipal)", "Dezyèm kay", "Kay pou lwe oswa envestisman"],
           "dur": ["Kout tèm (6 mwa oswa mwens)", "Long tèm oswa pèmanan", "Rezoud"],
           "why": ["Chomaj", "Revni diminye", "Depans lojman ogmante", "Dezas natirèl oswa moun lakòz",
                   "Andikap oswa maladi grav", "Divòs oswa separasyon legal", "Separasyon ko-prete ki pa marye",
                   "Lanmò yon prete oswa yon moun ki t ap travay", "Transfè travay lwen / demenajman",
                   "Lòt rezon - eksplike nan 13"],
           "inc": ["Salè, lè anplis, poubwa, bonis", "Travay pou pwòp tèt ou", "Benefis chomaj",
                   "Sekirite Sosyal, pansyon, andikap (taksab)", "Sekirite Sosyal, SSI, andikap (pa taksab)",
                   "Revni lwaye (apre depans)", "Revni envestisman oswa asirans",
                   "Lòt (pansyon alimantè, sipò timoun)", "TOTAL"],
           "cert": "Mwen sètifye tout enfòmasyon sa yo vre e difikilte mwen dekri a lakòz mwen bezwen èd. Mwen "
                   "dakò voye dokiman Keystone Commons mande yo epi mwen otorize yo tcheke kredi chak prete.",
           "sig": "Siyati", "date": "Dat"},
    "tl": {"code": "KC-12TL", "edition": "Tagalog edition", "title": "APLIKASYON PARA SA TULONG SA MORTGAGE",
           "page": "Pahina {n} ng 2",
           "instr": "Sagutin ang bawat tanong. Isulat ang sagot sa linya sa ilalim ng tanong. Petsa: mm/dd/yyyy.",
           "q": ["Numero ng loan", "Buong pangalan ng borrower", "Huling 4 na numero ng Social Security",
                 "Numero ng telepono", "Buong pangalan ng co-borrower (iwanang blangko kung wala)",
                 "Huling 4 na numero ng Social Security ng co-borrower", "Address ng bahay - numero at kalye",
                 "Lungsod, estado at ZIP code", "Paano ginagamit ang bahay?",
                 "Petsa nang nagsimula ang problema (mm/dd/yyyy)", "Gaano katagal ang problema?",
                 "Ano ang sanhi ng problema? Markahan lahat ng naaangkop.",
                 "Paliwanag (kung minarkahan ang J, o para magpaliwanag)",
                 "Buwanang kita bago ang buwis (isulat ang 0 kung wala)", "Sertipikasyon",
                 "Lagda ng borrower at petsa", "Lagda ng co-borrower at petsa"],
           "occ": ["Dito ako nakatira (pangunahing tirahan)", "Pangalawang bahay", "Paupahan o investment"],
           "dur": ["Panandalian (6 na buwan o mas maikli)", "Pangmatagalan o permanente", "Nalutas na"],
           "why": ["Kawalan ng trabaho", "Pagbaba ng kita", "Pagtaas ng gastos sa bahay", "Sakuna",
                   "Kapansanan o malubhang sakit", "Diborsyo o legal na paghihiwalay",
                   "Paghihiwalay ng hindi kasal na co-borrower", "Pagkamatay ng borrower o naghahanapbuhay",
                   "Paglipat ng trabaho sa malayo", "Iba pa - ipaliwanag sa 13"],
           "inc": ["Sahod, overtime, tip, bonus", "Sariling negosyo", "Benepisyo sa kawalan ng trabaho",
                   "Social Security, pensiyon, kapansanan (may buwis)",
                   "Social Security, SSI, kapansanan (walang buwis)", "Kita sa paupahan (matapos ang gastos)",
                   "Kita sa investment o insurance", "Iba pa (sustento, suporta sa anak)", "KABUUAN"],
           "cert": "Pinatutunayan ko na totoo ang lahat ng impormasyong ito at ang problemang inilarawan ko ang "
                   "dahilan kung bakit kailangan ko ng tulong. Ipapadala ko ang mga dokumentong hihingin ng Keystone "
                   "Commons at pumapayag ako sa pagsusuri ng credit ng bawat borrower.",
           "sig": "Lagda", "date": "Petsa"},
}
KC_EN = ["Loan number", "Borrower's full name", "Last 4 digits of the borrower's Social Security number",
         "Telephone number", "Co-borrower's full name (leave blank if none)",
         "Last 4 digits of the co-borrower's Social Security number", "Property address - number and street",
         "City, state and ZIP code", "How is the property used?", "Date the hardship began (mm/dd/yyyy)",
         "How long will the hardship last?", "What caused the hardship? Mark all that apply.",
         "Explanation (if you marked J, or to explain)", "Monthly income before taxes (write 0 if none)",
         "Certification", "Borrower's signature and date", "Co-borrower's signature and date"]
KC_OCC = ["I live in it (primary residence)", "Second home", "Rental or investment property"]
KC_DUR = ["Short-term (6 months or less)", "Long-term or permanent", "Resolved"]
KC_WHY = ["Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster (natural or man-made)",
          "Disability or serious illness", "Divorce or legal separation", "Separation of unmarried co-borrowers",
          "Death of a borrower or wage earner", "Distant employment transfer / relocation", "Other - explain in 13"]
KC_INC = ["Wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
          "Social Security, pension, disability (taxable)", "Social Security, SSI, disability (non-taxable)",
          "Rental income (after expenses)", "Investment or insurance income", "Other (alimony, child support)",
          "TOTAL"]


def kc12(app: App, lang: str, mode: str) -> Paper:
    t = KC_TEXT[lang]
    cols = ((40.0, 292.0), (320.0, 572.0))
    tr = Color(0.35, 0.35, 0.42)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(NAVY)
        c.rect(40, 738, 8, 30, stroke=0, fill=1)
        c.rect(52, 738, 8, 22, stroke=0, fill=1)
        c.rect(64, 738, 8, 14, stroke=0, fill=1)
        c.setFont("Sans-B", 12)
        c.drawString(80, 756, "KEYSTONE COMMONS LOAN SERVICING")
        c.setFillColor(black)
        c.setFont("Sans", 7.5)
        c.drawString(80, 745, "250 Market Street, Harrisburg, PA 17101  ·  (717) 555-0122")
        c.drawString(80, 736, "Fax (717) 555-0123")
        c.setFont("Sans-B", 11)
        c.drawRightString(572, 758, "MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Sans-BI", 9.5)
        c.setFillColor(tr)
        c.drawRightString(572, 746, t["title"])
        c.setFillColor(black)
        c.setFont("Sans", 7)
        c.drawString(40, 726, f"Form {t['code']} ({t['edition']})")
        c.drawRightString(572, 726, f"Page {n} of 2  ·  {t['page'].format(n=n)}")
        c.setLineWidth(1.2)
        c.line(40, 720, 572, 720)
        c.setLineWidth(0.4)
        c.line(306, 40, 306, 690)

    def question(c: Canvas, x0: float, x1: float, y: float, num: int) -> float:
        c.setFillColor(NAVY)
        c.circle(x0 + 7, y + 3, 7, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Sans-B", 7.5)
        c.drawCentredString(x0 + 7, y + 0.5, str(num))
        c.setFillColor(black)
        for ln in wrap(KC_EN[num - 1], "Sans-B", 8.5, x1 - x0 - 20):
            c.setFont("Sans-B", 8.5)
            c.drawString(x0 + 19, y, ln)
            y -= 10.5
        c.setFillColor(tr)
        for ln in wrap(t["q"][num - 1], "Sans-I", 8, x1 - x0 - 20):
            c.setFont("Sans-I", 8)
            c.drawString(x0 + 19, y, ln)
            y -= 10
        c.setFillColor(black)
        return y

    def line_answer(c: Canvas, f: Filler, x0: float, x1: float, y: float, ans: str) -> float:
        y -= 14
        c.setLineWidth(0.5)
        c.line(x0 + 19, y - 2, x1, y - 2)
        f.text(x0 + 23, y + 1, ans, 10, width=x1 - x0 - 28)
        return y - 16

    def options(c: Canvas, f: Filler, x0: float, x1: float, y: float, en: Sequence[str], tl: Sequence[str],
                marks: Sequence[bool], letters: str = "") -> float:
        y -= 4
        for i, (a, b) in enumerate(zip(en, tl, strict=True)):
            f.box(x0 + 20, y - 2, 8, marks[i])
            c.setFont("Sans-B" if letters else "Sans", 8)
            lead = f"{letters[i]}  " if letters else ""
            c.drawString(x0 + 33, y, lead + a)
            c.setFillColor(tr)
            c.setFont("Sans-I", 7.5)
            c.drawString(x0 + 33 + stringWidth(lead, "Sans-B", 8), y - 9, b)
            c.setFillColor(black)
            y -= 21
        return y - 6

    def page1(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed)
        head(c, 1)
        c.setFont("Sans", 7.5)
        c.drawString(40, 708, "Answer every question. Write each answer on the line under the question.")
        c.setFillColor(tr)
        c.setFont("Sans-I", 7.5)
        c.drawString(40, 698, t["instr"])
        c.setFillColor(black)
        (a0, a1), (b0, b1) = cols
        y = 678.0
        answers = [app.loan, app.borrower, app.ssn[-4:], app.phone, app.co or "", (app.co_ssn or "")[-4:],
                   app.street, f"{app.city}, {app.state} {app.zip}"]
        for i, ans in enumerate(answers, 1):
            y = line_answer(c, f, a0, a1, question(c, a0, a1, y, i), ans)
        y = 678.0
        y = options(c, f, b0, b1, question(c, b0, b1, y, 9), KC_OCC, t["occ"],
                    [app.occupancy == o for o in OCCUPANCIES])
        y = line_answer(c, f, b0, b1, question(c, b0, b1, y, 10), mdy(app.start) if app.start else "")
        y = options(c, f, b0, b1, question(c, b0, b1, y, 11), KC_DUR, t["dur"],
                    [app.duration == d for d in ("short", "long", "resolved")])
        y = options(c, f, b0, b1, question(c, b0, b1, y, 12), KC_WHY, t["why"],
                    [h in app.hardships for h in HARDSHIPS], letters="ABCDEFGHIJ")
        y = line_answer(c, f, b0, b1, question(c, b0, b1, y, 13), app.other_text or app.explain)
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Filler(c, mode, app.seed + 50)
        head(c, 2)
        c.setFont("Sans-B", 8.5)
        c.drawString(40, 704, "Loan number:")
        f.text(110, 704, app.loan, 10)
        (a0, a1), (b0, b1) = cols
        y = question(c, a0, a1, 680, 14) - 8
        amounts = [app.income.get(k, 0.0) for k in INCOMES] + [app.total]
        for i, (en, tl) in enumerate(zip(KC_INC, t["inc"], strict=True)):
            letter_ = "abcdefghi"[i]
            c.setFont("Sans-B", 8.5)
            c.drawString(a0 + 19, y, letter_)
            c.setFont("Sans-B" if i == 8 else "Sans", 8)
            c.drawString(a0 + 31, y, en)
            c.setFillColor(tr)
            c.setFont("Sans-I", 7.5)
            c.drawString(a0 + 31, y - 9, tl)
            c.setFillColor(black)
            c.setFont("Sans", 9)
            c.drawString(a0 + 31, y - 26, "$")
            c.setLineWidth(1.2 if i == 8 else 0.5)
            c.line(a0 + 40, y - 28, a0 + 170, y - 28)
            amount = amounts[i]
            shown = money(amount) if amount > 0 else ("0" if mode == "hand" else "0.00")
            f.text(a0 + 46, y - 25, shown, 10, font="Mono-B" if i == 8 else "Mono")
            y -= 48
        y = question(c, b0, b1, 680, 15) - 4
        y = paragraphs(c, b0 + 19, y, b1 - b0 - 19, [
            "I certify that all of this information is true and that the hardship I described contributed to my "
            "need for help. I agree to send the documents Keystone Commons asks for and consent to a credit "
            "report for every borrower."], font="Sans", size=8, leading=10, gap=4)
        c.setFillColor(tr)
        y = paragraphs(c, b0 + 19, y, b1 - b0 - 19, [t["cert"]], font="Sans-I", size=8, leading=10, gap=4)
        c.setFillColor(black)
        y -= 10
        people = [(16, app.b_signs, app.signed_on if app.b_dates else None, 0),
                  (17, bool(app.co) and app.co_signs, app.signed_on if app.co and app.co_signs else None, 1)]
        for num, signs, on, k in people:
            y = question(c, b0, b1, y, num) - 34
            c.setLineWidth(0.5)
            c.line(b0 + 19, y, b0 + 160, y)
            c.line(b0 + 172, y, b1, y)
            c.setFont("Sans", 7)
            c.drawString(b0 + 19, y - 9, f"Signature / {t['sig']}")
            c.drawString(b0 + 172, y - 9, f"Date / {t['date']} (mm/dd/yyyy)")
            f.sign(b0 + 22, y + 2, 130, signs, app.seed + k)
            f.date(b0 + 176, y + 3, on, 10)
            y -= 30
        return f.marks

    return Paper([page1, page2])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    """The real Form 710 with its AcroForm fields filled (pypdf picks a code page for Polish letters)."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.savings)}
    if app.start:
        values["Date_1"] = mdy(app.start)
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
        elif i < 3:
            page.merge_page(PdfReader(io.BytesIO(_synth_overlay())).pages[0])
    return fixed_pypdf_bytes(writer, f"cm710{app.loan}")


def _synth_overlay() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed in its fields, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    for page in writer.pages:
        page.merge_page(PdfReader(io.BytesIO(_synth_overlay())).pages[0])
    pdf = fixed_pypdf_bytes(writer, "cm710ink")
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

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[nfc(rel)] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(nfc(rel), page + i) for i in range(n)]
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(nfc(rel), len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[nfc(rel)] = scans_pdf(sheets, style)

    def mixed(self, rel: str, parts: Sequence[tuple[Doc | None, Paper | list[ScannedPage]]]) -> None:
        """One upload holding born-digital papers and scanned sheets (grey JPEG pages), in order."""
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
        c.setCreator("holdout_packets_cm")
        n = 0
        for doc, part in parts:
            first = n + 1
            if isinstance(part, Paper):
                for fn in part.pages:
                    c.setPageSize(part.size)
                    apply_screen_marks(c, fn(c))
                    synth_line(c, part.size)
                    c.showPage()
                    n += 1
            else:
                for sheet in part:
                    _draw_sheet(c, sheet, False)
                    c.showPage()
                    n += 1
            if doc is not None:
                doc.pages = [(nfc(rel), p) for p in range(first, n + 1)]
                doc.scanned = not isinstance(part, Paper)
                self.docs.append(doc)
        c.save()
        self.files[nfc(rel)] = buf.getvalue()


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def other_doc() -> Doc:
    return Doc("other", {})


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": any(v > 0 for v in app.income.values())}
    out += [f"application_field:{k}" for k, v in required.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(b.date) and dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pnl = [d for d in docs if d.type == "profit_and_loss_statement" and d.fields.get("signed") and fresh(d.date)]
    rent = [d for d in docs if d.type == "rent_check" and fresh(d.date)]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or bool(pnl), "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or len(rent) >= 2, "investment": two_bank, "other": two_bank}
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


# --- the eight packets -------------------------------------------------------------------------------------------

GREY_200 = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0006)
GREY_150 = Scan(dpi=150, tilt=0.25, blur=0.35, noise=0.0004)
FAX_200 = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax=True)


def packet_cm1(seed: int) -> Packet:
    """Vietnamese nail technician: LH-7V on screen, salon stubs, a handwritten letter with its translation."""
    received = dt.date(2061, 3, 22)
    employer = "Hoa Sen Nails & Spa LLC"
    stubs = [salon_stub(seed, employer, "10330 Bellaire Blvd, Suite 118, Houston, TX 77072", "NGUYEN THI THU HANG",
                        "HS-0417", d, Tax(0.08)) for d in (dt.date(2061, 3, 4), dt.date(2061, 3, 18))]
    app = App("5520917734", "Nguyễn Thị Thu Hằng", "957-24-6618", "11407 Bellwood Glen Drive", "Houston", "TX",
              "77072", "(832) 555-0117", "hang.nguyen61@example.com", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2060, 11, 7), "long", {"wages": 4850.00},
              dt.date(2061, 3, 16), co="Trần Văn Phúc", co_ssn="957-61-0342",
              explain="Tiệm giảm giờ làm; chồng bệnh thận, phải chạy thận", seed=seed + 11)
    p = Packet("cm1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/LH-7V Nguyen Thi Thu Hang.pdf", paper_pdf(lh7v(app, "screen")), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{folder}/phieu luong {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2061, 3, 14)
    vn = NativeLetter(f"Houston, {vn_date(on)}", ["Kính gửi: Lotus Harbor Mortgage Servicing",
                                                  "Phòng Hỗ trợ Khách hàng"],
                      f"V/v: Xin hỗ trợ khoản vay số {app.loan}", "Thưa quý công ty,", [
        "Tôi tên là Nguyễn Thị Thu Hằng. Từ tháng 11 năm ngoái, tiệm nail nơi tôi làm việc đã giảm giờ làm và "
        "khách hàng ít hơn nhiều, nên thu nhập của tôi giảm gần một phần ba.",
        "Chồng tôi, anh Trần Văn Phúc, bị bệnh thận và phải chạy thận ba lần mỗi tuần, nên anh không thể đi "
        "làm được nữa.",
        "Chúng tôi vẫn cố gắng trả tiền nhà nhưng đã bị trễ hai tháng. Tôi xin quý công ty xem xét giảm tiền "
        "trả hàng tháng để gia đình tôi giữ được căn nhà. Xin chân thành cảm ơn."],
        "Kính thư,", ["Nguyễn Thị Thu Hằng"])
    p.scan(f"{folder}/Thư xin hỗ trợ.pdf", [(hardship_doc(on), scan_paper(handwritten_letter(vn, seed + 12),
                                                                          GREY_200, seed + 101))], GREY_200)
    en = NativeLetter(f"Houston, {long_date(on)}", ["To: Lotus Harbor Mortgage Servicing",
                                                    "Customer Assistance Department"],
                      f"Re: Request for assistance with loan number {app.loan}", "Dear Sir or Madam,", [
        "My name is Nguyễn Thị Thu Hằng. Since November of last year the nail salon where I work has cut my hours "
        "and there are far fewer customers, so my income has dropped by almost one third.",
        "My husband, Trần Văn Phúc, has kidney disease and must have dialysis three times a week, so he can no "
        "longer work.",
        "We are still trying to pay for the house, but we have fallen two months behind. I ask your company to "
        "consider lowering our monthly payment so that my family can keep the home. Thank you sincerely."],
        "Respectfully,", ["Nguyễn Thị Thu Hằng"])
    agency = ("Sunrise Language Services", "6100 Corporate Drive, Suite 220, Houston, TX 77036  ·  (713) 555-0190",
              "0.8 0.42 0.08")
    both = Paper(translation_page(agency, "Vietnamese", "SLS-4471", en, "[signed]").pages +
                 certificate_page(agency, "Lê Minh Khoa", "Vietnamese", app.borrower, on, dt.date(2061, 3, 17),
                                  "261904", seed + 13).pages)
    p.pdf(f"{folder}/Translation - certified.pdf", paper_pdf(both), (hardship_doc(on), 1), (other_doc(), 1))
    receipt = remittance_receipt([
        ("Ngày / Date", "03/05/2061 10:42"), ("Mã số / Transfer no.", "SE-610305-4471"), ("", ""),
        ("Người gửi / Sender", "NGUYEN THI THU HANG"), ("Người nhận / Receiver", "TRAN THI LAN"),
        ("Nơi nhận / Payout", "Cần Thơ, Việt Nam"), ("", ""), ("Số tiền gửi / Amount sent", "$300.00"),
        ("Phí / Fee", "$8.00"), ("Tổng cộng / Total paid", "$308.00"), ("Tỷ giá / Rate", "1 USD = 25,410 VND"),
        ("Người nhận lãnh / Receiver gets", "7,623,000 VND")],
        ["SAIGON EXPRESS", "Chuyển tiền về Việt Nam · Money transfer", "10800 Bellaire Blvd #140, Houston TX 77072",
         "(281) 555-0176"], ["Cảm ơn quý khách!", "Thank you for choosing Saigon Express"])
    p.scan(f"{folder}/bien nhan chuyen tien.pdf", [(other_doc(), scan_paper(receipt, GREY_150, seed + 102))],
           GREY_150)
    return p


def packet_cm2(seed: int) -> Packet:
    """Brazilian waiter: AHS-40PT in ink, weekly receipts WITHOUT year-to-date pay, one combined scan."""
    received = dt.date(2061, 4, 13)
    employer = "Churrascaria Fogo do Vale, LLC"
    tax = Tax(0.07, 0.05, deductions=(("pfml", 3.85),))
    stubs = [receipt_stub(seed, employer, "412 Waverly Street, Framingham, MA 01702", "João Paulo Gonçalves",
                          "Garçom / Server", d, 15.50, tax, seed + 20 + i)
             for i, d in enumerate((dt.date(2061, 4, 1), dt.date(2061, 4, 8)))]
    app = App("3308817264", "João Paulo Gonçalves", "946-03-5571", "27 Waverley Terrace", "Framingham", "MA",
              "01702", "(508) 555-0129", "jpgoncalves@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2061, 1, 17), "short", {"wages": 3120.00}, dt.date(2061, 4, 9), co="Ana Cláudia Gonçalves",
              co_ssn="946-38-2290", explain="Restaurante reduziu meu horário depois do incêndio", seed=seed + 21)
    p = Packet("cm2", received, app, ["income_doc:wages"])
    on = dt.date(2061, 4, 9)
    sender = ["João Paulo e Ana Cláudia Gonçalves", "27 Waverley Terrace", "Framingham, MA 01702"]
    pt = NativeLetter(f"Framingham, {pt_date(on)}", ["À Atlântica Home Loan Servicing, Inc.",
                                                    "Departamento de Assistência ao Cliente"],
                      f"Ref.: Empréstimo nº {app.loan} - pedido de ajuda", "Prezados senhores,", [
        "Meu nome é João Paulo Gonçalves e trabalho como garçom na Churrascaria Fogo do Vale, em Framingham, desde "
        "2054. No dia 17 de janeiro houve um incêndio na cozinha do restaurante, que ficou fechado por três "
        "semanas. Desde a reabertura, o gerente reduziu o meu horário de seis para quatro dias por semana, e as "
        "gorjetas também diminuíram muito.",
        "Minha esposa, Ana Cláudia, cuida dos nossos dois filhos pequenos e não trabalha fora. Com a renda menor, "
        "atrasamos duas prestações da casa.",
        "Pedimos que a Atlântica analise uma modificação do nosso empréstimo para que possamos voltar a pagar em "
        "dia e continuar na nossa casa. O gerente disse que o horário normal deve voltar até o verão."],
        "Atenciosamente,", [app.borrower, "Ana Cláudia Gonçalves"], dateline_right=False)
    en = NativeLetter(f"Framingham, {long_date(on)}", ["To Atlântica Home Loan Servicing, Inc.",
                                                      "Customer Assistance Department"],
                      f"Re: Loan no. {app.loan} - request for help", "Dear Sirs,", [
        "My name is João Paulo Gonçalves and I have worked as a waiter at Churrascaria Fogo do Vale in Framingham "
        "since 2054. On January 17 there was a fire in the restaurant's kitchen, and the restaurant was closed for "
        "three weeks. Since it reopened, the manager has cut my schedule from six to four days a week, and the "
        "tips have also gone down a lot.",
        "My wife, Ana Cláudia, takes care of our two young children and does not work outside the home. With the "
        "lower income, we have fallen two payments behind on the house.",
        "We ask Atlântica to review a modification of our loan so that we can pay on time again and stay in our "
        "home. The manager said the normal schedule should return by the summer."],
        "Sincerely,", [app.borrower, "Ana Cláudia Gonçalves"], dateline_right=False)
    agency = ("Ponte Translations, Inc.", "300 Howard Street, Framingham, MA 01702  ·  (508) 555-0188",
              "0.1 0.35 0.55")
    church = community_letter(("Igreja Batista Nova Aliança de Framingham",
                               "88 Hollis Street, Framingham, MA 01702  ·  (508) 555-0107", Color(0.2, 0.3, 0.55)),
                              f"Framingham, {pt_date(dt.date(2061, 4, 10))}", ["A quem possa interessar"],
                              "Declaração de membresia e assistência", [
        "Declaramos, para os devidos fins, que João Paulo Gonçalves e sua esposa Ana Cláudia Gonçalves são membros "
        "ativos da Igreja Batista Nova Aliança desde 2055 e participam fielmente das atividades da nossa "
        "comunidade.",
        "Desde fevereiro de 2061, quando o restaurante onde o irmão João Paulo trabalha reduziu o seu horário, a "
        "família recebe cestas básicas do nosso ministério de ação social. Pedimos a compreensão de todos para com "
        "esta família trabalhadora e honesta."], ["Rev. Anderson Ribeiro", "Pastor Titular"], seed + 24)
    p.scan(f"Gonçalves {app.loan}.pdf", [
        (app_doc(), scan_paper(ahs40(app, "ink"), GREY_200, seed + 201)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, GREY_200, seed + 202)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, GREY_200, seed + 203)),
        (hardship_doc(on), scan_paper(typed_letter(pt, sender, seed + 22), GREY_200, seed + 204)),
        (hardship_doc(on), scan_paper(translation_page(agency, "Portuguese", "PT-61-0288", en, "[signed]"),
                                      GREY_200, seed + 205)),
        (other_doc(), scan_paper(certificate_page(agency, "Mariana Souza Lima", "Portuguese", app.borrower, on,
                                                  dt.date(2061, 4, 11), "255310", seed + 23), GREY_200, seed + 206)),
        (other_doc(), scan_paper(church, GREY_200, seed + 207))], GREY_200)
    return p


def packet_cm3(seed: int) -> Packet:
    """Haitian widow: KC-12HT filled by hand, faxed with a stub, a pension award, an obituary and her letter."""
    received = dt.date(2061, 5, 19)
    stub = agency_stub(seed, "ht", "Bon Sante Home Health Care, Inc.", "12550 Biscayne Blvd, Suite 210, North "
                       "Miami, FL 33181", "Marie-Ange Désir", "BS-3381", dt.date(2061, 5, 13), "weekly", 16.25,
                       Tax(0.06), dt.date(2061, 1, 7))
    addr = ["1342 NE 131st Street", "North Miami, FL 33161"]
    died = dt.date(2061, 1, 28)
    app = App("6104452398", "Marie-Ange Désir", "971-55-0864", "1342 NE 131st Street", "North Miami", "FL", "33161",
              "(786) 555-0154", "madesir@example.com", "primary_residence", ["death"], died, "long",
              {"wages": 2390.00, "benefits_taxable": 1186.40}, dt.date(2061, 5, 12),
              explain="Mari m mouri, se li ki te peye ipotèk la", seed=seed + 31)
    p = Packet("cm3", received, app, [])
    pension = survivor_pension_letter(app.borrower, addr, dt.date(2061, 4, 20), 1186.40, "Jean-Robert Désir", died,
                                      dt.date(2061, 5, 1))
    obit = obituary_ht("Jean-Robert DÉSIR", "Jakmèl, 1998", died, 62, [
        f"Jean-Robert Désir, ki te fèt Jakmèl, Ayiti, te mouri {ht_date(died)} nan North Miami, a laj 62 an, "
        "apre yon atak kè. Li te travay kòm bagajis nan otèl Oceanaire pandan 22 an.",
        "Li kite dèyè madanm li, Marie-Ange Désir, twa pitit li, Roseline, Stevenson ak Widline, manman l ak "
        "anpil frè, sè, neve ak nyès an Ayiti ak Ozetazini.",
        "Fineray la ap fèt samdi 5 fevriye 2061 a 10 è nan Legliz Batis Nouvèl Esperans, North Miami."], [
        f"La famille Désir a la profonde douleur de vous annoncer le décès de Jean-Robert Désir, survenu le "
        f"{died.day} janvier {died.year} à North Miami. Les funérailles seront chantées le samedi 5 février 2061 à "
        "10 heures en l'Église Baptiste Nouvelle Espérance. Que son âme repose en paix."], dt.date(2061, 2, 3))
    on = dt.date(2061, 5, 12)
    ht = NativeLetter(f"North Miami, {ht_date(on)}", ["Keystone Commons Loan Servicing", "Depatman Asistans Ipotèk"],
                      f"Sijè: Prè nimewo {app.loan}", "Mesye, Madam,", [
        f"Mwen rele Marie-Ange Désir. Mari m, Jean-Robert Désir, te mouri {ht_date(died)} apre yon atak kè. Li te "
        "travay kòm bagajis nan yon otèl pandan 22 an, e se salè li ki te peye pi fò nan ipotèk la.",
        "Kounye a mwen travay kòm èd sante lakay pou Bon Sante Home Health Care, epi fon pansyon otèl la ap peye m "
        "yon pansyon vèv chak mwa depi 1ye me. Lajan sa yo pa ase pou m peye tout ipotèk la chak mwa.",
        "Mwen mande nou tanpri pou nou ede m ak yon modifikasyon prè a pou m ka rete nan kay la ak twa pitit mwen "
        "yo."], "Mèsi davans,", [app.borrower], dateline_right=False)
    en = NativeLetter(f"North Miami, {long_date(on)}", ["Keystone Commons Loan Servicing",
                                                       "Mortgage Assistance Department"],
                      f"Subject: Loan number {app.loan}", "Sir, Madam,", [
        f"My name is Marie-Ange Désir. My husband, Jean-Robert Désir, died on {long_date(died)} after a heart "
        "attack. He worked as a bellman in a hotel for 22 years, and it was his salary that paid most of the "
        "mortgage.",
        "Now I work as a home health aide for Bon Sante Home Health Care, and the hotel pension fund has been paying "
        "me a widow's pension every month since May 1. This money is not enough for me to pay the whole mortgage "
        "every month.",
        "I ask you please to help me with a modification of the loan so that I can stay in the house with my three "
        "children."], "Thank you in advance,", [app.borrower], dateline_right=False)
    agency = ("Lakay Translation & Interpreting, LLC", "780 NE 125th Street, North Miami, FL 33161  ·  (305) 555-0166",
              "0.05 0.3 0.6")
    receipt = remittance_receipt([
        ("Dat / Date", "05/06/2061 16:05"), ("Nimewo / Transfer no.", "KE-61-0506-2290"), ("", ""),
        ("Moun k ap voye / Sender", "MARIE-ANGE DESIR"), ("Moun k ap resevwa / Receiver", "ROSELINE DESIR"),
        ("Kote / Payout", "Jacmel, Haiti"), ("", ""), ("Montan / Amount sent", "$150.00"), ("Frè / Fee", "$6.99"),
        ("Total peye / Total paid", "$156.99"), ("To / Rate", "1 USD = 131.50 HTG"),
        ("L ap resevwa / Receiver gets", "19,725.00 HTG")],
        ["KARAYIB EKSPRÈS", "Transfè lajan · Money transfer", "12100 NE 6th Avenue, North Miami, FL 33161",
         "(305) 555-0148"], ["Mèsi anpil!", "Thank you"])
    cover = fax_cover(["Sant Kominotè Ayisyen Nò Miami", "Haitian Community Center of North Miami",
                       "13000 NE 7th Avenue, North Miami, FL 33161  ·  (305) 555-0139"],
                      "Keystone Commons Loan Servicing", "(717) 555-0123", "(305) 555-0140", received, 10,
                      f"Prè / Loan {app.loan} - Marie-Ange Désir")
    p.scan(f"FAX{received.strftime('%m%d')}_104417.pdf", [
        (None, scan_paper(cover, FAX_200, seed + 300)),
        (app_doc(), scan_paper(kc12(app, "ht", "hand"), FAX_200, seed + 301)),
        (hardship_doc(on), scan_paper(typed_letter(ht, addr, seed + 32), FAX_200, seed + 302)),
        (hardship_doc(on), scan_paper(translation_page(agency, "Haitian Creole", "LT-2061-117", en, "[signed]"),
                                      FAX_200, seed + 303)),
        (other_doc(), scan_paper(certificate_page(agency, "Widlyne Jean-Louis", "Haitian Creole", app.borrower, on,
                                                  dt.date(2061, 5, 16), "270158", seed + 33), FAX_200, seed + 304)),
        (letter_doc(obit), scan_paper(obit.paper, FAX_200, seed + 305)),
        (letter_doc(pension), scan_paper(pension.paper, FAX_200, seed + 306)),
        (stub_doc(stub), scan_paper(stub.paper, FAX_200, seed + 307)),
        (other_doc(), scan_paper(receipt, FAX_200, seed + 308))], FAX_200)
    return p


def packet_cm4(seed: int) -> Packet:
    """Polish remodeler and bakery clerk: Form 710 on screen, a signed P&L, no Form 4506-C."""
    received = dt.date(2061, 6, 20)
    pay = dt.date(2061, 6, 15)
    stub = ledger_stub(seed, "pl", "Piekarnia Pod Kasztanem Bakery, Inc.", "8040 N. Milwaukee Ave, Niles, IL 60714",
                       "Małgorzata Wiśniewska", "PK-0086", "Sprzedaż / Retail counter", pay, "semimonthly",
                       semimonthly_periods(2061, pay, 0), 17.25, 80.0,
                       Tax(0.07, 0.0495, deductions=(("health", 38.0),)), Color(0.45, 0.27, 0.12))
    app = App("7301928846", "Krzysztof Wiśniewski", "938-70-1149", "9215 W. Kasztanowa Lane", "Niles", "IL", "60714",
              "(847) 555-0168", "kw.remodeling@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2060, 10, 1), "long", {"wages": 2840.00, "self_employment": 3400.00}, dt.date(2061, 6, 12),
              co="Małgorzata Wiśniewska", co_ssn="938-12-7705", savings=1210.0, seed=seed + 41)
    p = Packet("cm4", received, app, ["irs_form_4506c"])
    loan = app.loan
    p.pdf(f"{loan} - Form 710.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{loan} - odcinek wypłaty.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    pnl, pnl_fields = pnl_statement("KW Remodeling & Tile", app.borrower, "9215 W. Kasztanowa Lane, Niles, IL 60714",
                                    dt.date(2061, 1, 1), dt.date(2061, 5, 31), [
                                        ("Usługi remontowe", "Remodeling services", 31840.00),
                                        ("Usługi glazurnicze", "Tile installation", 9420.00)], [
                                        ("Materiały budowlane", "Building materials", 12870.40),
                                        ("Podwykonawcy", "Subcontractors", 4800.00),
                                        ("Samochód i paliwo", "Vehicle and fuel", 3115.20),
                                        ("Ubezpieczenie", "Insurance", 1640.00), ("Narzędzia", "Tools", 1262.00),
                                        ("Telefon i biuro", "Phone and office", 587.00)],
                                    dt.date(2061, 6, 10), seed + 42)
    p.pdf(f"{loan} - rachunek zysków i strat.pdf", paper_pdf(pnl),
          (Doc("profit_and_loss_statement", pnl_fields, dt.date(2061, 5, 31), signed=True), 1))
    on = dt.date(2061, 6, 12)
    pl = NativeLetter(f"Niles, {pl_date(on)}", ["Prairie Lakes Loan Servicing", "Dział Pomocy Kredytobiorcom"],
                      f"Dotyczy: kredyt hipoteczny nr {loan}", "Szanowni Państwo,", [
        "Nazywam się Krzysztof Wiśniewski i od dwunastu lat prowadzę własną firmę remontową KW Remodeling & Tile. "
        "Od jesieni 2060 roku mam znacznie mniej zleceń, ponieważ dwaj generalni wykonawcy, dla których pracowałem "
        "jako podwykonawca, zakończyli działalność. Moje dochody spadły o około czterdzieści procent.",
        "Moja żona Małgorzata pracuje w piekarni, ale jej pensja nie wystarcza na pokrycie pełnej raty kredytu. "
        "Spóźniliśmy się z dwiema ratami.",
        "Uprzejmie prosimy o rozpatrzenie modyfikacji kredytu, abyśmy mogli zatrzymać nasz dom. Załączam rachunek "
        "zysków i strat mojej firmy oraz odcinek wypłaty żony."], "Z poważaniem,",
        [app.borrower, "Małgorzata Wiśniewska"])
    p.pdf(f"{loan} - list.pdf", paper_pdf(typed_letter(pl, ["Krzysztof i Małgorzata Wiśniewscy",
                                                            "9215 W. Kasztanowa Lane", "Niles, IL 60714"], seed + 43)),
          (hardship_doc(on), 1))
    parish = community_letter(("Polska Misja Katolicka św. Floriana",
                               "St. Florian Polish Catholic Mission  ·  7300 W. Touhy Avenue, Niles, IL 60714",
                               Color(0.55, 0.1, 0.15)), f"Niles, {pl_date(dt.date(2061, 6, 5))}",
                              ["Do wszystkich zainteresowanych"], "Zaświadczenie", [
        "Zaświadczam, że Państwo Krzysztof i Małgorzata Wiśniewscy są od wielu lat członkami naszej wspólnoty "
        "parafialnej. Pan Krzysztof bezinteresownie wykonał wiele prac remontowych w naszym kościele i sali "
        "parafialnej.",
        "Wiem, że rodzina przeżywa obecnie trudności finansowe z powodu spadku liczby zleceń w firmie Pana "
        "Krzysztofa. Polecam ich jako ludzi uczciwych i sumiennych."], ["ks. Marek Dąbrowski", "proboszcz"],
        seed + 44)
    p.scan(f"{loan} - parafia.pdf", [(other_doc(), scan_paper(parish, GREY_150, seed + 401))], GREY_150)
    return p


def packet_cm5(seed: int) -> Packet:
    """Vietnamese supermarket clerk and his father: LH-7V in ink, the father (co-borrower) never signed."""
    received = dt.date(2061, 7, 15)
    sched = semimonthly_periods(2061, dt.date(2061, 7, 5), 5)
    tax = Tax(0.07, deductions=(("health", 42.50),))
    stubs = [ledger_stub(seed, "vn", "Á Đông Supermarket, Inc.", "11200 Bellaire Blvd, Houston, TX 77072",
                         "Lâm Quốc Bảo", "AD-1187", "Quầy hải sản / Seafood counter", d, "semimonthly",
                         [x for x in sched if x[2] <= d], 16.40, 84.0, tax, Color(0.75, 0.1, 0.1))
             for d in (dt.date(2061, 6, 20), dt.date(2061, 7, 5))]
    addr = ["8816 Plum Terrace Drive", "Houston, TX 77099"]
    app = App("0447192803", "Lâm Quốc Bảo", "962-17-4480", "8816 Plum Terrace Drive", "Houston", "TX", "77099",
              "(346) 555-0192", "baolam.hou@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2061, 2, 1), "long", {"wages": 3230.00, "benefits_nontaxable": 967.00}, dt.date(2061, 7, 8),
              co="Lâm Văn Hữu", co_ssn="962-90-3317", co_signs=False, explain="Thuế nhà và tiền bảo hiểm tăng",
              savings=385.0, seed=seed + 51)
    p = Packet("cm5", received, app, ["application_signature"])
    ssi = ssi_notice("Lâm Văn Hữu", addr, dt.date(2061, 5, 26), 967.00)
    receipt = remittance_receipt([
        ("Ngày / Date", "07/01/2061 11:20"), ("Mã số / Transfer no.", "PN-0701-61-8832"), ("", ""),
        ("Người gửi / Sender", "LAM QUOC BAO"), ("Người nhận / Receiver", "LAM THI NGOC"),
        ("Nơi nhận / Payout", "Đà Nẵng, Việt Nam"), ("", ""), ("Số tiền gửi / Amount sent", "$200.00"),
        ("Phí / Fee", "$6.00"), ("Tổng cộng / Total paid", "$206.00"), ("Tỷ giá / Rate", "1 USD = 25,480 VND"),
        ("Người nhận lãnh / Receiver gets", "5,096,000 VND")],
        ["PHƯƠNG NAM MONEY TRANSFER", "Chuyển tiền nhanh về Việt Nam", "11360 Bellaire Blvd #210, Houston TX 77072",
         "(281) 555-0133"], ["Xin cảm ơn quý khách!"], x0=170)
    temple = community_letter(("Chùa Phước Hải", "Phuoc Hai Buddhist Temple  ·  12555 Beechnut Street, Houston, "
                               "TX 77072", Color(0.7, 0.45, 0.05)), f"Houston, {vn_date(dt.date(2061, 7, 2))}",
                              ["Kính gửi: Quý cơ quan liên quan", "To whom it may concern"],
                              "Thư xác nhận / Letter of confirmation", [
        "Chùa Phước Hải xin xác nhận ông Lâm Quốc Bảo và thân phụ là cụ Lâm Văn Hữu là Phật tử thường xuyên sinh "
        "hoạt tại chùa từ năm 2052. Gia đình ông Bảo hiện đang gặp khó khăn vì thuế nhà và tiền bảo hiểm tăng cao.",
        "Phuoc Hai Buddhist Temple confirms that Mr. Lâm Quốc Bảo and his father, Mr. Lâm Văn Hữu, have been members "
        "of our temple since 2052. The family is facing hardship because their property taxes and insurance have "
        "risen sharply."], ["Thích Minh Tâm", "Trụ trì / Abbot"], seed + 52, symbol="☸")
    folder = app.loan
    p.scan(f"{folder}/SCAN0001.pdf", [(app_doc(), scan_paper(lh7v(app, "ink"), GREY_200, seed + 501))], GREY_200)
    p.scan(f"{folder}/SCAN0002.pdf", [(stub_doc(s), scan_paper(s.paper, GREY_200, seed + 502 + i))
                                      for i, s in enumerate(stubs)], GREY_200)
    p.scan(f"{folder}/SCAN0003.pdf", [(letter_doc(ssi), scan_paper(ssi.paper, GREY_200, seed + 504))], GREY_200)
    p.scan(f"{folder}/SCAN0004.pdf", [(other_doc(), scan_paper(receipt, GREY_150, seed + 505))], GREY_150)
    p.scan(f"{folder}/SCAN0005.pdf", [(other_doc(), scan_paper(temple, GREY_200, seed + 506))], GREY_200)
    return p


def packet_cm6(seed: int) -> Packet:
    """Brazilian cleaner and landlady: AHS-40PT on screen, rent checks, a signed 4506-C, a final divorce judgment."""
    received = dt.date(2061, 8, 16)
    pay = dt.date(2061, 8, 5)
    stub = ledger_stub(seed, "pt", "Brilho Total Cleaning Services, LLC", "212 Ferry Street, Newark, NJ 07105",
                       "Rosângela Araújo Ferreira", "BT-0342", "Limpeza residencial / Residential cleaning", pay,
                       "biweekly", stepped_periods(dt.date(2061, 1, 7), pay, 14, 5), 19.50, 70.0,
                       Tax(0.06, 0.02, sdi=0.0045), Color(0.0, 0.45, 0.55))
    app = App("9126630057", "Rosângela Araújo Ferreira", "924-66-3018", "146 Alameda Place", "Newark", "NJ", "07105",
              "(973) 555-0186", "rosangela.af@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2060, 9, 15), "long", {"wages": 2980.00, "rental": 1050.00}, dt.date(2061, 8, 10),
              explain="Divórcio; o ex-marido saiu de casa e não ajuda com a hipoteca", savings=910.0, seed=seed + 61)
    p = Packet("cm6", received, app, [])
    base = f"Ferreira {app.loan}"
    p.pdf(f"{base} solicitação.pdf", paper_pdf(ahs40(app, "screen")), (app_doc(), 2))
    p.pdf(f"{base} holerite.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    payer = ["CARLOS EDUARDO MATOS", "146 Alameda Place, Apt. B", "Newark, NJ 07105"]
    checks = []
    for k, (num, on, memo, stamp) in enumerate([("1047", dt.date(2061, 7, 1), "Aluguel julho / July rent",
                                                 "GARDEN STATE COMMUNITY BANK|DEPOSITED|JUL 05 2061"),
                                                ("1052", dt.date(2061, 8, 1), "Aluguel agosto / Aug rent",
                                                 "GARDEN STATE COMMUNITY BANK|DEPOSITED|AUG 02 2061")]):
        paper = rent_check_copy(payer, "IRONBOUND FEDERAL SAVINGS", num, on, "Rosângela A. Ferreira", 1350.00,
                                "One thousand three hundred fifty and 00/100", memo,
                                "For deposit only - acct ...6610", stamp, seed + 62 + 10 * k)
        checks.append((Doc("rent_check", {}, on), scan_paper(paper, GREY_200, seed + 601 + k)))
    p.scan(f"{base} cheques aluguel.pdf", checks, GREY_200)
    t = form4506c_screen("Rosângela", "", "Araújo Ferreira", app.ssn, app.street, app.city, app.state, app.zip,
                         "Atlântica Home Loan Servicing, Inc.", "(508) 555-0163", dt.date(2061, 8, 10), app.phone,
                         seed + 66)
    p.pdf(f"{base} 4506-C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2061-08-10"},
                                        dt.date(2061, 8, 10), signed=True), 1))
    decree = divorce_judgment("FM-07-001847-60", app.borrower, "Marcelo de Souza Ferreira", "Essex",
                              dt.date(2060, 11, 14), "June 21, 2047", "146 Alameda Place, Newark, New Jersey",
                              "Hon. Patricia L. Okonkwo", seed + 67)
    p.scan(f"{base} divórcio.pdf", [(Doc("divorce_decree", {}), scan_paper(decree, GREY_200, seed + 603))],
           GREY_200)
    return p


def packet_cm7(seed: int) -> Packet:
    """Filipino caregiver: KC-12TL on screen with the hardship date blank, all papers in one upload."""
    received = dt.date(2061, 9, 21)
    tax = Tax(0.07, 0.03, sdi=0.011)
    stubs = [agency_stub(seed, "tl", "Bayanihan Home Health Services, Inc.", "2171 Junipero Serra Blvd, Suite 300, "
                         "Daly City, CA 94014", "Teresita M. Villanueva", "BH-5520", d, "biweekly", 21.50, tax,
                         dt.date(2061, 1, 7)) for d in (dt.date(2061, 9, 2), dt.date(2061, 9, 16))]
    app = App("8830571246", "Teresita Mañalac Villanueva", "915-48-2763", "219 Southgate Avenue", "Daly City", "CA",
              "94015", "(650) 555-0143", "tess.villanueva@example.com", "primary_residence",
              ["disability_or_illness", "reduction_in_income"], None, "long", {"wages": 4410.00},
              dt.date(2061, 9, 13), co="Ernesto Villanueva", co_ssn="915-48-9021",
              explain="Na-stroke ang asawa ko; hindi na siya makapagtrabaho", savings=1530.0, seed=seed + 71)
    p = Packet("cm7", received, app, ["application_field:hardship_start_date"])
    on = dt.date(2061, 9, 12)
    tl = NativeLetter(f"Daly City, {tl_date(on)}", ["Keystone Commons Loan Servicing",
                                                    "Departamento ng Tulong sa Mortgage"],
                      f"Tungkol sa: Loan bilang {app.loan}", "Magandang araw po.", [
        "Ako po si Teresita Mañalac Villanueva. Ang asawa ko pong si Ernesto ay na-stroke noong nakaraang taon at "
        "hindi na po siya makapagtrabaho bilang driver. Ako na lang po ang nagtatrabaho bilang caregiver sa "
        "Bayanihan Home Health Services.",
        "Dahil dito, bumaba po nang malaki ang kita ng aming pamilya at nahuli po kami ng dalawang buwan sa "
        "pagbabayad ng mortgage. Malaki rin po ang gastos namin sa gamot at therapy ni Ernesto.",
        "Humihingi po kami ng tulong para mabago ang aming loan upang kayanin namin ang buwanang bayad at hindi "
        "mawala ang aming bahay. Maraming salamat po."], "Lubos na gumagalang,",
        [app.borrower, "Ernesto Villanueva"], dateline_right=False)
    en = NativeLetter(f"Daly City, {long_date(on)}", ["Keystone Commons Loan Servicing",
                                                     "Mortgage Assistance Department"],
                      f"Re: Loan number {app.loan}", "Good day.", [
        "I am Teresita Mañalac Villanueva. My husband, Ernesto, had a stroke last year and can no longer work as a "
        "driver. I am now the only one working, as a caregiver at Bayanihan Home Health Services.",
        "Because of this, our family's income dropped a great deal and we are two months behind on the mortgage. We "
        "also spend a lot on Ernesto's medicines and therapy.",
        "We are asking for help to modify our loan so that we can afford the monthly payment and not lose our "
        "house. Thank you very much."], "Respectfully yours,", [app.borrower, "Ernesto Villanueva"],
        dateline_right=False)
    agency = ("Tulay Language Services", "333 Gellert Blvd, Suite 145, Daly City, CA 94015  ·  (650) 555-0119",
              "0.55 0.1 0.2")
    receipt = remittance_receipt([
        ("Petsa / Date", "09/03/2061 14:12"), ("Ref. no.", "PP-610903-7716"), ("", ""),
        ("Nagpadala / Sender", "TERESITA M VILLANUEVA"), ("Tatanggap / Receiver", "LOURDES M. MAÑALAC"),
        ("Lugar / Payout", "Iloilo City, PH"), ("", ""), ("Halaga / Amount sent", "$250.00"),
        ("Bayad / Fee", "$4.99"), ("Kabuuan / Total paid", "$254.99"), ("Palitan / Rate", "1 USD = 58.20 PHP"),
        ("Matatanggap / Receiver gets", "14,550.00 PHP")],
        ["PADALA PLUS", "Remittance to the Philippines", "2255 Junipero Serra Blvd, Daly City, CA 94014",
         "(650) 555-0171"], ["Salamat po!", "Thank you for sending with Padala Plus"], x0=230)
    center = community_letter(("Samahang Pilipino ng Daly City", "Filipino Community Center  ·  95 Park Plaza Drive, "
                               "Daly City, CA 94015", Color(0.1, 0.25, 0.6)), long_date(dt.date(2061, 9, 8)),
                              ["To Whom It May Concern"], "Letter of support for the Villanueva family", [
        "Mabuhay! The Filipino Community Center of Daly City writes in support of Teresita and Ernesto Villanueva, "
        "who have volunteered with our senior lunch program for many years.",
        "Since Mr. Villanueva's stroke, our caregivers' support group and food pantry have helped the family. Mrs. "
        "Villanueva continues to work full time as a caregiver. We respectfully ask that you give their request "
        "every consideration."], ["Rosario D. Macapagal", "Executive Director"], seed + 72, symbol="❀")
    p.mixed(f"{app.loan}_upload.pdf", [
        (app_doc(), kc12(app, "tl", "screen")),
        (stub_doc(stubs[0]), stubs[0].paper), (stub_doc(stubs[1]), stubs[1].paper),
        (hardship_doc(on), typed_letter(tl, ["Teresita at Ernesto Villanueva", "219 Southgate Avenue",
                                             "Daly City, CA 94015"], seed + 73)),
        (hardship_doc(on), translation_page(agency, "Tagalog", "TLS-61-0914", en, "[signed]")),
        (other_doc(), certificate_page(agency, "Corazon Abad Reyes", "Tagalog", app.borrower, on,
                                       dt.date(2061, 9, 14), "248877", seed + 74)),
        (other_doc(), scan_paper(receipt, GREY_150, seed + 701)),
        (other_doc(), center)])
    return p


def packet_cm8(seed: int) -> Packet:
    """Polish framer and his ill wife: Form 710 in ink behind a separator sheet, LTD approval, Polish letter."""
    received = dt.date(2061, 10, 24)
    pay = dt.date(2061, 10, 14)
    stub = ledger_stub(seed, "pl", "Kowalczyk Framing & Drywall, LLC", "7720 W. Lawrence Ave, Norridge, IL 60706",
                       "Tomasz Zieliński", "KF-0219", "Ekipa ciesielska / Framing crew", pay, "weekly",
                       stepped_periods(dt.date(2061, 1, 7), pay, 7, 5), 31.50, 40.0,
                       Tax(0.09, 0.0495, deductions=(("union", 18.0),)), Color(0.55, 0.1, 0.1), with_check=True)
    addr = ["4418 N. Lipowa Court", "Norridge, IL 60706"]
    app = App("2279045513", "Tomasz Zieliński", "983-20-5546", "4418 N. Lipowa Court", "Norridge", "IL", "60706",
              "(708) 555-0135", "tzielinski@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2061, 3, 9), "long", {"wages": 6900.00, "benefits_taxable": 2140.00}, dt.date(2061, 10, 16),
              co="Agnieszka Zielińska", co_ssn="983-61-0092", savings=2260.0, seed=seed + 81)
    p = Packet("cm8", received, app, [])
    ltd = ltd_approval("Agnieszka Zielińska", addr, dt.date(2061, 9, 6), 2140.00, "GLD-61-220874",
                       dt.date(2061, 6, 7), "Maplewood Terrace Nursing Center")
    on = dt.date(2061, 10, 15)
    signers = ["Agnieszka Zielińska", app.borrower]
    pl = NativeLetter(f"Norridge, {pl_date(on)}", ["Prairie Lakes Loan Servicing", "Dział Pomocy Kredytobiorcom"],
                      f"Dotyczy: kredyt hipoteczny nr {app.loan}", "Szanowni Państwo,", [
        "W marcu tego roku zdiagnozowano u mnie chorobę nowotworową i od tamtej pory przechodzę leczenie. Nie mogę "
        "pracować jako opiekunka w domu opieki Maplewood Terrace, a od czerwca otrzymuję tylko świadczenie z "
        "ubezpieczenia na wypadek długotrwałej niezdolności do pracy, które jest dużo niższe od mojej dawnej "
        "pensji.",
        "Mój mąż Tomasz nadal pracuje na budowie, ale nasze dochody i koszty leczenia sprawiają, że nie jesteśmy w "
        "stanie płacić pełnej raty kredytu.",
        "Prosimy o modyfikację kredytu, abyśmy mogli zostać w naszym domu."], "Z poważaniem,", signers)
    en = NativeLetter(f"Norridge, {long_date(on)}", ["Prairie Lakes Loan Servicing",
                                                    "Borrower Assistance Department"],
                      f"Re: Mortgage loan no. {app.loan}", "Dear Sir or Madam,", [
        "In March of this year I was diagnosed with cancer and I have been in treatment since then. I cannot work "
        "as a caregiver at the Maplewood Terrace nursing home, and since June I have received only a benefit from "
        "long-term disability insurance, which is much lower than my former salary.",
        "My husband Tomasz still works in construction, but our income and the cost of treatment mean that we are "
        "unable to pay the full loan installment.",
        "We ask for a modification of the loan so that we can stay in our home."], "Sincerely,", signers)
    agency = ("Most Translations, Inc.", "5900 N. Milwaukee Ave, Suite 12, Chicago, IL 60646  ·  (773) 555-0124",
              "0.2 0.2 0.2")
    p.scan(f"scan_{received.strftime('%Y%m%d')}_0907.pdf", [
        (None, scan_paper(separator_sheet(app.loan), GREY_200, seed + 800)),
        (app_doc(), form710_ink(app, GREY_200, seed + 801)),
        (stub_doc(stub), scan_paper(stub.paper, GREY_200, seed + 802)),
        (letter_doc(ltd), scan_paper(ltd.paper, GREY_200, seed + 803)),
        (hardship_doc(on), scan_paper(typed_letter(pl, ["Agnieszka i Tomasz Zielińscy", *addr], seed + 82),
                                      GREY_200, seed + 804)),
        (hardship_doc(on), scan_paper(translation_page(agency, "Polish", "MT/2061/3318", en, "[signed]"), GREY_200,
                                      seed + 805)),
        (other_doc(), scan_paper(certificate_page(agency, "Joanna Kaczmarek", "Polish", "Agnieszka Zielińska", on,
                                                  dt.date(2061, 10, 18), "231746", seed + 83), GREY_200,
                                 seed + 806))], GREY_200)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cm1, packet_cm2, packet_cm3, packet_cm4, packet_cm5, packet_cm6,
                                          packet_cm7, packet_cm8]


def _squash(s: str) -> str:
    return " ".join(nfc(s).lower().split())


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, text layers, page counts."""
    import re

    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    statuses: list[str] = []
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        statuses.append(exp["status"])
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2061 or received.weekday() >= 5:
            problems.append(f"{name}: received_on {received} is not a weekday of 2061")
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
        for key in ("borrower_name", "co_borrower_name", "property_address"):
            if app[key] is not None and app[key] != nfc(app[key]):
                problems.append(f"{name}: {key} not NFC")
        inbox = exp_path.parent / "inbox"
        pdfs = sorted(p for p in inbox.rglob("*") if p.is_file())
        total_pages = 0
        readers: dict[str, PdfReader] = {}
        for path in pdfs:
            rel = path.relative_to(inbox).as_posix()
            if rel != nfc(rel):
                problems.append(f"{name}: file name not NFC {rel}")
            reader = readers.setdefault(rel, PdfReader(path))
            total_pages += len(reader.pages)
            for i, page in enumerate(reader.pages):
                text = page.extract_text() or ""
                if re.search(r"\b9\d\d-\d\d-\d{4}\b", text):
                    problems.append(f"{name}: a full SSN is printed on {rel} page {i + 1}")
        if not 4 <= total_pages <= 12:
            problems.append(f"{name}: {total_pages} pages in the packet")
        seen: set[tuple[str, int]] = set()
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            texts = []
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                if pg["file"] not in readers:
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers[pg["file"]]
                if pg["page"] > len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                text = (reader.pages[pg["page"] - 1].extract_text() or "").replace(SYNTH, "")
                texts.append(text)
                if bool(text.strip()) == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={bool(text.strip())} on {key}")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            joined = _squash(" ".join(texts))
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if not doc["scanned"]:
                    for k in ("employer", "employee_name"):
                        if _squash(f[k]) not in joined:
                            problems.append(f"{name}: {k} {f[k]!r} not in the stub's text layer")
                    for k in ("gross_current", "net_current", "gross_ytd"):
                        if f[k] is not None and money(f[k]) not in joined:
                            problems.append(f"{name}: {k} {f[k]} not printed on the stub")
            if doc["type"] == "mortgage_assistance_application" and not doc["scanned"]:
                reader = readers[doc["pages"][0]["file"]]
                form_values = " ".join(str(v.get("/V", "")) for v in (reader.get_fields() or {}).values())
                for k in ("borrower_name", "loan_number"):
                    if _squash(app[k]) not in joined + " " + _squash(form_values):
                        problems.append(f"{name}: application {k} {app[k]!r} not found on the form")
        if set(exp["documents"][i]["id"] for i in range(len(exp["documents"]))) != {
                f"D{i + 1:02d}" for i in range(len(exp["documents"]))}:
            problems.append(f"{name}: document ids")
    if statuses and (statuses.count("complete") < 3 or statuses.count("incomplete") < 3):
        problems.append(f"statuses {statuses}: fewer than three complete or three incomplete")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cm1 ..)")
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
