"""Amounts read off a table by where they stand: to the right of a row's label, under the "Current" or
"YTD" header above them, or under a column's own label in a header row ("TOTAL GROSS ... NET PAY" over a
"Current" row and a "YTD" row).

A line of text keeps a table's cells in an order that does not say which figure is whose, and OCR reads a
table's columns as separate blocks; word boxes (tilt taken out) do say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.ink import Box
from lossmit_docs.reading.page_text import caption_cell, column_headers, locate, one_row, row_right_of, skew, whole_row
from lossmit_docs.reading.values import amounts_in, own_figures, repair_ocr_money, squash

REPAIRED = 0.85  # confidence kept by an amount whose money OCR garbled
COLUMN_REACH = 0.12  # how far (page widths) an amount's right edge may sit from its column header's
HEADER_DEPTH = 8.0  # line heights under a column's label in which its rows of figures are looked for


@dataclass(frozen=True)
class TableAmounts:
    """This period's and the year's figure found for one label, the page and how sure OCR was of them."""

    current: Decimal | None
    ytd: Decimal | None
    page: Page
    read: float


def _amount_cells(page: Page, words: list[Word]) -> tuple[list[tuple[Word, Decimal]], float]:
    """The amounts among `words`, and how sure OCR was of the least sure of them."""
    read = [(w, repair_ocr_money(w.text)) for w in words]
    cells = [(w, abs(found[0])) for w, (text, _) in read if (found := amounts_in(text, cents_required=True))]
    sure = min((page.confidence * REPAIRED if repaired else w.confidence for w, (_, repaired) in read
                if any(w is cell for cell, _ in cells)), default=0.0)
    return cells, sure


def _ytd_word_before(page: Page, end_index: int, label: str, ytd_words: list[str]) -> bool:
    """Whether the word before the label on its own row is a year-to-date word: the "YTD" that ends the
    row above ("DEDUCT YTD" over "NET PAY") qualifies nothing."""
    start = end_index - len(label.split())
    before = page.words[start - 1] if start > 0 else None
    return before is not None and one_row(before.box, page.words[start].box) \
        and any(squash(before.text) == squash(w) for w in ytd_words)


def _ytd_words_after(page: Page, end_index: int, ytd_words: list[str]) -> bool:
    """Whether year-to-date words follow the label in its cell ("Net pay year to date 14,840.26"); the next
    cell's caption of a row of captions ("YTD GROSS   YTD NET") qualifies nothing."""
    last = page.words[end_index - 1]
    row: list[Word] = []
    for word in page.words[end_index : end_index + YTD_PHRASE]:
        if not one_row(word.box, last.box) or word.box[0] - (row[-1] if row else last).box[2] \
                > CELL_GAP * (last.box[3] - last.box[1]):
            break
        row.append(word)
    said = squash(" ".join(w.text for w in row))
    return any(said.startswith(squash(w)) for w in ytd_words)


YTD_PHRASE = 3  # words of the longest year-to-date phrase ("year to date")


def _hits(page: Page, label: str, ytd_words: list[str]) -> list[Box]:
    """Every place `label` stands on the page, less those a year-to-date word qualifies ("YTD Gross",
    "Net pay year to date")."""
    found: list[Box] = []
    hit = locate(page, label)
    while hit is not None:
        if not _ytd_word_before(page, hit[1], label, ytd_words) and not _ytd_words_after(page, hit[1], ytd_words):
            found.append(hit[0])
        hit = locate(page, label, hit[1])
    return found


def beside(pages: list[Page], labels: list[str], columns: dict[str, list[str]], ytd_words: list[str]
           ) -> TableAmounts | None:
    """The amounts on a labelled row, each given to the "Current" or "YTD" header above it."""
    year: TableAmounts | None = None  # a row of a year-to-date table: this period's figure is another label's
    for page in pages:
        if not page.words:
            continue
        tilt = skew(page)
        for label in labels:
            for box in _hits(page, label, ytd_words):
                row = row_right_of(page, box, tilt)
                kept = _past_ytd_figure(row, ytd_words)
                cells, sure = _amount_cells(page, _own_cells(kept, ytd_words))
                if not cells:  # a heading alone on its row ("NET PAY") is passed for the label's next place;
                    alone = [w for w in whole_row(page, box, tilt) if re.search(r"\w", w.text)]  # one among
                    if any(not (box[0] <= w.box[0] and w.box[2] <= box[2]) for w in alone):  # captions ("Gross
                        break  # Pay  Net Pay", "... Dividends  New Balance") heads a column, read under it
                    continue
                if len(kept) < len(row):  # the row's caption named its year-to-date figure: the
                    return TableAmounts(cells[0][1], None, page, sure)  # other is this period's, under any header
                current, ytd = _by_column(page, box, cells, columns, ytd_words)
                if current is None and ytd is not None and year is None:
                    year = TableAmounts(None, ytd, page, sure)
                    break
                if current is not None and year is not None and ytd is None and year.page is page:
                    return TableAmounts(current, year.ytd, page, min(sure, year.read))
                return TableAmounts(current, ytd, page, sure)
    return year


