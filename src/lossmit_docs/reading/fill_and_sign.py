"""Answers a PDF viewer's "Fill & Sign" tool set a little off their places, put back where the form asks.

A borrower who fills a flat PDF on a phone or in a viewer drops each answer near its line, not on it: the text
floats over the blank ("Raymond L. Fairbanks" half a line over "Co-Borrower's name ____"), a tick stands over
its box's top edge instead of in it. Both are in the page's text layer, so nothing is unreadable; they are
only on no row of the form's own. Each such word is given the row it was meant for, so every reader that
works by rows (a label's answer beside it, a tick before its option) finds it there.
"""

from __future__ import annotations

import dataclasses

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.page_text import text_rows

RISE = 1.5  # line heights an answer may float over its blank's line
MARK_REACH = 3.0  # line heights from a tick to its option's first word
_MARKS = frozenset("✓✔✗✘☑☒")


def onto_rows(page: Page) -> Page:
    """The page with floating answers and ticks moved onto the rows they answer (a text layer's: a scan's words
    are where the paper has them)."""
    if page.method != TextMethod.TEXT_LAYER:
        return page
    blanks = [w for w in page.words if _blank(w)]
    moved: dict[int, Word] = {}
    for word in (w for w in page.words if not _blank(w)):
        row = _mark_row(page, word) if word.text in _MARKS else _blank_row(page, word, blanks)
        if row is not None:
            moved[id(word)] = dataclasses.replace(word, box=(word.box[0], row[0], word.box[2], row[1]))
    if not moved:
        return page
    words = tuple(moved.get(id(w), w) for w in page.words)
    # (the text too: readers of lines find a tick before its option, an answer after its label)
    return dataclasses.replace(page, words=words, text="\n".join(" ".join(w.text for w in row)
                                                                 for row in text_rows(words)))


def _blank(word: Word) -> bool:
    return len(word.text) >= 5 and set(word.text) == {"_"}


def _blank_row(page: Page, word: Word, blanks: list[Word]) -> tuple[float, float] | None:
    """The row of the label whose blank the word stands over: the blank's span holds the word, its line lies
    just under the word, and the label ends left of the blank on a row the word is over."""
    height = word.box[3] - word.box[1]
    for blank in blanks:
        if not (blank.box[0] - height <= word.box[0] and word.box[2] <= blank.box[2] + height
                and 0 <= blank.box[1] - word.box[3] <= RISE * height):
            continue
        labels = [w for w in page.words if w.box[2] <= blank.box[0] + 0.2 * height and not _blank(w)
                  and word.box[3] < (w.box[1] + w.box[3]) / 2 <= blank.box[3] and w is not word]
        if labels:
            label = max(labels, key=lambda w: w.box[2])
            return label.box[1], label.box[3]
    return None


def _mark_row(page: Page, mark: Word) -> tuple[float, float] | None:
    """The row of the option a tick stands over the start of: its top is under the tick's middle and over the
    tick's foot, and its first word begins just right of the tick (or under its right edge)."""
    height = mark.box[3] - mark.box[1]
    middle = (mark.box[1] + mark.box[3]) / 2
    under = [w for w in page.words if w is not mark and middle < w.box[1] <= mark.box[3] + 0.5 * height
             and -height <= w.box[0] - mark.box[2] <= MARK_REACH * height]
    if not under:
        return None
    option = min(under, key=lambda w: w.box[0])
    return option.box[1], option.box[3]
