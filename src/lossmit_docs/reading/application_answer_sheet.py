"""A form printed as a booklet of numbered questions with a separate answer sheet: the sheet holds only numbered
boxes ("1 2648105973   19 N"), and what each box answers is the booklet's question of the same number. The
questions are paired with the sheet's answers and read as a question table's are.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.application_question_table import Question, written_page
from lossmit_docs.reading.page_text import text_rows

_BOX_NUMBER = re.compile(r"^(\d{1,2})[.)]?$")
COLUMN_SLACK = 0.015  # page widths a box's number may stand off its column's others
MIN_BOXES = 8  # numbered boxes on a sheet at the least
MIN_COLUMN = 4  # numbers standing one under another that make a column of boxes
RUN_SHARE = 0.8  # of the numbers from 1 to the highest that the sheet must hold
ANSWER_WORDS = 4  # words of a box's usual answer at the most: a page of numbered questions is no sheet
ASKED_SHARE = 0.7  # of the sheet's numbers the other pages must ask
QUESTION_GAP = 1.5  # line heights of clean paper under a question's last line that end it


def answer_sheets(pages: list[Page]) -> dict[int, Page]:
    """Each answer sheet among the pages (by its place in the list) as "Label: answer" lines, its boxes paired
    with the questions the other pages number alike."""
    found: dict[int, Page] = {}
    for at, page in enumerate(pages):
        boxes = _boxes(page)
        if boxes is None:
            continue
        asked = _questions([p for p in pages if p is not page], set(boxes))
        if len(asked) >= ASKED_SHARE * len(boxes):
            found[at] = written_page(page, [Question(asked[n], 0.0, answer=[boxes[n]]) for n in sorted(boxes)
                                            if n in asked and boxes[n]])
    return found


def _columns(words: list[Word]) -> list[float]:
    """The left edges of the columns of numbers down the page: where bare numbers stand under one another."""
    edges = Counter(round(w.box[0] / COLUMN_SLACK) for w in words if _BOX_NUMBER.match(w.text))
    return sorted(edge * COLUMN_SLACK for edge, count in edges.items() if count >= MIN_COLUMN)


def _starts(word: Word, columns: list[float]) -> bool:
    return bool(_BOX_NUMBER.match(word.text)) and any(abs(word.box[0] - x) <= COLUMN_SLACK for x in columns)


def _boxes(page: Page) -> dict[int, list[Word]] | None:
    """The sheet's answers by box number; None for a page that is no answer sheet (too few boxes, numbers that
    do not run from 1, answers in sentences)."""
    columns = _columns(list(page.words))
    if not columns:
        return None
    boxes: dict[int, list[Word]] = {}
    for row in text_rows(page.words):
        current: list[Word] | None = None
        for word in row:
            if _starts(word, columns) and (number := int(_BOX_NUMBER.match(word.text).group(1))) not in boxes:
                current = boxes[number] = []
            elif current is not None:
                current.append(word)
    highest = max(boxes, default=0)
    filled = [len(answer) for answer in boxes.values() if answer]
    if len(boxes) < MIN_BOXES or len(boxes) < RUN_SHARE * highest or 1 not in boxes \
            or (filled and median(filled) > ANSWER_WORDS):
        return None
    return boxes


def _questions(pages: list[Page], numbers: set[int]) -> dict[int, list[Word]]:
    """The words of each numbered question on the pages, column by column: from its number to the next
    question's, a part's heading, or a number already seen (a numbered paragraph of the certification)."""
    asked: dict[int, list[Word]] = {}
    for page in pages:
        words = list(page.words)
        columns = _columns(words)
        if not columns:
            continue
        for left, right in zip(columns, [*columns[1:], 2.0], strict=True):
            current: list[Word] | None = None
            below = 0.0
            for row in text_rows(w for w in words if left - COLUMN_SLACK <= w.box[0] < right - COLUMN_SLACK):
                first, top = row[0], min(w.box[1] for w in row)
                number = int(m.group(1)) if _starts(first, columns) and (m := _BOX_NUMBER.match(first.text)) else None
                if number is not None:
                    current = [] if number in numbers and number not in asked else None
                    if current is not None:
                        asked[number] = current
                    row = row[1:]
                elif first.text.upper() in ("PART", "SECTION") or top - below > QUESTION_GAP * (row[0].box[3] - top):
                    current = None  # a part's heading, or paper left blank under the question: its end
                if current is not None:
                    current += row
                below = max(w.box[3] for w in row) if row else below
    return {number: words for number, words in asked.items() if words}
