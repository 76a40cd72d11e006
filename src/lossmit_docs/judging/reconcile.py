"""The application's scanned answers checked against what the rest of the case prints (and a scanned pay
stub's employee against the borrowers' names).

A handwritten name, address or number that OCR misread by a letter or two ("Gurtis Williams",
"Robinfort, NI 09487", a loan number with its leading zero lost) is usually printed correctly somewhere
else in the same case: the pay stub, the hardship letter, a benefit letter, the servicing system's loan
record, the loan number the file arrived under. So each such answer is looked up there:

* found the same: the answer stands, and is surer for it (two sources agree);
* found nearly the same (a misread): the printed spelling replaces the OCR reading, method "corrected",
  with the page it was taken from as the source;
* an answer typed into the form (born-digital) is never replaced.

Nothing is filled in from elsewhere when the application's answer was not read at all: a death
certificate or an obituary names other people, and a guess would look like a reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from lossmit_docs.judging.loan import Loan
from lossmit_docs.model import Document, Field, PageRef, TextMethod

APPLICATION = "mortgage_assistance_application"
TEXT_FIELDS = ("borrower_name", "co_borrower_name", "property_address")
MISREAD = 80.0  # similarity (0-100) from which two spellings may be one answer misread
SURE_MISREAD = 90.0  # ... and from which that is no longer a doubt
AMBIGUOUS = 5.0  # two different spellings this close in similarity leave the answer as read
CONFIRMED = 0.9  # confidence of an answer another source prints the same
CORRECTED = 0.85  # confidence of a clear misread replaced by the spelling printed elsewhere
CORRECTED_UNSURE = 0.6  # ... and of a looser one: taken, but put in front of a person
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_OCR_JUNK = re.compile(r"[\[\]{}]")  # what OCR makes of a letter's strokes; no name or address prints them
_MASKED_SSN = re.compile(r"(?:[*xX#]{3}[\s-]?[*xX#]{2}|\bSSN\b[^\d\n]{0,25})[\s-]?(\d{4})\b")


@dataclass(frozen=True)
class Printed:
    """One spelling found in another source of the case."""

    text: str
    source: PageRef | None
    score: float


def _squashed(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _sources(documents: Iterable[Document], loan: Loan | None) -> list[tuple[str, PageRef | None]]:
    """Texts to look in: every other document (line by line and as pairs of lines, for an address
    set on two lines) and the loan record."""
    found: list[tuple[str, PageRef | None]] = []
    for doc in documents:
        if doc.type == APPLICATION:
            continue
        lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
        ref = doc.pages[0] if doc.pages else None
        found += [(line, ref) for line in lines]
        found += [(f"{a}, {b}", ref) for a, b in pairwise(lines)]
    if loan is not None:
        found += [(text, None) for text in (loan.borrower_name, loan.co_borrower_name, loan.property_address) if text]
    return found


def _best_print(value: str, sources: list[tuple[str, PageRef | None]]) -> Printed | None:
    """The closest spelling of `value` printed in the sources (the aligned part of a line, widened to
    whole words); None when nothing is close, or when two different spellings are about as close (a
    co-borrower's name beside the borrower's): then it is not clear which one was written."""
    want = _squashed(value)
    found: list[Printed] = []
    for text, ref in sources:
        if len(text) < len(value) / 2:
            continue
        hit = fuzz.partial_ratio_alignment(want, text.lower(), processor=None, score_cutoff=MISREAD - 5)
        if hit is None:
            continue
        start = text.rfind(" ", 0, hit.dest_start) + 1
        end = text.find(" ", hit.dest_end)
        candidate = text[start : end if end != -1 else len(text)].strip(" ,;:")
        score = fuzz.ratio(want, _squashed(candidate))
        if score >= MISREAD and not _OCR_JUNK.search(candidate):  # "Cedar Bluff, [A 50613": OCR's, no print
            found.append(Printed(candidate, ref, score))
    if not found:
        return None
    best = max(found, key=lambda p: (p.score, not p.text.isupper()))
    tokens = set(_squashed(best.text).split())
    rivals = [p for p in found if p.score >= best.score - AMBIGUOUS
              and not (tokens <= (other := set(_squashed(p.text).split())) or other <= tokens)]
    return None if rivals else best


def _scanned(found: Field) -> bool:
    return str(getattr(found.method, "value", found.method)) == TextMethod.OCR.value


def _checked_text(found: Field, sources: list[tuple[str, PageRef | None]]) -> Field:
    if not isinstance(found.value, str) or not found.value.strip() or not _scanned(found):
        return found
    printed = _best_print(found.value, sources)
    if printed is None:
        return found
    read, shown = _squashed(found.value).split(), _squashed(printed.text).split()
    if read == shown or set(shown) < set(read):  # the same, or printed shorter ("Curtis Williams")
        if found.confidence < CONFIRMED and _street_only(found):  # a street found again is still no address
            return found
        return replace(found, confidence=max(found.confidence, CONFIRMED))
    if re.match(r"\s*\d", found.value) and not re.match(r"\s*\d", printed.text):
        return found  # a house number read, none printed: another address on the same street's town, no misread
    if _ZIP.search(found.value) and not _ZIP.search(printed.text):  # a street run on into a statement's
        return found  # next line ("... Unit 20, January 1 - 31") is no better than a whole address read
    confidence = CORRECTED if printed.score >= SURE_MISREAD else CORRECTED_UNSURE
    return Field(printed.text, confidence, printed.source or found.source, "corrected")


def _street_only(found: Field) -> bool:
    """An address read without its ZIP code (cut short after its street), which another document printing
    the same street does not make whole."""
    return isinstance(found.value, str) and bool(re.match(r"\s*\d", found.value)) and not _ZIP.search(found.value)


def _checked_loan(found: Field, loan_number: str, text: str) -> Field:
    """The loan number the application was read as, against the case's own (file name, separator, ...).
    A form that prints another number (a prior servicer's, before a transfer) and bears the case's own
    written in too is about the case's loan."""
    value = found.value if isinstance(found.value, str) else ""
    if not _scanned(found):
        return found
    if value == loan_number:
        return replace(found, confidence=max(found.confidence, CONFIRMED))
    misread = value and (value.lstrip("0") == loan_number.lstrip("0")
                         or Levenshtein.distance(value, loan_number) <= max(1, len(loan_number) // 5))
    if misread or (loan_number and re.search(rf"(?<![\d-]){re.escape(loan_number)}(?![\d-])", text)):
        return Field(loan_number, CORRECTED, found.source, "corrected")
    return found


def _checked_ssn(found: Field, documents: list[Document]) -> Field:
    """SSN last four against the masked SSNs other documents print ("***-**-3544"): one digit off a
    single printed number is a misread digit."""
    value = found.value if isinstance(found.value, str) else ""
    printed = {m.group(1) for d in documents if d.type != APPLICATION for m in _MASKED_SSN.finditer(d.text)}
    if not value or not printed or not _scanned(found):
        return found
    if value in printed:
        return replace(found, confidence=max(found.confidence, CONFIRMED))
    near = [p for p in printed if Levenshtein.distance(p, value) == 1]
    if len(near) == 1:
        return Field(near[0], CORRECTED, found.source, "corrected")
    return found


def reconcile(documents: list[Document], loan_number: str, loan: Loan | None = None) -> list[Document]:
    """The case's documents with the application's scanned answers checked (see the module's docstring)."""
    sources = _sources(documents, loan)
    result: list[Document] = []
    for doc in documents:
        if doc.type != APPLICATION:
            result.append(doc)
            continue
        fields = dict(doc.fields)
        for name in TEXT_FIELDS:
            if name in fields:
                fields[name] = _checked_text(fields[name], sources)
        if "loan_number" in fields:
            fields["loan_number"] = _checked_loan(fields["loan_number"], loan_number, doc.text)
        if "ssn_last4" in fields:
            fields["ssn_last4"] = _checked_ssn(fields["ssn_last4"], documents)
        result.append(replace(doc, fields=fields))
    return _checked_people(result, loan)


PEOPLE_FIELDS = {"pay_stub": "employee_name"}  # a paper's scanned name of the person it is about


def _checked_people(documents: list[Document], loan: Loan | None) -> list[Document]:
    """A scanned pay stub's employee ("DOLORES A. FIGRENTING") against the borrowers' names as the
    application (typed, or checked above and confirmed) and the loan record give them: a misread is put right
    the same way."""
    names = [(found.value, found.source) for doc in documents if doc.type == APPLICATION
             for name in ("borrower_name", "co_borrower_name")
             if (found := doc.fields.get(name)) is not None and isinstance(found.value, str) and found.value
             and (not _scanned(found) or found.confidence >= CONFIRMED)]  # (a name OCR misread itself is no guide)
    if loan is not None:
        names += [(text, None) for text in (loan.borrower_name, loan.co_borrower_name) if text]
    if not names:
        return documents
    result = []
    for doc in documents:
        name = PEOPLE_FIELDS.get(doc.type)
        if name is None or name not in doc.fields:
            result.append(doc)
            continue
        result.append(replace(doc, fields={**doc.fields, name: _checked_text(doc.fields[name], names)}))
    return result
