"""Plain data the stages hand to one another.

Stages take and return these; none of them touches the database, the watcher or the terminal, so each
stage can be tested alone with values built by hand. Money is `Decimal`, dates are `date`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

INK_DPI = 100  # resolution of the page images kept for ink checks


def ink_size(width_pt: float, height_pt: float) -> tuple[int, int]:
    """Pixel size of a page's ink image: both the OCR worker and the ink checks derive it from the page."""
    return max(1, round(width_pt * INK_DPI / 72)), max(1, round(height_pt * INK_DPI / 72))


class Outcome(StrEnum):
    """What became of one file taken from the inbox: exactly one of these."""

    PROCESSED = "processed"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


class Reason(StrEnum):
    """Why a file was quarantined; each has a sentence for staff in `intake.reasons`."""

    EMPTY_FILE = "empty_file"
    NOT_A_PDF = "not_a_pdf"
    CORRUPT_PDF = "corrupt_pdf"
    ENCRYPTED_PDF = "encrypted_pdf"
    TOO_MANY_PAGES = "too_many_pages"
    TOO_LARGE = "too_large"
    UNREADABLE_PAGE = "unreadable_page"


class TextMethod(StrEnum):
    """Where a page's text came from (the case report's `method` values, plus `none`)."""

    TEXT_LAYER = "text_layer"
    FORM_FIELD = "form_field"
    OCR = "ocr"
    NONE = "none"


class Rejected(Exception):
    """A file cannot be used; carries the reason code and what staff should know."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Word:
    """One OCR'd word: its box is in page fractions (0..1, origin top-left) so it survives any dpi."""

    text: str
    confidence: float  # 0..1
    box: tuple[float, float, float, float]  # x0, y0, x1, y1
    # Read by the second (handwriting) reader: its scores run high on pen, so a name or number it read is
    # not taken as sure until something else confirms it.
    second_reader: bool = False


@dataclass(frozen=True)
class Page:
    """One page's text and how it was got."""

    number: int  # 1-based, in the file
    text: str
    method: TextMethod
    confidence: float  # 0..1; 1.0 for a real text layer, mean word confidence for OCR
    rotation: int = 0  # degrees clockwise the page was turned to read it (0, 90, 180, 270)
    width_pt: float = 0.0
    height_pt: float = 0.0
    words: tuple[Word, ...] = ()
    form_fields: dict[str, str] = field(default_factory=dict)  # AcroForm name -> value, as filled
    barcodes: tuple[str, ...] = ()  # decoded barcode / QR texts found on the page
    # The OCR render, grey and shrunk to ink_size(), as raw bytes: ink checks (ticks, signatures) read it
    # instead of rendering the page a second time. Not stored in the database.
    image: bytes | None = field(default=None, repr=False)
    error: str | None = None  # set when the page could not be read; the rest of the file still is

    @property
    def readable(self) -> bool:
        return self.error is None


# A document field whose name starts with this is a doubt reading wrote down in words (the lines of a form
# that do not add up), for needs_review, not a value of the document.
REVIEW_NOTE = "review."


@dataclass(frozen=True)
class PageRef:
    """Where a value or a document page came from."""

    file: str  # relative to the inbox, as received
    page: int  # 1-based
    sha256: str = ""


@dataclass(frozen=True)
class Field:
    """One extracted value with how sure the service is and where it was read."""

    value: Any  # str | Decimal | date | bool | list[str] | None
    confidence: float
    source: PageRef | None = None
    method: TextMethod | str = TextMethod.TEXT_LAYER


@dataclass
class Document:
    """A logical document: one or more pages of one type, possibly cut out of a combined scan."""

    id: str
    type: str  # a checklist document type code
    type_confidence: float
    pages: list[PageRef]
    received_on: date
    scanned: bool = False
    fields: dict[str, Field] = field(default_factory=dict)
    loan_number: str | None = None  # as found on the document itself
    document_date: date | None = None
    text: str = ""


@dataclass
class MissingItem:
    code: str
    description: str
    reason: str = "absent"  # absent | stale | unsigned | incomplete
    documents: list[str] = field(default_factory=list)


@dataclass
class ReviewItem:
    what: str
    reason: str
    document: str | None = None


@dataclass
class Judgement:
    """A case's completeness as the checklist sees it on one evaluation date."""

    status: str  # complete | incomplete
    evaluated_on: date
    missing: list[MissingItem] = field(default_factory=list)
    needs_review: list[ReviewItem] = field(default_factory=list)
    income_types: list[str] = field(default_factory=list)
    program: str = ""
