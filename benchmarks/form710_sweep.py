"""How well the service reads the APPLICATION answers of the real Form 710 across many borrowers and deliveries.

    python benchmarks/form710_sweep.py [--count N] [--seed S] [--keep DIR] [-v]

Form 710 (Fannie Mae/Freddie Mac, April 2023) is the application a servicer meets most, so its answers must be
read right however the paper reaches the inbox. For each of N borrowers this draws fresh answers (with or
without a co-borrower; names with hyphens, apostrophes and accents; an address with or without a unit; each
occupancy; one to three hardships; a hardship start date or a blank; one to four income lines in cents or whole
dollars; signed or not, dated or not) and delivers the one form in one of six ways, cycling so that each
appears:

  digital      filled through its AcroForm on a computer, signature pasted in as ink
  scan300      filled on a computer, printed, signed and dated in pen, scanned at 300 dpi, tilted up to 1 degree
  fax200       the same printout faxed at 200 dpi: black and white, with the sending machine's header line
  hand300      the blank form printed and filled in by hand (pen text at each field's widget rectangle, read
               from the blank's AcroForm; X or check marks in the boxes), scanned at 300 dpi
  handfax200   the same hand-filled form faxed at 200 dpi
  hand200g     the hand-filled form scanned (or photographed) at 200 dpi in grayscale, 1.5 degrees askew

Each form is one PDF in a folder named after the loan in a fresh service home's inbox, run through
`lossmit_docs.cli process`, and its case.json's `application` is compared with the truth by
tests/sample_compare.py. Because the issue asks that a wrong value be flagged rather than silent, every wrong
answer is also looked up in `needs_review`: flagged (an entry names the field), only the document flagged, or
silent. The truth is the values drawn here, never the service's output; status and missing codes come from
holdout_packets.py's `missing_codes` (shared/spec/checklist.md) for a case holding only this application.
All people are fictional; SSNs appear as last four only.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
from holdout_packets import Address, Application, Doc, Person, Scan, Sheet, money
from holdout_packets_b import Pen

import pdf_factory as pf
from sample_compare import Check, compare

PAGE_H = hp.PAGE_H
DEFAULT_SEED = 7100
FORM_PAGES = 4

# --- people: names with hyphens, apostrophes and accents ------------------------------------------------------

FIRST_PLAIN = hp.FIRST
FIRST_MARKED = ["José", "Zoë", "Renée", "Inés", "François", "Siobhán", "Björn", "Anaïs", "Mary-Kate", "Jean-Luc",
                "D'Andre", "Nuño"]
LAST_HYPHEN = ["Ruiz-Ortega", "Smith-Okafor", "Bennett-Lowe", "Garza-Whitfield", "Nakamura-Price"]
LAST_APOSTROPHE = ["O'Connell", "D'Amico", "O'Halloran", "N'Diaye", "D'Souza"]
LAST_ACCENT = ["Núñez", "Bélanger", "Müller", "Peña", "Gómez", "Lefèvre", "Jößen", "Brontë"]
NAME_STYLES = ("plain", "hyphen", "apostrophe", "accent")


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum())


def draw_person(rng: random.Random, style: str, last: str | None = None, avoid: Sequence[str] = ()) -> Person:
    """A fictional person whose name carries the marks of `style` (in the first or the last name)."""
    first_pool = FIRST_MARKED if style == "accent" and rng.random() < 0.5 else FIRST_PLAIN
    first = rng.choice([f for f in first_pool if f not in avoid] or FIRST_PLAIN)
    if last is None:
        last = rng.choice({"plain": hp.LAST, "hyphen": LAST_HYPHEN, "apostrophe": LAST_APOSTROPHE,
                           "accent": LAST_ACCENT}[style])
    middle = rng.choice([None, None, f"{rng.choice('ABCDEFGHJKLMNPRSTW')}."])
    return Person(first, middle, last)


def draw_address(rng: random.Random, unit: bool) -> Address:
    city, state, zip3 = rng.choice(hp.PLACES)
    street = f"{rng.randint(12, 9899)} {rng.choice(hp.STREETS)}"
    if unit:
        street += " " + rng.choice([f"Apt {rng.randint(2, 40)}{rng.choice(['', 'B'])}", f"Unit {rng.randint(2, 60)}",
                                    f"#{rng.randint(2, 30)}"])
    return Address(street, city, state, f"{zip3}{rng.randint(10, 99)}")


# --- the answers drawn -------------------------------------------------------------------------------------------

INCOME_RANGES = {"wages": (1800, 9000), "self_employment": (1500, 8000), "unemployment": (800, 2600),
                 "benefits_taxable": (600, 2800), "benefits_nontaxable": (500, 1900), "rental": (500, 2600),
                 "investment": (40, 900), "other": (150, 1500)}
OTHER_HARDSHIP = ["Medical bills for my son", "Caring for my mother after her stroke", "Business closed for repairs",
                  "Car accident, unpaid leave"]
DELIVERIES = ("digital", "scan300", "fax200", "hand300", "handfax200", "hand200g")
HAND = {"hand300", "handfax200", "hand200g"}


@dataclass
class Case:
    """One borrower's Form 710 as drawn: the answers, the date received, how it is delivered."""

    index: int
    delivery: str
    received: date
    app: Application
    rng: random.Random
    date_style: str  # strftime for typed or handwritten dates
    money_style: str  # "cents", "plain", "comma", "dollar" for typed or handwritten amounts
    mark: str  # "x" or "tick": how a hand-filler marks a box
    extras: dict[str, Any] = field(default_factory=dict)  # answers outside the checklist (phones, boxes)


