"""One paper's text, line by line with the page each line came from, and the labelled amounts read off
it: what every extractor of a supporting document reads through."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from lossmit_docs.model import Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.ink import Box
from lossmit_docs.reading.page_text import (
    box_of,
    caption_cell,
    line_confidence,
    locate,
    one_row,
    row_right_of,
    row_under,
    skew,
    whole_row,
)
from lossmit_docs.reading.table_money import REPAIRED, TableAmounts, beside, under
from lossmit_docs.reading.values import (
    amounts_in,
    before_another_row,
    find_label,
    label_matches,
    label_pattern,
    repair_ocr_money,
    rules,
    squash,
    value_after,
    values_after,
)

Ref = Callable[[int], PageRef]


FOUND = 0.95  # a value a rule found where its label says, before OCR's own doubt
NOT_FOUND = 0.3  # a value a rule did not find: perhaps blank, perhaps unread
HEADING_LINES = 4  # top lines that may carry an unlabelled employer's name


class DocumentText:
    """One document's text with where each line came from, so every field names its page.

    OCR lines have their money misreadings put right ("S1,903<_85"); a value read off a repaired line
    carries less confidence, so a clerk sees it when it decides anything.
    """

    def __init__(self, pages: list[Page], ref: Ref, received_on: date | None = None) -> None:
        self.received_on = received_on or date.today()  # what a date written on the pages can be after
        self.lines: list[str] = []
        self.line_page: list[Page] = []
        self.repaired: set[int] = set()
        for page in pages:
            for line in page.text.splitlines():
                if page.method == TextMethod.OCR:
                    line, changed = repair_ocr_money(line)
                    if changed:
                        self.repaired.add(len(self.lines))
                self.lines.append(line)
                self.line_page.append(page)
        self.pages = pages
        self.ref = ref

    @property
    def first_page_lines(self) -> int:
        """How many of the lines are the first page's."""
        return sum(1 for page in self.line_page if page is self.pages[0])

    def field(self, value: Any, line: int | None, confidence: float | None = None, method: str | None = None,
              page: Page | None = None, base: float | None = None) -> Field:
        """A value with its confidence: the rule's own, times how well OCR read the line (or `base`).

        A value not found is not known to be blank (the label may be there and its value unread), so unless
        the rule says how sure it is, it is put up for review rather than passed on as a confident blank.
        """
        if confidence is None:
            confidence = FOUND if value is not None else NOT_FOUND
        if page is None:
            page = self.line_page[line] if line is not None and self.lines else self.pages[0]
        base = self._read_confidence(page, line) if base is None else base
        return Field(value, round(confidence * base, 3), self.ref(page.number), method or page.method)

    def _read_confidence(self, page: Page, line: int | None) -> float:
        if page.method != TextMethod.OCR:
            return 1.0
        if line in self.repaired:
            return page.confidence * REPAIRED
        own = line_confidence(page, self.lines[line]) if line is not None else None
        return own if own is not None else page.confidence

    def after(self, labels: list[str], same_line_only: bool = False) -> tuple[str, int] | None:
        return value_after(self.lines, labels, same_line_only)

    def first(self, labels: list[str], accept: Callable[[str], Any], same_line_only: bool = False
              ) -> tuple[Any, int | None]:
        """The first labelled value `accept` makes something of, passing over labels that head other text."""
        for text, line in values_after(self.lines, labels, same_line_only):
            if _opens_title(text):  # a title's word, no label ("EMPLOYEE EARNINGS STATEMENT" over the firm)
                continue
            value = accept(text)
            if value:
                page = self.line_page[line]
                if page.words and find_label([self.lines[line]], labels) is None:
                    # the label ended a row of headings ("Employee  Pay Period  Pay Date"): the value under
                    # its own heading, not the line's first
                    value = self.on_row(labels, accept, [page])[0] or value
                return value, line
            below = next((i for i in range(line + 1, min(line + 3, len(self.lines))) if self.lines[i].strip()), None)
            if below is None or same_line_only:
                continue
            # a header row of labels ("PAY BEGIN DATE  CHECK DATE") with its values underneath: the value
            # under the label's own column where word boxes show it, else the first on the line below
            page = self.line_page[line]
            value = (self.on_row(labels, accept, [page])[0] if page.words else None) or accept(self.lines[below])
            if value:
                return value, below
        return None, None

    def under_caption(self, captions: list[str], accept: Callable[[str], Any], second_rows: list[str]
                      ) -> tuple[Any, Page | None]:
        """A value in the row under a caption that stands alone in its cell ("COMPANY" over "Sandhill Dental
        Group"), or under the caption's second row of `second_rows` words ("Company" over "Name"): a bare word
        is a caption only with nothing beside it on either hand."""
        second = {squash(word) for word in second_rows}
        for page in self.pages:
            for caption in captions if page.words else ():
                hit = locate(page, caption)
                while hit is not None:
                    if alone_in_cell(page, hit[0]) and _alone_left(page, hit[0]) and not _heads_entries(page, hit[0]):
                        under = row_under(page, hit[0])
                        if under and all(squash(w.text) in second for w in under):
                            under = row_under(page, box_of(under))  # the caption's second row ("Company" / "Name")
                        value = accept(" ".join(w.text for w in under))
                        if value:
                            return value, page
                    hit = locate(page, caption, hit[1])
        return None, None

    def on_row(self, labels: list[str], accept: Callable[[str], Any], pages: list[Page] | None = None
               ) -> tuple[Any, Page | None]:
        """A labelled value from the label's row of word boxes: a scanned two-column header ("Check Date:",
        "Period Beginning:" in one block, their dates in the next) that no line of text keeps together."""
        for page in pages or self.pages:
            for label in labels if page.words else ():
                hit = locate(page, label)
                first = True
                while hit is not None:  # past a title's word ("Employee Pay Summary"), a caption alone in its cell
                    # (the second row of a caption, "Company" over "Name", is no label of its own)
                    beside = row_right_of(page, hit[0])
                    right = " ".join(w.text for w in beside)
                    if not _second_row(page, hit[0], beside) and not _opens_title(right) \
                            and (first or alone_in_cell(page, hit[0])):
                        value = accept(right)
                        if not value:  # a header band: the value in the label's column, on the row under it
                            value = accept(" ".join(w.text for w in row_under(page, caption_cell(page, hit[0]))))
                        if value:
                            return value, page
                    first, hit = False, locate(page, label, hit[1])
        return None, None


