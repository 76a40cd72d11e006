"""The borrowers' names after a grid's bare row captions: "Borrower  Dorian L. Whitlock  SSN last 4 3385"
over "Co-borrower  none". A bare word is no label anywhere else ("Borrower signature", "Borrower
Certification"), so only a line that opens with the caption, a name after it (capitalised words and
initials, none a section heading's word) and nothing but another caption or the line's end after the name,
counts; a written "none" says there is no second person."""

from __future__ import annotations

import re
from collections.abc import Callable

from lossmit_docs.model import Field, Page, PageRef, TextMethod
from lossmit_docs.reading.application_layout import application_labels
from lossmit_docs.reading.page_text import text_rows
from lossmit_docs.reading.paper_names import person_name
from lossmit_docs.reading.values import squash

_NONE = re.compile(r"(?:none|n/?a|-+)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'-]+|[A-Z]\.?")
_PERSON_WORD = re.compile(r"borrower|applicant|homeowner", re.IGNORECASE)  # "Borrower Name  Co-Borrower Name"
_BEFORE_FIGURE = re.compile(r"\s+(?=\S*\d)")
_AFTER_NAME = re.compile(r"\s+(?:SSN|Social|Soc\.?|Date|DOB|Phone|Tel|E-?mail|Age)\b", re.IGNORECASE)


def names_by_row_caption(pages: list[Page], fields: dict[str, Field], ref: Callable[[int], PageRef]) -> None:
    """Sets the borrower's name (and the co-borrower's, from the same page) where no label gave them; the
    co-borrower's also where a label gave the borrower's the same name as the row ("Full name" over the
    "Borrower" and "Co-borrower" rows)."""
    held = fields.get("borrower_name")
    held_name = held.value if held is not None and held.value else None
    captions = application_labels()["row_caption_names"]
    for page in pages:
        # (a scan's text may hold the captions' column before the answers': its rows of words pair them)
        for lines in (page.text.splitlines(), [" ".join(w.text for w in row) for row in text_rows(page.words)]):
            first = _after_caption(lines, captions["first"], captions["heading_words"])
            if first:
                break
        if not first:
            continue
        if held_name is not None and first != held_name:
            return
        sure = 0.95 if page.method != TextMethod.OCR else min(page.confidence, 0.85)
        if held_name is None:
            fields["borrower_name"] = Field(first, round(sure, 3), ref(page.number), page.method)
        second = _after_caption(lines, captions["second"], captions["heading_words"])
        co = fields.get("co_borrower_name")
        if second is not None and (co is None or not co.value):
            fields["co_borrower_name"] = Field(second or None, round(sure, 3), ref(page.number), page.method)
        return


def _after_caption(lines: list[str], captions: list[str], heading_words: list[str]) -> str | None:
    """The name after the first line opening with one of the captions, or on the line under the caption
    standing alone ("Borrower" over "SAMUEL J. ACHTERBERG  2318  (615) 555-0171"); "" when that line says
    none; None when no line does."""
    for index, line in enumerate(lines):
        for caption in captions:
            match = re.match(rf"\s*{re.escape(caption)}\s+(?=\S)", line, re.IGNORECASE)
            alone = re.fullmatch(rf"\s*{re.escape(caption)}\s*:?\s*", line, re.IGNORECASE)
            if line.strip() and line.lstrip()[0].islower():  # (a sentence's "borrower ...", no caption)
                continue
            if alone is not None and index + 1 < len(lines):
                rest = lines[index + 1]
            elif match is not None:
                rest = line[match.end() :]
            else:
                continue
            if _NONE.match(rest):
                return ""
            cut = _AFTER_NAME.search(rest)
            text = _BEFORE_FIGURE.split(rest[: cut.start()] if cut else rest)[0]  # (not its SSN, its phone)
            words = text.split()
            name = person_name(text)
            if name and 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w.rstrip(",")) for w in words) \
                    and not any(squash(w) in heading_words or _PERSON_WORD.search(w) for w in words):
                return name
    return None