def schedule(rng: random.Random, n: int, share: float) -> list[bool]:
    """n booleans with about `share` of them true (at least one of each when n > 1), in random order."""
    trues = min(n - 1, max(1, round(n * share))) if n > 1 else int(rng.random() < share)
    flags = [True] * trues + [False] * (n - trues)
    rng.shuffle(flags)
    return flags


def cycle(rng: random.Random, n: int, options: Sequence[Any]) -> list[Any]:
    items = [options[i % len(options)] for i in range(n)]
    rng.shuffle(items)
    return items


def draw_cases(count: int, seed: int) -> list[Case]:
    """Draw every borrower; features that must all appear are spread over the run by a shuffled schedule."""
    master = random.Random(seed)
    with_co = [(i // len(DELIVERIES) + i) % 2 == 0 for i in range(count)]  # each delivery seen with and without
    unit = schedule(master, count, 0.5)
    blank_start = schedule(master, count, 0.25)
    unsigned = schedule(master, count, 0.2)
    undated = schedule(master, count, 0.17)
    occupancy = cycle(master, count, ("primary_residence", "second_home", "investment_property"))
    names = cycle(master, count, NAME_STYLES)
    cases = []
    for i in range(count):
        rng = random.Random(seed * 1009 + i)
        received = hp.received_date(rng)
        loan = hp.digits(rng, 10, rng.choice([0, 0, 1, 2]))
        borrower = draw_person(rng, names[i])
        co = None
        if with_co[i]:
            co = draw_person(rng, rng.choice(NAME_STYLES), borrower.last if rng.random() < 0.5 else None,
                             avoid=[borrower.first])
        hardships = rng.sample(list(hp._F710_HARDSHIP), rng.randint(1, 3))
        start = None if blank_start[i] else received - timedelta(days=rng.randint(30, 420))
        codes = rng.sample(list(hp.INCOME_CODES), rng.randint(1, 4))
        lines = []
        for code in codes:
            low, high = INCOME_RANGES[code]
            amount = Decimal(rng.randrange(low, high))
            if rng.random() < 0.5:
                amount += Decimal(rng.randrange(1, 100)) / 100
            lines.append((code, amount, "B"))
        signed_on = None if undated[i] else received - timedelta(days=rng.randint(1, 20))
        co_signed, co_signed_on = False, None
        if co:
            co_signed = rng.random() < 0.8
            co_signed_on = None if rng.random() < 0.15 else received - timedelta(days=rng.randint(1, 20))
        email_name = _ascii(borrower.first).lower() + "." + _ascii(borrower.last).lower()
        app = Application(loan, borrower, hp.digits(rng, 4), draw_address(rng, unit[i]), occupancy[i], hardships,
                          start, lines, not unsigned[i], signed_on, co, hp.digits(rng, 4) if co else None,
                          co_signed, co_signed_on, hp.phone(rng), f"{email_name}{rng.randint(1, 99)}@mail.example",
                          rng.choice(OTHER_HARDSHIP) if "other" in hardships else "")
        delivery = DELIVERIES[i % len(DELIVERIES)]
        hand = delivery in HAND
        date_style = rng.choice(["%m/%d/%Y", "%-m/%-d/%Y", "%m/%d/%y", "%-m/%-d/%y"] if hand else
                                ["%m/%d/%Y", "%-m/%-d/%Y"])
        cases.append(Case(i, delivery, received, app, rng, date_style,
                          rng.choice(["cents", "plain", "comma"] if hand else ["cents", "plain", "comma", "dollar"]),
                          rng.choice(["x", "tick"]),
                          {"co_phone": hp.phone(rng), "co_email": f"{_ascii(co.first).lower()}@home.example" if co
                           else "", "phone_kind": rng.randint(1, 4), "contact": rng.sample(range(17, 21), 2),
                           "short": rng.random() < 0.3, "intent": rng.choice([30, 30, 30, 33]),
                           "hoa": rng.choice([None, None, None, Decimal(rng.randrange(45, 420))]),
                           "checking": Decimal(rng.randrange(80, 3500)), "savings": rng.choice(
                               [None, Decimal(rng.randrange(100, 9000))])}))
    return cases


def amount_text(amount: Decimal, style: str) -> str:
    """An amount as a person types or writes it in the form's "$ ____" blank."""
    whole = amount % 1 == 0
    if style == "plain":
        return f"{amount:.0f}" if whole else f"{amount:.2f}"
    if style == "dollar":
        return f"${money(amount)}"
    if style == "comma":
        return f"{amount:,.0f}" if whole else money(amount)
    return money(amount)  # "cents": 1,234.00 even for whole dollars


def answers(case: Case, with_dates: bool = True) -> dict[str, str | bool]:
    """Form 710's AcroForm values (field name -> text or checked) for the drawn answers."""
    app, extras = case.app, case.extras

    def when(d: date) -> str:
        return d.strftime(case.date_style)

    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "Email_1": app.email,
        "US_Phone_Number_1": app.phone, f"Checkbox_{extras['phone_kind']}": True,
        "Text_6": app.address.one_line, f"Checkbox_{hp._F710_OCCUPANCY[app.occupancy]}": True,
        "Checkbox_23": True, f"Checkbox_{extras['intent']}": True, "Checkbox_35": True,
        "Checkbox_38" if extras["short"] else "Checkbox_39": True,
        "Number_10": amount_text(extras["checking"], case.money_style),
    }
    for n in extras["contact"]:
        values[f"Checkbox_{n}"] = True
    status = {"primary_residence": 27, "second_home": 27 if case.index % 2 else 29, "investment_property": 28}
    values[f"Checkbox_{status[app.occupancy]}"] = True
    if extras["hoa"]:
        values |= {"Checkbox_36": True, "Number_1": amount_text(extras["hoa"], case.money_style)}
    else:
        values["Checkbox_37"] = True
    if extras["savings"]:
        values["Number_11"] = amount_text(extras["savings"], case.money_style)
    if app.co_borrower:
        values |= {"Text_4": app.co_borrower.name, "Text_5": app.co_ssn4 or "", "Email_2": extras["co_email"],
                   "US_Phone_Number_3": extras["co_phone"], "Checkbox_9": True}
    if app.hardship_start:
        values["Date_1"] = when(app.hardship_start)
    for code in app.hardships:
        values[f"Checkbox_{hp._F710_HARDSHIP[code]}"] = True
    if app.other_hardship_text:
        values["Text_9"] = app.other_hardship_text
    for code in app.claimed:
        values[f"Number_{hp._F710_INCOME[code]}"] = amount_text(app.income(code), case.money_style)
    if with_dates and app.signed_on:
        values["Date_3"] = when(app.signed_on)
    if with_dates and app.co_borrower and app.co_signed_on:
        values["Date_4"] = when(app.co_signed_on)
    return values


# --- putting ink on the form --------------------------------------------------------------------------------------

Rect = tuple[int, float, float, float, float]  # page index, x0, y0, x1, y1 in PDF points (bottom-up)


@cache
def widget_rects() -> dict[str, Rect]:
    """Every named widget of the blank Form 710 and where it lies: the hand-filler writes at these places."""
    rects: dict[str, Rect] = {}
    for index, page in enumerate(PdfReader(pf.FORM710_BLANK).pages):
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/Subtype") == "/Widget" and widget.get("/T"):
                x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
                rects[str(widget["/T"])] = (index, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    return rects


def _write_in(sheet: Sheet, pen: Pen, rect: Rect, text: str) -> None:
    """Handwriting sitting on the field's line, shrunk to stay inside it; a tall box is written from its top."""
    _, x0, y0, x1, y1 = rect
    baseline = PAGE_H - y1 + 13 if y1 - y0 > 30 else PAGE_H - y0 - 2.5
    pen.write(sheet, x0 + 4, baseline, text, 10.5, fit=x1 - x0 - 10)


def _mark_box(sheet: Sheet, pen: Pen, rect: Rect, mark: str) -> None:
    _, x0, _, x1, y1 = rect
    size, top = x1 - x0, PAGE_H - y1
    if mark == "tick":
        pen.tick(sheet, x0, top, size)
        return
    j = pen.rng.uniform
    sheet.line(x0 + j(-1, 1), top + j(-1, 1), x1 + j(-1, 1), top + size + j(-1, 1), 1.4, pen.gray)
    sheet.line(x0 + j(-1, 1), top + size + j(-1, 1), x1 + j(-1, 1), top + j(-1, 1), 1.4, pen.gray)


def _sign(sheet: Sheet, rng: random.Random, rect: Rect) -> None:
    _, x0, y0, x1, _ = rect
    sheet.signature(rng, x0 + 25, PAGE_H - y0 - 3, (x1 - x0) * 0.72, 20, gray=0.1)


def signing(case: Case, date_pen: Pen | None) -> dict[int, Sheet]:
    """Page 4's ink: signatures, and with `date_pen` the dates written beside them by hand."""
    app, rects, ink = case.app, widget_rects(), Sheet()
    if app.signed:
        _sign(ink, case.rng, rects["Signature_1"])
    if app.co_borrower and app.co_signed:
        _sign(ink, case.rng, rects["Signature_2"])
    if date_pen is not None:
        for name, when in (("Date_3", app.signed_on), ("Date_4", app.co_signed_on if app.co_borrower else None)):
            if when:
                _write_in(ink, date_pen, rects[name], when.strftime(case.date_style))
    return {3: ink}


def typed_form(case: Case, hand_dated: bool) -> bytes:
    """Filled through the AcroForm on a computer; signed as pasted ink, or (to be printed) signed and dated in pen."""
    pen = Pen(case.rng, hand=True, gray=0.12) if hand_dated else None
    filled = pf.form710_filled(answers(case, with_dates=not hand_dated))
    return hp.overlay_pdf(filled, signing(case, pen))


def hand_form(case: Case) -> bytes:
    """The blank form printed and every answer written in pen at its widget, boxes marked X or with a tick."""
    rects = widget_rects()
    pen = Pen(case.rng, hand=True, font=case.rng.choice(["pen", "pen-serif"]), gray=case.rng.uniform(0.1, 0.3))
    sheets = {i: Sheet() for i in range(FORM_PAGES)}
    for name, value in answers(case, with_dates=False).items():  # signing() dates page 4
        rect = rects[name]
        if value is True:
            _mark_box(sheets[rect[0]], pen, rect, case.mark)
        elif isinstance(value, str) and value:
            _write_in(sheets[rect[0]], pen, rect, value)
    sheets[3].ops += signing(case, pen)[3].ops
    return hp.overlay_pdf(pf.FORM710_BLANK.read_bytes(), sheets)


# --- paper to pixels ------------------------------------------------------------------------------------------


def _tilted(img: Image.Image, degrees: float) -> Image.Image:
    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255) if degrees else img


def scan_pages(pdf: bytes, case: Case, dpi: int, tilt: Callable[[int], float], scan: Scan,
               fax_header: str = "") -> list[Image.Image]:
    """Print the PDF, lay each sheet `tilt(page)` degrees askew, scan it; a fax also stamps its header line."""
    pages = []
    for number, img in enumerate(hp.pdf_images(pdf, dpi)):
        page = hp.scanned(_tilted(img, tilt(number)), scan, page=number)
        if fax_header:
            page = hb._fax_header(page, fax_header.format(page=number + 1, pages=FORM_PAGES), dpi)
        pages.append(page)
    return pages


def _fax_line(case: Case) -> str:
    rng = case.rng
    sent = f"{case.received:%b-%d-%Y}".upper() + f" {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
    return sent + f"   FROM: ({rng.randint(201, 989)}) 555-01{rng.randint(10, 99)}   TO: 18005550188   " \
        + "P.{page:03d}/{pages:03d}"


def deliver(case: Case, inbox: Path) -> str:
    """Write the form into inbox/<loan>/ the way `case.delivery` says; returns its path relative to the inbox."""
    rng, seed = case.rng, 1000 + case.index
    names = {"digital": "Form 710 application.pdf", "scan300": "scan_application.pdf", "fax200": "fax_received.pdf",
             "hand300": "application scan.pdf", "handfax200": "incoming fax.pdf", "hand200g": "IMG_form.pdf"}
    relative = f"{case.app.loan}/{names[case.delivery]}"
    target = inbox / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    if case.delivery == "digital":
        target.write_bytes(typed_form(case, hand_dated=False))
        return relative
    hand = case.delivery in HAND
    pdf = hand_form(case) if hand else typed_form(case, hand_dated=True)

    def slight(_: int) -> float:
        return rng.choice([-1, 1]) * rng.uniform(0.25, 1.0)

    if case.delivery in ("scan300", "hand300"):
        pages = scan_pages(pdf, case, 300, slight, Scan(300, noise=0.0005, blur=0.5, paper=244, seed=seed))
        dpi = 300
    elif case.delivery in ("fax200", "handfax200"):
        pages = scan_pages(pdf, case, 200, lambda _: 0.0,
                           Scan(200, skew=rng.uniform(-0.4, 0.4), noise=0.0015, blur=0.3, fax=True, seed=seed),
                           fax_header=_fax_line(case))
        dpi = 200
    else:
        sign = rng.choice([-1, 1])
        pages = scan_pages(pdf, case, 200, lambda _: 1.5 * sign,
                           Scan(200, noise=0.0008, blur=0.6, paper=236, seed=seed))
        dpi = 200
    pf.images_pdf(pages, dpi, target)
    return relative


# --- truth, running and scoring ----------------------------------------------------------------------------------


def expected_report(case: Case, relative: str) -> dict[str, Any]:
    """expected.json's shape for a case holding only this form: checklist status and codes, the answers."""
    app_doc = Doc("mortgage_assistance_application")
    missing = sorted(hp.missing_codes(case.app, [app_doc], case.received))
    return {"loan_number": case.app.loan, "received_on": case.received.isoformat(),
            "status": "incomplete" if missing else "complete", "missing": missing,
            "application": case.app.expected(),
            "documents": [{"id": "D01", "type": app_doc.type, "scanned": case.delivery != "digital",
                           "pages": [{"file": relative, "page": p} for p in range(1, FORM_PAGES + 1)],
                           "fields": {}}]}


def run_service(home: Path, received: date, timeout: float) -> tuple[dict[str, Any] | None, str]:
    """One `lossmit process` over the home's inbox; the case.json it wrote (the only one) and any error text."""
    try:
        done = subprocess.run([sys.executable, "-m", "lossmit_docs.cli", "--home", str(home), "process",
                               "--received-on", received.isoformat(), "--settle-seconds", "0"],
                              check=False, capture_output=True, text=True, timeout=timeout)
        error = "" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
    except subprocess.TimeoutExpired:
        error = f"timed out after {timeout:.0f} s"
    found = sorted((home / "outbox").glob("*/case.json"))
    return (json.loads(found[0].read_text()) if found else None), error


@dataclass
class Scored:
    case: Case
    checks: list[Check]  # application fields
    others: list[Check]  # status, missing, document type
    flagged: set[str]  # application fields named in needs_review
    doc_flagged: bool  # a needs_review entry about a whole document
    seconds: float
    error: str
    review: list[dict[str, Any]]


APP_DOC = "mortgage_assistance_application"


def review_flags(case_json: dict[str, Any], fields: Sequence[str]) -> tuple[set[str], bool]:
    """Which application fields needs_review names, and whether it raised a whole document."""
    app_ids = {d.get("id") for d in case_json.get("documents", []) if d.get("type") == APP_DOC}
    flagged: set[str] = set()
    doc_level = False
    for item in case_json.get("needs_review", []):
        what = str(item.get("what", ""))
        if re.match(r"document\b", what):
            doc_level = True
        if item.get("document") in app_ids or "application" in what.lower():
            flagged |= {f for f in fields if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", what)}
    return flagged, doc_level


def score(case: Case, expected: dict[str, Any], case_json: dict[str, Any] | None, seconds: float,
          error: str) -> Scored:
    got = case_json or {"status": None, "missing": [], "documents": [], "application": None, "needs_review": []}
    result = compare(expected, got)
    checks = result.of("application")
    flagged, doc_level = review_flags(got, [c.label for c in checks])
    return Scored(case, checks, result.of("status") + result.of("missing") + result.of("document"), flagged,
                  doc_level, seconds, error, list(got.get("needs_review", [])))


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f}%)" if total else "-"


