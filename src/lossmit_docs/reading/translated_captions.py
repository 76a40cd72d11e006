"""A bilingual form's translations of its captions, taken off its pages before its answers are read.

A servicer's form for a community prints each English caption with its translation: beside it ("BORROWER NAME
Nome do mutuário"), under it, or down a column of its own between the questions and the answers ("# | ENGLISH |
TIẾNG VIỆT | ANSWER"). Read as English, the translation stands where the answer would: "Nome do mutuário" became
the borrower's name. Without it the page is the form the readers know. The words of each language's captions are
in the labels file (`translations`), so a new language is added there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache, lru_cache
from statistics import median

from rapidfuzz import fuzz, process

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.page_columns import SENTENCE_GAP
from lossmit_docs.reading.page_text import box_of, one_row, text_rows
from lossmit_docs.reading.values import folded, rules, squash

CONTENT_LETTERS = 3  # letters of a caption word at the fewest: a name's "de la" is no translation
HEADER_WORDS = 8  # words of a table's header row at the most
COLUMN_EDGE = 0.01  # page widths a column's word may start left of its heading
ENGLISH_LITTLE_WORDS = frozenset(("an", "as", "at", "do", "if", "in", "is", "no", "of", "on", "or", "so", "to"))
RAISE_REACH = 1.6  # line heights under a translation its English caption may stand
BRACKET_WORDS = 8  # words of a bracketed translation at the most
UNDER_REACH = 0.8  # line heights between an English caption and the translation set close under it
BAND_REACH = 4.0  # line heights under such a caption the next row stands at the most
MISREAD = 85  # similarity (0-100) of a scan's word to a caption word that OCR misread ("mutuaério")
MISREAD_LETTERS = 5  # letters of a word at the fewest for it to be matched that loosely
WORDS_REMEMBERED = 50_000  # words' kinds kept between pages (a watcher runs for months: a bound, not all)

# a word's part in a translation (`_kind`), and a translation found: sure, or only if its English caption stands
# under it, or printed before its English and so out of the answer's way
FOREIGN, LITTLE, ENGLISH, MARK = "foreign", "little", "english", "mark"
SURE, UNSURE, BEFORE = "sure", "unsure", "before"

_PARTS = re.compile(r"[-/·]")
_SPACES = re.compile(r"[ \t]+")  # (not a booklet's page break, "\f")
_EDGES = "()[]{}.,:;·*'\"“”‘’|"


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Foreign caption words, foreign function words, and the English words of every label (these are no
    translation even where a language shares them: "zip code", "total")."""
    labels = rules("field_labels")
    spoken = labels["translations"]
    english: set[str] = set()
    content = {folded(str(w)).lower() for words in spoken["caption_words"].values() for w in words}
    function = {folded(str(w)).lower() for words in spoken["function_words"].values() for w in words}
    # (a Spanish label of the file's own, "Numero de prestamo", is no English: a label whose words hold another
    # language's little word - "de", "del" - lends none of its words)
    markers = {w for w in function if len(w) >= 2} - ENGLISH_LITTLE_WORDS

    def gather(node: object) -> None:
        if isinstance(node, str):
            words = set(_tokens(node))
            if not words & markers:
                english.update(words)
        elif isinstance(node, dict):
            for value in node.values():
                gather(value)
        elif isinstance(node, list):
            for value in node:
                gather(value)

    gather({key: value for key, value in labels.items() if key != "translations"})
    return frozenset(content - english), frozenset(function - english), frozenset(english)


def _tokens(text: str) -> Iterator[str]:
    for word in text.split():
        yield from (part for part in _PARTS.split(folded(word).lower().strip(_EDGES)) if part)


def without_translations(page: Page) -> Page:
    """The page without its captions' translations; the page itself when it prints none."""
    if not page.words:
        return page
    runs = _translated_runs(page)
    column = _language_column(page)
    if not column and not runs:
        return page
    # (a translation with no English before it or over it is the form's own caption: "Nombre del prestatario" on
    # a form whose English captions are lost)
    runs = [(run, UNSURE if state == SURE and not _after_english(page, run) else state) for run, state in runs]
    dropped = column | {i for run, state in runs if state == SURE for i in run}
    raised: dict[int, Word] = {}
    in_place: dict[int, list[int]] = {}  # a translation's first word -> the caption that takes its place
    translated = {i for run, _ in runs for i in run}
    for run, state in runs:
        caption = {} if state == BEFORE else _raised_caption(page, run, dropped | set(run), translated)
        if caption or state == SURE:
            dropped |= set(run)
            raised |= caption
            in_place[run[0]] = sorted(caption)
    if not dropped:
        return page
    words = [raised.get(i, w) for i, w in enumerate(page.words) if i not in dropped]
    return dataclasses.replace(page, words=tuple(words), text=_text_without(page, dropped, in_place))