def alone_in_cell(page: Page, box: Box) -> bool:
    """Whether a label stands alone in its cell: nothing on its row within two of its heights to its right."""
    right = row_right_of(page, box)
    return not right or right[0].box[0] - box[2] > 2 * (box[3] - box[1])


def _opens_title(text: str) -> bool:
    """Whether the words after a label's match open a stub's title or its portal's name: the label was the
    title's first word ("EMPLOYEE EARNINGS STATEMENT", "Employee Self-Service")."""
    said = squash(text[:TITLE_LETTERS])
    labels = labels_of("pay_stub")
    return any(said.startswith(squash(title)) for title in labels["title_words"] + labels["portal_words"])


TITLE_LETTERS = 40


def _heads_entries(page: Page, box: Box) -> bool:
    """Whether a caption heads a column of a table of entries (a dispatch log's "EMPLOYER" over a shift a
    row, each with its hours and pay), not one cell: two rows or more under it carry decimal figures."""
    counted, row = 0, row_under(page, box)
    for _ in range(ENTRY_ROWS):
        if not row:
            break
        counted += any(_DECIMAL.fullmatch(w.text) for w in whole_row(page, box_of(row), skew(page)))
        row = row_under(page, box_of(row))
    return counted >= 2


ENTRY_ROWS = 4
_DECIMAL = re.compile(r"-?\$?[\d,]*\d\.\d+")


def _second_row(page: Page, box: Box, beside: list[Word]) -> bool:
    """Whether a label's words stand right under a caption alone in its cell, set flush with it, with no
    figure beside them: "Name" under "Company" is the caption's second row (a column of labels, "Associate"
    over "Week worked  03/29/2038 to 04/04/2038", has its values beside them)."""
    height = box[3] - box[1]
    if any(re.search(r"\d", w.text) for w in beside):
        return False
    return any(abs(w.box[0] - box[0]) < 0.5 * height and 0 <= box[1] - w.box[3] < 0.8 * height
               and not re.search(r"\d", w.text) and alone_in_cell(page, w.box) for w in page.words)


def _alone_left(page: Page, box: Box) -> bool:
    """Whether nothing on a label's row stands within two of its heights to its left."""
    near = 2 * (box[3] - box[1])
    return not any(one_row(w.box, box) and box[0] - near < w.box[2] <= box[0] + 0.001 and w.box[0] < box[0]
                   for w in page.words)


def labels_of(kind: str) -> dict[str, Any]:
    return rules("field_labels")[kind]


def _qualified(line: str, start: int, words: list[str], end: int | None = None) -> bool:
    """Whether a label is another figure's, by the word just before it ("YTD Net Pay", "Weekly benefit") or,
    given the label's `end`, just after it ("Net to date", "Gross YTD")."""
    before = squash(line[max(0, start - 14) : start])
    after = squash(line[end : end + 24]) if end is not None else ""
    return any(before.endswith(squash(w)) or (after and after.startswith(squash(w))) for w in words)


