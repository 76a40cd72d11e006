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
from decimal import Decimal
from itertools import combinations, pairwise
from statistics import median
from typing import Any

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.application_layout import application_labels, option_words, says_no_one
from lossmit_docs.reading.ink import Box
from lossmit_docs.reading.page_columns import SENTENCE_GAP
from lossmit_docs.reading.page_text import one_row, text_rows
from lossmit_docs.reading.values import first_amount, folded, squash

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
# "13a." numbers a question of a group; "4,": OCR's point; "10List": OCR glued the number on
_NUMBER = re.compile(r"^\d{1,2}[a-z]?[.,):]*(?:$|(?=[A-Z]))")
_HEADING = re.compile(r"^(?:PART|SECTION)$", re.IGNORECASE)

_FIGURES = frozenset(("loan_number", "ssn", "co_borrower_ssn", "hardship_start_date", "income_total"))
ANSWER_WORDS = 6  # words of a form's usual answer at the most: a help page answers in sentences
TABLE_SHARE = 0.5  # of a page's lines that are questions and answers, for a page that is the table


@dataclasses.dataclass
class Question:
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
    return written_page(page, questions)


def written_page(page: Page, questions: list[Question]) -> Page:
    """The page as a "Label: answer" line for each question answered, the text reader's way of reading it."""
    table = application_labels()["question_table"]
    answers: dict[str, str] = {}
    income: dict[str, list[str]] = {}  # each kind's amounts, a person's or a source's each
    hardships: list[str] = []  # the hardships asked one to a question and answered Yes
    unknown: list[str] = []  # a question the rules do not know, as it stands: a label of its own may name it
    for question in questions:
        asks = _asks(question)
        rows = [" ".join(w.text for w in row) for row in question.answer]
        # (a colon in a typed list of hardships is OCR's speck: "Higher housing: costs")
        answer = " ".join(" ".join(rows).replace(":", " " if asks == "hardship_types" else ":").split())
        asked = " ".join(w.text for w in question.words).rstrip(" :")
        answer = _code_meant(asked, answer)
        said = _yes_or_no(answer, table)
        if asks is None and said is not None and (hardship := _hardship_asked(asked)):
            hardships += [hardship] if said and hardship not in hardships else []
        elif asks is None and _asks_income(asked) and (kind := _income_kind(asked, answer)):
            if not _BRACKETED.search(answer):  # a question for each source: "15c. Unemployment? $ 2,652.00";
                income.setdefault(kind, []).append(answer)  # not a pen's 0 OCR made a bracketed digit of ("6)")
        elif asks is None and rows:  # ("Gross monthly wages", "Hardship began on")
            unknown.append(f"{asked}: {answer}")
        elif asks == "income_lines":  # one source to a row: "Wages: $4,220.67 / month", or named at the
            for row in question.answer:  # question's side of the row ("Wages, salary, tips | Stonebridge $2,840.50"),
                # or in the answer's own row ("Wages, salary, overtime, tips  Stonebridge Staff $2,840.50")
                source, _, amount = " ".join(w.text for w in row).partition(":")
                if not amount.strip():
                    beside = " ".join(w.text for w in question.words if one_row(w.box, row[0].box))
                    source, amount = (beside, source) if _income_kind(beside, source) else (source, source)
                if kind := _income_kind(source, amount):
                    income.setdefault(kind, []).append(amount.strip())
        elif asks is not None and asks not in answers and not _in_words(asks, answer):
            answers[asks] = answer
    if hardships and not answers.get("hardship_types"):
        options = application_labels()["hardship"]
        answers["hardship_types"] = ", ".join(options[code][0] for code in hardships)
    # the city, state and ZIP asked apart, together or one at a time, go on the street's line
    city = ", ".join(part for name in ("property_city", "property_state") if (part := answers.pop(name, "")))
    city = " ".join(part for part in (city, answers.pop("property_zip", "")) if part)
    if city and answers.get("property_street"):
        answers["property_street"] = f"{answers['property_street'].rstrip(' ,')}, {city}"
    written = table["written_as"]
    if says_no_one(answers.get("co_borrower_name", "")):  # "none": no second person, as a question answers it
        written = {**written, "co_borrower_name": written["no_co_borrower"]}
    # (a question left unanswered writes no line: its label's answer would be looked for on the next line)
    lines = [f"{written[asks]}: {answer}" for asks, answer in answers.items() if asks in written and answer]
    lines += [f"{table['income_written_as'][kind]}: {_sum_of(amounts)}" for kind, amounts in income.items()]
    lines += unknown
    return dataclasses.replace(page, text="\n".join(lines), words=())