def _text_without(page: Page, dropped: set[int], in_place: dict[int, list[int]]) -> str:
    """The page's text less the dropped words, with each raised caption in its translation's place: the lines as
    OCR or the text layer set them (rows rebuilt from boxes may part a label from figures its line kept). A text
    layer lists its words in another order than its text: the two are matched up first."""
    lines = [_SPACES.split(line.strip(" \t")) if line.strip(" \t") else [] for line in page.text.split("\n")]
    tokens = [token for line in lines for token in line]
    matched = SequenceMatcher(None, tokens, [w.text for w in page.words], autojunk=False)
    word_of = {a + k: b + k for a, b, size in matched.get_matching_blocks() for k in range(size)}
    moved = {i for caption in in_place.values() for i in caption}
    kept: list[str] = []
    at = 0
    for line in lines:
        out: list[str] = []
        for token in line:
            word = word_of.get(at)
            out += [page.words[i].text for i in in_place.get(word, [])] if word is not None else []
            if word is None or (word not in dropped and word not in moved):
                out.append(token)
            at += 1
        kept.append(" ".join(out))
    return "\n".join(kept)


def _an_answer(word: Word) -> bool:
    """Whether a word beside a translation is an answer: a figure, or a name's word that is no caption's."""
    return any(c.isdigit() for c in word.text) or (word.text.isalpha() and len(word.text) >= 2
                                                   and _kind(word, False) is None)


def _after_english(page: Page, run: list[int]) -> bool:
    """Whether an English caption stands before the translation on its row or just over it."""
    words = page.words
    x0, y0, x1, y1 = box_of([words[i] for i in run])
    reach = UNDER_REACH * (y1 - y0)
    for i, w in enumerate(words):
        if i in run or not _english_caption_word(w):
            continue
        if one_row(w.box, (x0, y0, x1, y1)) and w.box[2] <= x0 and x0 - w.box[2] < SENTENCE_GAP * 2 * (y1 - y0):
            return True  # ("BORROWER NAME  Nome do mutuário")
        if y0 - reach < w.box[3] <= y0 + 0.3 * (y1 - y0) and w.box[0] < x1 and w.box[2] > x0:
            return True  # ("Borrower's full name" over "Buong pangalan ng borrower")
    return False


def _raised_caption(page: Page, run: list[int], dropped: set[int], translated: set[int]) -> dict[int, Word]:
    """The English caption printed under a translation that has the answer beside it ("Nhân viên  NGUYEN THI
    THU HANG" over "Employee"), moved up into the translation's place so that the answer is beside its caption
    again; empty when no English caption stands flush under it."""
    words = page.words
    x0, y0, x1, y1 = box_of([words[i] for i in run])
    line = y1 - y0
    beside = sorted((w for i, w in enumerate(words) if i not in dropped and one_row(w.box, (x0, y0, x1, y1))
                     and w.box[0] > x1), key=lambda w: w.box[0])
    if not beside or not _an_answer(beside[0]):  # (a stacked list of options has options beside, no answers)
        return {}
    under = sorted((i for i, w in enumerate(words) if i not in dropped and y1 < w.box[1] < y1 + line * RAISE_REACH
                    and w.box[2] > x0 - COLUMN_EDGE), key=lambda i: words[i].box[0])
    caption: list[int] = []
    for i in under:
        if not caption and abs(words[i].box[0] - x0) > COLUMN_EDGE:
            continue
        if caption and words[i].box[0] - words[caption[-1]].box[2] > SENTENCE_GAP * line:
            break
        caption.append(i)
    if not caption or any(_kind(words[i], False) != ENGLISH for i in caption) \
            or words[caption[-1]].box[2] >= min(w.box[0] for w in beside) \
            or one_row(beside[0].box, box_of([words[i] for i in caption])):
        return {}  # (an answer set between a stacked pair is beside its English already)
    # (a header band's two rows of captions have their answers under both: nothing moves)
    c0, c2, c1, c3 = box_of([words[i] for i in caption])
    reach = BAND_REACH * max(line, c3 - c2)
    below = [(i, w) for i, w in enumerate(words) if c3 < w.box[1] < c3 + reach and w.box[0] < c1 and w.box[2] > c0]
    nearest = min((w.box[1] for _, w in below), default=None)
    if nearest is not None and any(i not in translated for i, w in below if w.box[1] < nearest + (c3 - c2)):
        return {}
    return {i: dataclasses.replace(words[i], box=(words[i].box[0], y0, words[i].box[2], y1)) for i in caption}