def _past_ytd_figure(row: list[Word], ytd_words: list[str]) -> list[Word]:
    """A row's words less the figure a year-to-date caption inside the row owns ("NET PAY   Calendar YTD
    net $15,414.42   $2,569.07"): the label's own figure is another."""
    ytd = {squash(word) for word in ytd_words}
    kept: list[Word] = []
    owed = False
    for word in row:
        if squash(word.text) in ytd:
            owed = True
        elif owed and re.search(r"\d", word.text):
            owed = False
            continue
        kept.append(word)
    return kept


def _own_cells(row: list[Word], ytd_words: list[str]) -> list[Word]:
    """A row's words up to the next label after its figures: a summary strip's "Gross Pay 944.60  YTD Gross
    35,396.88  NET PAY $708.35" gives the gross only its own figure."""
    kept = len(own_figures(" ".join(w.text for w in row), ytd_words).rstrip())
    end = -1  # where each word's text ends in the joined row (a word's own text may hold a space)
    for count, word in enumerate(row):
        end += 1 + len(word.text)
        if end > kept:
            return row[:count]
    return row


def _by_column(page: Page, label_box: Box, cells: list[tuple[Word, Decimal]], headers: dict[str, list[str]],
               ytd_words: list[str]) -> tuple[Decimal | None, Decimal | None]:
    columns = {name: column_headers(page, words, label_box[1]) for name, words in headers.items() if name != "units"}
    columns["current"] = [box for box in columns["current"]  # "Amount" inside "YTD Amount" is the year's
                          if not any(box[0] < y[2] and y[0] < box[2] and box[1] < y[3] and y[1] < box[3]
                                     for y in columns["ytd"])]
    # ... and so is an "Amount" under a year-to-date table's heading ("YEAR-TO-DATE EARNINGS" / "HOURS  AMOUNT")
    yearly = [box for box in columns["current"] if _under_ytd_heading(page, box, ytd_words)]
    columns["current"] = [box for box in columns["current"] if box not in yearly]
    columns["ytd"] = sorted([*columns["ytd"], *yearly], key=lambda box: box[3])
    by_place = (cells[-2][1] if len(cells) >= 2 else cells[0][1], cells[-1][1] if len(cells) >= 2 else None)
    if not columns["ytd"] and not columns["current"]:
        return by_place
    # the hours or rate column of the same header row ("RATE  HOURS  THIS PERIOD  YEAR TO DATE"): no pay
    columns["units"] = [box for box in column_headers(page, headers.get("units", []), label_box[1])
                        if any(one_row(box, other) for other in [*columns["current"], *columns["ytd"]])]
    found: dict[str, Decimal] = {}
    in_year_table = False
    for word, amount in cells:
        distance = {name: min(abs(word.box[2] - box[2]) for box in boxes[-3:])
                    for name, boxes in columns.items() if boxes}
        name = min(distance, key=lambda n: distance[n])
        if distance[name] < COLUMN_REACH and name != "units":
            found.setdefault(name, amount)
            in_year_table |= name == "ytd" and any(abs(word.box[2] - box[2]) < COLUMN_REACH for box in yearly)
    if not found:  # headers of another table ("Deductions this pay"): none stands over this row's figures
        return by_place
    if in_year_table and "current" not in found:  # the figure left of it is the year's hours, no pay
        return None, found["ytd"]
    if "current" not in found and "ytd" in found:  # this period's figure stands left of the year's
        ytd_cell = next(word for word, amount in cells if amount == found["ytd"])
        left = [amount for word, amount in cells if word.box[2] < ytd_cell.box[0]]
        return (left[0] if left else None), found["ytd"]
    return found.get("current"), found.get("ytd")


