"""Where labels sit on a page: word boxes found by their text, and regions beside them in page fractions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from statistics import median

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.ink import Box
from lossmit_docs.reading.values import squash

LETTER = (612.0, 792.0)


def locate(page: Page, label: str, start: int = 0) -> tuple[Box, int] | None:
    """The box of the words spelling `label` (spaces and case ignored) and the index after them, the words
    on one row: OCR reads a scan's blocks of labels column by column, "Pay" ending one row, "Period" the next.
    A label followed by "tax" names a tax ("NJ gross income tax"), not the label's figure."""
    target = squash(label)
    words: tuple[Word, ...] = page.words
    for i in range(start, len(words)):
        joined = ""
        for j in range(i, min(i + 12, len(words))):
            if j > i and not one_row(words[j - 1].box, words[j].box):
                break
            joined += squash(words[j].text)
            if joined.startswith(target):
                if _names_a_tax(words, j, target):
                    break
                boxes = [w.box for w in words[i : j + 1]]
                return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                        max(b[2] for b in boxes), max(b[3] for b in boxes)), j + 1
            if not target.startswith(joined):
                break
    return None


def _names_a_tax(words: tuple[Word, ...], end: int, label: str) -> bool:
    """Whether the label's words go on into an income tax's name ("Gross income tax", "Gross" of "NJ gross
    income tax")."""
    after = [squash(w.text) for w in words[end + 1 : end + 3] if one_row(words[end].box, w.box)]
    if after[:1] == ["income"]:
        after = after[1:]
    elif not label.endswith("income"):
        return False
    return bool(after) and after[0] in ("tax", "taxes")


def one_row(a: Box, b: Box) -> bool:
    return min(a[3], b[3]) - max(a[1], b[1]) > 0.3 * min(a[3] - a[1], b[3] - b[1])


def points(page: Page) -> tuple[float, float]:
    return (page.width_pt or LETTER[0], page.height_pt or LETTER[1])


def _centre_x(box: Box) -> float:
    return (box[0] + box[2]) / 2


def _centre_y(box: Box) -> float:
    return (box[1] + box[3]) / 2


def skew(page: Page) -> float:
    """The page's tilt as rise per unit of width, from each word and its nearest neighbour to the right
    on its line (0 if unknown).

    A scan turned by a degree moves a table's right-hand column a full row up or down; rows are only
    found reliably after taking the tilt out. Neighbours are found by position, not by OCR's reading
    order: a table's cells come back as separate blocks. Every label looked up on a page asks for it, so
    it is worked out once per page's words.
    """
    return _skew_of(page.words)


