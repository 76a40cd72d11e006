"""Monthly income asked as a table with a ROW per person and a COLUMN per kind of income ("Borrower |
4,387.69 | ... | Row total" under "Wages, salary, tips | Self-employed (net) | ..."): the household's line of
each kind is its column added down the people's rows.

Read apart from the income lines (label, then amount on its row) because here no label stands on an
amount's row: its kind is the caption over its column, which may take two or three lines.
"""

from __future__ import annotations

import re
from decimal import Decimal

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.application_layout import application_labels, read_words, same_row
from lossmit_docs.reading.values import amount_shaped, amounts_in, repair_ocr_money, squash

MIN_KINDS = 3  # columns captioned with a kind of income before a table is taken for this layout
HEADER_REACH = 0.1  # page heights over the first person's row its column captions may start
HEADER_GAP = 2.0  # line heights between caption lines that end a column's caption going up
FIRST_GAP = 0.06  # page heights between the first person's row and the caption's last line (a tall header cell)
MISMATCH = 0.5  # how sure the figures are when a person's row does not add up to its printed row total


def income_by_person_rows(page: Page) -> tuple[dict[str, Decimal], Decimal | None, float] | None:
    """Each kind's household monthly amount, the printed household total (None when not printed), and how
    sure the reading is; None when the page has no such table."""
    cues = application_labels()["income_columns"]
    people = _person_rows(page)
    if not people:
        return None
    first = min(people, key=lambda row: row[0].box[1])
    amounts: dict[str, Decimal] = {}
    kinds_seen: set[str] = set()
    read: list[Word] = []
    sure = 1.0
    for _caption, *figures in people:
        row_sum, row_total = Decimal(0), None
        for figure in figures:
            kind = _column_kind(page, figure, first[0], cues)
            value = _amount(figure)
            if kind is None or value is None:
                continue
            kinds_seen.add(kind)
            read.append(figure)
            if kind == "total":
                row_total = value
                continue
            amounts[kind] = amounts.get(kind, Decimal(0)) + value
            row_sum += value
        if row_total is not None and row_total != row_sum:  # a figure misread, or put in the wrong column
            sure = min(sure, MISMATCH)
    if len(kinds_seen - {"total"}) < MIN_KINDS and not _captioned_kinds(page, first[0], cues) >= MIN_KINDS:
        return None
    total = _household_total(page, first[0], cues)
    if total is not None and total != sum(amounts.values(), Decimal(0)):
        sure = min(sure, MISMATCH)
    return amounts, total, min(sure, read_words(read, page)[1])


def _person_rows(page: Page) -> list[list[Word]]:
    """Rows opened by a person's caption ("Borrower", "Co-borrower"): the caption, then the row's figures."""
    labels = application_labels()
    captions = {squash(c) for c in [*labels["first_person"], *labels["income_row_people"]]}
    rows = []
    for word in page.words:
        if squash(word.text) not in captions:
            continue
        row = [w for w in page.words if w is not word and same_row(w.box, word.box)]
        if any(w.box[2] <= word.box[0] and re.search(r"[A-Za-z]", w.text) for w in row):
            continue  # a word of a sentence, not a row's caption
        if not any(w.box[0] > word.box[2] for w in row):  # the caption alone over the person's name, the
            row = _named_row_under(page, word)  # figures on the name's row ("Borrower" / "Priya N. Castellano")
        figures = sorted((w for w in row if w.box[0] > word.box[2] and amount_shaped(repair_ocr_money(w.text)[0])),
                         key=lambda w: w.box[0])
        if any(w.box[0] > word.box[2] and not amount_shaped(repair_ocr_money(w.text)[0])
               and re.search(r"[A-Za-z]{2}", w.text) for w in row):
            continue  # words beside it: a caption in prose or a question, not a table's row (a dash, a speck
            # or a figure OCR spoilt may stand among its figures)
        rows.append([word, *figures])
    return rows if any(len(row) > 1 for row in rows) else []


