"""A person's name asked in two captioned cells, given names then surname, the answers under them:
"Borrower's first name and middle initial | Last name | Borrower's SSN" over "Desmond K. | Aldana | 6614",
as a tax return asks it. Each cell is read under its own caption, up to the next caption on the row."""

from __future__ import annotations

from collections.abc import Callable

from lossmit_docs.model import Field, Page, PageRef, TextMethod
from lossmit_docs.reading.application_layout import (
    Box,
    application_labels,
    occurrences,
    read_words,
    same_row,
    whole_phrase,
    words_below,
)
from lossmit_docs.reading.values import clean_name


def names_in_parts(pages: list[Page], fields: dict[str, Field], ref: Callable[[int], PageRef]) -> None:
    """Sets each person's name (the borrower's, the co-borrower's) where no label gave it whole."""
    parts = application_labels()["name_parts"]
    for name, key in (("borrower_name", "first"), ("co_borrower_name", "second")):
        held = fields.get(name)
        if held is not None and held.value:
            continue
        for page in pages:
            found = _parts(page, parts[key], parts["last"])
            if found is None:
                continue
            text, sure = found
            if text or name == "co_borrower_name":  # a co-borrower's cells left empty: no co-borrower
                sure = sure if page.method == TextMethod.OCR else max(sure, TYPED)
                fields[name] = Field(clean_name(text) or None, round(sure, 3), ref(page.number), page.method)
            break


TYPED = 0.95


def _parts(page: Page, given: list[str], surname: list[str]) -> tuple[str, float] | None:
    """The given names and the surname under their captions on one row, joined; None without such a row."""
    if not page.words:
        return None
    for variant in given:
        for box, _, _ in occurrences(page, variant):
            last = next((hit[0] for other in surname for hit in occurrences(page, other)
                         if same_row(hit[0], box) and hit[0][0] > box[2]), None)
            if last is None:
                continue
            first_cell = _under(page, whole_phrase(page, box), last[0])
            last_cell = _under(page, whole_phrase(page, last), 1.0)
            text, sure = read_words([*first_cell, *last_cell], page, identity=True)
            return text, sure if text else TYPED
    return None


def _under(page: Page, caption: Box, right: float) -> list:
    """The words under a caption, left of the next cell's caption."""
    return [w for w in words_below(page, caption) if (w.box[0] + w.box[2]) / 2 < right]