@lru_cache(maxsize=32)
def _skew_of(page_words: tuple[Word, ...]) -> float:
    words = sorted((w for w in page_words if w.box[2] > w.box[0] and w.box[3] > w.box[1]), key=lambda w: w.box[0])
    slopes: list[float] = []
    for i, a in enumerate(words):
        beside: list[Word] = []
        for b in words[i + 1 :]:
            gap = b.box[0] - a.box[2]
            if gap > 0.6:  # sorted by left edge: every later word is further still
                break
            if gap > 0.03 and abs(_centre_y(b.box) - _centre_y(a.box)) < 0.02 \
                    and 0.5 < (b.box[3] - b.box[1]) / (a.box[3] - a.box[1]) < 2:
                beside.append(b)
        if beside:  # the nearest column; in it, the word most nearly level (rows lie close together)
            b = min(beside, key=lambda b: (round((b.box[0] - a.box[2]) / 0.02),
                                           abs(_centre_y(b.box) - _centre_y(a.box))))
            slopes.append((_centre_y(b.box) - _centre_y(a.box)) / (_centre_x(b.box) - _centre_x(a.box)))
    slopes.sort()
    return slopes[len(slopes) // 2] if len(slopes) >= 3 else 0.0


def type_height(page: Page) -> float:
    """The height of most of the page's words (page fractions): on a noisy fax a label's own boxes grow
    with the specks OCR joined to them, the page's type does not."""
    return _type_height_of(page.words)


@lru_cache(maxsize=32)
def _type_height_of(page_words: tuple[Word, ...]) -> float:
    return median_height(page_words)


def median_height(words: Iterable[Word]) -> float:
    """The height most of the words stand (page fractions); 0 for none."""
    heights = sorted(w.box[3] - w.box[1] for w in words if w.box[3] > w.box[1])
    return heights[len(heights) // 2] if heights else 0.0


def row_right_of(page: Page, label_box: Box, tilt: float | None = None) -> list[Word]:
    """The words on the label's row to its right, in reading order (the label's value cells)."""
    tilt = skew(page) if tilt is None else tilt
    height = label_box[3] - label_box[1]
    level = _centre_y(label_box) - tilt * label_box[2]
    return sorted(
        (w for w in page.words if w.box[0] >= label_box[2] - 0.002
         and abs(_centre_y(w.box) - tilt * w.box[0] - level) <= 0.6 * height),
        key=lambda w: w.box[0],
    )


def whole_row(page: Page, box: Box, tilt: float) -> list[Word]:
    """Every word of the box's row, from the page's left edge, followed along the page's tilt."""
    lift = tilt * box[0]
    return row_right_of(page, (0.0, box[1] - lift, 0.0, box[3] - lift), tilt)


UNDER_REACH = 3.5  # type heights under a header its value's top may stand (a boxed value under a band's caption)


def row_under(page: Page, label_box: Box) -> list[Word]:
    """The words of the first row under a label that stand within its width (a header band's value); the
    value's top is near, its centre may be far when it is printed larger than its small header. A tile's
    caption in tiny type sits farther above its value than its own height: the reach is in the page's
    usual type height when that is the taller."""
    line = label_box[3] - label_box[1]
    reach = UNDER_REACH * max(line, type_height(page))
    under = sorted((w for w in page.words if label_box[3] < _centre_y(w.box) and w.box[1] <= label_box[3] + reach
                    and w.box[0] < label_box[2] and w.box[2] > label_box[0]), key=lambda w: (w.box[1], w.box[0]))
    row = [w for w in under if abs(w.box[1] - under[0].box[1]) < 0.5 * line] if under else []
    row.sort(key=lambda w: w.box[0])  # an accent raises a word's top, not its place in the row
    row = [w for w in row if not _range_end_before(page, w, label_box)]
    if row:  # a value wider than its header ("Declan P. O'Rourke", "05/23/2027 - 06/05/2027") runs on past it,
        # up to the next header's column ("LARS E. MAGNUSSON" under EMPLOYEE, not the CLASSIFICATION beside it),
        # but for a range's end ("01/30/2039 - 02/12/2039" under a narrow "PERIOD DATES")
        height = max(w.box[3] - w.box[1] for w in row)  # a dash's own box is a sliver
        limit = min((w.box[0] for w in page.words if w.box[0] > label_box[2] and one_row(w.box, label_box)),
                    default=1.0)
        for word in sorted((w for w in page.words if w.box[0] > row[-1].box[2] and one_row(w.box, row[-1].box)),
                           key=lambda w: w.box[0]):
            open_range = row[-1].text.lower() in _RANGE_JOINERS  # "01/30/2039 -": its end is under the next header
            if word.box[0] - row[-1].box[2] > height or (word.box[0] >= limit - 0.005 and not open_range):
                break
            row.append(word)
    return row


def _range_end_before(page: Page, word: Word, label_box: Box) -> bool:
    """Whether a word starting left of a header is the end of the column before's range ("08/28/2039 -
    09/10/2039" run on under "CHECK DATE"): the word left of it on its row is a range's joiner."""
    if word.box[0] >= label_box[0]:
        return False
    left = [w for w in page.words if one_row(w.box, word.box) and w.box[2] <= word.box[0]]
    return bool(left) and max(left, key=lambda w: w.box[2]).text.lower() in _RANGE_JOINERS


_RANGE_JOINERS = frozenset(("-", "–", "to", "thru", "through"))


def column_headers(page: Page, headers: list[str], above: float) -> list[Box]:
    """Boxes of every header text found above a row, the nearest row of headers last."""
    found: list[Box] = []
    for header in headers:
        start = 0
        while (hit := locate(page, header, start)) is not None:
            if hit[0][3] <= above + 0.002:
                found.append(hit[0])
            start = hit[1]
    return sorted(found, key=lambda box: box[3])


def line_confidence(page: Page, line: str) -> float | None:
    """OCR's confidence in one line: the mean of its words' own, found as a run of the page's words.

    A page's mean is dragged down by specks and stamps far from the value; the words that carry it say more.
    """
    tokens = line.split()
    texts = [w.text for w in page.words]
    for start in range(len(texts) - len(tokens) + 1):
        if tokens and texts[start : start + len(tokens)] == tokens:
            run = page.words[start : start + len(tokens)]
            return sum(w.confidence for w in run) / len(run)
    return None


def _row_spelling(page: Page, line: str) -> list[Word]:
    """The words of the row that spells a line of the page's text, left to right (a text layer lists a
    page's words column by column, so the line's words need not be neighbours in the list). Words of the
    line below that reach into the row (a small caption's value set beside a big firm name) are passed over."""
    tokens = line.split()
    for first in (w for w in page.words if tokens and w.text == tokens[0]):
        row = sorted((w for w in page.words if w.box[0] >= first.box[0] and one_row(w.box, first.box)),
                     key=lambda w: w.box[0])
        spelt: list[Word] = []
        for word in row:
            if len(spelt) < len(tokens) and word.text == tokens[len(spelt)]:
                spelt.append(word)
        if len(spelt) == len(tokens):
            return spelt
    return []


def line_top(page: Page, line: str) -> float | None:
    """Where the row spelling a line of the page's text stands (its top), None when no row spells it."""
    words = _row_spelling(page, line)
    return min(w.box[1] for w in words) if words else None


def before_gap(page: Page, line: str) -> str:
    """A line up to its first gap wider than two letters' height: a heading's firm name, not the bank's name
    printed across the page on the same line of a check ("Brandywine Millwork LLC      Conestoga Bank")."""
    words = _row_spelling(page, line)
    across = _across(page)
    for index in range(1, len(words)):
        if (words[index].box[0] - words[index - 1].box[2]) * across > 2 * (words[index].box[3] - words[index].box[1]):
            return " ".join(w.text for w in words[:index])
    return line


def _across(page: Page) -> float:
    """How much shorter a page's width across is, against its height, than a letter page's: a receipt
    printer's narrow slip sets a word space wide in its width's share (boxes are shares of width and height).
    A wider page keeps a letter page's measure (a landscape stub's words are set loosely)."""
    width, height = points(page)
    return min(1.0, (width / height) / (LETTER[0] / LETTER[1]))


def landscape(page: Page) -> bool:
    """Whether the page, read upright, is wider than tall."""
    width, height = page.width_pt or 612.0, page.height_pt or 792.0
    return height > width if page.rotation in (90, 270) else width > height


def text_rows(words: Iterable[Word]) -> list[list[Word]]:
    """Words grouped by line, each row left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.box[1] + w.box[3]) / 2):
        row = rows[-1] if rows else None
        if row is not None and _on_text_row(word, row):
            row.append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.box[0]) for row in rows]


def _on_text_row(word: Word, row: list[Word]) -> bool:
    """Half the smaller of the word and the row's line shared: a comma or a point sitting low on the
    line is on it, the next line is not."""
    top, bottom = median(w.box[1] for w in row), median(w.box[3] for w in row)
    shared = min(bottom, word.box[3]) - max(top, word.box[1])
    return shared > 0.5 * min(bottom - top, word.box[3] - word.box[1])


WORD_SPACE = 1.16  # line heights across: a wider gap between a phrase's words is the next cell's


def word_space(page: Page, box: Box, spaces: float = WORD_SPACE) -> float:
    """The widest space between two words of one phrase on `box`'s row, in page widths: `spaces` of the
    row's height, measured down the page and turned into widths (a phone's tall page is no letter)."""
    width, height = points(page)
    return spaces * (box[3] - box[1]) * height / width


def caption_cell(page: Page, box: Box) -> Box:
    """A label's box widened left over the other language's caption it follows ("Fecha de pago / Pay
    date"): the value under a bilingual cell starts under the caption's first word."""
    space = word_space(page, box)
    before = sorted((w for w in page.words if one_row(w.box, box) and w.box[2] <= box[2] + 0.001
                     and w.box[0] < box[0] + 0.001), key=lambda w: -w.box[2])  # (the label's match may hold
    slash = next((w for w in before if w.text == "/"), None)  # the slash: "/" squashes to nothing)
    if slash is None or any(w.box[0] > slash.box[0] and w.box[2] <= box[0] for w in before) \
            or box[0] - slash.box[2] > space:
        return box
    left = slash.box[0]
    for word in (w for w in before if w.box[2] <= slash.box[0]):
        if left - word.box[2] > space:
            break
        left = word.box[0]
    return (left, box[1], box[2], box[3])


def box_of(words: Sequence[Word]) -> Box:
    """The box round some words."""
    return (min(w.box[0] for w in words), min(w.box[1] for w in words), max(w.box[2] for w in words),
            max(w.box[3] for w in words))


def fax_header_row(page: Page) -> float | None:
    """Where a fax machine's header line stands (its top): the row at the page's top holding a time of day
    ("APR 20 2038 09:14  MARLOW FALLS PUB LIB  3155550177  P. 07/09"); None without one."""
    times = [w.box[1] for w in page.words if w.box[1] < FAX_BAND and _TIME_OF_DAY.search(w.text)]
    return min(times) if times else None


# a word that is a time of day ("09:14", "7:05PM"), or ends with one ("14:15.", "MAR-29-2044-14:15" as OCR joins it)
_TIME_OF_DAY = re.compile(r"(?:^|[-\s])\d{1,2}:\d{2}(?:[AaPp][Mm])?[.,]?$")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")  # a time of day in a line of text
FAX_BAND = 0.05  # page heights from the top a fax header line is printed in
FAX_ROW = 0.01  # page heights between the tops of two words of the header's row (a slightly tilted fax)