def _named_row_under(page: Page, caption: Word) -> list[Word]:
    """The figures of the row just under a person's caption that opens with the person's name under it (the
    name's words aside); none when that row is no name and figures."""
    line = caption.box[3] - caption.box[1]
    under = [w for w in page.words if caption.box[3] - 0.2 * line <= w.box[1] <= caption.box[3] + UNDER_LINES * line]
    if not under:
        return []
    top = min(under, key=lambda w: w.box[1])
    row = sorted((w for w in under if same_row(w.box, top.box)), key=lambda w: w.box[0])
    figures = [w for w in row if amount_shaped(repair_ocr_money(w.text)[0])]
    name = [w for w in row if w not in figures]
    if not figures or not name or abs(row[0].box[0] - caption.box[0]) > NAME_INDENT \
            or any(w.box[0] > figures[0].box[0] for w in name) or not all(re.search(r"[A-Za-z]", w.text) for w in name):
        return []
    return figures


UNDER_LINES = 1.5  # caption heights under a person's caption the row of the name and figures may start
NAME_INDENT = 0.02  # page widths the name may stand off its caption's left edge


def _caption_over(page: Page, left: float, right: float, below: Word) -> str:
    """The words of the caption over a column, from the row under the captions upward until a gap."""
    line = below.box[3] - below.box[1]
    over = sorted((w for w in page.words if w.box[3] <= below.box[1] + 0.2 * line
                   and w.box[1] >= below.box[1] - HEADER_REACH and w.box[2] > left and w.box[0] < right),
                  key=lambda w: -w.box[3])
    # a header row's captions stand at its cells' tops: a one-line caption ends higher than a three-line one
    # beside it, and is as much the column's
    floor = max((w.box[3] for w in page.words if below.box[1] - FIRST_GAP <= w.box[3] <= below.box[1] + 0.2 * line
                 and not same_row(w.box, below.box)), default=below.box[1])
    caption: list[Word] = []
    edge = below.box[1]
    for word in over:
        if (edge - word.box[3] > HEADER_GAP * line) if caption else (floor - word.box[3] > FIRST_GAP):
            break  # (a header cell's padding under its caption)
        caption.append(word)
        edge = min(edge, word.box[1])
    return squash(" ".join(w.text for w in sorted(caption, key=lambda w: (w.box[1], w.box[0]))))


def _kind(caption: str, cues: dict[str, list[str]]) -> str | None:
    return next((kind for kind, words in cues.items() if any(squash(cue) in caption for cue in words)), None)


def _column_kind(page: Page, figure: Word, first: Word, cues: dict[str, list[str]]) -> str | None:
    """The kind the caption over a figure names; a figure set flush right in a wide column stands under the
    caption's last words only ("received" of "Rents received"), so the caption is read a little further left
    too."""
    left, right = figure.box[0], figure.box[2]
    return _kind(_caption_over(page, left, right, first), cues) \
        or _kind(_caption_over(page, left - FLUSH_RIGHT * (right - left), right, first), cues)


FLUSH_RIGHT = 0.5  # figure widths left of a figure its column's caption may start


def _captioned_kinds(page: Page, first: Word, cues: dict[str, list[str]]) -> int:
    """How many kinds of income the captions over the people's rows name, read a column at a time."""
    step = 0.02
    seen = {_kind(_caption_over(page, x, x + step, first), cues) for x in
            (first.box[2] + step * i for i in range(int((1 - first.box[2]) / step)))}
    return len(seen - {None, "total"})


def _household_total(page: Page, first: Word, cues: dict[str, list[str]]) -> Decimal | None:
    """The figure of the "Column total" row under the row-total caption: the household's total."""
    for word in page.words:
        if squash(word.text) != "total" or word.box[1] <= first.box[1]:
            continue
        row = [w for w in page.words if same_row(w.box, word.box) and w.box[0] > word.box[2]]
        totals = [w for w in row if amount_shaped(repair_ocr_money(w.text)[0])
                  and _column_kind(page, w, first, cues) == "total"]
        if totals:
            return _amount(totals[-1])
    return None


def _amount(word: Word) -> Decimal | None:
    found = amounts_in(repair_ocr_money(word.text)[0])
    return found[0] if found and found[0] >= 0 else None