def _flag_word(scored: Scored, label: str) -> str:
    if label in scored.flagged:
        return "flagged"
    return "document flagged only" if scored.doc_flagged else "SILENT"


def describe(scored: Scored, verbose: bool) -> list[str]:
    case, app = scored.case, scored.case.app
    right = sum(c.ok for c in scored.checks)
    traits = [f"co-borrower {'yes' if app.co_borrower else 'no'}", app.occupancy,
              f"{len(app.hardships)} hardship(s)", "start date" if app.hardship_start else "start BLANK",
              f"{len(app.income_lines)} income line(s)", "signed" if app.signed else "UNSIGNED",
              "dated" if app.signed_on else "UNDATED"]
    lines = [f"[{case.index:02d}] {case.delivery:<10} loan {app.loan}: application {right}/{len(scored.checks)}"
             f"  ({', '.join(traits)}; {scored.seconds:.0f} s)"]
    if scored.error:
        lines.append(f"      service error: {scored.error}")
    for check in scored.checks:
        if not check.ok:
            raised = _flag_word(scored, check.label)
            lines.append(f"      {check.label}: want {check.want!r} got {check.got!r}  [{raised}]")
    for check in scored.others:
        if not check.ok and verbose:
            lines.append(f"      ({check.kind}) {check.label}: want {check.want!r} got {check.got!r}")
    if verbose:
        lines += [f"      needs_review: {item.get('what')} - {item.get('reason')}" for item in scored.review]
    return lines


