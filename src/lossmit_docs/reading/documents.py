"""One file's pages -> its logical documents with types and fields (the reading stage's entry point)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date

from lossmit_docs.model import REVIEW_NOTE, Document, Field, Page, PageRef, TextMethod
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import InkProbe, with_words
from lossmit_docs.reading.letters_and_checks import extract_letter, extract_rent_check
from lossmit_docs.reading.page_stamps import without_stamps
from lossmit_docs.reading.page_text import FAX_ROW, fax_header_row
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.signed_papers import extract_4506c, extract_profit_and_loss, extract_tax_return
from lossmit_docs.reading.split import split
from lossmit_docs.reading.spreads import read_as_spread
from lossmit_docs.reading.translated_captions import without_translations

LETTERS = {"hardship_letter", "unemployment_benefit_letter", "benefit_award_letter", "medical_statement",
           "employer_relocation_letter"}
# a benefit letter's kind when no word of it names one: the type the page was classified as may say it (a claims
# portal's payment history names no program)
BENEFIT_LETTERS: dict[str, str | None] = {"unemployment_benefit_letter": "unemployment", "benefit_award_letter": None}
DATE_FIELD = {"pay_stub": "pay_date", "bank_statement": "period_end", "investment_statement": "period_end",
              "profit_and_loss_statement": "period_end",
              "irs_form_4506c": "signed_on", "rent_check": "check_date", **{kind: "letter_date" for kind in LETTERS}}
# Only a label that says "loan" (or "mortgage account"): a utility bill's or a bank's "Account number" is not
# the mortgage's, and taking it would open a case for a stranger's account.
# "loan" glued to the word before it by OCR ("Myloannumber is 0012345678") still counts with its "number"
_LOAN_IN_TEXT = re.compile(r"(?:\b(?:loan|mortgage\s+account)|loan(?=\s*(?:number|no\b|#)))"
                           r"\s*(?:(?:number|no\.?|#)\s*(?:is)?)?\s*[:#|]?\s*(\d{6,15})\b"
                           # a form that prints each caption after its answer: a row opening with the number
                           r"|^[\W_]*(\d{6,15})\s+(?:mortgage\s+)?loan\s*(?:number|no\b|#)",
                           re.IGNORECASE | re.MULTILINE)


# An application's own loan number, handwritten and unconfirmed (at most 0.7 sure), still places it: the
# case opens under it and its report puts the number before a person. Left unplaced it would wait unseen.
PLACES_CASE = 0.6


def read_documents(file_relative_path: str, sha256: str, pages: list[Page], received_on: date,
                   ink: InkProbe | None = None) -> tuple[list[Document], dict[int, str]]:
    """Documents of one file (ids D01, D02, ... in file order) and page -> loan from separator sheets.

    `ink` measures ink in a page region (see `reading.ink.PdfInk`); without it checkboxes and signatures
    are read from text marks only, which is weaker on scans and blind to drawn ticks.
    """
    pages = [read_as_spread(page, ink) for page in pages]  # a booklet's sheet: its two pages' text apart
    parts, separators = split(pages)
    # (a merged export's stamps out of the text its papers' fields are read from)
    by_number = {page.number: page for page in
                 without_stamps(pages, {number: part.type for part in parts for number in part.pages})}

    def ref(number: int) -> PageRef:
        return PageRef(file_relative_path, number, sha256)

    documents: list[Document] = []
    for index, part in enumerate(parts, start=1):
        doc_pages = [by_number[n] for n in part.pages]
        fields, notes = _fields(part.type, doc_pages, ref, ink, received_on)
        for note in notes:
            fields[f"{REVIEW_NOTE}{len(fields)}"] = Field(note, 0.0, ref(doc_pages[0].number), "computed")
        date_field = fields.get(DATE_FIELD.get(part.type, ""))
        documents.append(Document(
            id=f"D{index:02d}",
            type=part.type,
            type_confidence=part.confidence,
            pages=[ref(n) for n in part.pages],
            received_on=received_on,
            scanned=all(p.method == TextMethod.OCR for p in doc_pages),
            fields=fields,
            loan_number=_loan_number(part.type, fields, doc_pages),
            document_date=date_field.value if date_field and isinstance(date_field.value, date) else None,
            text="\n".join(p.text for p in doc_pages),
        ))
    return documents, separators


def _fields(kind: str, pages: list[Page], ref: Callable[[int], PageRef], ink: InkProbe | None, received_on: date
            ) -> tuple[dict[str, Field], list[str]]:
    if kind == "mortgage_assistance_application":
        return _signed_before_receipt(extract_application(pages, ref, ink), received_on), []
    if kind == "pay_stub":
        return extract_pay_stub([without_translations(with_words(page, ink)) for page in pages], ref)
    if kind in ("bank_statement", "investment_statement"):  # a brokerage's statement is read as a bank's:
        return extract_bank_statement([with_words(page, ink) for page in pages], ref), []  # its period proves it recent
    if kind in LETTERS:
        return extract_letter(pages, ref, benefit=kind in BENEFIT_LETTERS, kind_of_type=BENEFIT_LETTERS.get(kind)), []
    if kind == "profit_and_loss_statement":
        return extract_profit_and_loss(pages, ref, ink, received_on), []
    if kind == "tax_return":
        return extract_tax_return(pages, ref, ink, received_on), []
    if kind == "irs_form_4506c":
        return extract_4506c(pages, ref, ink, received_on), []
    if kind == "rent_check":
        return extract_rent_check(pages, ref), []
    return {}, []


SIGNED_WITHIN = 365  # days before its receipt an application's signature date may fall
UNSURE_SIGNED_ON = 0.5  # how sure such a date is: below any review threshold


def _signed_before_receipt(fields: dict[str, Field], received_on: date) -> dict[str, Field]:
    """An application dated years before it arrived, or after, holds a misread year ("2020" read of a pen's
    "2033"): for a person to check, not a date to count from."""
    signed = fields.get("signed_on")
    if signed is not None and isinstance(signed.value, date) \
            and not 0 <= (received_on - signed.value).days <= SIGNED_WITHIN:
        fields["signed_on"] = dataclasses.replace(signed, confidence=min(signed.confidence, UNSURE_SIGNED_ON))
    return fields


def _loan_number(kind: str, fields: dict[str, Field], pages: list[Page]) -> str | None:
    if kind == "mortgage_assistance_application":
        field = fields.get("loan_number")
        if field and field.value and field.confidence >= PLACES_CASE:
            return str(field.value)
    # (not the sending machine's number on a fax's header row, which OCR may set after a ledger's last line
    # "ONLINE PMT TAMARACK POINT LOAN")
    for page in pages:
        header = fax_header_row(page)
        for match in _LOAN_IN_TEXT.finditer(page.text):
            number = match.group(1) or match.group(2)
            if header is None or not any(w.text.strip("|.,") == number and abs(w.box[1] - header) < FAX_ROW
                                         for w in page.words):
                return number
    return None
