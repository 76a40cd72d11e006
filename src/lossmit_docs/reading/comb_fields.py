"""Answers written one character a box ("comb" fields): the characters put back together as words.

A form that asks for "one letter or number in each box" gives, in its text layer and in OCR alike, one
word per character ("R o d r i g o  A .  V i l l a s e ñ o r"), and every reader downstream would see a
string of one-letter words. The boxes betray themselves by their even pitch: a run of single characters
whose centres stand one pitch apart is one word, and an empty box between words (two pitches) ends it.
The pitch is learnt from the page's long runs, so a two-box answer ("C O" for the state) is joined only
where it stands at the pitch the page's combs have; a legend like "Y / N", printed tighter, is left alone.
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from statistics import median

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.page_text import text_rows

LONG_RUN = 4  # single characters in a row, at an even pitch, that show the page uses comb boxes
SAME_WORD = (0.75, 1.35)  # centre distance, in pitches, of two boxes of one word
SEPARATOR_COLUMN = (1.35, 1.75)  # ... of two boxes with a printed comma, point or slash between them
WORD_GAP = (1.75, 3.3)  # ... and of two words with one (or two) empty boxes between them
SAME, SEPARATOR, GAP = "same", "separator", "gap"
PRINTED_SIGNS = frozenset("$€£")  # printed before an amount's boxes, never written in one
MAX_PITCH = 2.5  # a comb's pitch is at most this many characters' heights: spaced marks further apart are a list
ASPECT = 11 / 8.5  # word boxes are page fractions: a height is worth this much more across a letter-size page
PITCH_MATCH = 0.15  # a short run joins at a page pitch within this share of it


def uncombed(page: Page) -> Page:
    """The page with each comb answer's characters joined into words."""
    runs = [run for row in text_rows(page.words) for run in _single_runs(row)]
    own = [_comb_pitch(run) if len(run) >= LONG_RUN else None for run in runs]  # a long run's own pitch
    pitches = [p for p in own if p is not None]
    if not pitches:
        return page
    joined: dict[int, Word | None] = {}  # id of a run's word -> its word's replacement (None: merged away)
    for run, pitch in zip(runs, own, strict=True):
        pitch = pitch or next((p for p in pitches if _at_pitch(run, p)), None)
        if pitch is None:
            continue
        for pieces in _words_of(run, pitch):
            group = [w for piece in pieces for w in piece]
            if len(group) < 2:
                continue
            joined[id(group[0])] = _merged(pieces)
            joined.update({id(w): None for w in group[1:]})
    if not joined:
        return page
    words = [joined.get(id(w), w) for w in page.words]
    return dataclasses.replace(page, words=tuple(w for w in words if w is not None))


def _single_runs(row: list[Word]) -> list[list[Word]]:
    """Runs of two or more one-character words with no longer word (nor a printed "$") between them, nor a
    gap wider than a word's empty boxes: a row holds several combs ("name" then "SSN - last 4 digits")."""
    runs: list[list[Word]] = [[]]
    for word in row:
        if len(word.text) == 1 and word.text not in PRINTED_SIGNS:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [part for run in runs if len(run) >= 2 for part in _apart(run) if len(part) >= 2]


def _apart(run: list[Word]) -> list[list[Word]]:
    """The run cut where its characters stand further apart than two words of one comb can."""
    widest = WORD_GAP[1] * min(_steps(run))
    parts = [[run[0]]]
    for step, word in zip(_steps(run), run[1:], strict=True):
        if step > widest:
            parts.append([])
        parts[-1].append(word)
    return parts


def _centre(word: Word) -> float:
    return (word.box[0] + word.box[2]) / 2


def _steps(run: list[Word]) -> list[float]:
    return [_centre(b) - _centre(a) for a, b in pairwise(run)]


def _comb_pitch(run: list[Word]) -> float | None:
    """The run's box pitch when its characters stand at one (every step a box, a printed separator's
    narrow column, or an empty box or two), most of them side by side; None for ordinary spaced text."""
    steps = _steps(run)
    if min(steps) <= 0:
        return None
    pitch = median(s for s in steps if s <= SAME_WORD[1] * min(steps))
    height = median(w.box[3] - w.box[1] for w in run) * ASPECT
    kinds = [_kind(s / pitch) for s in steps]
    lettered = pitch <= MAX_PITCH * height and any(w.text.isalnum() for w in run)  # boxes a letter fits
    leader = len({w.text for w in run}) == 1 and not run[0].text.isalnum()  # a dot leader's dots: one leader
    return pitch if (lettered or leader) and None not in kinds and kinds.count(SAME) >= LONG_RUN - 1 else None


def _kind(ratio: float) -> str | None:
    for kind, (low, high) in ((SAME, SAME_WORD), (SEPARATOR, SEPARATOR_COLUMN), (GAP, WORD_GAP)):
        if low <= ratio <= high:
            return kind
    return None


def _at_pitch(run: list[Word], pitch: float) -> bool:
    """A short run standing at a pitch found elsewhere on the page."""
    steps = _steps(run)
    kinds = [SAME if abs(s / pitch - 1) <= PITCH_MATCH else _kind(s / pitch) for s in steps]
    return SAME in kinds and all(kind in (SAME, SEPARATOR, GAP) for kind in kinds) and \
        all(abs(s / pitch - 1) <= PITCH_MATCH for s, k in zip(steps, kinds, strict=True) if k == SAME)


def _words_of(run: list[Word], pitch: float) -> list[list[list[Word]]]:
    """The run's words, each as its pieces between printed separators."""
    words: list[list[list[Word]]] = [[[run[0]]]]
    for step, word in zip(_steps(run), run[1:], strict=True):
        kind = _kind(step / pitch)
        if kind == SAME:
            words[-1][-1].append(word)
        elif kind == SEPARATOR:
            words[-1].append([word])
        else:
            words.append([[word]])
    return words


def _joined(pieces: list[list[Word]]) -> str:
    """A word's pieces as one: digit boxes with printed separators between them are a date ("MM DD YYYY"
    boxes), a ZIP+4 or an SSN, or an amount ("$ _,___.__", cents last), which the separators' own print (set
    apart, or drawn) does not say; a shape none of these has stays in its pieces."""
    texts = ["".join(w.text for w in piece) for piece in pieces]
    shape = [len(t) for t in texts]
    if len(texts) > 1 and all(t.isdigit() for t in texts):
        if shape in ([2, 2, 4], [2, 2, 2]):
            return "/".join(texts)
        if shape in ([5, 4], [3, 2, 4]):  # a ZIP+4, an SSN
            return "-".join(texts)
        thousands = 1 <= shape[0] <= 3 and all(n == 3 for n in shape[1:-1])
        if shape[-1] == 2 and ((len(shape) == 2 and shape[0] >= 3) or (len(shape) > 2 and thousands)):
            return ",".join(texts[:-1]) + "." + texts[-1]  # "$ _,___.__": cents in the last two boxes
        return " ".join(texts)  # a shape no separator is known for: left in its pieces
    return "".join(texts)


def _merged(pieces: list[list[Word]]) -> Word:
    group = [w for piece in pieces for w in piece]
    boxes = [w.box for w in group]
    return Word(
        text=_joined(pieces),
        confidence=min(w.confidence for w in group),
        box=(min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)),
        second_reader=any(w.second_reader for w in group),
    )
