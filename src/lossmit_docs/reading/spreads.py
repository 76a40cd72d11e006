"""A landscape sheet printed with two pages side by side: a booklet's spread scanned flat, a "2 pages per
sheet" print. Its text layer, or OCR, runs each row across both pages ("PART 3 THE HOME  PART 5 MONTHLY
INCOME"), so a page's title is lost among the other's lines and a label's row takes the other page's words.
The fold between them shows as an upright line no row crosses but a fax's header or a footer across the
whole sheet, with print on both sides of it and few rows shared by the two.
"""

from __future__ import annotations

import dataclasses

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.ink import InkProbe, with_words
from lossmit_docs.reading.page_columns import page_of, row_runs
from lossmit_docs.reading.page_text import landscape, text_rows

FOLD_RANGE = (0.44, 0.56)  # page widths the fold stands at
FOLD_STEP = 0.005
FOLD_WIDTH = 0.05  # page widths of clean paper down the fold at the least (two pages' margins: 0.06 and more)
EDGE_BAND = 0.06  # share of the written height at its top and foot where a row may cross the fold
MIN_SIDE_WORDS = 25  # words each page of the sheet holds at the least
MIN_SIDE_SHARE = 0.25  # and its share of the sheet's words
SHARED_ROWS = 0.4  # share of the sheet's rows with words on both sides at the most (a panel form's: 0.6 and more)
PAGE_BREAK = "\f"  # between the two pages' text: each has its own first lines, its title


def spread_halves(page: Page) -> list[Page] | None:
    """The sheet's left and right pages, each as a page of its own (rows across the fold go with the left),
    or None for a page that is no spread."""
    if len(page.words) < 2 * MIN_SIDE_WORDS or not landscape(page):
        return None
    fold = _fold(page)
    if fold is None:
        return None
    left = [w for w in page.words if w.box[0] < fold]
    right = [w for w in page.words if w.box[0] >= fold]
    if min(len(left), len(right)) < max(MIN_SIDE_WORDS, MIN_SIDE_SHARE * len(page.words)):
        return None
    return [page_of(page, left), page_of(page, right)]


def read_as_spread(page: Page, ink: InkProbe | None) -> Page:
    """The page with its text read a page of the sheet at a time, parted by a form feed, if it is a spread."""
    if not landscape(page):
        return page
    worded = with_words(page, ink)
    halves = spread_halves(worded)
    if halves is None:
        return page
    return dataclasses.replace(worded, text=f"\n{PAGE_BREAK}".join(half.text for half in halves))


def _fold(page: Page) -> float | None:
    """The upright line nearest the middle that no row crosses but at the sheet's top or foot (a fax's header,
    a footer across the sheet), in a band of clean paper as wide as two pages' margins: a gap between a
    form's columns is narrower."""
    rows = text_rows(page.words)
    runs = [run for row in rows for run in row_runs(row)]
    top, bottom = min(w.box[1] for w in page.words), max(w.box[3] for w in page.words)
    edge = EDGE_BAND * (bottom - top)

    def clear(x: float) -> bool:
        return all(run[3] <= top + edge or run[1] >= bottom - edge for run in runs if run[0] < x < run[2])

    steps = round((FOLD_RANGE[1] - FOLD_RANGE[0]) / FOLD_STEP)
    folds = [x for step in range(steps + 1) if clear(x := FOLD_RANGE[0] + step * FOLD_STEP) and _both_sides(rows, x)]
    if not folds:
        return None
    fold = min(folds, key=lambda x: abs(x - 0.5))
    left = right = fold
    while left > FOLD_STEP and clear(left - FOLD_STEP):
        left -= FOLD_STEP
    while right < 1 - FOLD_STEP and clear(right + FOLD_STEP):
        right += FOLD_STEP
    return fold if right - left >= FOLD_WIDTH else None


def _both_sides(rows: list[list[Word]], x: float) -> bool:
    """Whether both sides of x hold a good share of the rows, few of them the same rows: two pages side by
    side, each with its own line spacing, not a page whose lines all end short of x (a letter's ragged
    margin), nor a form's panels or a wide table, whose rows run on across x past a column's gap."""
    left = sum(any(w.box[2] <= x for w in row) for row in rows)
    right = sum(any(w.box[0] >= x for w in row) for row in rows)
    shared = sum(any(w.box[2] <= x for w in row) and any(w.box[0] >= x for w in row) for row in rows)
    return min(left, right) >= MIN_SIDE_SHARE * len(rows) and shared <= SHARED_ROWS * len(rows)
