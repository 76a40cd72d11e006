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
            found = _parts(page, parts[key], parts["last"]) or _surname_first(page, parts[f"{key}_surname"], parts)
            if found is None:
                continue
            text, sure = found
            if text or name == "co_borrower_name":  # a co-borrower's cells left empty: no co-borrower
                sure = sure if page.method == TextMethod.OCR else max(sure, TYPED)
                fields[name] = Field(clean_name(text) or None, round(sure, 3), ref(page.number), page.method)
            break


TYPED = 0.95
CELL_REACH = 0.03  # page heights under a grid's small caption its cell's answer may start


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


def _surname_first(page: Page, surnames: list[str], parts: dict[str, list[str]]) -> tuple[str, float] | None:
    """The surname's cell, the given names' after it and the middle initial's after that, read in the order
    people write a name; None without such a row."""
    if not page.words:
        return None
    for variant in surnames:
        for box, _, _ in occurrences(page, variant):
            given = _next_caption(page, whole_phrase(page, box), parts["given"])
            if given is None:
                continue
            middle = _next_caption(page, given, parts["middle"])
            cells = [words_below(page, caption, CELL_REACH) for caption in (given, middle, whole_phrase(page, box))
                     if caption]
            text, sure = read_words([w for cell in cells for w in cell], page, identity=True)
            return text, sure if text else TYPED
    return None


def _next_caption(page: Page, before: Box, variants: list[str]) -> Box | None:
    """The nearest of the captions right of another on its row."""
    found = [whole_phrase(page, hit[0]) for variant in variants for hit in occurrences(page, variant)
             if same_row(hit[0], before) and hit[0][0] > before[2]]
    return min(found, key=lambda box: box[0], default=None)


def _under(page: Page, caption: Box, right: float) -> list:
    """The words under a caption, left of the next cell's caption."""
    return [w for w in words_below(page, caption) if (w.box[0] + w.box[2]) / 2 < right]
