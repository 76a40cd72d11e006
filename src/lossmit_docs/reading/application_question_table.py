"""A form of questions asked in full sentences in one column and answered in the column beside it, under a
header row ("QUESTION | YOUR ANSWER"). A label's words are scattered through a wrapped question that is
mostly about something else ("If another person signed the note with you, what is that co-borrower's full
legal name? Leave the answer space empty if ..."), so no label can be looked for beside its answer: each
question is known by the words it uses (`question_table` in field_labels), and its answer cell is written
out as a plain "Label: answer" line that the text reader reads as it reads any form's.
"""

from __future__ import annotations

import dataclasses
import re
from itertools import combinations, pairwise
from statistics import median
from typing import Any

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.application_layout import application_labels
from lossmit_docs.reading.ink import Box
from lossmit_docs.reading.page_columns import SENTENCE_GAP
from lossmit_docs.reading.page_text import text_rows
from lossmit_docs.reading.values import folded, squash

# characters of the words OCR reads off a header's shaded band between its headers ("QUESTION a oe YOUR ANSWER")
SPECK = 2
HEADER_WORDS = 3  # words beside the specks in a header row: "QUESTION", "YOUR ANSWER"
# numbered questions under the header that make the page a table of them (OCR may drop some numbers; a
# portal's table of short labels numbers none, and its labels are read as any form's)
MIN_QUESTIONS = 3
QUESTION_GAP = 1.8  # times the usual gap between a column's lines that parts two questions' cells
# page widths left and right of the answers' header the gap between a question's words and its answer may
# stand at (OCR's box of a header word grows over its shaded band; a question's lines end unevenly)
SPLIT_REACH = (0.08, 0.06)
WIDE_SPACE = 2.5  # times the row's usual space between words that parts a question from its answer
_NUMBER = re.compile(r"^\d{1,2}[.):]*(?:$|(?=[A-Z]))")  # "10List": OCR glued the number on
_HEADING = re.compile(r"^(?:PART|SECTION)$", re.IGNORECASE)

_FIGURES = frozenset(("loan_number", "ssn", "co_borrower_ssn", "hardship_start_date", "income_total"))
ANSWER_WORDS = 6  # words of a form's usual answer at the most: a help page answers in sentences
TABLE_SHARE = 0.5  # of a page's lines that are questions and answers, for a page that is the table


@dataclasses.dataclass
class _Question:
    words: list[Word]  # the question's own, down its column
    top: float
    bottom: float = 1.0  # where the next question begins
    answer: list[list[Word]] = dataclasses.field(default_factory=list)  # the answer cell's rows


def question_table_page(page: Page) -> Page | None:
    """The page as "Label: answer" lines, one for each question it asks; None when the page is not a table of
    questions and answers (a few questions under a form's labels, a help page answering in sentences)."""
    column = _answer_column(page)
    if column is None:
        return None
    questions, asking = _questions(page, *column)
    share = asking / len(text_rows(page.words))
    filled = [len(" ".join(" ".join(w.text for w in row) for row in q.answer).split()) for q in questions if q.answer]
    numbered = sum(bool(_NUMBER.match(q.words[0].text)) for q in questions)
    if numbered < MIN_QUESTIONS or share < TABLE_SHARE or (filled and median(filled) > ANSWER_WORDS):
        return None
    table = application_labels()["question_table"]
    answers: dict[str, str] = {}
    income: list[str] = []
    unknown: list[str] = []  # a question the rules do not know, as it stands: a label of its own may name it
    for question in questions:
        asks = _asks(question)
        rows = [" ".join(w.text for w in row) for row in question.answer]
        # (a colon in a typed list of hardships is OCR's speck: "Higher housing: costs")
        answer = " ".join(" ".join(rows).replace(":", " " if asks == "hardship_types" else ":").split())
        if asks is None and rows:  # ("Gross monthly wages", "Hardship began on")
            unknown.append(f"{' '.join(w.text for w in question.words).rstrip(' :')}: {answer}")
        elif asks == "income_lines":  # one source to a row: "Wages: $4,220.67 / month"
            income += [line for row in rows if (line := _income_line(row, table["income_written_as"]))]
        elif asks is not None and asks not in answers and not _in_words(asks, answer):
            answers[asks] = answer
    city = answers.pop("property_city", "")
    if city and answers.get("property_street"):  # the city, state and ZIP asked apart go on the street's line
        answers["property_street"] = f"{answers['property_street'].rstrip(' ,')}, {city}"
    written = table["written_as"]
    lines = [f"{written[asks]}: {answer}" for asks, answer in answers.items() if asks in written] + income + unknown
    return dataclasses.replace(page, text="\n".join(lines), words=())


def _in_words(asks: str, answer: str) -> bool:
    """A figure's question answered in words asks something else ("Did the hardship begin before the loan
    was modified?  After"): a later question answers it."""
    return asks in _FIGURES and bool(answer) and not re.search(r"\d", answer)


def _answer_column(page: Page) -> tuple[float, float] | None:
    """Where the answers' column starts across the page, and the bottom of its header row: a row of nothing
    but the two headers ("QUESTION  YOUR ANSWER"), not a sentence that asks to answer every question."""
    headers = application_labels()["question_table"]["headers"]
    asked = {squash(h) for h in headers["question"]}
    answered = {squash(h) for h in headers["answer"]}
    for row in text_rows(page.words):
        specks = [len(w.text) <= SPECK for w in row]
        if sum(not speck for speck in specks) > HEADER_WORDS or not any(squash(w.text) in asked for w in row):
            continue
        for i, j, k in combinations(range(len(row) + 1), 3):
            if squash(row[i].text) in asked and squash(" ".join(w.text for w in row[j:k])) in answered \
                    and not specks[j] and all(specks[:i] + specks[i + 1 : j] + specks[k:]):
                return row[j].box[0], max(w.box[3] for w in row)
    return None