def _in_words(asks: str, answer: str) -> bool:
    """A figure's question answered in words asks something else ("Did the hardship begin before the loan
    was modified?  After"): a later question answers it."""
    return asks in _FIGURES and bool(answer) and not re.search(r"\d", answer)


def _answer_column(page: Page) -> tuple[float, float] | None:
    """Where the answers' column starts across the page, and the bottom of its header row: a row of nothing
    but the two headers ("QUESTION  YOUR ANSWER"), not a sentence that asks to answer every question. A note in
    brackets after the last header is the header's ("YOUR ANSWER (write on the line)")."""
    headers = application_labels()["question_table"]["headers"]
    asked = {squash(h) for h in headers["question"]}
    answered = {squash(h) for h in headers["answer"]}
    numbered = {squash(h) for h in headers["number"]}  # the questions' numbers' own column, before them
    for whole in text_rows(page.words):
        row = _without_note(whole)
        specks = [len(w.text) <= SPECK for w in row]
        if sum(not speck for speck in specks) > HEADER_WORDS or not any(squash(w.text) in asked for w in row):
            continue
        for i, j, k in combinations(range(len(row) + 1), 3):
            if squash(row[i].text) in asked and squash(" ".join(w.text for w in row[j:k])) in answered \
                    and not specks[j] and all(specks[i + 1 : j] + specks[k:]) \
                    and all(speck or squash(w.text) in numbered for speck, w in zip(specks[:i], row, strict=False)):
                return row[j].box[0], max(w.box[3] for w in whole)
    return None


def _without_note(row: list[Word]) -> list[Word]:
    """The row less a bracketed note that ends it (OCR may read a bracket as a brace)."""
    if not row or not row[-1].text.endswith((")", "}", "]")):
        return row
    opens = [i for i, w in enumerate(row) if w.text.startswith(("(", "{", "["))]
    return row[: opens[-1]] if opens and opens[-1] > 0 else row


def signer_cell(page: Page, second: bool) -> tuple[Box, list[Word]] | None:
    """The answer cell of a table's question that asks the signer to sign ("18. Borrower: please sign in the
    answer space ..."), and the words in it; None when the page is no table of questions asking that."""
    column = _answer_column(page) if page.words else None
    if column is None:
        return None
    asked = "co_borrower_signature" if second else "borrower_signature"
    questions = _questions(page, *column)[0]
    at = next((i for i, q in enumerate(questions) if _asks(q) == asked), None)
    if at is None:
        return None
    question = questions[at]
    line = min(w.box[3] - w.box[1] for w in question.words)
    words = [w for row in question.answer for w in row]
    # the date asked as a question of its own right after ("19. On what date did you sign?") is the signer's
    dated = next((q for q in questions[at + 1 : at + 2] if any(squash(w.text) == "date" for w in q.words)), None)
    if dated is not None and not any(re.search(r"\d", w.text) for w in words):
        words += [w for row in dated.answer for w in row]
    return (column[0], question.top - 0.5 * line, 0.97, question.bottom), words