def totals(results: Sequence[Scored]) -> list[str]:
    """Application fields right per delivery, born-digital against scanned, overall; how wrong ones were raised."""
    groups: dict[str, list[Scored]] = defaultdict(list)
    for scored in results:
        groups[scored.case.delivery].append(scored)
        groups["born-digital" if scored.case.delivery == "digital" else "scanned"].append(scored)
        groups["overall"].append(scored)
    lines = ["", "totals (application fields; wrong ones: flagged in needs_review / document flagged only / silent;"
             " right but flagged)"]
    for name in [*DELIVERIES, "born-digital", "scanned", "overall"]:
        group = groups.get(name, [])
        if not group:
            continue
        checks = [(s, c) for s in group for c in s.checks]
        wrong = [(s, c) for s, c in checks if not c.ok]
        flagged = sum(c.label in s.flagged for s, c in wrong)
        doc_only = sum(c.label not in s.flagged and s.doc_flagged for s, c in wrong)
        false_alarms = sum(c.ok and c.label in s.flagged for s, c in checks)
        others = [c for s in group for c in s.others]
        perfect = sum(all(c.ok for c in s.checks) for s in group)
        if name == "born-digital":
            lines.append("")
        lines.append(f"  {name:<12} {len(group):>2} forms: fields {_share(len(checks) - len(wrong), len(checks))}, "
                     f"forms all right {perfect}/{len(group)}; wrong {len(wrong)}: flagged {flagged}, "
                     f"document only {doc_only}, silent {len(wrong) - flagged - doc_only}; right but flagged "
                     f"{false_alarms}; status/missing/type {_share(sum(c.ok for c in others), len(others))}")
    by_field: dict[str, list[bool]] = defaultdict(list)
    for scored in results:
        for check in scored.checks:
            by_field[check.label].append(check.ok)
    lines.append("")
    lines.append("  by field: " + ", ".join(f"{name} {sum(oks)}/{len(oks)}" for name, oks in by_field.items()))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=12, help="forms to draw (default 12)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"changes every answer (default {DEFAULT_SEED})")
    parser.add_argument("--keep", type=Path, help="keep each form's inbox, truth and case.json here")
    parser.add_argument("--timeout", type=float, default=900, help="seconds one form may take (default 900)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also status/missing misses and needs_review")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    root = args.keep or Path(tempfile.mkdtemp(prefix="lossmit-f710-"))
    results = []
    try:
        # one form at a time: the service already spreads OCR over both cores
        for case in draw_cases(args.count, args.seed):
            folder = root / f"{case.index:02d}-{case.delivery}"
            shutil.rmtree(folder, ignore_errors=True)
            home = folder / "home"
            relative = deliver(case, home / "inbox")
            expected = expected_report(case, relative)
            if args.keep:  # a copy outside the home: the service may move what it has read
                shutil.copytree(home / "inbox", folder / "delivered")
                (folder / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
            start = time.perf_counter()
            case_json, error = run_service(home, case.received, args.timeout)
            scored = score(case, expected, case_json, time.perf_counter() - start, error)
            if args.keep and case_json is not None:
                (folder / "case.json").write_text(json.dumps(case_json, indent=1, ensure_ascii=False) + "\n")
            results.append(scored)
            print("\n".join(describe(scored, args.verbose)), flush=True)
        print("\n".join(totals(results)))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