def signer_cell(page: Page, second: bool) -> tuple[Box, list[Word]] | None:
    """The answer cell of a table's question that asks the signer to sign ("18. Borrower: please sign in the
    answer space ..."), and the words in it; None when the page is no table of questions asking that."""
    column = _answer_column(page) if page.words else None
    if column is None:
        return None
    asked = "co_borrower_signature" if second else "borrower_signature"
    question = next((q for q in _questions(page, *column)[0] if _asks(q) == asked), None)
    if question is None:
        return None
    line = min(w.box[3] - w.box[1] for w in question.words)
    return (column[0], question.top - 0.5 * line, 0.97, question.bottom), [w for row in question.answer for w in row]


def _questions(page: Page, left: float, top: float) -> tuple[list[_Question], int]:
    """The questions under the header, each with the rows of its answer cell, and how many lines under the
    header are questions and answers. A question begins at its number,
    or after a wider gap than its lines leave between them (OCR drops a number set apart from its question); a
    line running across both columns (a certification paragraph, the form's closing words) ends the one before."""
    asking: list[Word] = []
    answers: list[Word] = []
    across: list[float] = []
    under = text_rows(w for w in page.words if w.box[1] >= top)
    for row in under:
        parts = _split(row, left)
        if parts is None:
            across.append(min(w.box[1] for w in row))
        else:
            asking += parts[0]
            answers += parts[1]
    rows = text_rows(asking)
    gaps = [max(w.box[1] for w in row) - max(w.box[3] for w in before) for before, row in pairwise(rows)]
    usual = median(gaps) if gaps else 0.0
    questions: list[_Question] = []
    current: _Question | None = None
    for index, row in enumerate(rows):
        line = median(w.box[3] - w.box[1] for w in row)
        apart = index > 0 and gaps[index - 1] > max(QUESTION_GAP * usual, 0.5 * line)
        if _HEADING.match(row[0].text):
            current = None  # a part's heading ends the question before it
        elif _NUMBER.match(row[0].text) or apart or current is None:
            current = _Question(list(row), min(w.box[1] for w in row))
            questions.append(current)
        else:
            current.words += row
    for question, after in zip(questions, [*questions[1:], None], strict=True):
        line = min(w.box[3] - w.box[1] for w in question.words)
        ends = [y for y in across if y > question.top + line] + ([after.top] if after is not None else [])
        end = min(ends, default=1.0) - 0.5 * line
        cell = [w for w in answers if question.top - 0.5 * line <= (w.box[1] + w.box[3]) / 2 < end]
        question.answer, question.bottom = text_rows(cell), end
    return questions, len(under) - len(across)


def _split(row: list[Word], left: float) -> tuple[list[Word], list[Word]] | None:
    """A row's question words and answer words, parted at the widest gap near the answers' header; None for a
    line running on across both (its words no further apart there than a sentence's)."""
    line = median(w.box[3] - w.box[1] for w in row)
    start, end = left - SPLIT_REACH[0], left + SPLIT_REACH[1]
    gaps = [(after.box[0] - before.box[2], index + 1) for index, (before, after) in enumerate(pairwise(row))
            if after.box[0] >= start and before.box[2] <= end]
    if row[0].box[0] >= start:
        return [], row  # the answer's own line
    spaces = sorted(after.box[0] - before.box[2] for before, after in pairwise(row))[:-1]  # less the widest
    usual = median(spaces) if spaces else 0.0
    wide = [gap for gap in gaps if gap[0] >= max(SENTENCE_GAP * line, WIDE_SPACE * usual)]
    if wide:
        cut = max(wide)[1]
        return row[:cut], row[cut:]
    if row[-1].box[2] <= end:
        return row, []  # the question's line, ending short of the answers
    return None


def _asks(question: _Question) -> str | None:
    """What the question asks: the rule whose words (a plural counts) stand closest together in its first
    sentence, the rules' order breaking ties, and a co-borrower's rule before the borrower's when both fit
    ("what are the last four digits of the co-borrower's Social Security number?"); the whole question when
    its first sentence names nothing ("Tell us about your home. What is its street address?")."""
    text = re.sub(r"^\s*\d{1,2}[.):]*\s*", "", folded(" ".join(w.text for w in question.words)).lower())
    first = re.split(r"(?<=\?)|(?<=\.)\s", text, maxsplit=1)[0]
    for said in (first, text):
        tokens = re.findall(r"[a-z]+(?:-[a-z]+)*", said)
        where: dict[str, int] = {}
        for position, token in enumerate(tokens):
            for word in (token, token[:-1] if token.endswith("s") else token):
                where.setdefault(word, position)
        spans = []
        for order, (name, needed, *unless) in enumerate(application_labels()["question_table"]["asks"]):
            if all(word in where for word in needed) and not any(word in where for word in (unless or [[]])[0]):
                spans.append((max(where[w] for w in needed) - min(where[w] for w in needed), order, str(name)))
        second = [span for span in spans if span[2].startswith("co_borrower")]  # the co-borrower's, if named
        if spans:
            return min(second or spans)[2]
    return None


def _income_line(row: str, written: dict[str, str]) -> str | None:
    """A written income line under the label the text reader knows for its kind, named by the words of the
    kind's column captions (`income_columns`: "non-taxable" before "taxable")."""
    source, _, amount = row.partition(":")
    if not amount.strip():
        return None
    columns: dict[str, Any] = application_labels()["income_columns"]
    kind = next((kind for kind, words in columns.items() if kind in written
                 and any(squash(word) in squash(source) for word in words)), None)
    return f"{written[kind]}: {amount.strip()}" if kind else None