HEADING_REACH = 3.0  # line heights over a column's header its table's heading may stand


def _under_ytd_heading(page: Page, header: Box, ytd_words: list[str]) -> bool:
    """Whether the row just over a column's header opens, up to the header's right edge, with a year-to-date
    word: the heading of a table of the year's figures ("YEAR-TO-DATE EARNINGS   TAXES AND DEDUCTIONS")."""
    line = header[3] - header[1]
    over = [w for w in page.words if header[1] - HEADING_REACH * line <= w.box[3] <= header[1]]
    if not over:
        return False
    nearest = max(over, key=lambda w: w.box[3])
    heading = sorted((w for w in over if one_row(w.box, nearest.box) and w.box[0] < header[2]), key=lambda w: w.box[0])
    said = squash(" ".join(w.text for w in heading))
    return any(said.startswith(squash(word)) for word in ytd_words)


def under(pages: list[Page], labels: list[str], ytd_words: list[str]) -> TableAmounts | None:
    """The figures under a column's label in a header row: the first row of them is this period's, a row
    its first word calls year-to-date ("YTD", "Year to date") the year's. A label with a figure on its
    own row is a row label, not a column's, and is left to `beside`."""
    ytd_squashed = {squash(w) for w in ytd_words}
    for page in pages:
        if not page.words:
            continue
        tilt = skew(page)
        for label in labels:
            for box in _hits(page, label, ytd_words):
                right = row_right_of(page, box, tilt)
                if _amount_cells(page, right)[0]:
                    continue
                caption = caption_cell(page, box)  # "Bruto / Gross": the cell starts at its first language
                found = _column_below(page, caption, tilt, ytd_squashed)
                if found is None and _header_cells(page, box, tilt) >= 2:
                    # a figure set flush right in a header row's cell whose label is set flush left: the cell
                    # runs up to where the next column's label starts, past the label's own other words
                    cell = (caption[0], box[1], _next_cell(box, right) - 0.005, box[3])
                    found = _column_below(page, cell, tilt, ytd_squashed)
                if found is not None:
                    return found
    return None


def _next_cell(box: Box, right: list[Word]) -> float:
    """Where the next cell of a header row starts: its first word a wide gap right of the label's words
    ("Neto / Net" is one caption)."""
    end = box[2]
    for word in sorted(right, key=lambda w: w.box[0]):
        if word.box[0] - end > CELL_GAP * (box[3] - box[1]):
            return word.box[0]
        end = word.box[2]
    return 0.97


CELL_GAP = 1.5  # line heights between two cells of a header row; a narrower gap parts words of one caption


def _header_cells(page: Page, box: Box, tilt: float) -> int:
    """How many cells the label's row has, words a wide gap apart: a section heading has one."""
    line = box[3] - box[1]
    row = whole_row(page, box, tilt)
    return 1 + sum(b.box[0] - a.box[2] > CELL_GAP * line for a, b in pairwise(row))


def _column_below(page: Page, box: Box, tilt: float, ytd_words: set[str]) -> TableAmounts | None:
    line = box[3] - box[1]

    def in_column(word: Word) -> bool:
        level = (word.box[1] + word.box[3]) / 2 - tilt * (word.box[0] - box[0])
        return (box[3] - 0.2 * line <= level <= box[3] + HEADER_DEPTH * line
                and word.box[0] < box[2] + 0.01 and word.box[2] > box[0] - 0.01)

    below = [w for w in page.words if in_column(w)]
    cells, sure = _amount_cells(page, below)
    current: Decimal | None = None
    ytd: Decimal | None = None
    for word, amount in sorted(cells, key=lambda cell: cell[0].box[1]):
        row = sorted(whole_row(page, word.box, tilt), key=lambda w: w.box[0])
        first = row[0] if row else word
        # the words just before the figure say year to date, last: "Acumulado / YTD 23,555.55"
        before: list[Word] = []
        for other in (w for w in row if w.box[2] <= word.box[0]):
            before = [] if amounts_in(other.text, cents_required=True) else [*before, other]
        caption = squash(" ".join(w.text for w in before))
        if squash(first.text) in ytd_words or any(caption.endswith(w) for w in ytd_words):
            ytd = amount if ytd is None else ytd
        elif current is None and ytd is None:
            current = amount
    if current is None and ytd is None:
        return None
    return TableAmounts(current, ytd, page, sure)