def _language_column(page: Page) -> set[int]:
    """The words down a column headed by a language's name, beside a heading of questions or answers; empty
    when no header row names one."""
    spoken = rules("field_labels")["translations"]
    languages = [squash(name) for name in spoken["languages"]]
    headers = {squash(h) for h in spoken["headers"]}
    index = {id(w): i for i, w in enumerate(page.words)}
    for row in text_rows(page.words):
        if len(row) > HEADER_WORDS:
            continue
        for start in range(len(row)):
            end = next((k for k in range(start + 1, min(start + 3, len(row)) + 1)
                        if squash(" ".join(w.text for w in row[start:k])) in languages), None)
            if end is None or end >= len(row) or not any(squash(w.text) in headers for w in row if w not in
                                                          row[start:end]):
                continue
            left, right = row[start].box[0] - COLUMN_EDGE, row[end].box[0] - COLUMN_EDGE
            top = max(w.box[3] for w in row)
            # (an English caption running into the column keeps its words: "Borrower signature ... Date")
            return {index[id(w)] for w in page.words if w.box[1] >= top and left <= (w.box[0] + w.box[2]) / 2 < right
                    and not _english_caption_word(w)}
    return set()


def _translated_runs(page: Page) -> list[tuple[list[int], str]]:
    """Rows' runs of a language's caption words: "Nome do mutuário"; "Address ng bahay (numero at
    kalye)" loses "ng bahay (numero at kalye)"; "CITY Cidade" loses "Cidade"."""
    scanned = page.method == TextMethod.OCR
    index = {id(w): i for i, w in enumerate(page.words)}
    found: list[tuple[list[int], str]] = []
    for row in text_rows(page.words):
        line = median(w.box[3] - w.box[1] for w in row)
        kinds = [_kind(word, scanned) for word in row]
        bracketed: set[int] = set()
        english: set[int] = set()  # where a bracketed English version begins ("Salaire régulier (Regular pay)")
        for start, end in _brackets(row):
            bracketed |= set(range(start, end + 1))
            if not _translated_group(row[start:end + 1], kinds[start:end + 1]):
                english.add(start)
            elif start > 0 and kinds[start - 1] == ENGLISH and len(row[start - 1].text) >= CONTENT_LETTERS:
                # (after its English: "Phone (Téléphone)"; not after "ko-prete a")
                found.append(([index[id(w)] for w in row[start:end + 1]], SURE))
        run: list[int] = []  # positions in the row
        for at in range(len(row) + 1):
            kind = kinds[at] if at < len(row) and at not in bracketed else None
            apart = bool(run) and at < len(row) and row[at].box[0] - row[run[-1]].box[2] > SENTENCE_GAP * line
            # (an English word between two of the language's: "numero at kalye"; not its English in brackets)
            inside = kind == ENGLISH and bool(run)
            if not apart and (kind in (FOREIGN, LITTLE, MARK) or inside):
                run.append(at)
                continue
            before = at in english or _english_next(row, kinds, at, line)
            if translation := _translation(row, kinds, run, before):
                found.append(([index[id(row[i])] for i in translation[0]], translation[1]))
            run = [at] if apart and kind in (FOREIGN, LITTLE, MARK) else []
    return found


def _english_next(row: list[Word], kinds: list[str | None], at: int, line: float) -> bool:
    """Whether the row goes on, unbroken, to a slash and English ("Separacion de co-duefios no casados /
    Separation of ..."): the words from `at` are the rest of a translation printed before its English."""
    for k in range(at, len(row) - 1):
        if k > at and row[k].box[0] - row[k - 1].box[2] > SENTENCE_GAP * line:
            return False
        if row[k].text.endswith(("/", "|")) and kinds[k + 1] == ENGLISH:
            return True
    return False


def _figure_before(figure: Word, word: Word) -> bool:
    """Whether a word in capitals follows a figure as the next word of one phrase (a street's number and name)."""
    line = word.box[3] - word.box[1]
    return any(c.isdigit() for c in figure.text) and word.text[:1].isupper() \
        and word.box[0] - figure.box[2] <= SENTENCE_GAP * line