def _questions(page: Page, left: float, top: float) -> tuple[list[Question], int]:
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
    # (the lower half's: a table of one-line questions and a few wrapped ones leaves more gaps between questions
    # than between a question's own lines)
    usual = median(sorted(gaps)[: max(1, len(gaps) // 2)]) if gaps else 0.0
    questions: list[Question] = []
    current: Question | None = None
    for index, row in enumerate(rows):
        line = median(w.box[3] - w.box[1] for w in row)
        apart = index > 0 and gaps[index - 1] > max(QUESTION_GAP * usual, 0.5 * line)
        if _HEADING.match(row[0].text):
            current = None  # a part's heading ends the question before it
        elif _NUMBER.match(row[0].text) or apart or current is None or _asked_before(current, row):
            current = Question(list(row), min(w.box[1] for w in row))
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


def _asked_before(current: Question, row: list[Word]) -> bool:
    """Whether the question before has ended its sentence with its question mark (or a bracketed note after
    it) and the row opens a sentence: the next question, where OCR dropped its number and the questions stand
    no further apart than a question's own lines."""
    return bool(_ASKED.search(current.words[-1].text)) and row[0].text[:1].isupper()


_BRACKETED = re.compile(r"[()\[\]{}]")
_ASKED = re.compile(r"\?[)\"']?$|\.\)$")


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


def _asks(question: Question) -> str | None:
    """What the question asks: the rule whose words (a plural counts) stand closest together in its first
    sentence, the rules' order breaking ties, and a co-borrower's rule before the borrower's when both fit
    ("what are the last four digits of the co-borrower's Social Security number?"); the whole question when
    its first sentence names nothing ("Tell us about your home. What is its street address?")."""
    text = re.sub(r"^\s*\d{1,2}[a-z]?[.,):]*\s*", "", folded(" ".join(w.text for w in question.words)).lower())
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


def _income_kind(source: str, amount: str) -> str | None:
    """The income kind a source's words name, by the words of the kinds' column captions (`income_columns`:
    "non-taxable" before "taxable"); None for a kind the text reader has no label for, or no figure."""
    if not re.search(r"\d", amount):
        return None
    columns: dict[str, Any] = application_labels()["income_columns"]
    written = application_labels()["question_table"]["income_written_as"]
    return next((kind for kind, words in columns.items() if kind in written
                 and any(squash(word) in squash(source) for word in words)), None)


def _asks_income(question: str) -> bool:
    """Whether a question asks for income in words of income ("15f. Rent you receive ..."), not for an expense
    or a count a kind's caption word may name ("Other monthly expenses", "How much rent do you pay?")."""
    said = squash(question)
    return any(squash(word) in said for word in application_labels()["question_table"]["income_asked_words"])


def _sum_of(amounts: list[str]) -> str:
    """One kind's amounts (each person's wages) added up; the first as written when one is no amount."""
    figures = [first_amount(amount) for amount in amounts]
    return amounts[0] if None in figures else f"{sum(figures, Decimal(0)):,.2f}"


def _yes_or_no(answer: str, table: dict[str, Any]) -> bool | None:
    """True for an answer that is a bare Yes, False for a bare No, else None."""
    said = squash(answer)
    return True if said in table["yes"] else False if said in table["no"] else None


def _hardship_asked(question: str) -> str | None:
    """The hardship a Yes / No question asks about ("13h. Did a borrower, or the household's main or second wage
    earner, die?"): the one its words name first, punctuation aside."""
    text = " ".join(re.sub(r"[^\w\s-]", " ", folded(question).lower()).split())
    first: dict[str, int] = {}
    for code, variants in option_words(application_labels(), "hardship").items():
        for variant in variants:
            found = re.search(rf"(?<![a-z]){re.escape(variant.lower())}(?:s|es)?(?![a-z])", text)
            if found:
                first[code] = min(first.get(code, found.start()), found.start())
    return min(first, key=first.__getitem__) if first else None



def _code_meant(question: str, answer: str) -> str:
    """A letter code answered as the question's legend spells it out ("Enter P (you live in it as your primary
    residence), S (second home) or R": "P" is "you live in it as your primary residence")."""
    if not re.fullmatch(r"[A-Za-z]{1,2}", answer):
        return answer
    meant = re.search(rf"(?<![A-Za-z]){re.escape(answer)}\s*\(([^)]+)\)", question, re.IGNORECASE)
    return meant.group(1) if meant else answer