def _after_heading(before: str, headings: list[str]) -> bool:
    """Whether the words before a label on its line make it a section's heading ("Adjustments to")."""
    return any(re.search(rf"\b{re.escape(heading)}\s*$", before, re.IGNORECASE) for heading in headings)


def labelled_money(reader: DocumentText, labels: list[str], not_after: list[str] | None = None,
                   at_line_start: bool = False, same_line_first: bool = False, headings: list[str] | None = None
                   ) -> tuple[Decimal | None, int | None]:
    """The first amount after a label (same line, else the next non-blank line). `same_line_first` looks
    for a labelled line with its amount first: a summary box's header row ("Opening Balance  Money In ...
    Closing Balance") has its figures underneath in an order no line of text keeps. A label after one of
    `headings` heads a section ("Adjustments to Net Pay" over its rows), no figure of its own."""
    if same_line_first:
        for index, start, end in label_matches(reader.lines, labels):
            amounts = _own_amounts(reader.lines[index][end:], not_after)
            if amounts and not (not_after and _qualified(reader.lines[index], start, not_after, end)):
                return abs(amounts[0]), index
    fallback: int | None = None
    for index, start, end in label_matches(reader.lines, labels):
        line = reader.lines[index]
        if (not_after and _qualified(line, start, not_after, end)) or (at_line_start and line[:start].strip(" |-_.:")) \
                or _after_heading(line[:start], headings or []):
            continue
        amounts = _own_amounts(line[end:], not_after)
        if amounts:
            return abs(amounts[0]), index
        # (a line of signs between a header row and its figures, "+  -  =", is no line of its own)
        following = next((i for i in range(index + 1, min(index + 3, len(reader.lines)))
                          if re.search(r"\w", reader.lines[i])), None)
        if following is not None and _another_amount_label(reader.lines[following], labels):
            # a box's caption over its figure, another labelled figure printed between them ("NET PAY" /
            # "Gross pay YTD $73,853.30" / "$2,696.99"): the figure is the first line after that one
            after = following + 1
            following = after if after < len(reader.lines) and reader.lines[after].strip() \
                and not re.search(r"[A-Za-z]", reader.lines[after]) else None
        below = _own_amounts(reader.lines[following], not_after) if following is not None else []
        if len(below) >= 2:  # a header row over its figures: the word boxes say which one is this column's
            column = under([reader.line_page[index]], [line[start:end]], labels_of("pay_stub")["ytd_words"])
            if column is not None and column.current is not None:
                return column.current, following
        if below:
            return abs(below[0]), following
        fallback = index if fallback is None else fallback
    return None, fallback


def _own_amounts(text: str, others: list[str] | None) -> list[Decimal]:
    """The amounts after a label, less the one a caption of another figure (`others`: "YTD", "annual")
    inside the row owns when the label's own follows it ("NET PAY   Calendar YTD net $16,144.20   $3,228.84");
    a lone amount after such a word is the label's ("... prior to deductions is $1,850.00")."""
    amounts = amounts_in(before_another_row(text), cents_required=True)
    inside = min((m.start() for word in others or [] for m in label_pattern(word).finditer(text)), default=None)
    if inside is None:
        return amounts
    after = amounts_in(before_another_row(text[inside:]), cents_required=True)
    return amounts_in(before_another_row(text[:inside]), cents_required=True) or (after[1:] if len(after) >= 2
                                                                                   else after)


def _another_amount_label(line: str, labels: list[str]) -> bool:
    """Whether the line opens with a stub's label of another amount than `labels`."""
    stub = labels_of("pay_stub")
    others = [label for name in AMOUNT_LABELS for label in stub[name] if label not in labels]
    return any(not line[:start].strip(" |-_.:$") for _, start, _ in label_matches([line], others))


AMOUNT_LABELS = ("gross", "gross_ytd", "net", "deductions", "taxes")


def beside_label(reader: DocumentText, labels: list[str]) -> TableAmounts | None:
    pay_stub = labels_of("pay_stub")
    return beside(reader.pages, labels, pay_stub["columns"], pay_stub["ytd_words"])


@cache
def stub_words(kind: str) -> frozenset[str]:
    """One of the pay stub's word lists (field_labels.yaml), squashed."""
    return frozenset(squash(w) for w in labels_of("pay_stub")[kind])


def has_word(text: str, words: list[str]) -> bool:
    """Whether one of the words or phrases stands in the text as words, a phrase's words also across a full
    stop or a comma OCR set mid-sentence ("DIC is not. taxable income": the next word in lower case)."""
    return any(re.search(r"\b" + _SPECK_OR_SPACE.join(re.escape(part) for part in word.split()) + r"\b", text,
                         re.IGNORECASE) for word in words)


_SPECK_OR_SPACE = r"(?:[.,](?=\s+(?-i:[a-z])))?\s+"
