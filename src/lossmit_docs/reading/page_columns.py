"""A form printed in two columns of numbered questions, each column read as a page of its own.

Where two columns stand side by side, a label at the end of a left-hand line ("2.1 The mortgaged property
is at") has the other column's figures on its row ("4.9 TOTAL  5,031.34  1,286.40"), and every reader that
looks right of a label would take them. The columns show themselves by a gutter no line crosses down a good
part of the page, with numbered items or part headings opening rows on both sides of it, the right-hand
side's numbers going on from the left's; a table of labels and answers has a gutter too, but its right-hand
side holds answers, not items of its own.
"""

from __future__ import annotations

import dataclasses
import re
from statistics import median

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.page_text import text_rows

GUTTER_RANGE = (0.3, 0.7)  # page widths the gutter between two columns may stand at
GUTTER_STEP = 0.005
MIN_HEIGHT = 0.25  # page heights the gutter runs down at the least
SENTENCE_GAP = 1.2  # line heights between words of one sentence at the most (a justified line spaces wide)
MIN_ITEMS = 3  # numbered items or headings opening rows on each side
# an item's number has its point or bracket ("2.1", "4.", "7)"): a figure alone ("4", "41 Quarry Hill Road")
# is an answer
_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}[.)]?|[.)])|PART|SECTION)$")


def columns(page: Page) -> list[Page]:
    """The page's two columns as pages of their own (full-width lines above and below them go with the
    left one), or the page itself when it is not printed in two columns."""
    gutter = _gutter(page) if page.words else None
    if gutter is None:
        return [page]
    x, top, bottom = gutter

    def beside(word: Word) -> bool:
        return top <= word.box[1] and word.box[3] <= bottom

    left = [w for w in page.words if not beside(w) or w.box[2] <= x]
    right = [w for w in page.words if beside(w) and w.box[0] >= x]
    return [page_of(page, left), page_of(page, right)]


def page_of(page: Page, words: list[Word]) -> Page:
    """The page holding only `words` (a column, a booklet's page), its text rebuilt from them row by row."""
    rows = text_rows(words)
    return dataclasses.replace(page, words=tuple(w for row in rows for w in row),
                               text="\n".join(" ".join(w.text for w in row) for row in rows))


def row_runs(row: list[Word]) -> list[tuple[float, float, float, float]]:
    """A row's runs of words no further apart than a sentence's (the spaces of a line running across the
    page are no gutter), each as one box."""
    line = median(w.box[3] - w.box[1] for w in row)
    runs: list[list[Word]] = []
    for word in row:
        if runs and word.box[0] - runs[-1][-1].box[2] < SENTENCE_GAP * line:
            runs[-1].append(word)
        else:
            runs.append([word])
    return [(run[0].box[0], min(w.box[1] for w in run), run[-1].box[2], max(w.box[3] for w in run)) for run in runs]


def _gutter(page: Page) -> tuple[float, float, float] | None:
    """(x, top, bottom) of the longest run down the page that no line crosses, with numbered items opening
    rows on both sides of it."""
    best: tuple[float, float, float] | None = None
    runs = [run for row in text_rows(page.words) for run in row_runs(row)]
    steps = round((GUTTER_RANGE[1] - GUTTER_RANGE[0]) / GUTTER_STEP)
    for step in range(steps + 1):
        x = GUTTER_RANGE[0] + step * GUTTER_STEP
        crossing = sorted((run[1], run[3]) for run in runs if run[0] < x < run[2])
        spans = zip([0.0, *(bottom for _, bottom in crossing)], [*(top for top, _ in crossing), 1.0], strict=True)
        for top, bottom in spans:
            if bottom - top >= MIN_HEIGHT and (best is None or bottom - top > best[2] - best[1]) \
                    and _items_beside(page, x, top, bottom):
                best = (x, top, bottom)
    return best


def _items_beside(page: Page, x: float, top: float, bottom: float) -> bool:
    """Whether rows open with numbered items followed by words on both sides of x, between top and bottom,
    the right-hand side's numbers going on from the left's ("3.2" .. then "4.1"): a list of options numbered
    from 1 inside an answer's cell is no second column."""
    beside = [w for w in page.words if top <= w.box[1] and w.box[3] <= bottom]
    sides = [[row for row in text_rows(side) if _ITEM.match(row[0].text) and len(row) > 1
              and re.search(r"[A-Za-z]", row[1].text)]
             for side in ([w for w in beside if w.box[2] <= x], [w for w in beside if w.box[0] >= x])]
    if min(len(side) for side in sides) < MIN_ITEMS:
        return False
    left, right = ([_number(row[0].text) for row in side if _number(row[0].text)] for side in sides)
    return not left or not right or right[0] > left[-1]


def _number(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))