def _brackets(row: list[Word]) -> list[tuple[int, int]]:
    """First and last positions of each bracketed group of words in a row ("(Nom de l'emprunteur)")."""
    groups: list[tuple[int, int]] = []
    start: int | None = None
    for at, word in enumerate(row):
        if word.text.startswith(("(", "[")) and any(c.isalpha() for c in word.text[1:]) and start is None:
            start = at
        if start is not None and word.text.rstrip(".,:;").endswith((")", "]")):
            groups.append((start, at))
            start = None
        elif start is not None and at - start >= BRACKET_WORDS:
            start = None
    return groups


def _translated_group(words: list[Word], kinds: list[str | None]) -> bool:
    """Whether a bracketed group is a caption's translation, as a whole: most of its words the language's,
    one of them a caption word ("(NAS américain, 4 derniers chiffres)"); never a part of it, which would
    leave the rest looking like an answer."""
    theirs = sum(kind in (FOREIGN, LITTLE) for kind in kinds)
    ours = sum(kind in (ENGLISH, None) and any(c.isalpha() for c in w.text)
               for w, kind in zip(words, kinds, strict=True))
    return theirs > ours and any(_caption_word(w, kind) for w, kind in zip(words, kinds, strict=True))


def _english_caption_word(word: Word) -> bool:
    """An English word of the labels, three letters or more: one a caption is made of ("Date", not "a")."""
    return _kind(word, False) == ENGLISH and len(word.text.strip(_EDGES)) >= CONTENT_LETTERS


def _caption_word(word: Word, kind: str | None) -> bool:
    """A caption word of another language, three letters or more: what makes a run of words a translation."""
    return kind == FOREIGN and max(map(len, _tokens(word.text))) >= CONTENT_LETTERS


def _kind(word: Word, scanned: bool) -> str | None:
    """A word's part in a translation: a caption word of another language, a little word of one, an English
    word of the labels, a mark between words ("·", "/"), or none (a name, a figure)."""
    return _kind_of(word.text, scanned)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _kind_of(text: str, scanned: bool) -> str | None:
    """(by the word's text alone: the same word is asked of again and again, beside each translation)"""
    content, function, english = _vocabulary()
    parts = list(_tokens(text))
    if not parts:
        return MARK if not text.strip(_EDGES + "-/") else None
    if any(ch.isdigit() for ch in text):
        return None
    if all(part in english for part in parts):
        return ENGLISH
    known = [part in content or (scanned and _misread(part)) for part in parts]
    if all(k or part in function or part in english for k, part in zip(known, parts, strict=True)):
        return FOREIGN if any(known) else LITTLE
    return None


@lru_cache(maxsize=WORDS_REMEMBERED)
def _misread(part: str) -> bool:
    """Whether a scan's word is a caption word OCR misread ("mutuaério" for "mutuário")."""
    content, _, english = _vocabulary()
    return len(part) >= MISREAD_LETTERS and part not in english and process.extractOne(
        part, content, scorer=fuzz.ratio, score_cutoff=MISREAD) is not None


def _translation(row: list[Word], kinds: list[str | None], run: list[int], before: bool
                 ) -> tuple[list[int], str] | None:
    """The run, if it is a translation that stands where an answer would (after its English, not before it) and
    holds a caption word of three letters or more; and how sure: sure with a word after the first in lower
    case (a name's words are capitalised), or one caption word after an English caption in capitals ("CITY
    Cidade"). A translation in capitals or capitalised ("TỔNG LƯƠNG GỘP", "An Sinh Xã Hội") is one only with
    its English caption under it."""
    while run and kinds[run[-1]] in (ENGLISH, MARK):
        before, run = before or kinds[run[-1]] == ENGLISH, run[:-1]
    words = [i for i in run if kinds[i] != MARK]
    if not any(_caption_word(row[i], kinds[i]) for i in words):
        return None
    if run and run[0] > 0 and _figure_before(row[run[0] - 1], row[run[0]]):
        return None  # an answer's words after its figure ("509 Calle del Sol"), not a caption's ("4 số cuối")
    if len(words) == 1:
        left = words[0] - 1
        while left >= 0 and kinds[left] == MARK:
            left -= 1
        said = row[words[0]].text.strip(_EDGES)
        after_caps = left >= 0 and kinds[left] == ENGLISH and row[left].text.isupper()
        if not (after_caps and said[:1].isupper() and said[1:].islower()):
            return None  # (one word alone is a translation only there: "Enfermedad grave" keeps its place)
        sure = True
    else:
        sure = any(next((c for c in row[i].text if c.isalpha()), "").islower() for i in words[1:])
    # (a translation before its English, "Data do pagamento / Pay date:", is out of the answer's way: it stays)
    return run, BEFORE if before else SURE if sure else UNSURE
